x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(0 < x <= 5 < 6, 1 < 3 > 2, (1 < 3) > 2, 1 < (3 > 2))
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(calls)
calls.clear()
print(f(3) < f(2) < f(4))
print(calls)
print('a' < 'b' < 'c', [1, 2] < [1, 3] <= [1, 3], (1, 2) == (1, 2) < (2,))
print(1 < 2.5 < 3, 2 == 2.0 == True + 1)
print(x is x is not None, None is None is None)
print(2 in [1, 2] in [[1, 2]], 'a' in 'abc' == True)
