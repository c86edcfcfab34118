x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, 'a'), o.b)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del o.nope
except AttributeError as e:
    print(type(e).__name__, e)
t = (1, 2)
del t[0]
