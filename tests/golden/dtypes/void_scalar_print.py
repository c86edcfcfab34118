# A record read out of a structured array is NumPy's np.void scalar: how it prints.
# numpy2: NEP 51 / NumPy 2's _void_scalar_to_string: repr is np.void((...), dtype=[...]) and
# both str and repr format float fields as their scalar str ('55.0', not the array
# formatter's '55.'); arrays of records and 0-d record arrays print as before.
import numpy as np

people = np.zeros(3, dtype=[('name', 'U8'), ('age', 'i4'), ('weight', 'f8')])
people['name'] = ['Ann', 'Bob', 'Cyd']
people['age'] = [25, 45, 37]
people['weight'] = [55.0, 85.5, 68.25]
first = people[0]
print(first)
print(repr(first))
print(str(people[-1]), repr(people[1]))
for row in people[:2]:
    print(row, row['age'] + 1)
print([r for r in people[1:]])
print(people)
print(repr(people))

# float32 / float16 fields print their own shortest digits; ints and bytes as usual
mixed = np.array([(b'ALFA', 1.0, 0.37, 7, 0.1)],
                 dtype=[('code', 'S4'), ('pos', 'f8'), ('val', 'f4'), ('n', 'u1'), ('h', 'f2')])
print(mixed[0])
print(repr(mixed[0]))

# one field keeps the trailing comma; a sub-array field is a list of float strs
one = np.array([(2.5,)], dtype=[('x', 'f8')])
print(one[0], repr(one[0]))
sub = np.array([(1, [1.5, 2.0, -0.25])], dtype=[('id', 'i2'), ('v', 'f8', (3,))])
print(sub[0])
print(repr(sub[0]))

# special values
spec = np.array([(np.nan, -np.inf, 1e20, 1e-7)], dtype=[('a', 'f8'), ('b', 'f8'), ('c', 'f8'), ('d', 'f8')])
print(spec[0])

# the scalar is a view: a write reaches the array
first['age'] = 26
print(people[0], people['age'])

# a 0-d structured array made by the user stays an array
z = np.array((1, 2.5), dtype=[('a', 'i8'), ('b', 'f8')])
print(repr(z), z)
print(repr(z[()]))
z2 = np.array((1, 3.), dtype=[('a', 'i8'), ('b', 'f8')])
print(z2, str(z2), repr(z2))
