# Large sorts through the in-place radix path (buckets split by their top digit until they
# fit a small scratch): every integer width, signs, floats clustered in a few exponents,
# many ties, and lanes of 2-d arrays along either axis.
import numpy as np

np.random.seed(5)
n = 150_000
cases = {
    'randn float64': np.random.randn(n),
    'uniform float32': np.random.rand(n).astype(np.float32),
    'wide float64': np.ldexp(np.random.randn(n), np.random.randint(-1000, 1000, n)),
    'int64 full range': np.random.randint(-2**63, 2**63 - 1, n, dtype=np.int64),
    'int32 small': np.random.randint(-50, 50, n).astype(np.int32),
    'uint64 high': np.random.randint(0, 2**63, n, dtype=np.uint64) * np.uint64(2) + np.uint64(1),
    'uint32': np.random.randint(0, 2**32, n, dtype=np.uint64).astype(np.uint32),
    'ties': np.repeat(np.random.rand(1000), n // 1000),
    'sorted': np.arange(n, dtype=np.float64),
    'reversed': np.arange(n, 0, -1).astype(np.int64),
    'inf': np.concatenate([np.random.randn(n), [np.inf, -np.inf] * 10]),
}
for name, v in cases.items():
    s = np.sort(v)
    ok = s.tolist() == sorted(v.tolist())
    print(name, s.dtype, ok, s[::25_000], s[-1])
    w = v.copy()
    w.sort()
    print('  in place', bool((w == s).all()), w.flags['C_CONTIGUOUS'])

m = np.random.randn(600, 700)
print(np.sort(m, axis=0)[::150, ::200])
print(np.sort(m, axis=1)[::150, ::200])
print(np.sort(m, axis=None)[::100_000])
f = np.asfortranarray(m)
print(np.sort(f, axis=0)[::150, ::200], np.sort(f, axis=0).flags['F_CONTIGUOUS'])
a = np.random.randn(n)[::3]
print(np.sort(a)[::10_000])
