# The evaluator's fast paths (calls with defaults, d.get on exact dicts, inline names and
# constants, cached method lookups) must behave exactly like the general paths.

# --- positional calls with trailing defaults
def f(a, b=2, c=[]):
    c.append(a)
    return a * b + len(c)

print(f(1), f(2, 3), f(3, 4, []), f(4))
print(f.__defaults__[1])
try:
    f()
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, a=2)
except TypeError as e:
    print('TypeError:', e)

def g(x, /, y=10, *, z=5):
    return x + y + z

print(g(1), g(1, 2), g(1, z=0))

def h(*args, k=1):
    return args, k

print(h(), h(1, 2), h(k=3))
fact = lambda n, acc=1: acc if n <= 1 else fact(n - 1, acc * n)
print(fact(20), fact(25))

def outer(n):
    def inner(x, y=n):  # defaults evaluated per def
        return x + y
    return inner

print(outer(1)(1), outer(10)(1), outer(10)(1, 1))

# --- d.get on exact dicts, dict subclasses, keys running Python code
d = {'a': 1, 2: 'two', True: 'yes', (1, 2): 'tuple', 2.5: 'float'}
print(d.get('a'), d.get('b'), d.get('b', 0), d.get(2), d.get(1), d.get((1, 2)), d.get(2.5), d.get(2.0))
print(d.get('zz', None), d.get(1.0))
counts = {}
for w in ['x', 'y', 'x', 'z', 'x', 'y']:
    counts[w] = counts.get(w, 0) + 1
print(counts)
try:
    d.get()
except TypeError as e:
    print('TypeError:', e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    d.get([1])
except TypeError as e:
    print('TypeError:', e)
try:
    d.get('a', default=3)
except TypeError as e:
    print('TypeError:', e)
getter = d.get
print(getter('a'), dict.get(d, 'a'), dict.get(d, 'q', 'dflt'))

class Mapping:  # a get method that is not dict's (subclassing dict is not supported)
    def get(self, key, default=None):
        return ('own get', key, default)

print(Mapping().get('a'), Mapping().get('b', 2))

class Key:
    def __init__(self, name, target=None):
        self.name = name
        self.target = target
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        if self.target is not None:
            self.target.clear()  # mutates the dict being probed
            self.target = None
        return isinstance(other, Key) and other.name == self.name
    def __repr__(self):
        return 'Key(%r)' % self.name

k1 = Key('k')
dd = {k1: 'first'}
print(dd.get(Key('k')), dd.get(Key('other'), 'none'))
victim = {}
victim[Key('k', victim)] = 'v'  # the stored key's __eq__ empties the dict when probed
print(victim.get(Key('k'), 'gone'), victim)
victim = {}
victim[Key('k', victim)] = 'v'
victim[Key('k')] = 'stored'
print(victim)

# a str key and a user key with the same hash: the str fast path must fall back to __eq__
class SameHash:  # hash(x) == hash(y) when x.__hash__ returns hash(y) (CPython's slot_tp_hash)
    def __hash__(self):
        return hash('w1')
    def __eq__(self, other):
        print('eq called with', repr(other))
        return other == 'w1'

print(hash(SameHash()) == hash('w1'))
mixed = {SameHash(): 'user'}
print(mixed.get('w1'), mixed.get('w2', 'miss'))
mixed['w1'] = 'str'
print(len(mixed), list(mixed.values()))

# --- names read inline: unbound, deleted, builtins shadowed
gx = 5
def read_gx():
    return gx + 1
print(read_gx())
del gx
try:
    read_gx()
except NameError as e:
    print('NameError:', e)
def unbound():
    y = y + 1
try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
len = lambda x: 'mine'
print(len([1, 2]))
del len
print(len([1, 2]))

# --- method calls: cached native lookups, types as receivers, instance attributes
s = 'abc'
print(s.upper(), str.upper(s), 'x'.join(['1', '2']), int.from_bytes(b'\x01\x00', 'big'))
lst = [3, 1, 2]
lst.sort()
print(lst, list.index(lst, 2))

class C:
    def m(self):
        return 'method'

c = C()
print(c.m())
c.m = lambda: 'instance attr'
print(c.m())
C.m = lambda self: 'replaced'
print(C().m(), c.m())
