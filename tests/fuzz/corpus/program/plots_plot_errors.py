# pyplot errors: shapes, format strings, styles, colorbar without an image.
import numpy as np
import matplotlib.pyplot as plt

def attempt(label, f):
    try:
        f()
        print('==', label, 'ok')
    except Exception as e:
        print('==', label, type(e).__name__, e)

attempt('shape mismatch', lambda: plt.plot([1, 2, 3], [1, 2]))
attempt('2-d mismatch', lambda: plt.plot(np.zeros((3, 2)), np.zeros((4, 2))))
attempt('bad fmt', lambda: plt.plot([1, 2], [1, 2], 'q'))
attempt('two colors', lambda: plt.plot([1, 2], [1, 2], 'rg'))
attempt('bad kwarg', lambda: plt.plot([1, 2], [1, 2], foo=1))
attempt('bad style', lambda: plt.style.use('nope'))
attempt('hist bins', lambda: plt.hist([1, 2, 3], bins=0))
attempt('hist range', lambda: plt.hist([1, 2, 3], range=(3, 1)))
attempt('hist nan', lambda: plt.hist([1, np.nan, 3]))
attempt('hist edges', lambda: plt.hist([1, 2, 3], bins=[3, 2, 1]))
plt.close('all')
attempt('colorbar', lambda: plt.colorbar())
attempt('close bad', lambda: plt.close('some'))
attempt('scatter sizes', lambda: plt.scatter([1, 2], [1, 2, 3]))
