# Advanced NumPy tutorial: gene expression without numpy, then with numpy
gene0 = [100, 200, 50, 400]
gene1 = [50, 0, 0, 100]
gene2 = [350, 100, 50, 200]
expression_data = [gene0, gene1, gene2]
print(expression_data)
print([sum(g) for g in expression_data], [max(g) for g in expression_data])
print([sum(col) for col in zip(*expression_data)])

import numpy as np
a = np.array(expression_data)
print(a)
print(repr(a))
print(a.shape, a.dtype, a.sum(axis=0), a.sum(axis=1))
