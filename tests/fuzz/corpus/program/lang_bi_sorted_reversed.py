data = [('bob', 25), ('amy', 30), ('cat', 25), ('dan', 20)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: (-p[1], p[0])))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted('Banana', key=str.lower), sorted(['b', 'A', 'c']), sorted({3: 'a', 1: 'b'}), sorted({5, 1, 3}, reverse=True))
print(sorted([3.5, 1, 2.25, -1]), sorted([]), sorted((1,)), sorted('cba'))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
rv = reversed([1, 2])
print(type(rv).__name__, next(rv))
words = ['pear', 'fig', 'apple', 'kiwi']
print(sorted(words, key=len), min(words, key=len), max(words, key=len))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
