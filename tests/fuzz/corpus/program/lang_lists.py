a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3], a[-3:], a[10:], a[:100])
a.append(7); a.extend([8, 9]); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a, a.index(5), a.count(1), 4 in a, 42 in a)
b = sorted(a); print(b, sorted(a, reverse=True), sorted(["bb", "a", "ccc"], key=len))
a.sort(); print(a); a.reverse(); print(a)
c = a.copy(); c.clear(); print(c, a[:2])
m = [[0] * 3 for _ in range(3)]; m[1][1] = 5; print(m)
n = [[0] * 3] * 2; n[0][0] = 1; print(n)
x = [1, 2, 3, 4, 5, 6]
x[1:3] = ["a", "b", "c"]; print(x)
x[::2] = [0, 0, 0, 0][:len(x[::2])]; print(x)
del x[0]; print(x); del x[::2]; print(x); del x[:]; print(x)
print([1, 2] + [3], [0] * 4, [1, 2] * 0, [1, [2, [3]]], list("abc"), list(range(3)), list((1, 2)))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], max([1, 5, 3]), min([4, 2, 8]))
y = [5, 3]; y += [1]; y *= 2; print(y)
z = []; z.append(z); print(z)
print(list(reversed([1, 2, 3])), [i for i in reversed(range(4))], list(enumerate("ab", 1)))
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: w[-1]))
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
