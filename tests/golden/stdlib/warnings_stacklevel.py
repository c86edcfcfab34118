# warnings.warn(stacklevel=) names the line of the right frame (as CPython); __name__.
import warnings

def old(x):
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return x

def plain():
    warnings.warn("plain")

def deep():
    warnings.warn("three up", stacklevel=3)

def mid():
    deep()

class Thing:
    def method(self):
        warnings.warn("from a method", RuntimeWarning, stacklevel=2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old(1)
    plain()
    warnings.warn("top level", UserWarning, stacklevel=1)
    mid()
    Thing().method()
    [old(i) for i in range(1)]
    for r in w:
        print(r.category.__name__, r.message, r.lineno)
print(__name__, __name__ == '__main__')
if __name__ == '__main__':
    print('main guard runs')
