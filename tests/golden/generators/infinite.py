# Infinite generators consumed lazily: next(), zip, enumerate, break, `in`, any/all,
# generator expressions over them, and generators driving generators.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(take(10, naturals()), take(12, fib()), take(15, primes()))
print(list(zip(naturals(1), 'abcd')), dict(zip('xyz', naturals(10))))
for i, f in enumerate(fib()):
    if f > 10 ** 30:
        print('first fib above 1e30 is F', i, '=', f)
        break
print(any(x > 100 for x in naturals()), 97 in primes(), next(x for x in fib() if x % 7 == 0 and x > 0))
squares = (n * n for n in naturals())
print(take(5, squares), next(squares))

def windows(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)
print(take(4, windows(fib(), 3)))

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))

def chunked(it, n):
    it = iter(it)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk
print(list(chunked(range(10), 4)), take(3, chunked(naturals(), 2)))
