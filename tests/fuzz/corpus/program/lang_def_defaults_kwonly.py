def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(a=0, c=1, d=2, z=3))
def g(x, /, y, *, z):
    return x, y, z
print(g(1, 2, z=3), g(1, y=2, z=3))
def h(lst=[]):
    lst.append(len(lst))
    return lst
print(h(), h(), h([9]), h())
def k(n=None):
    n = [] if n is None else n
    return n
print(k(), k([1]))
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__name__, f.__defaults__, f.__kwdefaults__)
