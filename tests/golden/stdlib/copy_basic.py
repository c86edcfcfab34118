# copy: copy and deepcopy of containers, collections types, user classes, cycles, arrays
import copy
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
import numpy as np

a = [[1, 2], [3, 4]]
s = copy.copy(a)
d = copy.deepcopy(a)
a[0].append(99)
print(s, d, s is a, s[0] is a[0], d[0] is a[0])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
dd = {'k': [1], 'j': {'n': 2}}
cd = copy.deepcopy(dd)
cd['k'].append(2)
print(dd, cd, copy.copy(dd) == dd, copy.copy(dd) is dd)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(5), copy.deepcopy('s'), copy.copy(None))
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc, cc)
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f'Node({self.val}, {self.children})'
root = Node(1, [Node(2), Node(3)])
r2 = copy.deepcopy(root)
r3 = copy.copy(root)
root.children[0].val = 20
print(root, r2, r3, type(r2).__name__, r3.children is root.children)
class WithHooks:
    def __init__(self, v): self.v = v
    def __copy__(self): return WithHooks('copied ' + str(self.v))
    def __deepcopy__(self, memo): return WithHooks('deep ' + str(self.v) + ' ' + str(type(memo).__name__))
print(copy.copy(WithHooks(1)).v, copy.deepcopy(WithHooks(2)).v, copy.deepcopy([WithHooks(3)])[0].v)
selfref = Node(0)
selfref.children.append(selfref)
sc = copy.deepcopy(selfref)
print(sc.children[0] is sc, sc.children[0] is selfref)
c = Counter('aab'); dq = deque([[1], [2]], maxlen=5); ddl = defaultdict(list, {'a': [1]})
P = namedtuple('P', 'x y'); p = P([1], 2); od = OrderedDict(b=[1], a=[2])
cc2, dq2, dd2, p2, od2 = copy.deepcopy((c, dq, ddl, p, od))
dq[0].append(9); ddl['a'].append(9); p.x.append(9); od['b'].append(9)
print(cc2, dq2, dd2, p2, od2, type(dd2).__name__, dd2.default_factory, dq2.maxlen)
print(copy.copy(c), copy.copy(dq), copy.copy(ddl)['zz'], copy.copy(p), copy.copy(od))
arr = np.arange(6).reshape(2, 3)
ac = copy.copy(arr); ad = copy.deepcopy(arr)
arr[0, 0] = 100
print(ac, ad, ac.base is None, np.shares_memory(ac, arr))
f = np.asfortranarray(np.arange(6).reshape(2, 3))
print(copy.copy(f).flags['F_CONTIGUOUS'], copy.deepcopy({'a': f})['a'].strides)
deep = [0]
for _ in range(100):
    deep = [deep]
print(len(str(copy.deepcopy(deep))))
