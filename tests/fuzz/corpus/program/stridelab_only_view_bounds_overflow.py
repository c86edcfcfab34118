# stridelab_only: views whose geometry NumPy does not bounds-check at all (it reads or writes
# whatever memory lies there, or crashes): as_strided with huge strides, np.ndarray with a
# negative or huge offset, and __array_interface__ pointers or shapes that leave the
# object's buffer (including p + 2**32, which a wasm32 truncation would turn back into p).
# stridelab raises ValueError; the .out is hand-written. Every size, stride and offset is
# checked in int64 without overflow (cpp/core/extent.hpp).
import numpy as np
from numpy.lib.stride_tricks import as_strided
from mutable_str import MutableString


def t(label, f, pointers=()):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        msg = str(e)
        for name, value in pointers:
            msg = msg.replace(str(value), name)
        print(label, type(e).__name__, msg)


x = np.arange(8)[1:]
t("as_strided huge stride", lambda: as_strided(x, shape=(2**59,), strides=(2**62,)))
t("as_strided stride overflow", lambda: as_strided(x, shape=(3,), strides=(2**62,)))
t("as_strided negative overflow", lambda: as_strided(x, shape=(3,), strides=(-2**62,)))
buf = np.arange(8, dtype=np.int64)
t("ndarray negative offset", lambda: np.ndarray((1,), dtype=np.int64, buffer=buf, offset=-8))
t("ndarray huge offset", lambda: np.ndarray((2,), dtype=np.int64, buffer=buf, offset=2**62))
s = MutableString('abcdefgh')
p = s.data_ptr


def iface(data, shape, strides=None, typestr='|u1'):
    s.__array_interface__ = {'data': data, 'shape': shape, 'typestr': typestr, 'strides': strides, 'version': 3}
    return np.asarray(s)


ptrs = [('p + 2**32', p + 2**32), ('p + 4', p + 4), ('p + 7', p + 7), ('p', p)]
t("interface ok", lambda: iface((p, False), (8,)), ptrs)
t("interface p + 2**32", lambda: iface((p + 2**32, False), (8,)), ptrs)
t("interface huge shape", lambda: iface((p, False), (2**61 + 1,), typestr='<i8'), ptrs)
t("interface 2**32 x 2**32 zero strides", lambda: iface((p, False), (2**32, 2**32), (0, 0)), ptrs)
t("interface past the end", lambda: iface((p + 4, False), (8,)), ptrs)
t("interface stride overflow", lambda: iface((p, False), (3,), (2**62,)), ptrs)
t("interface negative pointer", lambda: iface((-1, False), (1,)), ptrs)
t("interface before the start", lambda: iface((p + 3, False), (8,), (-1,)), [("p + 3", p + 3)] + ptrs)
t("interface reversed ok", lambda: iface((p + 7, False), (8,), (-1,)), ptrs)
print(s, x.sum())
