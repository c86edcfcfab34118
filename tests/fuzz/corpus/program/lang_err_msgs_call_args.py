def f(a, b):
    return a + b
def g(x, *, k):
    return x
def h():
    return 0
class C:
    def m(self, v):
        return v
    def __init__(self, a):
        self.a = a
cases = [
    lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, a=3), lambda: g(1, 2), lambda: g(1),
    lambda: h(1), lambda: C(), lambda: C(1, 2), lambda: C(1).m(), lambda: C(1).m(1, 2), lambda: C.m(1),
    lambda: (lambda q: q)(), lambda: len(), lambda: abs(1, 2), lambda: isinstance(1), lambda: f(*[1], **{'a': 2}),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
f(1, 2, 3)
