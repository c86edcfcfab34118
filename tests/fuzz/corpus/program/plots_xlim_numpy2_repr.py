# numpy2: NEP 51 scalar reprs: get_xlim() returns a tuple of np.float64, printed as np.float64(...).
import matplotlib.pyplot as plt

plt.plot([1, 2, 3], [4, 5, 7])
print(plt.xlim())
print(plt.ylim())
print(plt.xlim(0, 4))
print(plt.xlim())
