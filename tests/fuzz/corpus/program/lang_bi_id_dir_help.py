a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__, id(None) == id(None))
d = dir([])
print('append' in d, 'sort' in d, '__len__' in d, d == sorted(d))
print([n for n in dir('') if not n.startswith('_')][:8])
class K:
    attr = 1
    def meth(self):
        pass
print([n for n in dir(K) if not n.startswith('__')], [n for n in dir(K()) if not n.startswith('__')])
k = K()
k.inst = 2
print([n for n in dir(k) if not n.startswith('__')])
import math
print('sqrt' in dir(math), 'pi' in dir(math))
print(callable(help))
