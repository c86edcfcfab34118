# Results at the edges of int64, where the small-int fast path hands over to big ints (and
# back): every operator and conversion that can cross the boundary.
big = 2 ** 62
print(big, big + (big - 1), -big - big, 2 ** 63 - 1 if False else 'skip')
print(3 ** 39, (-2) ** 63, 10 ** 18 * 9, -(-2) ** 63 // -1, (2 ** 63) // 2, 2 ** 64 - 2 ** 64)
cases = [
    ('2 ** 63', lambda: 2 ** 63),
    ('2 ** 64', lambda: 2 ** 64),
    ('10 ** 19', lambda: 10 ** 19),
    ('max + 1', lambda: (2 ** 62 + (2 ** 62 - 1)) + 1),
    ('min - 1', lambda: -(2 ** 62) * 2 - 1),
    ('mul', lambda: 3037000500 * 3037000500),
    ('neg min', lambda: -((-2) ** 63)),
    ('abs min', lambda: abs((-2) ** 63)),
    ('floordiv', lambda: ((-2) ** 63) // -1),
    ('mod back', lambda: (2 ** 70 + 5) % 2 ** 64),
    ('neg literal', lambda: -9223372036854775808),
    ('rshift', lambda: (2 ** 64) >> 1),
    ('float', lambda: float(2 ** 63)),
    ('type', lambda: (type(2 ** 63), type(2 ** 63 - 1 + 1) is int)),
    ('lshift', lambda: 1 << 63),
    ('int literal', lambda: int('9223372036854775808')),
    ('sum', lambda: sum([2 ** 62, 2 ** 62])),
    ('int(1e19)', lambda: int(1e19)),
]
for label, fn in cases:
    try:
        print(label, fn())
    except (OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
fact = 1
for i in range(1, 30):
    fact *= i
    print(i, fact)
x = 1
for i in range(70):
    x = x * 2 - (i % 3)
    y = x // 3 + x % 7 - (x >> 5)
print(x, y, -x, abs(-x), x & (2 ** 64 - 1), x | 1, x ^ -1, ~x, hash(x), hash(-x))
