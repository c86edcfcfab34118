import numpy as np


def show(label, a):
    print('==', label)
    if isinstance(a, (tuple, list)):
        print(type(a).__name__, len(a))
        for x in a:
            show_one(x)
    else:
        show_one(a)


def show_one(a):
    if isinstance(a, np.ndarray):
        print(repr(a))
        print(a.shape, a.strides, a.dtype, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'],
              a.flags['OWNDATA'], a.flags['WRITEABLE'])
    else:
        print(type(a).__name__, str(a))


def err(label, f):
    print('==', label)
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


show('resize grow', np.resize(np.array([[0, 1], [2, 3]]), (2, 3)))
show('resize shrink', np.resize(np.arange(6), 4))
show('resize to 0', np.resize(np.arange(3), 0))
show('resize empty input', np.resize(np.array([], dtype=np.int8), (2, 2)))
show('resize list', np.resize([1.5, 2.5], (3,)))
err('resize negative', lambda: np.resize(np.arange(3), (-1, 2)))
a = np.arange(4)
a.resize(6)
show('method grow', a)
a.resize((2, 2))
show('method shrink 2-d', a)
a.resize(3, 1)
show('method varargs', a)
b = np.arange(6.)
c = b[:2]
err('method resize referenced', lambda: b.resize(10))
b2 = np.arange(3)
b2.resize((3,))
show('method same size keeps', b2)
v = np.arange(6)[::2]
err('method not owner', lambda: v.resize(5))
d = np.arange(4)
d.resize(8, refcheck=False)
show('method refcheck False', d)
show('rot90', np.rot90(np.arange(6).reshape(2, 3)))
show('rot90 k=2', np.rot90(np.arange(6).reshape(2, 3), 2))
show('rot90 k=-1 axes', np.rot90(np.arange(24).reshape(2, 3, 4), -1, axes=(1, 2)))
err('rot90 same axes', lambda: np.rot90(np.ones((2, 2)), 1, (0, 0)))
x = np.ones((3, 4, 5, 6))
print(np.rollaxis(x, 3, 1).shape, np.rollaxis(x, 2).shape, np.rollaxis(x, 1, 4).shape, np.rollaxis(x, -1, -2).shape)
show('rollaxis same place is a view', np.rollaxis(np.arange(4).reshape(2, 2), 1, 2))
err('rollaxis start', lambda: np.rollaxis(x, 0, 5))
err('rollaxis axis', lambda: np.rollaxis(x, 4))
show('trim_zeros', np.trim_zeros(np.array([0, 0, 1, 2, 0, 3, 0])))
show('trim_zeros f', np.trim_zeros(np.array([0, 0, 1, 0]), 'f'))
show('trim_zeros B', np.trim_zeros(np.array([0.0, 1.5, 0.0]), 'B'))
show('trim_zeros all zeros', np.trim_zeros(np.zeros(3)))
print(np.trim_zeros([0, 1, 2, 0]), np.trim_zeros((0, 4, 0)))
