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


show('tri default', np.tri(3))
show('tri N M k', np.tri(2, 4, -1))
show('tri bool', np.tri(3, dtype=bool))
show('tri int8 k big', np.tri(3, 3, 10, dtype=np.int8))
show('tri empty', np.tri(0))
show('tri negative', np.tri(-2, 3))
show('tril 1-d', np.tril([1, 2, 3]))
show('triu 1-d k=1', np.triu(np.arange(1, 4), 1))
show('tril uint8 F', np.tril(np.asfortranarray(np.arange(12, dtype=np.uint8).reshape(3, 4)), 1))
show('triu non-contiguous', np.triu(np.arange(36.).reshape(6, 6)[::2, 1::2]))
show('triu k=-1 float32', np.triu(np.ones((3, 3), np.float32), -1))
show('tril bool', np.tril(np.ones((2, 3), bool)))
show('tril empty', np.tril(np.zeros((0, 3))))
show('tril stack', np.tril(np.ones((2, 2, 3), dtype=np.int16)))
err('tril 0-d', lambda: np.tril(5))
show('tril_indices 3', np.tril_indices(3))
show('tril_indices 3 k=-1 m=4', np.tril_indices(3, -1, 4))
show('triu_indices 4 k=1', np.triu_indices(4, 1))
show('triu_indices 3 m=2', np.triu_indices(3, m=2))
show('triu_indices 0', np.triu_indices(0))
a = np.arange(16).reshape(4, 4)
print(a[np.tril_indices(4)])
print(a[np.triu_indices_from(a, 1)])
show('tril_indices_from', np.tril_indices_from(np.zeros((2, 5)), 2))
err('tril_indices_from 3-d', lambda: np.tril_indices_from(np.zeros((2, 2, 2))))
err('triu_indices_from 1-d', lambda: np.triu_indices_from(np.zeros(2)))
show('vander default', np.vander([1, 2, 3]))
show('vander N=5 increasing', np.vander(np.array([2, -1]), 5, increasing=True))
show('vander float32', np.vander(np.array([0.5, 1.5], dtype=np.float32), 3))
show('vander bool', np.vander(np.array([True, False]), 3))
show('vander uint8', np.vander(np.array([200, 3], dtype=np.uint8), 3))
show('vander int overflow wraps', np.vander(np.array([10**6]), 5))
show('vander N=0', np.vander([1, 2], 0))
show('vander N=1', np.vander([1, 2], 1))
show('vander empty', np.vander(np.array([]), 2))
show('vander strided', np.vander(np.arange(6.)[::-2], 3))
err('vander 2-d', lambda: np.vander(np.ones((2, 2))))
err('vander negative N', lambda: np.vander([1, 2], -1))
