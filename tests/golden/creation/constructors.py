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


show('fromiter int8', np.fromiter(range(5), dtype=np.int8))
show('fromiter count', np.fromiter(iter([1.5, 2.5, 3.5]), float, count=2))
show('fromiter list float to int', np.fromiter([1.9, -2.9], dtype=int))
show('fromiter empty', np.fromiter([], dtype=np.float32))
show('fromiter bool', np.fromiter([0, 2, 0], bool))
err('fromiter short', lambda: np.fromiter(range(3), int, count=5))
err('fromiter nan', lambda: np.fromiter([float('nan')], int))
err('fromiter sequence', lambda: np.fromiter([[1, 2]], int))
err('fromiter no dtype', lambda: np.fromiter([1]))
show('frombuffer bytes', np.frombuffer(b'\x01\x00\x02\x00', dtype=np.int16))
show('frombuffer offset count', np.frombuffer(b'abcdefgh', dtype=np.uint8, count=3, offset=2))
show('frombuffer empty', np.frombuffer(b'', dtype=np.int32))
a = np.arange(4, dtype=np.int32)
v = np.frombuffer(a, dtype=np.int16)
show('frombuffer of array', v)
v[0] = 99
print(a)
err('frombuffer read-only bytes', lambda: np.frombuffer(b'ab', np.uint8).__setitem__(0, 1))
err('frombuffer non-contiguous', lambda: np.frombuffer(a[::2]))
err('frombuffer multiple', lambda: np.frombuffer(b'abc', np.int16))
err('frombuffer offset', lambda: np.frombuffer(b'abcd', np.int16, offset=5))
err('frombuffer negative offset', lambda: np.frombuffer(b'abcd', np.int16, offset=-1))
err('frombuffer count', lambda: np.frombuffer(b'abcd', np.int16, count=3))
err('frombuffer list', lambda: np.frombuffer([1, 2], np.int16))
show('fromfunction', np.fromfunction(lambda i, j: i * 10 + j, (2, 3)))
show('fromfunction int kwargs', np.fromfunction(lambda i, j, k=0: i - j + k, (2, 2), dtype=int, k=5))
show('fromfunction scalar return', np.fromfunction(lambda i: 7, (3,)))
show('logspace', np.logspace(0, 2, 3))
show('logspace base 2 no endpoint', np.logspace(0, 4, 4, endpoint=False, base=2))
show('logspace dtype int', np.logspace(0, 3, 4, dtype=int))
show('logspace num 1', np.logspace(1, 2, 1))
show('logspace num 0', np.logspace(1, 2, 0))
show('geomspace', np.geomspace(1, 1000, 4))
show('geomspace negative', np.geomspace(-1000, -1, 4))
show('geomspace reversed', np.geomspace(100, 1, 3, endpoint=False))
show('geomspace float32', np.geomspace(1, 16, 5, dtype=np.float32))
show('geomspace one', np.geomspace(5, 50, 1))
err('geomspace zero', lambda: np.geomspace(0, 10))
a = np.arange(6).reshape(2, 3)
print(np.asanyarray(a) is a, np.asanyarray(a, dtype=np.int64) is a)
show('asanyarray list', np.asanyarray([1, 2.5]))
show('asanyarray dtype', np.asanyarray([1, 2], dtype=np.float32))
print(np.require(a) is a, np.require(a, requirements='C') is a, np.require(a, requirements=[]) is a)
show('require F', np.require(a, requirements=['F']))
show('require dtype W O', np.require(a[:, ::2], np.float64, ['W', 'O']))
r = np.require(a.T, requirements=['F_CONTIGUOUS', 'aligned'])
print(r.base is a)
err('require both orders', lambda: np.require(a, requirements='CF'))
err('require unknown flag', lambda: np.require(a, requirements=['X']))
b = np.zeros((2, 3))
np.copyto(b, a)
show('copyto int into float', b)
np.copyto(b, [1, 2, 3], where=[[True, False, True], [False, True, False]])
show('copyto where', b)
c = np.zeros(3, dtype=np.int32)
np.copyto(c, 7)
show('copyto scalar', c)
np.copyto(c, np.array([1.7, 2.2, 3.9]), casting='unsafe')
show('copyto unsafe', c)
err('copyto same_kind', lambda: np.copyto(c, np.array([1.5, 2.5, 3.5])))
err('copyto float scalar', lambda: np.copyto(c, 1.5))
err('copyto list dst', lambda: np.copyto([1, 2], 3))
err('copyto broadcast', lambda: np.copyto(c, [1, 2]))
err('copyto where int', lambda: np.copyto(c, 1, where=[1, 0, 1]))
err('copyto read-only', lambda: np.copyto(np.arange(3).diagonal() if False else np.broadcast_to(c, (2, 3)), 1))
show('block 1-d', np.block([1, 2, np.array([3, 4])]))
show('block 2-d', np.block([[np.ones((2, 2)), np.zeros((2, 1))], [np.full((1, 3), 5.0)]]))
show('block scalars', np.block([[1, 2], [3, 4]]))
show('block single array', np.block(np.arange(3)))
show('block 3-d', np.block([[[np.zeros((1, 1, 2))], [np.ones((1, 1, 2))]]]))
show('block mixed dtypes', np.block([np.array([1], np.int8), np.array([2.5], np.float32)]))
err('block tuple', lambda: np.block([(1, 2), [3]]))
err('block top tuple', lambda: np.block((1, 2)))
err('block empty', lambda: np.block([]))
err('block nested empty', lambda: np.block([[1], []]))
err('block depth mismatch', lambda: np.block([[1, 2], 3]))
err('block shapes', lambda: np.block([[np.ones((2, 2)), np.ones((3, 1))]]))
