counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def reader():
    return counter * 2
print(reader())
def local_shadow():
    counter = 100
    return counter
print(local_shadow(), counter)
def outer():
    vals = []
    def add(v):
        vals.append(v)
    add(1); add(2)
    return vals
print(outer())
def nested_nonlocal():
    x = 0
    def a():
        nonlocal x
        x += 10
        def b():
            nonlocal x
            x += 1
        b()
    a(); a()
    return x
print(nested_nonlocal())
class K:
    attr = 5
    doubled = attr * 2
    items = [i * 2 for i in range(attr)]
print(K.attr, K.doubled, K.items)
def uses_builtin_shadow():
    len = lambda x: 42
    return len([1])
print(uses_builtin_shadow(), len([1]))
del counter
print("counter" in globals())
