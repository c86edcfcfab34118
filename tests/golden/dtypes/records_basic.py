# Structured records: creation, field views (the record size stays the stride), offsets
# and padding with align=True, record assignment from tuples, printing, raw bytes.
# numpy2: a record's str() (np.void) prints float fields as their scalar str, ('', 7, 0.0)
# and (0.0,) where 1.24 printed ('', 7, 0.) and (0.,).
import numpy as np

dt = np.dtype([('name', 'U10'), ('age', 'i4'), ('weight', 'f4')])
print(dt, dt.itemsize, dt.names, dt.fields['age'])
x = np.zeros(3, dtype=dt)
print(x.shape, x.strides, x.itemsize, x.nbytes)
print(repr(x))
x[0] = ('Ann', 31, 55.5)
x[1] = ('Bob', 42, 80.25)
print(repr(x))
print(x)
ages = x['age']
print(repr(ages), ages.strides, ages.dtype)
ages[2] = 7
print(x[2], x['name'], x['weight'].sum())
print(x[1]['name'], x[0]['age'], x['weight'][1])
x['weight'] = [1.5, 2.5, 3.5]
x[2] = ('Cy', -1, 0.125)
print(x)
y = np.array([(1, 2.5), (3, 4.5)], dtype=[('a', 'i2'), ('b', 'f8')])
print(repr(y), y.strides, y.dtype.fields)
a = np.dtype([('c', 'u1'), ('i', 'i4'), ('d', 'f8')], align=True)
print(a, a.itemsize, a.fields, a.isalignedstruct)
p = np.dtype([('c', 'u1'), ('i', 'i4'), ('d', 'f8')])
print(p.itemsize, [p.fields[n][1] for n in p.names], [a.fields[n][1] for n in a.names])
r = np.zeros(2, dtype=a)
r['i'] = [10, 20]
r['c'] = 255
print(repr(r), r['i'].strides, r['d'].strides)
print(r.view(np.uint8))
one = np.zeros(2, dtype=[('v', 'f8')])
print(repr(one), one[0])
grid = np.zeros((2, 2), dtype=[('x', 'i1'), ('y', 'i1')])
grid['y'] = [[1, 2], [3, 4]]
print(repr(grid), grid['y'].strides)
sub = np.zeros(2, dtype=[('p', 'f4', (2,)), ('q', 'i2')])
print(sub['p'].shape, sub['p'].strides)
for f in [lambda: x['nope'], lambda: np.arange(3)['a'], lambda: x.__setitem__(0, (1, 2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
