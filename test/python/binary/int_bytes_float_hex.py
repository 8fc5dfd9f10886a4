def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
t(lambda: (5).to_bytes()); t(lambda: (300).to_bytes()); t(lambda: (-1).to_bytes()); t(lambda: (-1).to_bytes(signed=True)); t(lambda: (255).to_bytes(1, signed=True))
t(lambda: (1).to_bytes(2, 'middle')); t(lambda: (1).to_bytes(-1)); t(lambda: (1).to_bytes(length=3, byteorder='little')); t(lambda: (0).to_bytes(0)); t(lambda: (1).to_bytes(0))
t(lambda: (-128).to_bytes(1, 'big', signed=True)); t(lambda: (-129).to_bytes(1, 'big', signed=True)); t(lambda: (2**64).to_bytes(9, 'little')); t(lambda: True.to_bytes(2, 'big'))
t(lambda: int.from_bytes(b'\x01\x00')); t(lambda: int.from_bytes(b'\x01\x00', 'little')); t(lambda: int.from_bytes(b'\xff\xfe', signed=True)); t(lambda: int.from_bytes([1, 2])); t(lambda: int.from_bytes(b''))
t(lambda: int.from_bytes('ab')); t(lambda: int.from_bytes(b'\x01', 'x')); t(lambda: int.from_bytes(bytearray(b'\x02\x03'), byteorder='little', signed=True)); t(lambda: int.from_bytes(memoryview(b'\x07')))
t(lambda: int.from_bytes(b'\x80', 'big', True)); t(lambda: (1).to_bytes(1, 'big', True)); t(lambda: bool.from_bytes(b'\x01'))
class I(int): pass
t(lambda: type(I.from_bytes(b'\x05')))
t(lambda: (1.5).hex()); t(lambda: (-0.0).hex()); t(lambda: float('inf').hex()); t(lambda: (1e-320).hex()); t(lambda: float.fromhex('0x1.8p1')); t(lambda: float.fromhex('-0X1P-1074')); t(lambda: float.fromhex('inf')); t(lambda: float.fromhex('0x1p2000')); t(lambda: float.fromhex('zz'))
t(lambda: float.fromhex(' 0x1.fffffffffffff8p1023 ')); t(lambda: float.fromhex('0x.8')); t(lambda: float.fromhex('1a')); t(lambda: (0.1).hex()); t(lambda: float.fromhex('0x1.00000000000008p0')); t(lambda: float.fromhex('0x1.00000000000018p0'))
t(lambda: (2**1000).to_bytes(10)); t(lambda: int.from_bytes(b'\x00' * 3 + b'\x01', 'big'))
