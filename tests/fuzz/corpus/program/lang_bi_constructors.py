print(str(), str(5), str([1, 'a']), str(b'x'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\t\n\\'))
print(bool(), bool(1), bool([]), bool('0'), list(), list('abc'), list((1, 2)), list({'a': 1}), list(range(3)))
print(tuple(), tuple([1, 2]), tuple('ab'), dict(), dict([('a', 1), ('b', 2)]), dict(a=1, b=2), dict({'x': 1}, y=2))
print(set(), set([1, 2, 2]), set('hello') == set('leho'), frozenset([1, 2]) == {1, 2}, int(), float())
print(list(map(type, [1, 1.0, '', [], (), {}, set(), None, True])))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
