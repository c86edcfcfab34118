# np.vectorize(signature=...): generalized-ufunc loops over the broadcast loop dimensions,
# core dimensions from the signature, outputs sized from the first call, otypes=, excluded=
# and keyword arguments with a signature, the signature attribute, and the errors.
import numpy as np

def run(label, f):
    try:
        r = f()
        if isinstance(r, tuple):
            for x in r:
                print(label, x.dtype, x.shape, x.tolist())
        else:
            print(label, r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, type(e).__name__, e)

dot = np.vectorize(lambda a, b: np.dot(a, b), signature='(n),(n)->()')
run('dot', lambda: dot(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0, 3.0])))
print(dot.signature, dot.otypes)
outer = np.vectorize(lambda a, b: np.outer(a, b), signature='(m),(n)->(m,n)')
run('outer', lambda: outer(np.ones((2, 2)), np.arange(3)))
stats = np.vectorize(lambda v: (v.mean(), v.std()), signature='(n)->(),()')
run('stats', lambda: stats(np.arange(12.0).reshape(3, 4)))
conv = np.vectorize(np.convolve, signature='(n),(m)->(k)')
run('convolve', lambda: conv(np.eye(3), [1, 2, 1]))
run('otypes', lambda: np.vectorize(lambda a: a.sum(), signature='(n)->()', otypes=[np.float32])(np.ones((2, 3))))
run('int result', lambda: np.vectorize(lambda a: len(a), signature='(n)->()')(np.zeros((4, 5))))
run('spaces', lambda: np.vectorize(lambda a, b: a * b, signature=' ( n ) , () -> ( n ) ')(np.ones((2, 3)), np.array([1, 2])[:, None]))
def scaled(x, factor, offset=0.0):
    return x * factor + offset
vs = np.vectorize(scaled, signature='(n)->(n)', excluded={1, 'offset'})
run('excluded', lambda: vs(np.arange(4.0).reshape(2, 2), 10, offset=1.0))
run('size0 otypes', lambda: np.vectorize(lambda a: a.sum(), signature='(n)->()', otypes='d')(np.zeros((0, 3))))
run('size0', lambda: np.vectorize(lambda a: a.sum(), signature='(n)->()')(np.zeros((0, 3))))
run('size0 new dim', lambda: np.vectorize(lambda a: a, signature='(n)->(m)', otypes='d')(np.zeros((0, 3))))
run('few dims', lambda: dot(np.float64(1.0), np.ones(3)))
run('inconsistent', lambda: dot(np.ones(3), np.ones(4)))
run('nargs', lambda: dot(np.ones(3)))
run('nout', lambda: np.vectorize(lambda a: (a, a), signature='(n)->(n)')(np.ones((2, 3))))
run('bad sig', lambda: np.vectorize(len, signature='(n)->'))
run('bad sig2', lambda: np.vectorize(len, signature='n->()'))
