# NaN and inf in sum/mean/var/std/median/percentile/cumsum/argmin: propagation rules.
import numpy as np

x = np.array([1.0, np.nan, 2.0])
print(x.sum(), x.mean(), x.var(), x.std(), np.median(x), np.percentile(x, 10), x.cumsum(), x.prod())
y = np.array([np.inf, 1.0, -np.inf])
print(y.sum(), y.mean(), y.var(), np.median(y), y.max(), y.min(), y.argmin(), y.argmax())
z = np.array([np.inf, np.inf])
print(z.sum(), z.mean(), z.var(), np.median(z), np.percentile(z, 50))
m = np.array([[np.nan, 1.0, 2.0], [3.0, 4.0, 5.0]])
print(m.sum(axis=0), m.sum(axis=1), m.mean(axis=1), np.median(m, axis=0), np.median(m, axis=1), m.std(axis=1))
print(np.percentile(m, [10, 90], axis=1), np.quantile(m, 0.5, axis=0))
print(np.isnan(np.sum(np.array([np.inf, -np.inf]))), np.max(np.array([np.nan, np.inf])), np.min(np.array([-np.inf, np.nan])))
print(np.mean(np.array([1e308, 1e308, -1e308])), np.var(np.array([1e200, -1e200])))
f = np.array([np.nan, 1.0], dtype=np.float32)
print(f.sum(), f.mean(), np.median(f), np.asarray(np.median(f)).dtype)
