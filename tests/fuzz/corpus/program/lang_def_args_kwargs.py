def show(*args, **kwargs):
    print(len(args), args, kwargs)
show()
show(1, 'a', [2])
show(x=1, y=2)
show(*range(3), **{'k': 'v'})
def wrap(fn, *a, **kw):
    print('calling', fn.__name__)
    return fn(*a, **kw)
print(wrap(max, 3, 9, 2), wrap(sorted, [3, 1], reverse=True))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def opts(**o):
    return sorted(o)
print(opts(b=1, a=2))
def both(a, b, c):
    return a * 100 + b * 10 + c
print(both(*[1, 2], **{'c': 3}), both(1, *(2,), c=3))
try:
    both(1, 2, 3, b=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    both(**{'a': 1, 'b': 2, 'c': 3, 'd': 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
