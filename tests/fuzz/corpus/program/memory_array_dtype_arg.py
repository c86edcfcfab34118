# dtype= given as strings, Python types, NumPy types and np.dtype objects, for every dtype.
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

names = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
         'float32', 'float64']
for name in names:
    show('dtype string ' + name, np.array([0, 1, 2, 3], dtype=name))
codes = ['?', 'b1', 'i1', 'i2', '<i4', 'i8', 'u1', '<u2', 'u4', 'u8', 'f4', '<f8', 'f', 'd']
for code in codes:
    show('type code ' + code, np.array([[1, 0], [5, 7]], dtype=code))
show('python int', np.array([1.9, -2.9], dtype=int))
show('python float', np.array([1, 2], dtype=float))
show('python bool', np.array([0, 3, 0.5], dtype=bool))
show('np.int16 type', np.array([1, -1], dtype=np.int16))
show('np.uint32 type', np.array([7, 8], dtype=np.uint32))
show('np.float32 type', np.array([0.1, 0.2], dtype=np.float32))
show('np.bool_ type', np.array([2, 0], dtype=np.bool_))
show('np.dtype object int8', np.array([5, 6], dtype=np.dtype('int8')))
show('np.dtype object from type', np.array([5, 6], dtype=np.dtype(np.uint64)))
show('np.dtype float', np.array([5, 6], dtype=np.dtype(float)))
show('dtype of other array', np.array([1, 2, 3], dtype=np.zeros(1, dtype=np.int16).dtype))
show('float truncation int32', np.array([0.99, -0.99, 7.5], dtype=np.int32))
show('scalar with dtype', np.array(3, dtype=np.float32))
show('empty with dtype', np.array([], dtype=np.uint8))
show('bools to float32', np.array([True, False], dtype='float32'))
show('uint64 max', np.array([-1, 0]).astype(np.uint64))
show('int8 bounds', np.array([-128, 127], dtype=np.int8))
show('uint16 bound', np.array([65535], dtype='uint16'))
d = np.dtype('i4')
print('== dtype object fields')
print(repr(d), d, d.name, d.itemsize, d.kind, d.char, d.str)
for name in names:
    d = np.dtype(name)
    print(name, repr(d), d.itemsize, d.kind, d.char, d.str)
