class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(A(), B), isinstance(3, float), isinstance(3.0, float), isinstance(None, type(None)))
print(type(b) is B, type(b) == A, type(3) is int, type(True) is bool, isinstance(True, int), type(type(3)).__name__)
print(issubclass(B, A), issubclass(A, object), issubclass(int, (str, int)), issubclass(B, B))
print(type('s'), type(3.0), type([].append).__name__, type(len).__name__, type(A).__name__)
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance('s', str), isinstance(range(1), range))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
