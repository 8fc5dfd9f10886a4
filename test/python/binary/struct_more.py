import struct
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
t(lambda: struct.pack('<f', 1e300)); t(lambda: struct.pack('<f', float('inf'))); t(lambda: struct.pack('>d', -2.5))
for x in [0.1, 1/3, 1e-5, 6e-8, 3e-8, 2.9e-8, 65500.0, 1.0009765625, 1.00048828125, 1.00146484375, -1e-9, 1e-4]:
    b = struct.pack('<e', x); print(b, struct.unpack('<e', b))
m = memoryview(bytearray(6)); struct.pack_into('>hi', m, 0, 5, -2); print(m.tobytes())
t(lambda: struct.pack_into('<i', memoryview(b'abcd'), 0, 1))
t(lambda: struct.calcsize('<1000000000000000000000x')); t(lambda: struct.pack('<2s', 'ab'))
print(struct.Struct('>I').unpack(b'\xde\xad\xbe\xef'), struct.calcsize('@iq'), struct.calcsize('@qi'), struct.calcsize('@?d'))
print(type(struct.Struct('i')), struct.error, struct.error.__mro__)
try:
    struct.pack('b', 500)
except struct.error as e:
    print('caught', e.args)
x = struct.iter_unpack('<bb', bytearray(b'\x01\x02\x03\x04')); print(x.__next__(), list(x))
print(struct.unpack_from('<h', buffer=b'\x00\x01\x02', offset=1))
print(struct.pack('<3p', b'abcdef'), struct.pack('<?', 2), struct.pack('@N', 2**64-1), struct.pack('P', 8))
print(struct.calcsize('100000000000i'), struct.calcsize('@b100000000000q'), struct.Struct('3h2s').unpack(b'\x01\x00\x02\x00\x03\x00ab'))
