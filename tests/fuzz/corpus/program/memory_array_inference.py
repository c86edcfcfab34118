# np.array from nested lists/tuples/scalars: NumPy's dtype inference, shapes, 0-d and empty arrays.
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

show('ints', np.array([1, 2, 3]))
show('floats', np.array([1.0, 2.5, -3.25]))
show('bools', np.array([True, False, True]))
show('int and float', np.array([1, 2.5]))
show('bool and int', np.array([True, 2]))
show('bool and float', np.array([False, 1.5]))
show('bool int float', np.array([True, 2, 3.5]))
show('nested lists', np.array([[1, 2, 3], [4, 5, 6]]))
show('nested tuples', np.array(((1, 2), (3, 4), (5, 6))))
show('tuple of lists', np.array(([1.5, 2], [3, 4])))
show('list of tuples', np.array([(True, False), (False, True)]))
show('3-d nested', np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]))
show('scalar int', np.array(7))
show('scalar float', np.array(-2.5))
show('scalar bool', np.array(True))
show('one-element list', np.array([42]))
show('nested one-element', np.array([[[1.0]]]))
show('empty list', np.array([]))
show('empty nested', np.array([[], []]))
show('negative ints', np.array([-1, -128, 127, 0]))
show('large int', np.array([2**40, -2**40]))
show('int64 extremes', np.array([9223372036854775807, -9223372036854775807 - 1]))
show('from arange list', np.array([np.arange(3), np.arange(3, 6)]))
show('list of 1-d arrays float', np.array([np.zeros(2), np.ones(2)]))
show('from 2-d array copies', np.array(np.arange(6).reshape(2, 3)))
show('int8 scalars in list', np.array([np.int8(1), np.int8(-2)]))
show('float32 scalars in list', np.array([np.float32(0.5), np.float32(1.25)]))
show('uint16 scalars in list', np.array([np.uint16(1), np.uint16(65535)]))
show('mixed small floats', np.array([0.1, 0.2, 0.3]))
