a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, type(None) is type(None), True is True, 1 is not None)
print(1 in a, 3 in a, 3 not in a, not 3 in a)
print('ell' in 'hello', 'x' in 'hello', '' in 'abc', 'h' not in 'hello')
print(2 in (1, 2, 3), 'k' in {'k': 1}, 1 in {'k': 1}, 1 in {1, 2}, 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print([1] in [[1], 2], (1, 2) in {(1, 2): 'x'}, 1.0 in [1], True in [1])
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, v):
        print('contains', v)
        return v in self.items
bx = Box([3, 4])
print(3 in bx, 9 not in bx)
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in 'abc')
except TypeError as e:
    print(type(e).__name__, e)
