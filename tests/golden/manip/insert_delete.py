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


a = np.arange(6).reshape(2, 3)
show('insert flat scalar', np.insert(a, 2, 99))
show('insert axis 1 scalar index', np.insert(a, 1, [7, 8], axis=1))
show('insert axis 1 list index', np.insert(a, [1], [[7], [8]], axis=1))
show('insert axis 0 broadcast', np.insert(a, 0, 5, axis=0))
show('insert negative index', np.insert(a, -1, 0, axis=1))
show('insert end', np.insert(np.arange(3), 3, 9))
show('insert multiple', np.insert(np.arange(5), [1, 3, 3], [10, 20, 30]))
show('insert multiple unsorted', np.insert(np.arange(5), [4, 0, 2], 9))
show('insert slice', np.insert(np.arange(5), slice(0, 4, 2), [-1, -2]))
show('insert float values truncate', np.insert(np.arange(3), 1, 2.9))
show('insert F order', np.insert(np.asfortranarray(a), 1, 0, axis=0))
show('insert empty list', np.insert(np.arange(3), [], []))
show('insert into float32', np.insert(np.ones(2, np.float32), 1, 0.5))
show('insert non-contiguous', np.insert(np.arange(10)[::3], 2, -1))
err('insert out of bounds', lambda: np.insert(np.arange(3), 5, 1))
err('insert out of bounds negative', lambda: np.insert(np.arange(3), -4, 1))
err('insert 2-d index', lambda: np.insert(np.arange(3), [[1]], 1))
err('insert bad axis', lambda: np.insert(a, 1, 1, axis=2))
err('insert float index', lambda: np.insert(np.arange(3), 1.5, 1))
show('delete flat', np.delete(a, 1))
show('delete axis 0', np.delete(a, 0, axis=0))
show('delete axis -1 list', np.delete(a, [0, 2], axis=-1))
show('delete slice', np.delete(np.arange(10), slice(1, 8, 3)))
show('delete slice negative step', np.delete(np.arange(10), slice(8, 1, -2)))
show('delete empty slice', np.delete(np.arange(4), slice(2, 2)))
show('delete bool mask', np.delete(np.arange(4), np.array([True, False, True, False])))
show('delete size-1 array', np.delete(np.arange(4), np.array([2])))
show('delete empty list', np.delete(np.arange(4), []))
show('delete repeated', np.delete(np.arange(5), [1, 1, -1]))
show('delete F order', np.delete(np.asfortranarray(np.arange(6.).reshape(2, 3)), 1, axis=1))
show('delete np.int64', np.delete(np.arange(4), np.int64(0)))
err('delete out of bounds', lambda: np.delete(np.arange(4), 4))
err('delete list out of bounds', lambda: np.delete(np.arange(4), [0, 9]))
err('delete bool wrong length', lambda: np.delete(np.arange(4), np.array([True, False])))
err('delete float list', lambda: np.delete(np.arange(4), [1.0, 2.0]))
show('append flat', np.append([1, 2, 3], [[4, 5, 6], [7, 8, 9]]))
show('append axis 0', np.append([[1, 2, 3], [4, 5, 6]], [[7, 8, 9]], axis=0))
show('append promotes', np.append(np.arange(2, dtype=np.int8), 2.5))
show('append scalar', np.append(1, 2))
err('append axis mismatch', lambda: np.append([[1, 2, 3], [4, 5, 6]], [7, 8, 9], axis=0))
