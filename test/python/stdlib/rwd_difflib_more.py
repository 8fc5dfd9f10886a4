# difflib: grouped opcodes, junk handling, diff formats' corner cases, Differ's choices
import difflib

def attempt(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(repr(list(r) if not isinstance(r, (str, float, list)) else r))
    except Exception as e:
        print(type(e).__name__, e)

a = [str(i) for i in range(30)]
b = a[:3] + ["x"] + a[4:20] + a[21:] + ["tail"]
sm = difflib.SequenceMatcher(None, a, b)
print(sm.get_opcodes())
for n in (0, 1, 3, 10):
    print(n, list(sm.get_grouped_opcodes(n)))
print(list(difflib.SequenceMatcher(None, [], []).get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
e = difflib.SequenceMatcher(None, "", "")
print(e.ratio(), e.quick_ratio(), e.real_quick_ratio(), e.get_matching_blocks(), e.get_opcodes())
print(difflib.SequenceMatcher(None, "abc", "").get_opcodes(), difflib.SequenceMatcher(None, "", "ab").get_opcodes())

# junk: matches do not start on junk but may be extended over it
j = difflib.SequenceMatcher(lambda ch: ch == " ", " abcd", "abcd abcd")
print(j.find_longest_match(0, 5, 0, 9), sorted(j.bjunk), j.get_matching_blocks())
j2 = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(j2.find_longest_match(0, 5, 0, 9), j2.find_longest_match(), j2.find_longest_match(1, 3, 5, 9))
# autojunk: elements more common than 1% of a long b are "popular"
longb = "ab" * 150
p = difflib.SequenceMatcher(None, "xab", longb)
print(sorted(p.bpopular), p.ratio(), p.get_matching_blocks()[:2])
q = difflib.SequenceMatcher(None, "xab", longb, autojunk=False)
print(sorted(q.bpopular), q.find_longest_match(0, 3, 0, 300))
sm = difflib.SequenceMatcher(None, "abcd", "bcde")
sm.set_seq1("abxd"); print(sm.get_opcodes(), round(sm.ratio(), 4))
sm.set_seq2("xd"); print(sm.get_opcodes(), sm.quick_ratio())
sm.set_seqs("aaaa", "aa"); print(sm.quick_ratio(), sm.real_quick_ratio())

# diff formats
x = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n".splitlines(True)
y = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n".splitlines(True)
print("".join(difflib.unified_diff(x, y, "old", "new", "2024-01-01", "2024-01-02", n=1)))
print("".join(difflib.context_diff(x, y, "old", "new", n=1)))
print(list(difflib.unified_diff(["p", "q"], ["q"], lineterm="")))
print(list(difflib.context_diff(["p"], ["p", "r"], lineterm="")))
print(list(difflib.context_diff(["p", "r"], ["p"], lineterm="")))
print(list(difflib.unified_diff([], ["new"], lineterm="")), list(difflib.unified_diff(["s"], ["s"])))
print(list(difflib.unified_diff(["only"], [], n=0, lineterm="")))

# Differ: unrelated lines, identical line inside a replace block, tabs in guides
print(list(difflib.ndiff(["aaa", "bbb"], ["xyz"])))
print(list(difflib.ndiff(["one"], ["uvw", "rst"])))
print(list(difflib.ndiff(["k1", "same", "k2"], ["z9", "same", "z8"])))
print(list(difflib.ndiff(["\tabcdefgh\n"], ["\tabcdXfgh\n"])))
print(list(difflib.ndiff(["abcdefghij\n", "zzz\n"], ["abcdefghiJ\n", "abcdefgXij\n"])))
print(list(difflib.Differ().compare(["a b c\n"], ["a  b c\n"])))
print(list(difflib.ndiff(["a b c\n"], ["a  b c\n"], linejunk=difflib.IS_LINE_JUNK)))
print(difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK(" x"), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"))
delta = list(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]))
print(list(difflib.restore(delta, 1)), list(difflib.restore(delta, "2")))
attempt(difflib.restore, delta, 3)
attempt(difflib.get_close_matches, "x", ["x"], n=0)
attempt(difflib.get_close_matches, "x", ["x"], cutoff=1.5)
print(difflib.get_close_matches("wheel", ["while", "wheat", "whee", "heel", "wheel", "w"], n=4, cutoff=0.5))
print(difflib.get_close_matches("xyz", ["abc"]))
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
