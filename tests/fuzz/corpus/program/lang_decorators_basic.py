def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('return', result)
        return result
    return wrapper
@trace
def add(a, b=1):
    return a + b
add(2)
add(2, b=5)
def repeat(n):
    def deco(fn):
        def inner(x):
            for _ in range(n):
                x = fn(x)
            return x
        return inner
    return deco
@repeat(3)
def double(x):
    return x * 2
print(double(1))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a():
    pass
@register
def b():
    pass
print(registry, a.__name__, add.__name__)
