# Broadcasting in three dimensions: outer-style [:, None] combinations and reductions afterwards.
import numpy as np


def show(label, x):
    # arrays print their repr (dtype included when not the default); scalars str + dtype
    if isinstance(x, np.ndarray):
        print(label, repr(x))
    else:
        print(label, 'scalar', x, x.dtype)


def t(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

x = np.arange(2).reshape(2, 1, 1)
y = np.arange(3).reshape(1, 3, 1)
z = np.arange(4)
r = x * 100 + y * 10 + z
print(repr(r), r.shape, r.strides)
t('x+y', lambda: x + y)
t('sub mean', lambda: r - np.add.reduce(r, axis=2, keepdims=True) // 4)
t('col ratio', lambda: r[:, :, :2] / (1 + r[:, :, 2:]))
t('outer', lambda: np.arange(1, 4)[:, None] * np.arange(1, 5)[None, :])
t('outer cmp', lambda: np.arange(3)[:, None] == np.arange(3))
t('3d T', lambda: r.transpose(2, 0, 1)[1] - r[:, :, 1])
t('newaxis mid', lambda: np.arange(6).reshape(2, 3)[:, None, :] + np.arange(2)[None, :, None])
t('mismatch 3d', lambda: r + np.ones((3, 3)))
