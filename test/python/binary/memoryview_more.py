from array import array
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
t(lambda: memoryview(array('u', 'ab')).format); t(lambda: memoryview(array('d', [1.5])).cast('B').tolist()); t(lambda: memoryview(array('i', [1])).obj)
t(lambda: memoryview(array('d', [1.0])) == memoryview(array('f', [1.0]))); t(lambda: memoryview(b'\x00\x00\x80?').cast('f') == memoryview(array('f', [1.0])))
t(lambda: memoryview(array('i', [1, 2]))[::-1].tolist()); t(lambda: memoryview(array('i', [1, 2, 3]))[::2].tobytes())
t(lambda: memoryview(b'abcdef')[1:5:2].hex()); t(lambda: memoryview(b'ab').cast('B', shape=[1, 2]).tolist()); t(lambda: memoryview(b'abcd').cast('B', [2, 2]).shape)
t(lambda: memoryview(b'abcd').cast('b', [2, 2])[0]); t(lambda: len(memoryview(b'abcd').cast('B', [2, 2]))); t(lambda: memoryview(b'abcd').cast('H', (2,)).strides)
t(lambda: memoryview(b'abcd').cast('B', [3])); t(lambda: memoryview(b'abcd').cast(1)); t(lambda: memoryview(b'abcd').cast('@H').format)
t(lambda: memoryview(b'ab')[1.0]); t(lambda: memoryview(b'ab')['x']); t(lambda: memoryview(b'ab')[(0,)])
ba = bytearray(b'abcd'); m = memoryview(ba); n = m[1:3]; n[:] = b'XY'; print(ba); m[::2] = b'12'; print(ba)
t(lambda: m.__setitem__(slice(0, 2), memoryview(b'abc')[:2])); print(ba)
with memoryview(bytearray(2)) as w: pass
t(lambda: w.format); t(lambda: repr(w)[:17]); print(w == w, w != memoryview(b''))
t(lambda: memoryview(b'a').release()); t(lambda: memoryview())
print(sum(memoryview(array('h', [1, 2, 3]))), list(memoryview(b'xy').cast('c')))
print(memoryview(b'abcd').cast('B', [2, 2])[1, 0]); t(lambda: memoryview(b'ab')[0, 0]); t(lambda: memoryview(b'abcd').cast('B', [2, 2])[2, 0])
