a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(3); print(s, len(s))
s.update([5, 6], {7}); print(s)
s.discard(100); s.discard(5); print(s)
s.remove(6); print(s)
x = s.pop(); print(x in {1, 3, 7}, len(s))
c = s.copy(); c.clear(); print(c, s == c)
f = frozenset([1, 2])
print(f, f | {3}, type(f | {3}).__name__, hash(f) == hash(frozenset([2, 1])), {f: 'ok'}[frozenset({1, 2})])
print(len(set('mississippi')), sorted(set('mississippi')), {0, False}, {1, True, 1.0})
print(set([3, 2, 1]) == {1, 2, 3}, {(1, 2), (1, 2)}, 2 in {1, 2}, {i % 5 for i in range(100)})
s2 = {1, 2}
s2 -= {1}; s2 |= {8}; s2 ^= {8, 9}; print(s2)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
