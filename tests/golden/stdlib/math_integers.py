# math: factorial, comb, perm, isqrt, gcd, lcm, prod
import math
print([math.factorial(n) for n in range(0, 21)], math.factorial(True))
print([math.comb(10, k) for k in range(12)], math.comb(60, 30), math.comb(5, 7), math.comb(10, True))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(0), math.perm(20, 10))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 10**6 + 1, 2**62, 9223372036854775807]], math.isqrt(True))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(0, -5))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(7))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1, 2, 3], start=2), math.prod([0.5, 4]), math.prod(range(1, 11)))
print(math.prod(['ab'], start=1), math.prod([[1]] * 3, start=1) if False else 'skip')
tests = ["math.factorial(-1)", "math.factorial(1.5)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.comb(5.0, 2)",
         "math.comb(5)", "math.perm(-1)", "math.perm(5, -1)", "math.isqrt(-1)", "math.isqrt(1.5)", "math.gcd(1.5)",
         "math.lcm(2, 'a')", "math.prod(5)", "math.factorial('3')"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '-> ERR', type(e).__name__ + ':', e)
