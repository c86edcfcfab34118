# New element-wise ufuncs on every real dtype: values, result dtypes, special values.
import numpy as np

# (values where NumPy's SIMD (SVML) cbrt/exp2/arcsinh and the C library agree exactly)
x = np.array([-27.0, -8.0, -1.0, -0.0, 0.0, 0.125, 1.0, 8.0, 64.0, np.inf, -np.inf, np.nan])
for name in ['cbrt', 'exp2', 'fabs', 'arcsinh', 'deg2rad', 'rad2deg', 'degrees', 'radians',
             'spacing', 'signbit', 'conjugate', 'conj']:
    f = getattr(np, name)
    r = f(x)
    print(name, f.__name__, f.nin, f.nout, f.nargs, f.identity, r.dtype)
    print(r)
    print(f(x[1:].astype(np.float32)))  # (SVML's float32 cbrt(-27) is -2.9999998)
    print(f(x[::3]))

y = np.array([1.0, 1.5, 2.0, 10.0, np.inf, 0.9])
print(np.arccosh(y))
z = np.array([-1.0, -0.5, 0.0, 0.5, 0.99, 1.0])
print(np.arctanh(z), np.arctanh(z.astype(np.float32)))

# (bool, int8 and uint8 compute in float16 in NumPy)
for dt in [np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, np.float32, np.float64]:
    a = np.array([0, 1, 2, 3], dtype=dt)
    out = []
    for name in ['cbrt', 'exp2', 'fabs', 'arcsinh', 'deg2rad', 'signbit', 'spacing', 'conjugate']:
        try:
            r = getattr(np, name)(a)
            out.append(name + ':' + str(r.dtype))
        except TypeError as e:
            out.append(name + ':' + type(e).__name__)
    print(np.dtype(dt).name, ' '.join(out))

print(np.cbrt(-27), np.exp2(10), np.fabs(-3), np.signbit(-0.0), np.degrees(np.pi))
print(np.cbrt(np.float32(8)), np.signbit(np.int8(-3)), type(np.cbrt(np.float32(8))).__name__)
print(np.degrees([[0.5, 1.0], [2.0, 3.0]]).T)
print(np.exp2(np.arange(-3, 4)))
print(np.rad2deg(np.arange(6, dtype=np.float32).reshape(2, 3)[:, ::2]))
print(np.conj is np.conjugate)
print(np.conjugate(np.array([True, False])).dtype)
