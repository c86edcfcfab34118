for fn in [lambda: [][0], lambda: [1, 2][2], lambda: [1, 2][-3], lambda: 'abc'[5], lambda: (1,)[1], lambda: range(3)[3],
           lambda: [1][10 ** 10]]:
    try:
        fn()
    except IndexError as e:
        print(type(e).__name__, e)
for fn in [lambda: {}['a'], lambda: {1: 2}[2], lambda: {'a': 1}[('a',)], lambda: {}[None], lambda: {}[''], lambda: {(1, 2): 0}[1, 3]]:
    try:
        fn()
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
try:
    x = [1, 2, 3]
    x.pop(5)
except IndexError as e:
    print(type(e).__name__, e)
grades = {'alice': 90}
print(grades['bob'])
