def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
c2 = make_counter(); print(c2(), c())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    return [lambda: i for i in range(3)]
print([f() for f in late()])
total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(7); print(total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def compose(f, g):
    return lambda x: f(g(x))
print(compose(lambda x: x * 2, lambda x: x + 1)(5))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
x = 10
def shadow():
    x = 20
    return x
print(shadow(), x)
def gen_power(p):
    return [(lambda b: b ** p)(b) for b in range(5)]
print(gen_power(3))
