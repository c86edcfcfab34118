# The nan-function reductions: nansum nanprod nanmin nanmax nanargmin nanargmax nancumsum
# nancumprod nanmean nanvar nanstd — axes, keepdims, dtypes, out=, where=, all-NaN slices.
import numpy as np

x = np.array([[1.0, np.nan, 3.0, 4.0], [np.nan, np.nan, np.nan, 8.0], [0.5, -2.0, np.nan, 1.0]])
for name in ['nansum', 'nanprod', 'nanmax', 'nanmin', 'nanmean', 'nanvar', 'nanstd']:
    f = getattr(np, name)
    print(name, f(x), f(x, axis=0), f(x, axis=1), f(x, axis=-1, keepdims=True).shape)
    print(' ', f(x.astype(np.float32), axis=0), f(x[:, ::2], axis=1), f(x.T, axis=(0, 1)))
    print(' ', f(np.arange(6).reshape(2, 3), axis=1), f(np.array([[np.nan, np.nan]]), axis=1))

for name in ['nancumsum', 'nancumprod']:
    f = getattr(np, name)
    print(name, f(x), f(x, axis=0), f(x, axis=1), f(np.arange(4)), f(x, axis=1, dtype=np.float32).dtype)

print(np.nanargmax(x), np.nanargmin(x), np.nanargmax(x, axis=1), np.nanargmin(x, axis=-1))
print(np.nanargmax(x, axis=1, keepdims=True).shape, np.nanargmin(np.arange(5)))
for bad in [lambda: np.nanargmax(x, axis=0), lambda: np.nanargmin([np.nan, np.nan]),
            lambda: np.nanmean(x, dtype=np.int64), lambda: np.nanmean(x, out=np.zeros((), dtype=int))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

print(np.nansum(x, where=~np.isnan(x) & (x > 0)), np.nanmean(x, axis=1, where=[True, True, False, True]))
print(np.nanvar(x, axis=1, ddof=1), np.nanstd(x, axis=0, ddof=2), np.nanvar(x, ddof=0.5))
print(np.nansum(x, initial=10), np.nanmax(x, initial=100), np.nanmin(x, axis=1, initial=0))
print(np.nansum(x, dtype=np.float32).dtype, np.nanprod(np.array([1, 2, 3], np.int8)).dtype)
o = np.zeros(4)
print(np.nanmean(x, axis=0, out=o) is o, o)
print(np.nansum([]), np.nanmax(np.array([np.nan, np.inf])), np.nanmin([-np.inf, np.nan]))
print(np.nanmean(np.array([np.nan])), np.nanvar([1.0, np.nan]), np.nanstd([[np.nan]], axis=0))
