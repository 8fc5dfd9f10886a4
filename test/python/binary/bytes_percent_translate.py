def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
class B:
    def __bytes__(self): return b'BB'
t(lambda: b'%d %s %r %x %c %b' % (5, b'ab', 'q', 255, 65, bytearray(b'z')))
t(lambda: b'%s' % 'str'); t(lambda: b'%s' % 5); t(lambda: b'%c' % 256); t(lambda: b'%c' % b'ab'); t(lambda: b'%c' % 'a'); t(lambda: b'%c' % b'\xff')
t(lambda: b'%s %s' % (1,)); t(lambda: b'%s' % (b'a', b'b')); t(lambda: b'%z' % 1); t(lambda: b'%(k)s' % {b'k': b'v'}); t(lambda: b'%(k)s' % {'k': b'v'}); t(lambda: b'%(k)s' % 5)
t(lambda: b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef')); t(lambda: b'%05.1f %e %g %G %o %#x %X %+d % d %%' % (3.14159, 1e10, 1e-5, 2.5, 8, 255, 255, 3, 4))
t(lambda: b'%a %r' % ('é', b'x')); t(lambda: b'%s' % B()); t(lambda: b'%s' % memoryview(b'mv')); t(lambda: bytearray(b'%s-%d') % (b'x', 2)); t(lambda: b'%s' % b'x'); t(lambda: b'%s' % bytearray(b'ba'))
t(lambda: b'%i %u' % (True, -3)); t(lambda: b'%d' % 'x'); t(lambda: b'%d' % 2.7); t(lambda: b'%x' % 2.5); t(lambda: b'%f' % 'x'); t(lambda: b'abc' % ()); t(lambda: b'abc' % 5); t(lambda: b'%' % ()); t(lambda: b'%*d' % (5, 3))
t(lambda: b'\xff%s' % b'\xfe'); t(lambda: b'%s' % __import__('array').array('b', [65])); t(lambda: 5 % b'x'); t(lambda: b'%(a)s %(b)d' % {b'a': b'A', b'b': 2}); t(lambda: b'%s' % [1])
t(lambda: b'abc'.maketrans(b'ab', b'xy')[97:99]); t(lambda: bytes.maketrans(b'a', b'xy')); t(lambda: b'hello'.translate(bytes.maketrans(b'el', b'ip'))); t(lambda: b'hello'.translate(None, b'l')); t(lambda: b'hello'.translate(b'x'))
t(lambda: bytearray(b'hello').translate(None, delete=b'h')); t(lambda: b'abc'.translate(None)); t(lambda: bytearray.maketrans(b'a', b'b')[97]); t(lambda: bytes.maketrans('a', 'b'))
t(lambda: (b'Hello World'.istitle(), b'hello World'.istitle(), b''.istitle(), b'A1 B'.istitle(), bytearray(b'Ab Cd').istitle(), b'AB'.istitle()))
t(lambda: b'x'.__getnewargs__()); t(lambda: bytes(B())); t(lambda: b'ab'.__mod__((1,)) if False else b'%b' % (b'q',)); t(lambda: bytes.__mod__(b'%d', 3)); t(lambda: b'x'.__rmod__(3))
