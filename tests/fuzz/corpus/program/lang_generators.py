def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(10)), max(countdown(3)))
def pairs(items):
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield (a, b)
print(list(pairs("abcd")))
def squares(limit):
    for i in range(limit):
        if i % 2:
            continue
        yield i * i
print([s for s in squares(10)], tuple(squares(5)))
def fib_gen(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
print(list(fib_gen(12)), dict(zip("abc", fib_gen(3))))
it = iter(countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
lazy = (x * 10 for x in range(5))
print(next(lazy), list(lazy))
print(sorted(x for x in "hello"), "".join(c.upper() for c in "abc" if c != "b"))
