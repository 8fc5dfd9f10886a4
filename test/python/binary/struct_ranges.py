import struct
def m(f):
    try: f(); return 'ok'
    except Exception as e: return str(e)
for o in '@<>=!':
    for c in 'bBhHiIlLqQnNP':
        try: n = struct.calcsize(o+c)
        except struct.error: continue
        bits = 8*n
        vals = {'huge': 2**70, 'neg1': -1, 'smax+1': 2**(bits-1), 'umax+1': 2**bits, 'smin-1': -2**(bits-1)-1}
        print(o, c, {k: m(lambda: struct.pack(o+c, v)) for k, v in vals.items()})
