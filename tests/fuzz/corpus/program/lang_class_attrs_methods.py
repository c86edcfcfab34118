class Counter:
    instances = []
    def __init__(self):
        self.value = 0
        Counter.instances.append(self)
    def inc(self):
        self.value += 1
        return self
    @classmethod
    def total(cls):
        return len(cls.instances)
    @staticmethod
    def helper(x):
        return x * 2
c = Counter()
c.inc().inc()
Counter().inc()
print(c.value, Counter.total(), c.total(), Counter.helper(4), c.helper(5))
c.extra = 'dynamic'
print(c.extra, sorted(vars(c)), c.__dict__)
print(getattr(c, 'value'), getattr(c, 'nope', 'default'), hasattr(c, 'inc'))
setattr(c, 'value', 99)
print(c.value)
m = c.inc
print(m().value, type(m).__name__)
f = Counter.inc
print(f(c).value)
print(Counter.__name__, c.__class__.__name__, type(c) is Counter)
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.inc()
except TypeError as e:
    print(type(e).__name__, e)
