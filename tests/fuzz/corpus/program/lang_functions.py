def add(a, b=10, *args, key=None, **kwargs):
    """Adds things."""
    return (a, b, args, key, kwargs)
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, key="k"), add(1, z=5), add(b=3, a=4))
print(add.__name__, add.__doc__, add.__defaults__)
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=10))
def posonly(a, b, /, c):
    return a * b * c
print(posonly(2, 3, c=4))
args = [1, 2]; kw = {"key": "K"}
print(add(*args, **kw), add(*range(4)), add(**{"a": 0}))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(20))
def fib():
    a, b = 0, 1
    out = []
    for _ in range(15):
        out.append(a)
        a, b = b, a + b
    return out
print(fib())
square = lambda x: x * x
print(square(7), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, x=2), list(map(lambda x: x + 1, [1, 2])))
def noret():
    pass
print(noret())
def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_shared(1), defaults_shared(2))
def multi():
    return 1, 2
a, b = multi(); print(a, b)
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
print(type(add).__name__, add.__qualname__)
