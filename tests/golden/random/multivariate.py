# Float samplers that go through log/exp/pow are printed rounded to 6 decimals: the wasm build's
# musl libm may differ from glibc in the last ulp.
# multinomial, dirichlet, multivariate_normal, permuted and bytes on both random classes.
import numpy as np

r = lambda x: np.round(x, 6)
for name, g in [('legacy', np.random.RandomState(3)), ('generator', np.random.default_rng(3))]:
    print('=====', name)
    print(g.multinomial(20, [1 / 6.] * 6), g.multinomial(100, [0.2, 0.3, 0.5], size=3).tolist())
    print(g.multinomial(10, [0.0, 1.0]), g.multinomial(0, [0.5, 0.5]), g.multinomial(5, [0.9]))
    print(g.multinomial(1000, [0.1, 0.9], size=(2, 2)).shape, g.multinomial(7, [0.5, 0.5]).dtype)
    print(r(g.dirichlet([10, 5, 3], 2)), r(g.dirichlet((0.5, 0.5))), g.dirichlet([1, 1], (2, 0)).shape)
    print(r(g.dirichlet([0.05, 0.02, 0.08], 2)))
    x = g.multivariate_normal([0, 0], [[1, 0], [0, 100]], 3)
    print(r(x), x.shape)
    print(r(g.multivariate_normal([1, 2, 3], np.eye(3) * 0.5)), g.multivariate_normal([0], [[1]], (2, 2)).shape)
    print(r(g.multivariate_normal([1, -1], [[2, 0.5], [0.5, 1]], size=2)))
    print(g.bytes(5), len(g.bytes(16)))
    for t in [lambda: g.multinomial(5, [0.6, 0.6]), lambda: g.multinomial(-1, [0.5, 0.5]),
              lambda: g.multinomial(5, [-0.1, 1.1]), lambda: g.multinomial(5, np.array([0.6, 0.6], np.float32)),
              lambda: g.dirichlet([[1, 1]]),
              lambda: g.multivariate_normal([0, 0], [[1, 0]]), lambda: g.multivariate_normal([[0]], [[1]]),
              lambda: g.multivariate_normal([0, 0], [[1, 0], [0, 1]], check_valid='x'),
              lambda: g.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='raise'),
              lambda: g.multivariate_normal([0, 0, 0], [[1, 0], [0, 1]])]:
        try:
            t()
            print('no error')
        except Exception as e:
            print(type(e).__name__, e)
print(np.random.RandomState(1).dirichlet([1, 1e-3]))
try:
    np.random.dirichlet([1, 0])
except ValueError as e:
    print(e)
print('===== generator only')
g = np.random.default_rng(99)
print(g.multinomial([10, 20], [0.5, 0.5]).tolist(), g.multinomial(10, [[0.1, 0.9], [0.5, 0.5]]).tolist())
print(g.multinomial([[5], [50]], [[0.2, 0.8], [0.7, 0.3]]).shape, g.multinomial([3, 4], [0.5, 0.5], size=(3, 2)).shape)
print(r(g.multivariate_normal([0, 0], [[2, 1], [1, 2]], 2, method='cholesky')))
print(r(g.multivariate_normal([0, 0], [[2, 1], [1, 2]], 2, method='eigh')))
a = np.arange(12).reshape(3, 4)
print(g.permuted(a, axis=1).tolist(), g.permuted(a, axis=0).tolist(), g.permuted(a).tolist(), a.tolist())
out = np.empty_like(a)
res = g.permuted(a, axis=-1, out=out)
print(res is out, out.tolist(), g.permuted(np.asfortranarray(a)).tolist(), g.permuted([1, 2, 3, 4, 5]))
print(g.permuted(a[:, ::2]).tolist(), g.permuted(np.array([1.5, 2.5]), axis=0))
for t in [lambda: g.multinomial(5, []), lambda: g.multinomial([1, 2, 3], [0.5, 0.5], size=2),
          lambda: g.multivariate_normal([0], [[1]], method='qr'), lambda: g.permuted(a, axis=2),
          lambda: g.permuted(a, out=np.empty(3)), lambda: g.permuted(a, out=[1])]:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
