# sys.float_info, int_info, hash_info and flags: named tuples with CPython 3.11's values.
import sys
print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2.0 ** -52, sys.float_info.dig, sys.float_info[8])
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf == hash(float("inf")), sys.hash_info.algorithm)
print(hash(2**61 - 1), hash(sys.hash_info.modulus + 5))
f = sys.flags
print(f.optimize, f.debug, f.dev_mode, f.safe_path, f.int_max_str_digits, len(f), type(f).__name__, isinstance(f, tuple))
print(type(sys.float_info).n_fields, len(sys.float_info), tuple(sys.int_info))
print(sys.maxunicode == 0x10FFFF, chr(sys.maxunicode) == "\U0010ffff", sys.float_repr_style, sys.api_version)
try:
    sys.float_info.max = 1.0
except AttributeError as e:
    print("AttributeError")
