a = [1, 2, 3]
for op in [lambda: a.remove(9), lambda: a.index(9), lambda: [].pop(), lambda: a.pop(10), lambda: a.insert(), lambda: a.append(1, 2), lambda: a[5], lambda: a.index('x', 0, 2)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[3] = 4
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['0']
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
a[len(a)]
