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


show('isin', np.isin(np.array([[0, 2], [4, 6]]), [1, 2, 4, 8]))
show('isin invert', np.isin(np.arange(5), [1, 3], invert=True))
show('isin scalar', np.isin(3, [1, 3]))
show('isin floats nan', np.isin(np.array([1.0, np.nan, 2.5]), [np.nan, 2.5]))
show('isin mixed dtypes', np.isin(np.array([1, 2, 3], np.uint8), np.array([2.0, 3.5])))
show('isin empty test', np.isin(np.arange(3), []))
show('isin kind table', np.isin(np.arange(5), [0, 4], kind='table'))
show('isin kind sort', np.isin(np.arange(5), [0, 4], kind='sort'))
err('isin kind bad', lambda: np.isin([1], [1], kind='hash'))
err('isin table floats', lambda: np.isin([1.5], [1.5], kind='table'))
show('in1d', np.in1d(np.array([[0, 1], [5, 1]]), [1, 5]))
show('union1d', np.union1d([-1, 0, 1], np.array([[-2, 0, 2]])))
show('union1d promote', np.union1d(np.array([1, 2], np.int8), [2.5]))
show('intersect1d', np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1]))
show('intersect1d indices', np.intersect1d([1, 1, 2, 3, 4], [1, 2, 4, 2, 7], return_indices=True))
show('intersect1d assume_unique', np.intersect1d([4, 1, 3], [3, 4, 9], assume_unique=True))
show('intersect1d empty', np.intersect1d([], [1, 2]))
show('setdiff1d', np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6]))
show('setdiff1d assume_unique', np.setdiff1d(np.array([[5, 1], [3, 2]]), [1], assume_unique=True))
show('setxor1d', np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5]))
show('setxor1d empty', np.setxor1d([], []))
show('setxor1d floats', np.setxor1d([0.5, np.nan], [np.nan, 1.5]))
a = np.array([7, 1, 9, 3, 8, 2, 6, 5, 4, 0, 11, 10])
show('partition 5', np.partition(a, 5))
show('partition -2', np.partition(a, -2))
show('partition multiple kth', np.partition(a, (1, 6, 10)))
show('partition axis 0', np.partition(np.array([[3, 1, 2], [0, 5, 4], [9, 7, 8]]), 1, axis=0))
show('partition axis None', np.partition(np.array([[3, 1], [0, 2]]), 2, axis=None))
show('partition floats nan', np.partition(np.array([3.5, np.nan, 1.5, 0.5, np.nan, 2.5, 9.0]), 3))
show('partition floats last', np.partition(np.array([3.5, np.nan, 1.5, 0.5, 2.5, 9.0]), -1))
show('partition F order', np.partition(np.asfortranarray(np.arange(12)[::-1].reshape(3, 4)), 2))
rng_like = np.array([50, 13, 99, 2, 77, 31, 64, 8, 45, 90, 21, 5, 70, 38, 16, 84, 59, 27, 95, 1])
show('partition 20 k=10', np.partition(rng_like, 10))
show('argpartition 20 k=10', np.argpartition(rng_like, 10))
show('argpartition', np.argpartition(a, 4))
show('argpartition multiple', np.argpartition(a, [2, 8]))
show('argpartition 2-d', np.argpartition(np.array([[3, 1, 2], [0, 5, 4]]), 1))
show('argpartition None', np.argpartition(np.array([[3, 1], [0, 2]]), 0, axis=None))
b = a.copy()
b.partition(3)
show('method partition', b)
show('method argpartition', a.argpartition(7))
show('partition bool', np.partition(np.array([True, False, True, False]), 1))
show('partition int8', np.partition(np.array([5, -3, 2, -8, 0, 7, 1], np.int8), 3))
err('partition kth out of range', lambda: np.partition(a, 12))
err('partition kth float', lambda: np.partition(a, 1.5))
err('partition 0-d', lambda: np.partition(np.array(3), 0))
err('partition kind', lambda: np.partition(a, 1, kind='quick'))
