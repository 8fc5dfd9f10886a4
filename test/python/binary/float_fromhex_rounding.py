import random
r = random.Random(7)
out = []
for i in range(400):
    digs = ''.join(r.choice('0123456789abcdef') for _ in range(r.randint(1, 20)))
    k = r.randint(0, len(digs))
    s = '0x' + digs[:k] + '.' + digs[k:] + 'p' + str(r.randint(-1150, 1030))
    try: v = float.fromhex(s); out.append(v.hex())
    except OverflowError: out.append('OVF')
print(hash(tuple(out)) if False else '\n'.join(out))
