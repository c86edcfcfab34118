# np.seterr / np.geterr / np.errstate (context manager and decorator) / np.seterrcall: the
# modes of each kind, FloatingPointError messages of 'raise' for divide, overflow and invalid
# in arrays, scalars, integer division, the 'call' callback, and the argument errors.
import numpy as np

print(np.geterr())
a = np.array([1.0, 0.0, -1.0])
with np.errstate(all='raise'):
    for f in [lambda: a / 0, lambda: np.log(a), lambda: np.sqrt(a), lambda: np.exp(np.array([1e3])), lambda: np.float64(1) / 0,
              lambda: np.arange(3) // 0, lambda: np.arange(3) % 0, lambda: np.array([np.inf]) - np.inf, lambda: np.float32(3e38) * np.float32(10),
              lambda: np.array([0.0]) * np.inf, lambda: np.power(np.array([0.0]), -1.0), 
              lambda: np.log1p(np.array([-1.0])), lambda: np.array([-128], np.int8) // np.int8(-1), lambda: np.divide(1.0, 0.0),
              lambda: np.array([np.nan]) + 1, lambda: np.array([np.inf]) * 2, lambda: np.array([1e308]) + np.array([1e308])]:
        try:
            print(f())
        except FloatingPointError as e:
            print(type(e).__name__, e)
print(np.geterr())
old = np.seterr(divide='ignore', invalid='raise')
print(old, np.geterr())
print(a / 0 if False else np.array([1.0]) / 0)
try:
    np.array([0.0]) / 0
except FloatingPointError as e:
    print(e)
np.seterr(**old)
@np.errstate(divide='raise')
def f(x):
    return 1 / x
try:
    f(np.array([0.0]))
except FloatingPointError as e:
    print('decorated', e)
print(f(np.array([2.0])), np.geterr()['divide'])
log = []
def handler(kind, flag):
    log.append((kind, flag))
old_call = np.seterrcall(handler)
with np.errstate(all='call'):
    np.array([1.0, 0.0]) / 0
    np.sqrt(np.array([-1.0]))
print(log, old_call, np.geterrcall() is handler)
np.seterrcall(None)
with np.errstate(divide='call'):
    try:
        np.array([1.0]) / 0
    except NameError as e:
        print(type(e).__name__, e)
print(np.getbufsize(), np.setbufsize(16384), np.getbufsize())
np.setbufsize(8192)
with np.errstate(over='raise'):
    np.exp(np.array([1.0, 710.0]))
