a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend('ab'); a.extend(range(2)); print(a)
a.insert(0, 'first'); a.insert(-1, 'penult'); a.insert(100, 'end'); a.insert(-100, 'start'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('first'); print(a)
b = [5, 3, 5, 1, 5]
print(b.index(5), b.index(5, 1), b.index(5, 3, 5), b.count(5), b.count(9))
b.sort(); print(b)
b.sort(reverse=True); print(b)
w = ['bb', 'a', 'ccc', 'dd']
w.sort(key=len); print(w)
w.sort(key=lambda s: (-len(s), s)); print(w)
w.reverse(); print(w)
c = w.copy(); c.append('x'); print(w, c)
c.clear(); print(c, len(c))
print(a.sort() is None, [1, [2]].copy()[1] is [1, [2]][1])
