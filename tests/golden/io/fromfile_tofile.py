# ndarray.tofile / np.fromfile: binary round trips (every dtype, C order whatever the layout,
# 0-d, empty), count= and offset=, text mode with sep= and format=, file objects, errors
import numpy as np

P = '/tmp/stridelab_golden_fromfile_tofile_'


def raw(path):
    with open(path, 'rb') as f:
        return f.read()


def roundtrip(label, a, dtype=None):
    path = P + label + '.bin'
    r = a.tofile(path)
    data = raw(path)
    b = np.fromfile(path, dtype=a.dtype if dtype is None else dtype)
    print('==', label, r)
    print(len(data), data[:24].hex())
    print(repr(b), b.flags['OWNDATA'], b.flags['WRITEABLE'])


roundtrip('f8', np.array([1.5, -2.0, 3.25]))
roundtrip('i4', np.arange(6, dtype=np.int32).reshape(2, 3))
roundtrip('u2', np.array([1, 65535], dtype=np.uint16))
roundtrip('i1', np.array([-1, 5], dtype=np.int8))
roundtrip('b1', np.array([True, False, True]))
roundtrip('f4', np.array([0.1, 0.2], dtype=np.float32))
roundtrip('f2', np.array([0.5, 1024], dtype=np.float16))
roundtrip('c16', np.array([1 + 2j, -3j]))
roundtrip('fortran', np.asfortranarray(np.arange(6.0).reshape(2, 3)))
roundtrip('transposed', np.arange(6, dtype=np.int16).reshape(2, 3).T)
roundtrip('strided', np.arange(10.0)[::3])
roundtrip('0d', np.array(7.0))
roundtrip('empty', np.zeros(0))
roundtrip('as bytes', np.arange(3, dtype=np.int16), np.uint8)

path = P + 'count.bin'
np.arange(10, dtype=np.int64).tofile(path)
print('== count/offset')
print(np.fromfile(path, dtype=np.int64, count=3))
print(np.fromfile(path, dtype=np.int64, count=-1, offset=16))
print(np.fromfile(path, dtype=np.int64, count=2, offset=72))
print(np.fromfile(path, dtype=np.int64, count=20))
print(np.fromfile(path, dtype=np.int32, offset=4, count=3))
print(np.fromfile(path, dtype=np.float64).shape)
print(np.fromfile(path, dtype=np.uint8, offset=80))

print('== text')
t = P + 'text.txt'
a = np.array([[1.5, 2.0], [3.0, -4.25]])
a.tofile(t, sep=',')
print(repr(raw(t)))
print(np.fromfile(t, sep=','))
a.tofile(t, sep=' ', format='%.3f')
print(repr(raw(t)))
print(np.fromfile(t, sep=' '))
np.arange(5).tofile(t, sep='\n')
print(repr(raw(t)))
print(np.fromfile(t, dtype=int, sep='\n'))
print(np.fromfile(t, dtype=int, sep='\n', count=2))
np.array([True, False]).tofile(t, sep=';')
print(repr(raw(t)))
np.array([0.1, 1e20, np.nan, -np.inf]).tofile(t, sep=' ')
print(repr(raw(t)))
print(np.fromfile(t, sep=' '))
np.array(3).tofile(t, sep=',')
print(repr(raw(t)))
np.zeros(0).tofile(t, sep=',')
print(repr(raw(t)), np.fromfile(t, sep=','))
np.array([1, 2], dtype=np.uint8).tofile(t, sep=',', format='%03d')
print(repr(raw(t)))
np.array([1.0, 2.0]).tofile(t, sep=', ', format='%d')
print(repr(raw(t)))

print('== file objects')
f = open(P + 'obj.bin', 'wb')
np.array([1, 2, 3], dtype=np.uint16).tofile(f)
f.close()
f = open(P + 'obj.bin', 'rb')
print(np.fromfile(f, dtype=np.uint16))
f.close()
with open(P + 'obj.txt', 'w') as f:
    np.arange(3).tofile(f, sep=' ')
with open(P + 'obj.txt', 'r') as f:
    print(np.fromfile(f, dtype=int, sep=' '))

print('== errors')
for label, fn in [
        ('offset with sep', lambda: np.fromfile(t, sep=',', offset=1)),
        ('missing', lambda: np.fromfile(P + 'nope.bin')),
]:
    try:
        print(fn())
    except Exception as e:
        print(label, type(e).__name__)
