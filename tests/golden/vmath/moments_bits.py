# mean/var/std over float64 data, printed as the shortest repr (every bit): the layouts where
# var's subtract/square/sum is fused (every axis of a C- or F-contiguous array, more than one
# 8192 block; axis 0 of a C-ordered matrix) and the neighbouring ones that are not (axis 1,
# strided, F-ordered axis 0, a single column), with ddof, keepdims, NaN and float32.
import numpy as np


def bits(label, a):
    a = np.asarray(a)
    print(label, a.shape, ' '.join([repr(float(v)) for v in np.ravel(a)]))


rs = np.random.RandomState(7)
g = rs.standard_normal((300, 70)) * 3.0 + 100.0
bits('mean', g.mean())
bits('var', g.var())
bits('std', g.std())
bits('std ddof1', g.std(ddof=1))
bits('var keepdims', g.var(keepdims=True))
bits('std axis01', g.std(axis=(0, 1)))
bits('std axis0', g.std(axis=0))
bits('var axis0 ddof', g.var(axis=0, ddof=1.5))
bits('std axis0 keepdims', g.std(axis=0, keepdims=True))
bits('std axis1', g.std(axis=1)[:10])
bits('std axis-2', g.std(axis=-2)[:10])
f = np.asfortranarray(g)
bits('std F', f.std())
bits('std F axis0', f.std(axis=0)[:10])
bits('std strided', g[::2, ::3].std())
bits('std strided axis0', g[::2, ::3].std(axis=0))
bits('std col', g[:, :1].std(axis=0))
bits('std T', g.T.std())
big = rs.rand(20001) * 7.0
bits('std big 1d', big.std())
bits('var big 1d', big.var(ddof=2))
bits('std big 2d', big[:20000].reshape(100, 200).std())
bits('std 3d', rs.rand(4, 5, 6).std())
bits('std 3d axis0', rs.rand(4, 5, 6).std(axis=0)[0])
bits('std 0d', np.array(3.5).std())
bits('std 1', np.array([2.0]).std())
bits('std nan', np.array([1.0, np.nan, 3.0]).std())
bits('std inf', np.array([[1.0, np.inf], [3.0, 4.0]]).std(axis=0))
bits('std int', np.arange(12).reshape(3, 4).std(axis=0))
bits('std f32', np.asarray(g[:5, :5], np.float32).std(axis=0))
bits('std dtype', g.std(dtype=np.float64))
bits('std dtype32', g.std(axis=0, dtype=np.float32)[:5])
o = np.zeros(70)
g.std(axis=0, out=o)
bits('std out', o[:5])
bits('std where', g.std(where=g > 100.0))
bits('mean axis0', g.mean(axis=0)[:5])
