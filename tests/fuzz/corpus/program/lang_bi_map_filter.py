print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb'])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')), list(map(int, '123')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, list(f))
print(sum(map(int, '1 2 3'.split())), max(map(len, ['aa', 'b'])), sorted(map(str.lower, 'CbA')))
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
