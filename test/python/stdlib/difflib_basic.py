import difflib
a = "one\ntwo\nthree\nfour\nfive\n".splitlines(True)
b = "zero\none\ntree\nfour\nfive\nsix\n".splitlines(True)
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")))
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.get_matching_blocks(), s.get_opcodes(), s.quick_ratio(), s.real_quick_ratio())
print("\n".join(difflib.ndiff(["hello world", "foo bar baz", "same"], ["hello there world", "foo baz", "same", "new"])))
x = ["private Thread currentThread;", "tab\there", "   indent"]
y = ["private volatile Thread currentThread;", "tab\tHere", "  indent"]
print("\n".join(difflib.ndiff(x, y)))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 28, 0, 38))
big1 = [str(i % 7) for i in range(300)]; big2 = [str(i % 5) for i in range(300)]
print(difflib.SequenceMatcher(None, big1, big2).ratio())
