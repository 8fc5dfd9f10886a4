# str.encode error handlers and CPython's UnicodeEncodeError messages
for text, codec in [("aé€😀b", "ascii"), ("aé€😀b", "latin-1"), ("x\ud800y\udcffz", "utf-8")]:
    for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "surrogateescape", "surrogatepass", "strict"]:
        try:
            print(codec, errors, text.encode(codec, errors))
        except UnicodeEncodeError as e:
            print(codec, errors, "UnicodeEncodeError:", e)
for text in ["éé", "aéé€b", "é", "ab\ud800\ud801"]:
    for codec in ["ascii", "utf-8"]:
        try:
            print(repr(text.encode(codec)))
        except UnicodeEncodeError as e:
            print("UnicodeEncodeError:", e)
try:
    "é".encode("ascii", "nosuchhandler")
except LookupError as e:
    print("LookupError:", e)
print("plain".encode("ascii", "nosuchhandler"))
try:
    "x".encode("nosuchcodec")
except LookupError as e:
    print("LookupError:", e)
print("\U0001f600".encode("utf-8"), "é".encode("utf-8", "strict"))
print(b"caf\xc3\xa9".decode("utf-8").encode("ascii", "xmlcharrefreplace"))
