# The cache-blocked float64/float32 product kernel (core/matmul_kernel, issue 16) behind
# @ / np.matmul / np.dot: shapes across its tile and cache-block edges (4x4 / 4x8 register
# tiles, k blocks of 256, row blocks of 96, column blocks of 1024), matrix @ vector,
# stacked and transposed operands, float32, integer-valued and random inputs, and
# non-finite values. Every printed value is repr (17 significant digits): NumPy's bytes.
import numpy as np

np.random.seed(16)


def show(label, c, picks=((0, 0), (-1, -1))):
    print(label, c.shape, c.dtype)
    if c.ndim == 1:
        print(' ', repr(c[:3]), repr(c[-2:]))
        return
    flat = c.reshape(-1, c.shape[-1])
    print(' ', repr(flat[0, :4]))
    print(' ', repr(flat[-1, -3:]))
    for i, j in picks:
        print(' ', repr(float(flat[i, j])))


# integer-valued floats: exact sums
a = np.arange(300 * 260, dtype=np.float64).reshape(300, 260) % 17 - 8
b = np.arange(260 * 301, dtype=np.float64).reshape(260, 301) % 13 - 6
show('int-valued 300x260 @ 260x301', a @ b)
print('  equals the int64 product:', bool(((a.astype(np.int64) @ b.astype(np.int64)) == a @ b).all()))

# random values: the rounding of every partial sum shows in the last digits
for n, k, m in [(5, 7, 3), (9, 17, 10), (97, 257, 33), (100, 300, 100), (3, 40, 1030), (130, 513, 9)]:
    x = np.random.rand(n, k) - 0.5
    y = np.random.rand(k, m) - 0.5
    c = x @ y
    show(f'rand {n}x{k} @ {k}x{m}', c, ((n // 2, m // 2), (n - 1, 0)))
    print('  dot equals @:', bool((np.dot(x, y) == c).all()), ' matmul equals @:', bool((np.matmul(x, y) == c).all()))
    print('  column sums', repr(c.sum(axis=0)[:2]))

# float32 accumulates in float32
x32 = (np.random.rand(70, 300) - 0.5).astype(np.float32)
y32 = (np.random.rand(300, 45) - 0.5).astype(np.float32)
show('float32 70x300 @ 300x45', x32 @ y32, ((35, 20), (69, 44)))
show('mixed float32 @ float64', x32 @ y32.astype(np.float64)[:, :5])

# matrix @ vector, vector @ matrix, vector . vector
M = np.random.rand(250, 300)
v = np.random.rand(300)
show('matrix @ vector', M @ v)
show('vector @ matrix', v[:250] @ M)
print('vector . vector', repr(float(np.dot(v, v))), repr(float(v @ v)))
show('float32 matrix @ vector', M.astype(np.float32) @ v.astype(np.float32))

# transposed, strided and stacked operands
show('M @ M.T (NumPy: syrk)', M[:120] @ M[:120].T, ((5, 7), (119, 0)))
show('M.T @ M[:, :50]', M.T[:60] @ M[:, :50], ((30, 40), (59, 1)))
show('strided rows and columns', M[::3, ::2] @ M[::2, 1::7], ((10, 10), (83, 42)))
S = np.random.rand(4, 30, 50)
T = np.random.rand(50, 20)
show('stacked @ 2-d', S @ T, ((3, 19), (117, 0)))
show('dot of 3-d and 2-d', np.dot(S, T), ((50, 5), (119, 19)))
show('Fortran-ordered operands', np.asfortranarray(M[:40]) @ np.asfortranarray(M[:, :40]))

# non-finite values and signed zeros flow through the sums as in NumPy
z = np.random.rand(8, 12)
z[1, 3] = np.inf
z[2, 5] = np.nan
z[4, :] = -0.0
w = np.random.rand(12, 9)
w[3, 2] = 0.0
w[7, :] = -np.inf
print(repr(z @ w))
