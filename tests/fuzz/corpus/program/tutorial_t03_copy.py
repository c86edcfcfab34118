# Advanced NumPy tutorial: getting a copy (b = a is not a copy)
import numpy as np
a = np.array([[100, 200, 50, 400], [50, 0, 0, 100], [350, 100, 50, 200]])
b = a
a[0, 0] = 5
print(b)
print(b is a, np.shares_memory(a, b))
a[0, 0] = 100
print(b[0, 0])
c = a.copy()
a[0, 0] = 5
print(c[0, 0], a[0, 0], np.shares_memory(a, c), c.flags['OWNDATA'])
v = a[1:, ::2]
v[0, 0] = -1
print(a)
print(v.base is a, v.flags['OWNDATA'])
