# math: float functions, constants, domain/range errors
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, 0.5, 1.0, 2.0, -0.75, 10.0, 1e-10, 123.456]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh',
             'fabs', 'degrees', 'radians', 'log1p', 'floor', 'ceil', 'trunc', 'isfinite',
             'isinf', 'isnan', 'frexp', 'modf', 'ulp']:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(f(v))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, out)
for name in ['asin', 'acos', 'atanh']:
    print(name, [getattr(math, name)(v) for v in [-0.5, 0.0, 0.25, 0.9]])
# erf/erfc: glibc's values; the browser's libm (musl) differs in the last bit for some inputs
print('erf', [math.erf(v) for v in [0.0, 0.5, 1.0, 2.0, 1e-10]], 'erfc', [math.erfc(v) for v in [0.0, 0.5, 1.0, 2.0]])
print('acosh', [math.acosh(v) for v in [1.0, 1.5, 10.0]])
print('log', [math.log(v) for v in [1, 2.5, 100, 1e-5]], math.log(8, 2), math.log(100, 10), math.log(2, 0.5))
print('log2', math.log2(1024), math.log2(3), 'log10', math.log10(0.001), math.log10(12345))
print('gamma', [math.gamma(v) for v in [0.5, 1, 5, 10.5, -1.5]], [math.lgamma(v) for v in [0.5, 3, 100]])
print('pow', math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.inf, 0))
print('atan2', math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.hypot(3, 4))
print('fmod', math.fmod(-7, 3), math.fmod(7.5, 2), math.fmod(1, math.inf), math.remainder(5, 3), math.remainder(-7.5, 2))
print('copysign', math.copysign(1, -0.0), math.copysign(-2, 3), 'nextafter', math.nextafter(1, 2), math.nextafter(0.0, -1))
print('ldexp', math.ldexp(1.5, -2), math.ldexp(3, 10), math.ldexp(1.0, -1080), 'frexp', math.frexp(0.0), math.frexp(-8.0))
print('cbrt', math.cbrt(8), math.cbrt(-0.0), round(math.cbrt(27), 12), round(math.cbrt(2), 12), 'floor', math.floor(-3.5), math.ceil(3.2), math.trunc(-3.7), math.floor(7))
print('isclose', math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.ulp(0.0), math.ulp(math.inf), math.modf(math.inf), math.modf(-3.5), math.exp(-1000), math.expm1(1e-10))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()), math.floor(True))
tests = ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(1, 1)", "math.log(10, 0)", "math.acosh(0.5)",
         "math.atanh(1)", "math.exp(1000)", "math.pow(10, 400)", "math.pow(0, -1)", "math.pow(-8, 1/3)",
         "math.ldexp(1.0, 1100)", "math.remainder(5, 0)", "math.remainder(math.inf, 2)", "math.fmod(5, 0)",
         "math.gamma(0)", "math.gamma(-2)", "math.lgamma(0)", "math.cos(math.inf)", "math.floor('a')",
         "math.sqrt('x')", "math.sqrt()", "math.sqrt(1, 2)", "math.isclose(1, 2, rel_tol=-1)", "math.floor(math.nan)",
         "math.ceil(math.inf)", "math.asin(2)", "math.log1p(-1)", "math.cosh(1000)", "math.trunc('x')",
         "math.log2(0)", "math.ldexp(1.0, 2.0)"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '-> ERR', type(e).__name__ + ':', e)
