print(sum([]), sum([1, 2, 3]), sum([0.1] * 10), sum((1, 2), 10), sum([1, 2.5]), sum(range(101)), sum([[1], [2, 3]], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'), max([1, 3], [1, 2]), min((2, 'x'), (1, 'z')))
print(max([], default=None), min([], default='none'), max([5], default=0), min([-3, 2], key=abs), max(['a', 'BB', 'c'], key=len))
print(max(1, 1.0), max(1.0, 1), min(True, 0), max([2, 3, 3, 1], key=lambda v: v % 3))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
