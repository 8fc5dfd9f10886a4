# Slicing a range keeps the slice's clipped stop, as CPython's repr shows.
ranges = [range(4), range(1, 10, 3), range(10, 0, -2), range(0), range(2**70, 2**70 + 10, 3)]
slices = [slice(None), slice(1, None, 2), slice(1, -2, 2), slice(None, None, -1),
          slice(-100, 100), slice(5, 1), slice(3, 0, -2), slice(None, 2, 5)]
for r in ranges:
    print(r, [r[s] for s in slices])
    print([list(r[s]) == list(r)[s] for s in slices])
print(range(4)[1::2] == range(1, 5, 2), range(4)[1::2].stop)
