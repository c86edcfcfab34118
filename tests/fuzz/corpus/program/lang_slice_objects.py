sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step)
a = list(range(10))
print(a[sl], 'abcdefghij'[sl], tuple(a)[sl])
print(slice(None), slice(5), slice(None, None, -1), a[slice(None, None, -1)])
print(slice(2, 20, 3).indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(8))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
a[slice(0, 3)] = ['a']
print(a)
class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1:2], s[::3], s[1:2, 3], s[...], s[:, None], s[1])
try:
    print([1, 2, 3][::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print([1, 2]['a':])
except TypeError as e:
    print(type(e).__name__, e)
