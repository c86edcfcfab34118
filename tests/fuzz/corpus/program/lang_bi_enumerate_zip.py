print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], start=3)))
e = enumerate(['x', 'y'])
print(type(e).__name__, next(e), next(e))
print(list(zip([1, 2, 3], 'ab')), list(zip(range(3))), dict(zip('abc', range(3))))
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, lets = zip(*pairs)
print(nums, lets)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
for i, (a, b) in enumerate(zip('xy', 'XY')):
    print(i, a, b)
z = zip([1], [2])
print(type(z).__name__, list(z), list(z))
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
