# Sorting records and strings: np.sort / argsort / ndarray.sort with order= (a field name or
# a list; the other fields break ties in their own order), records without order
# (lexicographic by fields, NaNs last, byte order irrelevant), S/U arrays (code points, NUL
# padding), every kind, axes, ties in the unstable argsort, np.unique of S/U, and errors.
import numpy as np


def err(label, f):
    print('==', label)
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


people = np.array([('Ann', 31, 55.5), ('Bob', 25, 80.0), ('Cid', 31, 70.25), ('Dee', 25, 80.0),
                   ('Eve', 40, np.nan), ('Fay', 31, 55.5)],
                  dtype=[('name', 'U5'), ('age', '>i4'), ('weight', 'f4')])
print('== order age')
print(np.sort(people, order='age'))
print(np.argsort(people, order='age'))
print('== order weight,age')
print(np.sort(people, order=['weight', 'age']))
print(np.argsort(people, order=('weight', 'age')))
print('== order weight (then name, age)')
print(np.sort(people, order='weight')['name'])
for kind in ['quicksort', 'heapsort', 'stable', 'mergesort']:
    print('== kind', kind)
    print(np.argsort(people, order=['age', 'weight'], kind=kind))
print('== no order: by fields')
print(np.sort(people[::-1]))
print(np.argsort(people[::-1]))
p2 = people.copy()
p2.sort(order='age')
print('== method sort')
print(p2)
print(p2.dtype)
print(people.argsort(order='weight'))

# ties: records equal in every field (argsort's unstable order is NumPy's introsort)
ties = np.zeros(40, dtype=[('k', 'i2'), ('v', 'u1')])
ties['k'] = [i % 3 for i in range(40)]
ties['v'] = [i % 2 for i in range(40)]
print('== ties')
print(np.argsort(ties))
print(np.argsort(ties, order='k'))
print(np.argsort(ties, kind='heapsort'))
print(np.sort(ties, order='v')[:8])

grid = np.array([[(2, b'b'), (1, b'z')], [(1, b'a'), (1, b'\x00x')]], dtype=[('n', 'u2'), ('s', 'S2')])
print('== 2d axes')
print(np.sort(grid, axis=0))
print(np.sort(grid, axis=None))
print(np.argsort(grid, axis=1, order='s'))

nested = np.array([((2, 1.0), 'b'), ((1, 5.0), 'a'), ((1, -0.5), 'c')],
                  dtype=[('p', [('x', 'i1'), ('y', 'f8')]), ('t', 'U1')])
print('== nested')
print(np.sort(nested))
print(np.sort(nested, order='t'))

s = np.array(['pear', 'apple', 'fig', 'Apple', 'apple pie', '', 'é', 'z'])
print('== U')
print(np.sort(s))
print(np.argsort(s))
print(np.argsort(s, kind='stable'))
b = np.array([b'b', b'ab', b'a', b'', b'\xff', b'a\x01'], dtype='S3')
print('== S')
print(np.sort(b))
print(np.argsort(b))
m = np.array([['b', 'a', 'c'], ['z', 'y', 'x']])
print(np.sort(m, axis=0), np.sort(m, axis=1), np.sort(m, axis=None))
words = np.array(['to', 'be', 'or', 'not', 'to', 'be'])
print('== unique')
print(np.unique(words))
u, idx, inv, cnt = np.unique(words, return_index=True, return_inverse=True, return_counts=True)
print(u, idx, inv, cnt)
print(np.unique(np.array([b'x', b'y', b'x'])))
print(np.unique(np.array([[b'x', b'y'], [b'x', b'a']]), return_counts=True))
print(np.unique(np.array([], dtype='U3')))

err('order on plain array', lambda: np.sort(np.arange(3), order='a'))
err('unknown field', lambda: np.sort(people, order='height'))
err('duplicate field', lambda: np.sort(people, order=['age', 'age']))
err('bad order value', lambda: np.sort(people, order=3))
err('bad kind', lambda: np.sort(people, kind='bogo'))
err('argsort order unknown', lambda: people.argsort(order=['name', 'x']))
