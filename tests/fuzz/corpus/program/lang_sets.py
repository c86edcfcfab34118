s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s, set(), set([4, 4, 5]), set(range(10)), {x % 5 for x in range(20)})
s.add(10); s.discard(99); s.remove(1); print(s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 2} <= a, a > {1}, a == {4, 3, 2, 1})
print(a.union([9, 8]), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.issubset(b), a.isdisjoint({7}))
print(sorted({"pear", "apple", "fig"}), frozenset([1, 2]), frozenset(), {frozenset([1]): "x"})
print(set("hello") == {"h", "e", "l", "o"}, {100, 5, 37, 64, 1000, 8})
c = {1, 2}; c |= {3}; c -= {1}; c &= {2, 3, 4}; c ^= {9}; print(c)
big = set(range(100, 0, -7)); print(big)
print({-1, -2, 0, 5}, {2**40, 7, 2**61})
print(set([1.5, 2.5, 1.0, 0.5]), {True, 1, 0, False})
