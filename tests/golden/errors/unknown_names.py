# A name NumPy does not have keeps CPython's AttributeError (the "Did you mean" hint is on
# the traceback's last line), for the module, a submodule and an array.
import numpy as np
import numpy.linalg

for obj, name in [(np, 'zeroes'), (np, 'arrange'), (np.linalg, 'inverse'), (np.zeros(2), 'shapes')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(hasattr(np, 'no_such_name'), getattr(np, 'no_such_name', 'default'))
try:
    from numpy import zeroes
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
np.arange(3).resahpe(3, 1)
