# np.sort along every axis (default -1, negative, axis=None flattens), of C, F, strided and
# negative-stride inputs; the input is untouched and the result layout follows order='K'.
import numpy as np

np.random.seed(1)
a = np.random.randint(0, 50, size=(3, 4, 5))
for ax in [0, 1, 2, -1, -2, -3, None]:
    r = np.sort(a, axis=ax)
    print('axis', ax, r.shape, r.flags['C_CONTIGUOUS'])
    print(r)
print(a[0])
f = np.asfortranarray(a[0])
r = np.sort(f, axis=0)
print(r, r.flags['F_CONTIGUOUS'], r.strides)
print(np.sort(a[:, ::-1, ::2], axis=1)[1])
print(np.sort(a.T, axis=0)[:, :, 0])
print(np.sort([3, 1, 2]), np.sort(np.array(5)) if False else '', np.sort([[2, 1], [0, 3]], axis=None))
print(np.sort(np.array([]), axis=0), np.sort(np.zeros((0, 3)), axis=1).shape, np.sort(np.zeros((2, 0)), axis=None).shape)
for ax in [3, -4]:
    try:
        np.sort(a, axis=ax)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.sort(np.array(5))
except Exception as e:
    print(type(e).__name__, e)
print(np.sort(np.array(5), axis=None))
