# Legacy choice with probabilities: cdf search with replacement, repeated draws without replacement.
import numpy as np

np.random.seed(4)
p = [0.1, 0.2, 0.3, 0.4]
print('== p with replacement')
print(repr(np.random.choice(4, 10, p=p)))
print(repr(np.random.choice(4, (2, 3), p=np.array(p))))
print('== p scalar')
print(np.random.choice(4, p=p))
print('== p without replacement')
print(repr(np.random.choice(4, 3, replace=False, p=p)))
print(repr(np.random.choice(4, 4, replace=False, p=p)))
print(repr(np.random.choice(5, 2, replace=False, p=[0.5, 0.5, 0, 0, 0])))
print('== zero probabilities never chosen')
print(repr(np.random.choice([7, 8, 9], 6, p=[0, 1, 0]) == 8))
print(repr(np.random.choice(3, 8, p=[0.0, 0.0, 1.0])))
print('== array population with p')
print(repr(np.random.choice(np.array([1.5, 2.5, 3.5]), 5, p=[0.2, 0.3, 0.5])))
print('== nearly one')
print(repr(np.random.choice(3, 5, p=[1 / 3, 1 / 3, 1 / 3])))
