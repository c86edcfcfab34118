# stridelab_only: a NumPy 2.x name stridelab does not have yet raises NotImplementedError
# "numpy.X is not available in stridelab yet" (NumPy itself has these names), for the main
# namespace, submodules, `from numpy import ...` and ndarray members; the session stays usable.
# The class is also an AttributeError: feature tests in pasted code (hasattr, getattr with a
# default, `except AttributeError`) take their "not there" branch.
import numpy as np
import numpy.testing

for obj, name in [(np, 'ma'), (np, 'busday_count'), (np.testing, 'measure'), (np.zeros(2), 'dumps')]:
    try:
        getattr(obj, name)
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(isinstance(NotImplementedError('x'), RuntimeError))
print(np.arange(3) * 2)
print(hasattr(np, 'busday_count'), getattr(np, 'busday_count', 'default'), hasattr(np.zeros(2), 'dumps'))
try:
    np.testing.measure
except AttributeError as e:
    print('an AttributeError too:', type(e).__name__, isinstance(e, NotImplementedError), e)
from numpy.testing import measure
