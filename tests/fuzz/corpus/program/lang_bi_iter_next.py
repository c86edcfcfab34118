it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
s = iter('ab')
print(type(s).__name__, list(s))
d = iter({'k': 1, 'j': 2})
print(next(d), type(d).__name__)
print(type(iter(())).__name__, type(iter(range(3))).__name__, type(iter(set())).__name__)
it2 = iter([10])
print(iter(it2) is it2)
r = iter([])
try:
    next(r)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
class Gen:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Gen(), 4)))
it3 = iter([1])
next(it3)
next(it3)
