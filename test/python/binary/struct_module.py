import struct
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__ if type(e).__module__!='builtins' else '', type(e).__name__+':', e)
for o in '@<>=!':
    for c in 'bBhHiIlLqQnNP':
        if o != '@' and c in 'nNP': 
            t(lambda: struct.calcsize(o+c)); continue
        t(lambda: struct.pack(o+c, 2**70)); t(lambda: struct.pack(o+c, -1)); t(lambda: struct.pack(o+c, 1.0)); t(lambda: struct.pack(o+c, 2**(8*struct.calcsize(o+c)-1)))
for f in ['ci', 'ic', 'bhiqd', 'hd', 'dh', 'x', '3x', '0i', 'c0i', 'i0q', '5s', '5p', '?', 'e', 'ihc', '<ihc', '2h3s', ' i  h ', 'P']:
    t(lambda: struct.calcsize(f))
t(lambda: struct.calcsize('z')); t(lambda: struct.calcsize('3')); t(lambda: struct.calcsize(b'ii')); t(lambda: struct.calcsize(3))
t(lambda: struct.pack('ii', 1)); t(lambda: struct.pack('i', 1, 2)); t(lambda: struct.pack('d', 'x')); t(lambda: struct.pack('c', b'ab')); t(lambda: struct.pack('c', 'a'))
t(lambda: struct.pack('s', 'a')); t(lambda: struct.pack('3s', b'abcdef')); t(lambda: struct.pack('3s', b'a')); t(lambda: struct.pack('5p', b'abcdefgh')); t(lambda: struct.pack('5p', b'ab'))
t(lambda: struct.pack('e', 1e6)); t(lambda: struct.pack('f', 1e300)); t(lambda: struct.pack('>e', 1.5)); t(lambda: struct.pack('<e', 65504.0)); t(lambda: struct.pack('<e', 65519.0)); t(lambda: struct.pack('<e', 1e-7)); t(lambda: struct.pack('<e', -0.0)); t(lambda: struct.pack('<e', float('nan')))
t(lambda: struct.unpack('<e', b'\x00\x7c')); t(lambda: struct.unpack('<e', b'\x01\x00')); t(lambda: struct.unpack('>e', b'\x3c\x00'))
t(lambda: struct.pack('?', [])); t(lambda: struct.pack('?', 'x')); t(lambda: struct.unpack('?', b'\x05'))
t(lambda: struct.unpack('i', b'abc')); t(lambda: struct.unpack('i', 'abcd')); t(lambda: struct.unpack_from('i', b'abcdef', 4)); t(lambda: struct.unpack_from('i', b'abcdefgh', 4)); t(lambda: struct.unpack_from('i', b'abcdefgh', offset=-4)); t(lambda: struct.unpack_from('i', b'abcdefgh', -10))
ba = bytearray(8); t(lambda: struct.pack_into('<hh', ba, 2, 1, -1)); print(ba); t(lambda: struct.pack_into('<i', ba, 6, 1)); t(lambda: struct.pack_into('<i', ba, -10, 1)); t(lambda: struct.pack_into('<i', b'12345678', 0, 1)); t(lambda: struct.pack_into('<h', ba, -2, 7)); print(ba)
t(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00'))); t(lambda: struct.iter_unpack('<h', b'\x01')); t(lambda: struct.iter_unpack('', b''))
s = struct.Struct('<2hs'); print(s.format, s.size, s.pack(1, 2, b'z'), s.unpack(b'\x01\x00\x02\x00z'), s.unpack_from(b'..\x01\x00\x02\x00z', 2), repr(s)[:20])
print(struct.pack('<qQd', -1, 2**64-1, 1.5), struct.unpack('>qQf', b'\xff'*8 + b'\x00'*7 + b'\x05' + b'\x3f\xc0\x00\x00'))
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.pack('=bhiq', 1, 2, 3, 4), struct.pack('!h', 258), struct.pack('10x'), struct.pack('3s2x?', b'ab', True))
print(struct.unpack('5p', b'\x03abcd'), struct.unpack('5p', b'\x09abcd'), struct.unpack('c3s', b'xabc'), struct.pack('i', True), struct.pack('<d', 3))
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()), struct.pack('<h', I()))
t(lambda: struct.pack('<i', I()) + struct.pack('<f', I()))
t(lambda: struct.Struct('i').unpack(memoryview(b'\x01\x00\x00\x00'))); t(lambda: struct.unpack('<i', bytearray(b'\x01\x00\x00\x00')))
t(lambda: struct.unpack('<2i', __import__('array').array('i', [5, 6])))
t(lambda: struct.error.__mro__); t(lambda: struct.Struct(b'<i').format)
t(lambda: struct.pack('<2i', *range(2))); t(lambda: struct.calcsize('<1000000000000000000000x'))
t(lambda: struct.pack('<Q', -1)); t(lambda: struct.pack('>q', 2**63))
