d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 1 in v, ('a', 1) in it)
d['c'] = 3
print(k, list(v), type(k).__name__, type(v).__name__, type(it).__name__)
print(k & {'a', 'z'}, sorted(k | {'q'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop('nope')
except KeyError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print(d[(1, 2)] if (1, 2) in d else 'tuple key absent')
d[0]
