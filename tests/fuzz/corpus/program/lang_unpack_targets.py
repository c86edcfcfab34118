d = {}
lst = [0, 0, 0]
class O:
    pass
o = O()
d['a'], lst[1], o.attr = 1, 2, 3
print(d, lst, o.attr)
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 2, 'x'
print(i, lst)
for d['k'] in range(3):
    pass
print(d)
for o.v, lst[0] in [(1, 'a'), (2, 'b')]:
    pass
print(o.v, lst)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
a = b = []
a.append(1)
print(b, a is b)
