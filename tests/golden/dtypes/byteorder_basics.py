# Byte order: '>' / '<' / '=' / '|' dtypes, their attributes, printing and raw bytes.
import numpy as np


def show(label, a):
    print("==", label)
    print(str(a))
    print(a.dtype, a.dtype.str, a.dtype.byteorder, a.dtype.isnative, a.itemsize, a.strides)
    print(a.tobytes().hex())


for spec in ['>i2', '<i2', '=i2', '|i1', '>u4', '>i4', '<i4', '>i8', '>f4', '>f8', '<f8', '>u2', '|u1', '>b1', 'i4', '>c16']:
    d = np.dtype(spec)
    print("==", spec, repr(d), str(d), d.byteorder, d.str, d.name, d.char, d.num, d.kind, d.isnative, d.isbuiltin)

show("arange >i4", np.arange(5, dtype='>i4'))
show("array >u2", np.array([1, 2, 258, 65535], dtype='>u2'))
show("array <u2", np.array([1, 2, 258, 65535], dtype='<u2'))
show("float >f8", np.array([1.5, -2.25, 1e300], dtype='>f8'))
show("float >f4 2d", np.array([[1.5, 2], [3, 4]], dtype='>f4'))
show("zeros >i8", np.zeros(3, dtype='>i8'))
show("ones >f8", np.ones((2, 2), dtype='>f8'))
show("full >i2", np.full(3, 7, dtype='>i2'))
show(">i8 implied", np.array([1, 2, 3], dtype='>i8'))

x = np.array([1, 256, 65536], dtype='<i4')
print("== newbyteorder")
print(x.dtype.newbyteorder(), x.dtype.newbyteorder('>'), x.dtype.newbyteorder('<'), x.dtype.newbyteorder('='), x.dtype.newbyteorder('S'))
print(np.dtype('>i4').newbyteorder('S'), np.dtype('>i4').newbyteorder('|'), np.dtype('i1').newbyteorder())
show("view newbyteorder", x.view(x.dtype.newbyteorder()))
show("byteswap", x.byteswap())
show("byteswap+view keeps values", x.byteswap().view(x.dtype.newbyteorder()))
y = x.copy()
r = y.byteswap(inplace=True)
print("== inplace", r is y)
show("after inplace", y)
show("astype >i4", x.astype('>i4'))
show("astype back", x.astype('>i4').astype('<i4'))
show("astype >f8 from >i4", x.astype('>i4').astype('>f8'))
print("== equality", np.dtype('>i4') == np.dtype('<i4'), np.dtype('>i4') == '>i4', np.dtype('=i4') == np.dtype('<i4'), np.dtype('|i1') == np.int8)
print("== item", np.array([258], dtype='>u2')[0], type(np.array([258], dtype='>u2')[0]).__name__, np.array([258], dtype='>u2').tolist())
b = np.arange(6, dtype='>i2').reshape(2, 3)
show("slice view", b[:, ::2])
show("transpose", b.T)
show("fancy", b[[1, 0]])
show("mask", b[b > 1])
c = np.array([0, 0, 0], dtype='>i4')
c[1] = 258
c[2:] = [65537]
show("setitem", c)
