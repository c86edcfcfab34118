# functools: reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
print(reduce(lambda acc, w: acc + len(w), ['ab', 'cde'], 0))
for bad in ["reduce(operator.add, [])", "reduce(operator.add)", "reduce(operator.add, 1)",
            "reduce(operator.add, [1], initial=2)", "partial()", "partial(1)", "lru_cache(1.5)",
            "total_ordering(object)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)

def power(base, exponent=2, *, scale=1):
    return scale * base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(4), cube(2), square(3, exponent=4), partial(power, 2)(10), partial(power, scale=10)(2))
p = partial(power, 3, scale=2)
print(p.func is power, p.args, p.keywords, p())
pp = partial(p, 4)
print(pp.func is power, pp.args, pp.keywords, pp())
print(repr(partial(power, 1, scale=2)).startswith('functools.partial(<function power at '))
print(repr(partial(len)))
print(list(map(partial(int, base=2), ['101', '11'])))

calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def double(x):
    return x * 2
double(1); double(2); double(1); double(3); double(2)
print(double.cache_info(), double.cache_parameters(), double.__name__, double.__wrapped__(21))

@lru_cache
def sq(x):
    "square x"
    return x * x
print(sq(3), sq(3), sq.cache_info(), sq.__doc__, sq.__name__)

@lru_cache(maxsize=8, typed=True)
def ident(x):
    return x
ident(1); ident(1.0); ident(True)
print(ident.cache_info())

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10), fact.cache_info())

try:
    sq([1])
except TypeError as e:
    print('TypeError', e)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

def compare_len(a, b):
    return len(a) - len(b)
print(sorted(['ccc', 'a', 'bb', 'dddd'], key=cmp_to_key(compare_len)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(max(['ab', 'c', 'def'], key=cmp_to_key(compare_len)))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f'Version({self.major}, {self.minor})'
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v1 == Version(1, 2), sorted([v2, v1]))

@total_ordering
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(Num(1) < Num(2), Num(1) <= Num(1), Num(3) >= Num(2), Num(2) > Num(1))
