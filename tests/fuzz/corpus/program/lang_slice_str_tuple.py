s = 'Hello, World'
print(s[0], s[-1], s[:5], s[7:], s[::-1], s[::2], s[-5:-1], s[1:10:3], s[10:0:-3])
print(repr(s[5:5]), repr(s[50:]), s[-100:2])
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-2], t[-2:], t[:0], type(t[1:3]).__name__)
r = range(20)
print(r[3:9:2], r[::-1], r[::-5], list(r[15:5:-4]))
print('abc'[::-1] == 'cba', 'racecar'[::-1] == 'racecar')
b = b'bytes!'
print(b[1:3], b[::-1], b[0])
