# Printing layout: 1-d to 4-d nesting and blank lines, 0-d and empty arrays of every kind, bool/int column widths, negative numbers, dtype suffix rules.
import numpy as np


def show(label, a):
    # one case: every field of the memory model
    print('==', label)
    print(repr(a))
    print(a)
    print(a.shape, a.strides, a.dtype, a.itemsize, a.nbytes, a.size, a.ndim)
    print(a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'], a.flags['OWNDATA'], a.flags['WRITEABLE'])
    raw = a.tobytes()
    if len(raw) > 128:
        print(raw[:64].hex(), '...', len(raw))
    else:
        print(raw.hex())

show('3-d int', np.arange(24).reshape(2, 3, 4))
show('3-d float', np.arange(12, dtype=np.float64).reshape(2, 2, 3) / 4)
show('4-d', np.arange(32, dtype=np.int8).reshape(2, 2, 2, 4))
show('4-d singleton axes', np.arange(6).reshape(1, 2, 1, 3))
show('5-d tiny', np.zeros((1, 1, 2, 1, 2), dtype=np.uint8))
show('column vector', np.arange(4).reshape(4, 1))
show('row vector', np.arange(4).reshape(1, 4))
show('negative widths', np.array([[-1, 200], [3, -4000]]))
show('bool 2-d', np.array([[True, False], [False, True]]))
show('bool 3-d', np.ones((2, 1, 2), dtype=bool))
show('0-d int', np.array(42))
show('0-d int8', np.array(-5, dtype=np.int8))
show('0-d uint64', np.array(7, dtype=np.uint64))
show('0-d bool', np.array(False))
show('0-d float32', np.array(1.5, dtype=np.float32))
show('empty float', np.array([]))
show('empty int64', np.array([], dtype=np.int64))
show('empty int32', np.zeros(0, dtype=np.int32))
show('empty bool', np.zeros(0, dtype=bool))
show('empty 2-d (0, 3)', np.zeros((0, 3)))
show('empty 2-d (3, 0)', np.zeros((3, 0), dtype=np.int16))
show('empty 3-d', np.ones((2, 0, 2), dtype=np.float32))
for name in ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64', 'bool']:
    show('suffix ' + name, np.array([1, 0, 1], dtype=name))
show('uint64 huge', np.array([-1, 1]).astype(np.uint64))
show('int64 min', np.array([-9223372036854775807 - 1, 0]))
show('int16 mixed widths 2-d', np.array([[1, -22], [333, -4444]], dtype=np.int16))
show('3-d of strided view', np.arange(48).reshape(4, 3, 4)[::2, ::-1, 1::2])
print('== str() and repr() of the same arrays')
e = np.arange(6).reshape(2, 3)
print(str(e))
print(repr(e))
print(str(np.array([])), repr(np.zeros((2, 0))))
print([str(np.array(3)), repr(np.array(3.0))])
