a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1, -1 >> 10, 1 << 62)
print(bin(a & b), bin(a | b), bin(a ^ b), hex(255 << 4), oct(64 >> 3))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
x = 0xFF
x &= 0x0F; print(x)
x |= 0x30; print(x)
x ^= 0x01; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {2, 5}, {1, 2, 3} - {1})
