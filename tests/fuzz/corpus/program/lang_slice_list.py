a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[-1:-4:-1], a[5:5], a[20:], a[-20:3], a[3:1], a[100:-100:-1], a[:100])
b = a[:]
print(b == a, b is a)
b[2:4] = ['x', 'y', 'z']
print(b)
b[1:6] = []
print(b)
c = list(range(6))
c[::2] = [10, 20, 30]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del c[1::2]
print(c)
d = [0, 1, 2, 3]
d[1:1] = [9, 9]
print(d)
d[len(d):] = [7]
print(d)
