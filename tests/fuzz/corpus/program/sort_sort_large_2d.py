# np.sort / np.argsort along axis 0 and 1 of a larger 2-d float array (the W2 benchmark
# pattern at a small size), C and F layouts. (sqrt, not log: np.log is not bit-exact yet.)
import numpy as np

np.random.seed(14)
x = np.sqrt(np.random.rand(2000, 7) * 1000 + 1)
for name, v in [('C', x), ('F', np.asfortranarray(x))]:
    s0 = np.sort(v, axis=0)
    a0 = np.argsort(v, axis=0)
    print(name, s0[:2].tolist(), s0[-1].tolist(), a0[:3].tolist(), a0[-2:].tolist())
    print(name, np.sort(v, axis=1)[5].tolist(), np.argsort(v, axis=1)[:4].tolist())
    print(s0.flags['C_CONTIGUOUS'], s0.flags['F_CONTIGUOUS'], a0.flags['C_CONTIGUOUS'])
r = np.argsort(np.argsort(x, axis=0), axis=0)
print(r[:3].tolist(), bool(np.all(np.sort(r, axis=0) == np.arange(2000)[:, None])))
