x = 10
x += 5; x -= 3; x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
s = 'ab'
s += 'cd'; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
ta = t
t += (2,)
print(t, ta)
d = {'k': 1}
d['k'] += 10
d['new'] = d.get('new', 0) + 1
print(d)
class P:
    v = 1
p = P()
p.v += 5
print(p.v, P.v)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
st = {1}
st |= {2}; st &= {2, 3}; print(st)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
