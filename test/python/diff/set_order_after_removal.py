# Sets of ints iterate in CPython's table order; removed elements leave dummies that
# count toward resizing and are reused by later adds, and pop() scans from a finger.
s = {1, 99}
s.discard(1)
s.add(2); s.add(3); s.add(4)
print(s)
print({1, 2, 3, 4} ^ {1, 99}, {1, 2, 3, 4}.symmetric_difference([1, 99]))
s = set([1, 9]); s.discard(1); s.add(17); print(s)
s = set([5, 6]); print(s.pop()); s.add(1); print(s.pop(), s)
s = set([5, 6]); s.pop(); s.clear(); s.add(6); s.add(1); print(s.pop())
s = set(range(20)); s.difference_update(range(0, 20, 2)); s.add(100); s.add(36); print(s)
s = set(range(20)); s -= set(range(0, 20, 3)); s.add(64); s.add(33); print(s)
s = set(range(10)); s.remove(3); s.remove(4); s.add(35); s.add(36); print(s, sorted(s) == sorted(list(s)))
print(set(range(20)) - {1, 2}, (set(range(40)) - {5}) ^ set([69, 37]))
d = {1: "a", 99: "b"}; del d[1]; d[2] = "c"; d[3] = "d"; d[4] = "e"; print(d)

# A reproducible mix of operations (its own generator: same numbers in every Python).
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

for trial in range(60):
    s = set()
    for step in range(rnd(60) + 5):
        r = rnd(100)
        v = rnd(300) - 60
        if r < 50: s.add(v)
        elif r < 68: s.discard(v)
        elif r < 75:
            if s: print(s.pop(), end=" ")
        elif r < 80: s.difference_update([rnd(50) for _ in range(rnd(8))])
        elif r < 85: s.symmetric_difference_update([rnd(70) for _ in range(rnd(6))])
        elif r < 89: s ^= set([rnd(70) for _ in range(rnd(6))])
        elif r < 93: s -= set([rnd(70) for _ in range(rnd(6))])
        elif r < 94: s.clear()
        elif r < 97: print(s ^ set([rnd(70) for _ in range(rnd(6))]), end=" ")
        else:
            if v in s: s.remove(v)
    print(s)
