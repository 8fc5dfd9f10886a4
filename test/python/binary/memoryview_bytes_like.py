from array import array
m = memoryview(b'\x01\x00\x02\x00').cast('H')
print(bytearray(m), bytes(m), b'x' + m, bytearray(b'y') + m, list(m))
ba = bytearray(b'z'); ba += memoryview(b'ab'); ba.extend(memoryview(b'cd')); print(ba)
print(bytearray(array('h', [1, -1])), b'-'.join([m, array('b', [65])]))
