# int arithmetic with Python's floor division / modulo signs
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -5):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, (-2) ** 3, 2 ** -1, 10 ** 18)
print(1 << 10, 1024 >> 3, -16 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(abs(-5), abs(5), -(-3), +4)
print(True + True, True * 3, False - 1, True & False, True | False, True ^ True)
print(int('42'), int('-17'), int(' 12 '), int('0x1f', 16), int('ff', 16), int('1_000'), int(3.99), int(-3.99), int(True))
print(int('101', 2), int('z', 36), int('0o17', 0), int('0b11', 0))
print(9 // 0.5, 7 % 2.5, -7 % 2.5, 2 ** 0.5)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, 0.5))
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
print(hex(255), oct(8), bin(10), hex(-42), bin(0))
print(1 == 1.0, 1 < 1.5, 2 > True, 0 == False, 3 != 3.0)
