# Fixed-width strings: 'U' (UTF-32, 4 bytes per code point) and 'S' (bytes), creation from
# lists, truncation on assignment, printing, the code points seen as uint32.
import numpy as np

a = np.array(['apple', 'fig', ''])
print(repr(a), a.dtype, a.itemsize, a.strides, a.nbytes)
print(a)
print(a[0], a[1:], len(a[0]))
a[2] = 'kiwifruit'
print(a)
b = np.array([b'ab', b'c'])
print(repr(b), b.dtype, b.itemsize)
print(b, b[0])
u = np.zeros(2, dtype='U3')
print(repr(u))
u[0] = 'héllo'
u[1] = 'ok'
print(repr(u), u.view(np.uint32))
print(np.array(['x', 'yz'], dtype='U4').dtype, np.array(['x', 'yz'], dtype='U').dtype)
print(np.array([['a', 'b'], ['cc', 'd']]))
print(repr(np.array([''])), np.array(['abc']).view(np.uint8))
s = np.zeros(3, dtype='S4')
s[:] = b'xy'
print(repr(s))
