# uuid (UUID views, comparisons, errors, uuid3/uuid5, namespaces) and secrets/uuid4
# properties that hold for any random source (the bytes themselves differ from CPython's)
import uuid
import secrets
from uuid import UUID

u = UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for text in ["{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678123456781234567812345678", "12345678123456781234567812345678"]:
    print(UUID(text) == u)
print(UUID(bytes=u.bytes) == u, UUID(bytes_le=u.bytes_le) == u, UUID(fields=u.fields) == u, UUID(int=u.int) == u)
print(UUID(int=0), UUID(int=2**128 - 1), UUID(int=1, version=4), UUID(int=0).variant, UUID(int=2**128 - 1).variant)
print(UUID(int=0xC << 60).variant, UUID(int=0xA << 60).version, UUID(int=0xE << 60).variant)
for v in range(1, 6):
    w = UUID(int=2**127 - 12345, version=v)
    print(v, w, w.version, w.variant)
print(sorted([UUID(int=5), UUID(int=3), UUID(int=9)]), UUID(int=3) < UUID(int=4), UUID(int=3) == 3, int(UUID(int=77)))
print(hash(UUID(int=99)) == hash(UUID(int=99)), len({UUID(int=1), UUID(int=1), UUID(int=2)}))
print(repr(u.is_safe), uuid.SafeUUID.safe.value)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=é"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "a").version, uuid.uuid3(uuid.NAMESPACE_DNS, "a").version)
print(uuid.RFC_4122, "|", uuid.RESERVED_NCS, "|", uuid.RESERVED_MICROSOFT, "|", uuid.RESERVED_FUTURE)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: UUID())
attempt(lambda: UUID("1234"))
attempt(lambda: UUID(hex="zz345678123456781234567812345678"))
attempt(lambda: UUID(bytes=b"short"))
attempt(lambda: UUID(bytes_le=b"x" * 17))
attempt(lambda: UUID(fields=(1, 2, 3)))
attempt(lambda: UUID(fields=(2**32, 0, 0, 0, 0, 0)))
attempt(lambda: UUID(fields=(0, 0, 2**16, 0, 0, 0)))
attempt(lambda: UUID(fields=(0, 0, 0, 256, 0, 0)))
attempt(lambda: UUID(fields=(0, 0, 0, 0, 0, 2**48)))
attempt(lambda: UUID(int=-1))
attempt(lambda: UUID(int=2**128))
attempt(lambda: UUID(int=1, version=6))
attempt(lambda: UUID(int=1, hex="00"))
attempt(lambda: setattr(u, "int", 5))
attempt(lambda: u < 5)
attempt(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b"bytes"))

# uuid4 and uuid1: shape, version and variant (their bits are random)
for make in (uuid.uuid4, uuid.uuid1):
    a, b = make(), make()
    print(make.__name__, a.version, a.variant, a != b, len(str(a)), str(a)[14])
print(uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234).node == 0x123456789ABC, uuid.uuid1(clock_seq=0x1234).clock_seq)
print(uuid.getnode() == uuid.getnode(), 0 <= uuid.getnode() < 2**48)

# secrets: sizes, ranges and errors
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(3)).__name__, secrets.token_bytes(0))
print(len(secrets.token_hex()), len(secrets.token_hex(7)), all(c in "0123456789abcdef" for c in secrets.token_hex(40)))
tok = secrets.token_urlsafe(30)
print(len(tok), len(secrets.token_urlsafe()), all(c.isalnum() or c in "-_" for c in tok))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), sorted(set(secrets.randbelow(3) for _ in range(200))))
print(all(secrets.randbits(12) < 4096 for _ in range(100)), secrets.randbits(0))
print(secrets.choice("x"), secrets.choice([1, 2, 3]) in [1, 2, 3], secrets.compare_digest(b"a", b"a"), secrets.compare_digest("ab", "ac"))
print(isinstance(secrets.SystemRandom(), __import__("random").Random), 0 <= secrets.SystemRandom().random() < 1, secrets.DEFAULT_ENTROPY)
attempt(lambda: secrets.randbelow(0))
attempt(lambda: secrets.randbelow(-5))
attempt(lambda: secrets.choice([]))
attempt(lambda: secrets.randbits(-1))
attempt(lambda: secrets.token_bytes(-1))
attempt(lambda: secrets.SystemRandom().getstate())
