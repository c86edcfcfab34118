# shuffle / permutation of Python lists (NumPy's untyped path), legacy and Generator.
import numpy as np

np.random.seed(0)
print('== legacy shuffle list')
x = [1, 2, 3, 4, 5, 6, 7, 8]
print(np.random.shuffle(x), x)
y = ['a', 'b', 'c', 'd']
np.random.shuffle(y)
print(y)
print('== legacy shuffle nested list swaps the rows')
z = [[1, 2], [3, 4], [5, 6]]
np.random.shuffle(z)
print(z)
print('== legacy same draws as an array')
np.random.seed(1)
l = list(range(10))
np.random.shuffle(l)
np.random.seed(1)
a = np.arange(10)
np.random.shuffle(a)
print(l, repr(a))
print('== legacy permutation of a list')
print(repr(np.random.permutation([0.5, 1.5, 2.5])))
print('== Generator shuffle list')
g = np.random.default_rng(3)
x = list(range(8))
g.shuffle(x)
print(x)
g2 = np.random.default_rng(3)
a = np.arange(8)
g2.shuffle(a)
print(repr(a))
print('== empty and single lists')
e = []
np.random.shuffle(e)
s = [9]
np.random.shuffle(s)
print(e, s)
