# The same reductions spelled as np functions and as ndarray methods, with positional and
# keyword arguments, give the same results.
import numpy as np

np.random.seed(8)
a = np.random.randint(-5, 9, size=(4, 5))
f = a * 0.5
for name in ['sum', 'prod', 'mean', 'std', 'var', 'min', 'max', 'argmin', 'argmax', 'all', 'any', 'cumsum', 'cumprod']:
    fn = getattr(np, name)
    r1 = fn(f, axis=0)
    r2 = getattr(f, name)(axis=0)
    r3 = getattr(f, name)(0)
    print(name, r1.tolist() == r2.tolist(), r2.tolist() == r3.tolist(), r1.tolist())
    print(name, fn(a, 1).tolist(), getattr(a, name)(axis=-1).tolist())
print(f.sum(0, np.float32), f.mean(1, None, None, True).shape, a.max(0, None, True).shape)
print(a.var(0, None, None, 1), a.std(axis=1, ddof=1))
print(np.amax(a, 1), np.amin(a, 0))
try:
    a.sum(axis=0, bogus=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.sum(a, 0, None, None, False, 0, None, 1)
except Exception as e:
    print(type(e).__name__, e)
