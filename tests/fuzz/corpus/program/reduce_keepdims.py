# keepdims=True for every reduction, with int/negative/tuple/None axes on a 3-d array: shapes
# and values.
import numpy as np

a = np.arange(24.0).reshape(2, 3, 4)
for ax in [None, 0, -1, (0, 2), (1, 2), (0, 1, 2)]:
    for name, f in [('sum', np.sum), ('prod', np.prod), ('mean', np.mean), ('std', np.std), ('var', np.var), ('min', np.min), ('max', np.max), ('all', np.all), ('any', np.any), ('median', np.median), ('ptp', np.ptp), ('count_nonzero', np.count_nonzero)]:
        r = f(a, axis=ax, keepdims=True)
        print(name, ax, np.shape(r), np.asarray(r).ravel()[:3])
for ax in [None, 0, 2]:
    print('argmax', ax, np.argmax(a, axis=ax, keepdims=True).shape, np.argmin(a, axis=ax, keepdims=True).ravel()[:3])
print(np.percentile(a, [10, 90], axis=(0, 2), keepdims=True).shape, np.quantile(a, 0.5, axis=1, keepdims=True).shape)
print(np.sum(a, axis=1, keepdims=False).shape, a.mean(axis=(0, 1), keepdims=True))
