# Big-int arithmetic: every operator with mixed signs and sizes, Python's floor semantics,
# three-argument pow (negative exponents = modular inverse), shifts and bitwise operators on
# the infinite two's complement, and the errors CPython raises.
a = 2 ** 100 + 12345
b = -(3 ** 50)
c = 10 ** 30 + 7
for x, y in [(a, b), (b, a), (a, c), (c, -7), (-c, 7), (b, 2 ** 64), (2 ** 64, -1), (7, a)]:
    print(x + y, x - y, x * y)
    print(x // y, x % y, divmod(x, y), -x // y, -x % y)
    print(x & y, x | y, x ^ y, ~x, -x, +x, abs(x))
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)
print(a ** 3, b ** 2, (-2) ** 127, 7 ** 77, (-1) ** (2 ** 70), 1 ** (2 ** 80), 0 ** 0)
print(pow(a, 65537, c), pow(b, 3, 2 ** 61 - 1), pow(2, 10 ** 18, 10 ** 9 + 7), pow(5, -1, c))
print(pow(3, 200, -(10 ** 20)), pow(-3, 201, 10 ** 20), pow(a, 0, 1), pow(a, 2, -1))
print(a << 3, a << 100, a >> 3, a >> 100, a >> 1000, b >> 5, b >> 1000, b << 64, 1 << 200)
print(a % 1, b % -1, a // 1, 0 // a, 0 % b, (a * b) // b == a, (a * c + 5) % c)
print(2 ** 0.5, 4 ** -1, a ** -1, (-8) ** -3, 2 ** -1074, 2 ** -1075)
x = 1
for i in range(1, 60):
    x = x * i + (-1) ** i
print(x, x % 1000003, x // 10 ** 40)
s = 0
for i in range(200):
    s += i ** 20
print(s)
errors = [
    lambda: a // 0, lambda: a % 0, lambda: divmod(b, 0), lambda: a / 0, lambda: 1 << -1,
    lambda: a >> -2, lambda: pow(a, 2, 0), lambda: pow(2, -1, 4), lambda: pow(a, 2.0, 5),
    lambda: 0 ** -1, lambda: a ** -1 if False else (0 * a) ** -1,
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
