# collections: CPython's messages
from collections import namedtuple, Counter, defaultdict, deque, OrderedDict
P = namedtuple('P', 'x y')
tests = ["P(1)", "P(1, 2, 3)", "P(1, z=2)", "P(1, x=2)", "P()", "namedtuple('P', 'x y z')()",
         "namedtuple('1P', 'x y')", "namedtuple('P', 'x def')", "namedtuple('P', 'x _y')", "namedtuple('P', 'x x')",
         "namedtuple('P', 'x y', defaults=[1, 2, 3])", "P(1, 2)._replace(z=3)", "P._make([1])", "P(1, 2).z",
         "setattr(P(1, 2), 'x', 5)", "namedtuple('Q', 'a b', defaults=[1])(1, 2, 3)",
         "Counter.fromkeys('ab')", "Counter(1)", "Counter('ab') + 1", "defaultdict(1)", "defaultdict()['x']",
         "deque(maxlen=-1)", "deque().pop()", "deque().popleft()", "deque([1, 2, 3])[5]", "deque([1, 2, 3]).index(5)",
         "deque([1, 2, 3]).remove(5)", "deque([1], 1).insert(0, 2)", "deque([1]) + [2]", "deque([1])['a']",
         "OrderedDict().popitem()", "OrderedDict(a=1).move_to_end('z')", "hash(Counter())", "hash(deque())"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '-> ERR', type(e).__name__ + ':', e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
P(1, 2, 3)
