# Comparisons of 'U' and 'S' arrays: with each other (broadcast, different widths: NUL
# padding never matters), with Python str/bytes on either side, code point / unsigned byte
# order, results as bool arrays or np.bool_ scalars.
import numpy as np

u = np.array(['apple', 'b', '', 'Banana', 'b\x00'])
v = np.array(['apple', 'ba', 'a', 'banana', 'b'], dtype='U7')
print(u == v, u != v)
print(u < v, u <= v, u > v, u >= v)
print(u == 'b', 'b' == u, u < 'b', 'b' < u, u >= 'B')
print(u[:, None] == np.array(['b', 'apple']))
print(np.array(['é', 'z', 'e']) > 'f')
print(u[1] == 'b', type(u[1] == 'b'), (u == 'b').dtype, (u[:1] == 'apple').shape)
print(np.array('x') == 'x', np.array('x') < 'y')
b = np.array([b'a', b'ab', b'\xff', b'', b'a\x00'])
print(b == b'a', b < b'b', b'ab' <= b, b > np.array([b'a'] * 5))
print(b[:, None] < b[None, :])
m = np.array([['x', 'yy'], ['zzz', 'x']])
print(m == 'x', m == m.T, m < ['y', 'y'])
print(np.sum(u == 'b'), u[u > 'a'])
print(np.array([], dtype='U3') == 'a')
