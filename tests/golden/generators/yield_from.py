# yield from: delegation of values, send and throw, the sub-generator's return value as the
# result, recursion (tree walks), and delegating to non-generator iterables.
def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return (x, y)

def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 'o1'
    return 'outer done'

o = outer()
print(next(o), o.send('a'), o.send('b'))
try:
    next(o)
except StopIteration as e:
    print('value', e.value)

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]], 6], [[7]], []])))

class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right

def inorder(t):
    if t:
        yield from inorder(t.left)
        yield t.v
        yield from inorder(t.right)
tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(tree)), sum(inorder(tree)))

def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(3), (x * x for x in range(3)), {'k': 1})))

def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught in inner:', e)
            yield 'recovered'

def delegator():
    yield from catcher()

d = delegator()
print(next(d), d.throw(ValueError('bad')), next(d))
d.close()
print('closed', list(d))

def averager():
    total, count = 0, 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [('a', [1, 2, 3]), ('b', [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
