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


show('mgrid 1-d', np.mgrid[0:5])
show('mgrid 1-d float', np.mgrid[0:1:0.25])
show('mgrid 2-d', np.mgrid[0:2, 1:4])
show('mgrid float step', np.mgrid[0:1:0.5, -1:1])
show('mgrid empty', np.mgrid[3:1, 0:2])
show('mgrid negative step', np.mgrid[5:0:-2, 0:1])
show('ogrid 3-d', np.ogrid[0:2, 0:3, 1:2])
show('ogrid float', np.ogrid[0:1:0.5, 2:3])
show('ogrid 1-d', np.ogrid[2:8:3])
err('mgrid int key', lambda: np.mgrid[3])
show('r_ ints and scalars', np.r_[np.array([1, 2]), 3, [4, 5]])
show('r_ float scalar promotes', np.r_[np.array([1, 2], dtype=np.int8), 2.5])
show('r_ int8 with int', np.r_[np.array([1, 2], dtype=np.int8), 7])
show('r_ slices', np.r_[0:3, 10:13:2])
show('r_ axis directive', np.r_['1', np.ones((2, 2)), np.zeros((2, 1))])
show('r_ ndmin', np.r_['0,2', [1, 2], [3, 4]])
show('r_ trans1d', np.r_['0,3,1', [1, 2], [3, 4]])
show('r_ trans1d negative', np.r_['0,3,-2', [1, 2], [3, 4]])
show('r_ slice with ndmin', np.r_['0,2', 0:3])
show('r_ single', np.r_[5])
print(len(np.r_), len(np.c_))
show('c_ 1-d', np.c_[[1, 2], [3, 4], [5, 6]])
show('c_ 2-d', np.c_[np.ones((2, 2)), np.zeros((2, 1))])
show('c_ slice', np.c_[0:3, 5:8])
err('r_ directive not first', lambda: np.r_[[1], '0'])
err('r_ bad directive', lambda: np.r_['a', [1]])
err('r_ bad comma directive', lambda: np.r_['0,x', [1]])
err('r_ empty', lambda: np.r_[()])
err('r_ mismatch', lambda: np.r_['1', np.ones((2, 2)), np.ones((3, 1))])
print(np.s_[1:2, ..., None])
print(np.index_exp[1:2, ...])
print(np.s_[3], np.index_exp[3])
print(list(np.ndindex(3, 1)))
print(list(np.ndindex((2, 2))))
print(list(np.ndindex()))
print(list(np.ndindex(2, 0)))
it = np.ndindex(2)
print(iter(it) is it, next(it), next(it))
err('ndindex negative', lambda: np.ndindex(-1))
print(list(np.ndenumerate(np.array(5))))
print([(i, str(v)) for i, v in np.ndenumerate(np.arange(6.).reshape(2, 3)[:, ::2])])
print([(i, str(v)) for i, v in np.ndenumerate([[True], [False]])])
print(list(np.ndenumerate(np.zeros((0, 2)))))
