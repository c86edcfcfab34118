def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'changed'
        inner()
        return x
    return mid(), x
print(outer())
def make_adders():
    return [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = []
    for k in range(3):
        def f():
            return k
        fs.append(f)
    return [f() for f in fs]
print(late())
def accum():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = accum()
a(1)
print(a(2))
