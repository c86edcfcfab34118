# Advanced NumPy tutorial: broadcasting: normalize by library size, then RPKM
import numpy as np
np.random.seed(0)
expr = np.asfortranarray(np.random.randint(0, 1000, size=(50, 8)).astype(np.uint32))
gene_len = np.random.randint(500, 9000, size=50)
lib_size = np.sum(expr, axis=0)
print(lib_size.shape)
print(lib_size[np.newaxis, :].shape)
print(np.all(expr / lib_size ==
             expr / lib_size[np.newaxis, :]))
expr_lib = expr / lib_size
print(expr_lib.dtype, expr_lib.shape)
expr_lib *= 1e6
print(expr_lib[:2])
print(gene_len[:5], gene_len.shape)
# exercise: broadcast expr_lib and gene_len together to produce RPKM
rpkm = expr_lib / (gene_len[:, np.newaxis] / 1e3)
print(rpkm.shape, rpkm.dtype)
print(rpkm[:3])
print(np.allclose(rpkm[4], expr_lib[4] / (gene_len[4] / 1e3)))
try:
    expr_lib / gene_len
except ValueError as e:
    print(type(e).__name__, e)
