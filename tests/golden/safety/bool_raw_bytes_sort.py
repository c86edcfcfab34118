# Bool arrays whose bytes are not 0/1 in partition, einsum, sort, unique and searchsorted:
# NumPy compares npy_bool bytes, and einsum's bool loop reads each byte as nonzero = True.
# partition and einsum loaded such bytes as a C++ bool (undefined behaviour, issue 17).
import numpy as np

v = np.array([0, 3, 255, 1, 64, 0, 2], dtype=np.uint8).view(np.bool_)
w = np.array([1, 0, 2, 0, 1, 128, 7], dtype=np.uint8).view(np.bool_)
p = np.partition(v, 3)
print(p, p.view(np.uint8))
print(np.argpartition(v, 2)[:2].size, np.partition(w, 0)[0])
e = np.einsum('i,i->', v, w)
print(e, np.asarray(e).view(np.uint8))
print(np.einsum('i,i->i', v, w).view(np.uint8), np.einsum('i->', w))
print(np.einsum('ij,jk->ik', v[:6].reshape(2, 3), w[:6].reshape(3, 2)).view(np.uint8))
s = np.sort(v)
print(s, s.view(np.uint8))
print(np.unique(v), np.unique(w, return_counts=True))
print(np.searchsorted(np.sort(w), [False, True]))
