add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print((lambda: 42)(), (lambda x: lambda y: x + y)(3)(4))
fs = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fs])
gs = [lambda x: x * i for i in range(4)]
print([g(10) for g in gs])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(add.__name__, (lambda: 0).__name__)
sq = lambda x: x * x
print(type(sq).__name__, callable(sq))
