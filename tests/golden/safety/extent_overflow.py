# Regression (issue 17): every size/extent product is overflow-checked. These are the cases
# where a wrapped int64 used to pass the bounds check (shape 2**61+1 with stride 8), wrap
# .size to 0 (shape (2**32, 2**32) with zero strides) or trap; NumPy's own errors.
import numpy as np
from numpy.lib.stride_tricks import as_strided
from numpy import broadcast_to


def t(label, f):
    try:
        r = f()
        print(label, r.shape, r.size)
    except Exception as e:
        print(label, type(e).__name__, e)


x = np.arange(8)[1:]
t("as_strided 2**61+1", lambda: as_strided(x, shape=(2**61 + 1,), strides=(8,)))
t("as_strided 2**32 x 2**32 zero strides", lambda: as_strided(x, shape=(2**32, 2**32), strides=(0, 0)))
t("as_strided 3-d", lambda: as_strided(x, shape=(2**32, 2**32, 2**32), strides=(0, 0, 0)))
t("as_strided zero dim", lambda: as_strided(x, shape=(0, 2**62, 2**62)))
t("as_strided in bounds", lambda: as_strided(x, shape=(3, 3), strides=(8, 8)))
t("as_strided default strides", lambda: as_strided(x, shape=(7,)))
t("np.empty", lambda: np.empty((2**62, 2**62, 0)))
t("np.empty zero first", lambda: np.empty((0, 2**62, 2**62)))
t("np.zeros 2**61 int64", lambda: np.zeros((2**61,), dtype=np.int64))
t("np.ones", lambda: np.ones((2**31, 2**31, 4)))
t("reshape", lambda: np.arange(4).reshape(2**62, 2**62, 0))
t("reshape -1", lambda: np.zeros(0).reshape(-1, 2**62, 2**62, 0))
t("reshape int64 max", lambda: np.zeros(3).reshape(3, (2**62 - 1) * 2 + 1))
t("reshape -1 empty", lambda: np.zeros(0).reshape(-1, 2**62))
t("broadcast_to", lambda: broadcast_to(np.zeros(1), (2**62, 2**62)))
t("broadcast_to 3-d", lambda: broadcast_to(np.zeros(1), (2**31, 2**31, 2)))
t("broadcast_to itemsize", lambda: broadcast_to(np.zeros(1), (2**60,)))
t("broadcast_to ok", lambda: broadcast_to(np.zeros(1), (2**20, 2**20)))
m = -2**62 * 2
y = np.zeros((2, 3))
t("index -2**63", lambda: y[m])
t("index axis 1", lambda: y[0, m])
t("fancy index", lambda: y[[m]])
def setm():
    y[m] = 1
t("set -2**63", setm)
t("empty slice", lambda: y[m:m])
t("take", lambda: np.take(np.zeros(3), m))
t("item", lambda: np.zeros(3).item(m))

# np.repeat: the repeated extent wraps as NumPy's npy_intp arithmetic (fuzz_array_ops: signed
# overflow, undefined behaviour), then the shape checks give NumPy's errors
for args in [(np.arange(5), 2**62), (np.arange(5), 2**61), (np.arange(2), [2**62, 2**62]),
             (np.arange(2), [2**62, 2**62 - 1]), (np.arange(3), 2**62), (np.arange(5.), 2**60)]:
    try:
        np.repeat(*args)
    except ValueError as e:
        print('ValueError:', e)
