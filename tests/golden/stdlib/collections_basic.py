# collections: namedtuple, Counter, defaultdict, deque, OrderedDict
from collections import namedtuple, Counter, defaultdict, deque, OrderedDict

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
x, y = p
print(x, y, Point._fields, Point._make([1, 2]), p._asdict(), p._replace(x=100), Point.__doc__, Point)
print(type(p).__name__, type(p), p + (3,), p * 2, p[::-1], sorted([Point(2, 1), Point(1, 5)]))
Color = namedtuple('Color', 'red green blue', defaults=[0])
print(Color(1, 2), Color._field_defaults, Color(red=1, green=2, blue=3))
Emp = namedtuple('Emp', 'name, age title', rename=True)
print(Emp('a', 1, 't'), namedtuple('R', 'x _y def x', rename=True)._fields, namedtuple('E', '')())
print(namedtuple('P', 'x y', module='geometry'), '%s and %s' % Point(1, 2), '{} {}'.format(*Point(3, 4)))
print(dict(a=Point(1, 2)), [Point(0, 0)], {Point(1, 1): 'v'})

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.most_common(2), c.most_common(), c.most_common(0), c.total())
print(sorted(c.elements()), list(c), list(c.keys()), list(c.values()))
c.update('aaz')
c.update({'b': 10})
c.subtract(a=1)
print(c)
c['q'] += 1
del c['nothere']
print(c, 'q' in c, 'nothere' in c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=1) == {'a': 1})
a += Counter(a=-5, c=2)
print(a)
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(cats=4, dogs=8), Counter(b=2, a=2, c=3), isinstance(c, dict))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3), dict(Counter(words)), Counter([1, 1, 2]) + Counter([2, 3]))
print(Counter({'a': 1.5, 'b': 0.5}), Counter(c).copy() == c, type(c.copy()).__name__)

dd = defaultdict(list)
for k, v in [('y', 1), ('b', 2), ('y', 3)]:
    dd[k].append(v)
print(dd, dd['y'], dd['new'], sorted(dd.items()), dd.default_factory, dd.get('missing'), 'missing' in dd)
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print(cnt, dict(cnt), defaultdict(), defaultdict(None, {'a': 1}), defaultdict(list, a=[1]), isinstance(cnt, dict))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), cnt.copy() == cnt, type(cnt.copy()).__name__)

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d, d.count(2), d.index(2), 3 in d, list(reversed(d)))
d.remove(3); d.insert(1, 'x'); print(d)
d[0] = 'first'; del d[1]; print(d, d.maxlen)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen, deque('abc', 2), deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque(), deque([1]) == deque([1]))
last3.appendleft(-1); print(last3)
print(deque([1, 2]) < deque([1, 3]), bool(deque()), list(deque('xyz')), deque(range(3)).copy())
d2 = deque([1]); d2 += [2, 3]; d2 *= 2; print(d2)

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od, list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict())
print(OrderedDict([('x', 1), ('y', 2)]), isinstance(od, dict), od.copy(), dict(od))
