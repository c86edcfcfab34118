# stridelab_only: Python ints are 64-bit in stridelab. Where CPython would produce an int
# beyond [-2**63, 2**63 - 1] stridelab raises OverflowError("integer overflow: stridelab ints
# are 64-bit"); everything that stays in range matches CPython exactly.
import math
big = 2 ** 62
print(big, big + (big - 1), -big - big, 2 ** 63 - 1 if False else 'skip')
print(math.factorial(20), 3 ** 39, (-2) ** 63, 10 ** 18 * 9)
cases = [
    ('2 ** 63', lambda: 2 ** 63),
    ('2 ** 64', lambda: 2 ** 64),
    ('10 ** 19', lambda: 10 ** 19),
    ('max + 1', lambda: (2 ** 62 + (2 ** 62 - 1)) + 1),
    ('min - 1', lambda: -(2 ** 62) * 2 - 1),
    ('mul', lambda: 3037000500 * 3037000500),
    ('neg min', lambda: -((-2) ** 63)),
    ('abs min', lambda: abs((-2) ** 63)),
    ('factorial(21)', lambda: math.factorial(21)),
    ('lshift', lambda: 1 << 63),
    ('int literal', lambda: int('9223372036854775808')),
    ('sum', lambda: sum([2 ** 62, 2 ** 62])),
    ('int(1e19)', lambda: int(1e19)),
]
for label, fn in cases:
    try:
        print(label, fn())
    except OverflowError as e:
        print(label, type(e).__name__, e)
fact = 1
for i in range(1, 30):
    fact *= i
    print(i, fact)
