d = {'b': 2, 'a': 1}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('c'), d.pop('zz', 'dflt'), d)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), {k: v for k, v in d.items() if v > 1})
e = d.copy(); e['new'] = 1
print(len(d), len(e), 'new' in d, d == {'b': 2, 'a': 1, 'x': 10, 'y': 20}, d != e)
d.clear(); print(d)
o = {}
o['z'] = 1; o['a'] = 2; o['m'] = 3
del o['a']; o['a'] = 4
print(o, list(o), next(iter(o)))
print({1: 'int', 1.0: 'float', True: 'bool'})
print(d | {'q': 1} if False else {'a': 1} | {'b': 2, 'a': 3})
m = {'a': 1}
m |= {'c': 3}
print(m, sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
