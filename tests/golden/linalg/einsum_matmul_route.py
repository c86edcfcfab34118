# Two-operand einsums that are a matrix product after transposes reach the blocked matmul
# kernel when NumPy's c_einsum sums each output element in order (summed axis not the
# fastest); the others keep c_einsum's own loops. Every result must keep NumPy's bits.
import numpy as np

rng = np.random.RandomState(5)
def show(name, r):
    print(name, r.shape, r.dtype, r.flags['C_CONTIGUOUS'], r.flags['F_CONTIGUOUS'])
    print(repr(r.ravel()[:4]), repr(r[-1, -3:]), repr(float(r.sum())))

for dt in (np.float64, np.float32):
    a = (rng.rand(37, 53) - 0.5).astype(dt)
    b = (rng.rand(53, 29) - 0.5).astype(dt)
    show('ij,jk->ik', np.einsum('ij,jk->ik', a, b))
    show('ij,jk->ki', np.einsum('ij,jk->ki', a, b))
    show('ij,jk', np.einsum('ij,jk', a, b))
    show('ji,jk->ik', np.einsum('ji,jk->ik', a.T.copy(), b))
    show('ij,kj->ik (summed axis fastest)', np.einsum('ij,kj->ik', a, b.T.copy()))
    show('F-ordered operands', np.einsum('ij,jk->ik', np.asfortranarray(a), np.asfortranarray(b)))
    show('strided views', np.einsum('ij,jk->ik', a[::2, ::-1], b[::-1, 1::2]))
    show('out=', np.einsum('ij,jk->ik', a, b, out=np.zeros((37, 29), dt)))
    # the same bits as a @ b (both sum in order from +0)
    print(np.array_equal(np.einsum('ij,jk->ik', a, b), a @ b))

# integer-valued inputs give exact products; signed zeros, infinities and NaN propagate
ai = rng.randint(-9, 10, size=(40, 31)).astype(np.float64)
bi = rng.randint(-9, 10, size=(31, 33)).astype(np.float64)
print(np.einsum('ij,jk->ik', ai, bi)[:3, :6])
z = -np.ones((8, 8))
print(np.einsum('ij,jk->ik', z * 0.0, np.ones((8, 8)))[0, :3])
w = np.ones((6, 9)); w[2, 3] = np.inf; w[4, 1] = np.nan
print(np.einsum('ij,jk->ik', w, np.ones((9, 7)))[:, :2])
# mixed dtypes are cast first; a broadcast summed axis keeps c_einsum's loop
print(np.einsum('ij,jk->ik', ai.astype(np.float32), bi)[:2, :4].dtype)
print(np.einsum('ij,jk->ik', np.ones((5, 1)), np.arange(12.).reshape(4, 3) + 0.5))
# uninterrupted big enough to use the kernel's cache blocks (k > 256)
big_a = rng.rand(70, 300); big_b = rng.rand(300, 40)
show('k=300', np.einsum('ij,jk->ik', big_a, big_b))
