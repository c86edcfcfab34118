# Reductions of empty arrays: sum 0, prod 1, min/max raise (no identity), argmax raises,
# mean/var/std -> nan (warning on stderr), shapes with a zero axis, all/any identities.
import numpy as np

e = np.array([])
print(np.sum(e), np.prod(e), np.asarray(np.sum(e)).dtype, np.sum(np.array([], dtype=np.int32)), np.asarray(np.sum(np.array([], dtype=np.int32))).dtype)
print(np.sum(np.array([], dtype=bool)), np.cumsum(e), e.cumsum().dtype, np.all(e), np.any(e))
for f in [np.min, np.max, np.amin, np.amax, np.argmin, np.argmax, np.ptp]:
    try:
        print(f(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
for name in ['min', 'max', 'argmax', 'argmin']:
    try:
        print(getattr(e, name)())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(np.mean(e), np.var(e), np.std(e), e.mean(), np.median(e))
z = np.zeros((0, 3))
print(z.sum(axis=0), z.sum(axis=1), z.sum(axis=1).shape, z.sum(axis=0, keepdims=True).shape)
print(z.max(axis=1), z.max(axis=1).shape, z.mean(axis=0), z.mean(axis=1))
try:
    z.max(axis=0)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    z.min(axis=(0, 1))
except Exception as ex:
    print(type(ex).__name__, ex)
z2 = np.zeros((2, 0, 3), dtype=np.int16)
print(z2.sum(axis=1), z2.sum(axis=1).dtype, z2.prod(axis=(1, 2)), z2.any(axis=1), z2.all(axis=1).shape)
print(np.min(np.zeros((3, 0)), axis=1), np.argmax(np.zeros((3, 0)), axis=0))
try:
    np.percentile(e, 50)
except Exception as ex:
    print(type(ex).__name__, ex)
print(np.count_nonzero(e), np.sum(z, axis=(0, 1)))
