# Regression (issue 17): np.ndarray(shape, dtype, buffer, offset, strides) builds views over
# a buffer through the same overflow-checked gate as every other view; NumPy's checks and
# messages ("buffer is too small", "strides is incompatible ...", "array is too big").
import numpy as np


def t(label, f):
    try:
        r = f()
        print(label, repr(r), r.flags.writeable, r.flags.owndata)
    except Exception as e:
        print(label, type(e).__name__, e)


buf = np.arange(8, dtype=np.int64)
t("basic", lambda: np.ndarray((2, 2), dtype=np.int64, buffer=buf))
t("offset", lambda: np.ndarray((3,), dtype=np.int64, buffer=buf, offset=8))
t("strides", lambda: np.ndarray((4,), dtype=np.int64, buffer=buf, strides=(16,)))
t("negative strides", lambda: np.ndarray((4,), dtype=np.int64, buffer=buf, offset=56, strides=(-16,)))
t("too small", lambda: np.ndarray((9,), dtype=np.int64, buffer=buf))
t("offset at the end", lambda: np.ndarray((1,), dtype=np.int64, buffer=buf, offset=64))
t("strides past the end", lambda: np.ndarray((4,), dtype=np.int64, buffer=buf, strides=(24,)))
t("huge strides", lambda: np.ndarray((2,), dtype=np.int64, buffer=buf, strides=(2**62,)))
t("huge negative strides", lambda: np.ndarray((3,), dtype=np.int64, buffer=buf, offset=8, strides=(-2**62,)))
t("huge shape", lambda: np.ndarray((2**61,), dtype=np.int64, buffer=buf))
t("huge shape 2", lambda: np.ndarray((2**59,), dtype=np.int64, buffer=buf))
t("huge 2-d", lambda: np.ndarray((2**32, 2**32), dtype=np.int64, buffer=buf, strides=(0, 0)))
t("bytes", lambda: np.ndarray((2,), dtype=np.uint8, buffer=b"ab"))
t("float default", lambda: np.ndarray((2,), buffer=np.array([1.5, 2.5, 3.5])))
t("strides length", lambda: np.ndarray((2,), dtype=np.int64, buffer=buf, strides=(8, 8)))
t("zero size", lambda: np.ndarray((0,), dtype=np.int64, buffer=buf, offset=64))
t("order F", lambda: np.ndarray((2, 2), dtype=np.int64, buffer=buf, order='F'))
t("non-contiguous buffer", lambda: np.ndarray((2,), dtype=np.int64, buffer=buf[::2]))
t("infer length", lambda: np.ndarray((-1,), dtype=np.int32, buffer=buf, offset=8))
t("str buffer", lambda: np.ndarray((1,), dtype=np.uint8, buffer="ab"))
t("int32 view", lambda: np.ndarray((4,), dtype=np.int32, buffer=buf[1:3]))
x = np.ndarray((2,), dtype=np.int64, buffer=buf[2:])
x[0] = 99
print(buf, x.base is not None)
ro = np.ndarray((2,), dtype=np.uint8, buffer=b"xy")
try:
    ro[0] = 1
except ValueError as e:
    print(type(e).__name__, e)
print(np.ndarray((2, 3)).shape, np.ndarray((2,), dtype=np.int8).dtype)
