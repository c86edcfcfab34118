// The benchmark workloads: the same Python source runs under stridelab (through the
// interpreter, as users run it) and under CPython + NumPy. `setup` runs once (untimed),
// `run` is timed (1 warm-up, then median of 5), `check` prints values compared across
// engines so a fast wrong answer cannot pass.
export const DATA_SETUP = `
import numpy as np
np.random.seed(42)
n_genes, n_samples = 20500, 375
gene_len = np.random.randint(300, 12000, size=n_genes).astype(np.int64)
expr = np.asfortranarray(np.random.randint(0, 5000, size=(n_genes, n_samples)).astype(np.uint32))
`;

export const workloads = [
  {
    name: 'W1 RPKM',
    setup: DATA_SETUP,
    run: `lib = expr.sum(axis=0)
rpkm = expr / lib * 1e6 / (gene_len[:, None] / 1e3)`,
    check: `print(lib[:3], lib.dtype, rpkm.shape, rpkm.dtype)
print(repr(rpkm[0, :3]), repr(rpkm[-1, -2:]))
print(rpkm.sum(axis=0)[:2])`,
  },
  {
    name: 'W2 quantile normalization',
    setup: DATA_SETUP + `
lib = expr.sum(axis=0)
rpkm = expr / lib * 1e6 / (gene_len[:, None] / 1e3)
x = np.log(rpkm + 1)`,
    run: `xs = np.sort(x, axis=0)
m = np.mean(xs, axis=1)
ranks = np.argsort(np.argsort(x, axis=0), axis=0)
xn = m[ranks]`,
    check: `print(repr(xn[:2, :3]))
print(repr(m[-3:]))`,
  },
  {
    name: 'W3 broadcasting',
    setup: `import numpy as np
np.random.seed(1)
x = np.random.rand(300, 500)
y = np.random.rand(80)`,
    run: `z = x[:, :, None] + y`,
    check: `print(z.shape, repr(z[1, 2, :3]), repr(z[-1, -1, -2:]))`,
  },
  {
    name: 'W4 sliding window mean',
    setup: `import numpy as np
np.random.seed(2)
a = np.random.rand(10_000_000)
def sliding_window(arr, size=2):
    return np.lib.stride_tricks.as_strided(arr, shape=(arr.shape[0] - size + 1, size),
                                           strides=(arr.strides[0], arr.strides[0]))`,
    run: `w = sliding_window(a, 8).mean(axis=1)`,
    check: `print(w.shape, repr(w[:3]), repr(w[-2:]))`,
  },
  {
    name: 'W5a fancy gather',
    setup: `import numpy as np
np.random.seed(3)
values = np.random.rand(1000)
selector = np.random.randint(0, 1000, size=10_000_000)`,
    run: `r = values[selector]`,
    check: `print(r.shape, repr(r[:3]), repr(r[-2:]))`,
  },
  {
    name: 'W5b boolean mask',
    setup: `import numpy as np
np.random.seed(4)
a = np.random.rand(10_000_000)`,
    run: `r = a[a > 0.5]`,
    check: `print(r.shape, repr(r[:3]))`,
  },
  {
    name: "W6 Jack's dilemma",
    setup: `import numpy as np
np.random.seed(5)
ni, nj, nk = 200, 300, 400
amplitude = np.random.rand(ni, nj, nk)
horizon = np.random.randint(5, nk - 6, size=(ni, nj))
i = np.arange(ni)
j = np.arange(nj)`,
    run: `sub = amplitude[i[:, None, None], j[None, :, None], horizon[..., None] + np.arange(-5, 6)]`,
    check: `print(sub.shape, repr(sub[0, 0, :3]), repr(sub[-1, -1, -2:]))`,
  },
  {
    name: 'E1 einsum ij,jk->ik 300x300',
    setup: `import numpy as np
np.random.seed(6)
a = np.random.rand(300, 300)
b = np.random.rand(300, 300)`,
    run: `c = np.einsum('ij,jk->ik', a, b)`,
    check: `print(c.shape, repr(c[0, :3]), repr(c[-1, -2:]))`,
  },
  {
    name: 'E2 einsum bij,bjk->bik',
    setup: `import numpy as np
np.random.seed(7)
a = np.random.rand(64, 60, 60)
b = np.random.rand(64, 60, 60)`,
    run: `c = np.einsum('bij,bjk->bik', a, b)`,
    check: `print(c.shape, repr(c[0, 0, :3]), repr(c[-1, -1, -2:]))`,
  },
  {
    name: 'K1 matmul 300x300',
    setup: `import numpy as np
np.random.seed(8)
a = np.random.rand(300, 300)
b = np.random.rand(300, 300)`,
    run: `c = a @ b`,
    check: `print(c.shape, repr(c[0, :3]), repr(c[-1, -2:]), repr(float(c[150, 150])))`,
  },
  {
    name: 'K2 matmul 1000x1000',
    setup: `import numpy as np
np.random.seed(9)
a = np.random.rand(1000, 1000)
b = np.random.rand(1000, 1000)`,
    run: `c = a @ b`,
    check: `print(c.shape, repr(c[0, :3]), repr(c[-1, -2:]), repr(float(c[500, 500])))`,
  },
  {
    name: 'T1 exp*sin+log1p 5e6',
    setup: `import numpy as np
np.random.seed(10)
x = np.random.rand(5_000_000) * 20.0`,
    run: `y = np.exp(-x) * np.sin(x) + np.log1p(x)`,
    check: `print(y.shape, repr(y[:3]), repr(y[-2:]), repr(y[::500_000]))
print('%.9e' % y.sum())  # libm results may differ by 1 ulp (see the ulp test)`,
  },
  {
    name: 'T2 tanh+sqrt+power 5e6',
    setup: `import numpy as np
np.random.seed(11)
x = np.random.rand(5_000_000) * 8.0 - 4.0`,
    run: `y = np.tanh(x) + np.sqrt(np.abs(x)) + np.power(np.abs(x), 1.7)`,
    check: `print(y.shape, repr(y[:3]), repr(y[-2:]), repr(y[::500_000]))
print('%.9e' % y.sum())  # libm results may differ by 1 ulp (see the ulp test)`,
  },
  {
    name: 'S1 sort 4e6 float64',
    setup: `import numpy as np
np.random.seed(12)
v = np.random.randn(4_000_000)`,
    run: `s = np.sort(v)`,
    check: `print(s.shape, repr(s[:3]), repr(s[-3:]), repr(s[::400_000]))
print(bool((s[1:] >= s[:-1]).all()))`,
  },
  {
    name: 'R1 mean/std 2000x2000',
    setup: `import numpy as np
np.random.seed(13)
g = np.random.rand(2000, 2000)`,
    run: `mu = g.mean()
sd = g.std()`,
    check: `print(repr(float(mu)), repr(float(sd)))`,
  },
  {
    name: 'R2 mean/std axis=0 2000x2000',
    setup: `import numpy as np
np.random.seed(13)
g = np.random.rand(2000, 2000)`,
    run: `mu0 = g.mean(axis=0)
sd0 = g.std(axis=0)`,
    check: `print(mu0.shape, repr(mu0[:3]), repr(mu0[-2:]), repr(sd0[:3]), repr(sd0[-2:]))
print(repr(float(mu0.sum())), repr(float(sd0.sum())))`,
  },
  {
    name: 'F1 fft 2^20',
    setup: `import numpy as np
np.random.seed(9)
sig = np.random.rand(1 << 20)`,
    run: `spec = np.fft.fft(sig)`,
    check: `print(spec.shape, spec.dtype, np.round(spec[:3], 6), np.round(abs(spec).sum(), 3))`,
  },
  {
    name: 'W7 histogram 1e7',
    setup: `import numpy as np
np.random.seed(6)
h = np.random.rand(10_000_000)`,
    run: `counts, edges = np.histogram(h, bins=50)`,
    check: `print(counts[:4], counts.sum(), repr(edges[:3]))`,
  },
  {
    name: 'W8 bincount 1e7',
    setup: `import numpy as np
np.random.seed(7)
k = np.random.randint(0, 1000, size=10_000_000)`,
    run: `c = np.bincount(k)`,
    check: `print(c[:5], c.sum(), c.shape)`,
  },
  {
    name: 'P1 loop accumulate 1e6',
    setup: ``,
    run: `total = 0
for k in range(1000000):
    total += k * 2 % 7`,
    check: `print(total)`,
  },
  {
    name: 'P2 nested loops over a list',
    setup: `data = [[(r * 31 + c * 17) % 101 for c in range(300)] for r in range(300)]`,
    run: `best = 0
for row in data:
    for v in row:
        if v > best:
            best = v
acc = 0
for row in data:
    s = 0
    for v in row:
        s += v
    acc += s`,
    check: `print(best, acc)`,
  },
  {
    name: 'P3 function calls',
    setup: `def f(a, b=2):
    return a * b + 1`,
    run: `t = 0
for k in range(300000):
    t = f(k) - t`,
    check: `print(t)`,
  },
  {
    name: 'P4 list comprehension',
    setup: ``,
    run: `squares = [x * x + 1 for x in range(500000) if x % 3]`,
    check: `print(len(squares), squares[:3], squares[-1])`,
  },
  {
    name: 'P5 dict counting',
    setup: `words = ['w%d' % ((i * 7919) % 1000) for i in range(300000)]`,
    run: `counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1`,
    check: `print(len(counts), counts['w0'], max(counts.values()))`,
  },
];
