# initial= of sum/prod/max/min (functions and methods): the starting value of the reduction,
# which also makes max/min of empty inputs legal.
import numpy as np

a = np.arange(6).reshape(2, 3)
print(np.sum(a, initial=10), a.sum(axis=0, initial=100), np.prod(a + 1, initial=2), a.prod(axis=1, initial=-1))
print(np.max(a, initial=7), np.max(a, initial=-7), a.min(axis=0, initial=1), np.min(a, axis=1, initial=-3))
print(np.max(np.array([]), initial=-1.5), np.min(np.zeros((0, 3)), axis=0, initial=4), np.amax(np.zeros((2, 0)), axis=1, initial=0))
print(np.sum(np.array([]), initial=3), np.sum(a, initial=1.5), np.asarray(np.sum(a, initial=1.5)).dtype)
print(np.max(np.array([1.0, np.nan]), initial=5.0), np.sum(a, axis=(0, 1), initial=0, keepdims=True))
