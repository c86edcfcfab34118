a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [0, (1, 2, 3)]
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
first, second = 'ab'
print(first, second)
x = y = z = 7
print(x, y, z)
x, y = y + 1, x - 1
print(x, y)
print(*[1, 2], *'ab', sep='-')
print([*range(3), *(4, 5)], (*'hi',), {*[1, 1, 2]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args):
    return args
print(f(*[1, 2], 3, *()))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
