t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t), t[1:3], t + (4,), t * 2, (1,) * 3, (), (5,), tuple([1]))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99), max([(1, 'b'), (1, 'a')]), sorted([(2, 'a'), (1, 'z')]))
print(hash((1, 2)) == hash((1, 2)), {(0, 0): 'origin'}[(0, 0)], (1, [2])[1], type((1)).__name__, type((1,)).__name__)
x, y = t[:2]
print(x, y, t[::-1], 3 in t, list(enumerate(t[:2])))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], tuple(map(sum, nested)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
t[10]
