x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
def f():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}, list(n + i for i in range(2))
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
print([[j for j in range(i)] for i in range(4)])
