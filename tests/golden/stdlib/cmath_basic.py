# cmath as tutorials use it, and complex format specs (CPython's formulas and messages).
import cmath
import math

z = 1 + 2j
for fn in (cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.sin, cmath.cos, cmath.tan, cmath.asin,
           cmath.acos, cmath.atan, cmath.sinh, cmath.cosh, cmath.tanh, cmath.asinh, cmath.acosh, cmath.atanh):
    # 15 significant digits: Emscripten's libm (musl) asinh/tanh can differ from glibc's in the last bit
    print(fn.__name__, *(format(fn(v), '.15g') for v in (z, -0.5 + 0.25j, 0.3, -2)))
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(1e-320 + 1e-320j), cmath.sqrt(-0.0), cmath.sqrt(2))
print(cmath.exp(1j * math.pi), cmath.exp(710 + 0j) if False else '', cmath.log(-1), cmath.log(8, 2), cmath.log(1j, 1 + 1j))
print(cmath.log(1e308 + 1e308j), cmath.log(1.1 + 0.1j), cmath.log(5e-324 + 0j), cmath.atanh(1 + 1e-300j))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1j), cmath.polar(-3 + 4j))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(3, -math.pi))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10, abs_tol=1e-9))
print(cmath.isnan(complex('nan')), cmath.isinf(complex(math.inf, 0)), cmath.isfinite(1j), cmath.isfinite(complex(1, math.inf)))
r, phi = cmath.polar(z)
print(round(r, 10), round(phi, 10), abs(cmath.rect(r, phi) - z) < 1e-15)
for f, a in ((cmath.log, 0), (cmath.atanh, 1), (cmath.exp, 1000), (cmath.sqrt, 'x'), (cmath.cosh, 1000 + 0j),
             (cmath.acos, None)):
    try:
        print(f(a))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
for v in (1 + 2j, 2.5j, -0.0 - 1.5j, complex(1234567.5, -0.001), complex(math.nan, -math.inf), 1 / 3 + 1j / 3):
    print([format(v, s) for s in ('', '.2f', '^20', '>15.3e', '+.1f', ' g', '.3', '10', '<12', 'g', 'E', ',.2f', 'n', '.0f', '_', '*^16.1f')])
print(f"{z:.2f}", f"{z!r:>10}", "{:.3}".format(1 / 3 + 1j / 3), "{0.real} {0.imag}".format(z), "%s %r" % (z, z))
for s in ('010', '=10', 'd', '%', 's', '0<8'):
    try:
        format(z, s)
    except ValueError as e:
        print('ValueError', e)
