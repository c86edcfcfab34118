# mean/var/std of empty input give nan with a RuntimeWarning on stderr (not compared), and
# ddof >= n gives inf/nan; the program continues after the warning.
import numpy as np

print(np.mean([]), np.array([]).mean(), np.var([]), np.std([]))
print(np.mean(np.zeros((0, 4)), axis=0), np.mean(np.zeros((0, 4)), axis=1))
print(np.var(np.array([1.0, 2.0]), ddof=2), np.std(np.array([3.0]), ddof=1), np.var(np.array([1.0, 2.0]), ddof=5))
print(np.mean(np.zeros((3, 0)), axis=1), np.var(np.zeros((3, 0)), axis=1))
print(np.mean(np.array([], dtype=np.float32)), np.asarray(np.mean(np.array([], dtype=np.float32))).dtype)
print(np.median(np.zeros((0, 2)), axis=0))
print('after warnings')
