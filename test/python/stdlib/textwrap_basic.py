import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known self-evident truth -- tested here--again; also e-mail and x-ray. Supercalifragilisticexpialidocious-words break somewhere."
for w in (10, 20, 35, 70):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(s, 40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.wrap(s, 25, break_on_hyphens=False))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbb", 10))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbb", 10, break_long_words=False))
print(textwrap.wrap("tab\there  and\nnewline", 12))
print(textwrap.wrap(s, 30, max_lines=3))
print(textwrap.fill("End. Next sentence! Third? ok", 80, fix_sentence_endings=True))
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    x
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(textwrap.indent("a\n\nb\n", "> "))
print(textwrap.indent("a\n\nb\n", "+", lambda l: True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("foo-bar-baz-qux 123-456 a-b ab-cd abc-d", 8))
