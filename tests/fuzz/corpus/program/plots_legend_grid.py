# legend/grid/labels on axes; labels from plot(label=) and legend(list).
import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 1, 5)
l1, = plt.plot(x, x, label='linear')
l2, = plt.plot(x, x ** 2, 'r--', label='square')
leg = plt.legend()
print(type(leg).__name__)
print(l1.get_label(), l2.get_label())
plt.grid(True)
plt.grid(False)
plt.close('all')
fig, axs = plt.subplots(1, 2)
axs[0].plot([1, 2, 3])
axs[0].plot([3, 2, 1])
axs[0].legend(['up', 'down'])
axs[1].bar([0, 1], [1, 2], label='bars')
axs[1].legend()
print(*axs[0].get_xlim(), *axs[1].get_ylim())
axs[1].grid()
print(axs[0], axs[1])
