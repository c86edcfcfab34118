# imshow + colorbar with the cmaps stridelab knows; limits and return values. plt.colorbar()
# needs pyplot's current image, which plt.imshow sets and Axes.imshow does not.
import numpy as np
import matplotlib.pyplot as plt

img = np.arange(20.0).reshape(4, 5)
for cmap in ['viridis', 'gray', 'hot']:
    fig, ax = plt.subplots()
    im = plt.imshow(img, cmap=cmap)
    print(im, type(im).__name__, im.get_clim())
    cb = plt.colorbar()
    print(type(cb).__name__)
    print(*ax.get_xlim(), *ax.get_ylim())
    plt.close(fig)
fig, ax = plt.subplots()
im = ax.imshow(img)
try:
    plt.colorbar()
except RuntimeError as e:
    print('RuntimeError', e)
print(type(fig.colorbar(im)).__name__)
plt.close(fig)
im = plt.imshow(np.random.RandomState(0).rand(100, 80), vmin=0.2, vmax=0.8)
print(im, *im.get_clim())
print(*plt.xlim(), *plt.ylim())
plt.show()
