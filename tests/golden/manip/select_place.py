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


x = np.arange(6)
show('select', np.select([x < 3, x > 3], [x, x ** 2]))
show('select default float', np.select([x < 2], [x], default=0.5))
show('select first wins', np.select([x > 1, x > 3], [10, 20], 0))
show('select int8 weak', np.select([x < 3], [np.int8(1)], 2))
show('select broadcast 2-d', np.select([np.array([[True], [False]])], [np.arange(3)], -1))
err('select lengths', lambda: np.select([x < 3], [x, x]))
err('select empty', lambda: np.select([], []))
err('select non-bool', lambda: np.select([x], [x]))
choices = [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]]
show('choose', np.choose([2, 3, 1, 0], choices))
show('choose clip', np.choose([2, 4, 1, 0], choices, mode='clip'))
show('choose wrap', np.choose([2, 4, 1, -1], choices, mode='wrap'))
show('choose broadcast', np.choose(np.array([[1, 0, 1], [0, 1, 0]]), (-10, 10)))
show('choose method', np.array([1, 0, 1]).choose([np.zeros(3), np.ones(3)]))
show('choose mixed dtypes', np.choose([0, 1], [np.array([1, 2], np.int8), np.array([0.5, 1.5])]))
out = np.zeros(4, dtype=int)
np.choose([0, 1, 0, 1], [[1, 2, 3, 4], [5, 6, 7, 8]], out=out)
show('choose out', out)
err('choose invalid', lambda: np.choose([2, 4, 1, 0], choices))
err('choose float index', lambda: np.choose([0.5], choices))
err('choose bad mode', lambda: np.choose([0], choices, mode='x'))
a = np.array([[1, 2], [3, 4], [5, 6]])
show('compress axis 0', np.compress([0, 1], a, axis=0))
show('compress axis 1', np.compress([False, True], a, axis=1))
show('compress flat', np.compress([False, True, True, False, True], a))
show('compress method', a.compress([True, False, True], axis=0))
err('compress 2-d condition', lambda: np.compress([[True]], a))
err('compress too long', lambda: np.compress([0, 0, 0, 1], a, axis=0))
show('extract', np.extract(np.mod(np.arange(12).reshape(3, 4), 3) == 0, np.arange(12).reshape(3, 4)))
show('extract nonbool', np.extract([0, 2, 0], [5, 6, 7]))
arr = np.arange(6).reshape(2, 3)
np.place(arr, arr > 2, [44, 55])
show('place cycled', arr)
arr = np.zeros(4)
np.place(arr, [True, False, True, True], [1.5])
show('place single value', arr)
err('place empty vals', lambda: np.place(np.zeros(3), [True, False, False], []))
err('place size', lambda: np.place(np.zeros(3), [True], [1]))
err('place list', lambda: np.place([1, 2], [True, False], [0]))
x = np.arange(6).reshape(2, 3)
np.putmask(x, x > 2, x ** 2)
show('putmask', x)
x = np.arange(5)
np.putmask(x, x > 1, [-33, -44])
show('putmask cycled by position', x)
x = np.arange(4, dtype=np.int32)
np.putmask(x, [True, False, False, True], 7.9)
show('putmask float into int', x)
err('putmask size', lambda: np.putmask(np.zeros(3), [True], 1))
show('nan_to_num', np.nan_to_num(np.array([np.inf, -np.inf, np.nan, -128, 128])))
show('nan_to_num float32', np.nan_to_num(np.array([np.inf, np.nan], np.float32)))
show('nan_to_num custom', np.nan_to_num(np.array([np.inf, -np.inf, np.nan]), nan=-9999, posinf=33333333, neginf=33333333))
show('nan_to_num int', np.nan_to_num(np.array([1, 2])))
print(str(np.nan_to_num(np.inf)), type(np.nan_to_num(np.inf)).__name__, str(np.nan_to_num(3)))
y = np.array([np.nan, 1.0])
r = np.nan_to_num(y, copy=False)
print(r is y, y)
show('packbits', np.packbits(np.array([[[1, 0, 1], [0, 1, 0]], [[1, 1, 0], [0, 0, 1]]], dtype=np.uint8), axis=-1))
show('packbits flat', np.packbits([1, 0, 1, 1, 0, 0, 0, 0, 1]))
show('packbits little', np.packbits(np.array([1, 1, 0, 0, 0, 0, 0, 1], dtype=bool), bitorder='little'))
show('packbits axis 0', np.packbits(np.eye(3, dtype=np.int64), axis=0))
show('packbits empty', np.packbits(np.array([], dtype=np.uint8)))
err('packbits float', lambda: np.packbits(np.array([1.0])))
err('packbits order', lambda: np.packbits([1], bitorder='middle'))
show('unpackbits', np.unpackbits(np.array([[2], [7], [23]], dtype=np.uint8), axis=1))
show('unpackbits flat count', np.unpackbits(np.array([255, 1], dtype=np.uint8), count=10))
show('unpackbits negative count', np.unpackbits(np.array([255], dtype=np.uint8), count=-3, bitorder='little'))
show('unpackbits big count', np.unpackbits(np.array([5], dtype=np.uint8), count=12))
err('unpackbits int', lambda: np.unpackbits(np.array([1])))
