# numpy2: np.pad(mode='wrap') with a pad wider than the array repeats whole periods (NumPy >= 1.25
#   fixed the 1.24 result, which took a partial period from the already padded area).
import numpy as np

print(np.pad(np.arange(6).reshape(2, 3), ((1, 2), (4, 1)), 'wrap'))
print(np.pad(np.array([1, 2, 3]), (4, 1), 'wrap'))
