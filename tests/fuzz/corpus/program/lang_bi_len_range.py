r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2], list(r), r.start, r.stop, r.step)
print(range(5), range(0, 5), range(-3), len(range(-3)), range(10, 0, -2), list(range(10, 0, -2)))
print(list(reversed(range(4))), range(4)[::-1], range(1, 10)[2:5], 7 in r, 8 in r, r.index(8), r.count(5))
print(range(3) == range(0, 3), range(0) == range(5, 2), hash(range(3)) == hash(range(0, 3, 1)))
print(len('héllo'), len(b'ab'), len([[], []]), len({'a': 1}), len(set('aab')), len(''), len(range(0, 100, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(3)
except ValueError as e:
    print(type(e).__name__, e)
