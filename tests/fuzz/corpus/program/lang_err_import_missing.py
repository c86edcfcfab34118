try:
    import nosuchmodule
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import nosuchname
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import math
try:
    math.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
from math import tau_typo
