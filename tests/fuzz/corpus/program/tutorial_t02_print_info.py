# Advanced NumPy tutorial: inside an ndarray (print_info, raw bytes, transpose, slicing)
import numpy as np
gene0 = [100, 200, 50, 400]
gene1 = [50, 0, 0, 100]
gene2 = [350, 100, 50, 200]
expression_data = [gene0, gene1, gene2]
a = np.array(expression_data)


def print_info(a):
    print('number of elements:', a.size)
    print('number of dimensions:', a.ndim)
    print('shape:', a.shape)
    print('data type:', a.dtype)
    print('strides:', a.strides)
    print('flags:')
    print(a.flags)


print_info(a)
abytes = a.ravel().view(dtype=np.uint8)
print_info(abytes)
print(abytes[:24])
print_info(a.T)
print(a.T)
print_info(a.T[::2, ::2])
print(a.T[::2, ::2])
