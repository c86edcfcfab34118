# Automatic limits after plot/scatter/bar/imshow: matplotlib's margins, nonsingular
# expansion, sticky edges, inverted image y axis.
import numpy as np
import matplotlib.pyplot as plt

def lims():
    print(*plt.xlim(), '|', *plt.ylim())
    plt.close('all')

plt.plot([1, 2, 3], [4, 5, 7]); lims()
plt.plot(np.arange(5)); lims()
x = np.linspace(0, 1, 100); plt.plot(x, x ** 2); lims()
plt.plot([5]); lims()
plt.plot([0, 0]); lims()
plt.plot([1e6, 2e6]); lims()
plt.plot([-3, 2], [0.001, 0.002]); lims()
t = np.linspace(-3, 3, 50); plt.plot(t, t ** 3 - 2 * t); lims()
plt.scatter([1, 2, 10], [3, 4, -1]); lims()
plt.bar([1, 2, 3], [3, -4, 5]); lims()
plt.bar([1, 2, 3], [3, 4, 5]); lims()
plt.bar(np.arange(4), [1, 2, 3, 4], width=0.5, bottom=1); lims()
plt.imshow(np.zeros((4, 5))); lims()
plt.imshow(np.arange(6).reshape(2, 3)); lims()
plt.plot([1, 2], [3, 4]); plt.plot([0, 5], [1, 1]); lims()
plt.plot([1, 2, np.nan, 4], [1, np.nan, 3, 4]); lims()
plt.figure(); lims()
