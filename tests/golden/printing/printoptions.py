# np.set_printoptions (every argument), np.get_printoptions, the np.printoptions context
# manager (restores on exit, even after an exception), formatter= keys and their priority,
# threshold=np.inf / sys.maxsize, and the argument errors.
import sys
import numpy as np

keys = ['edgeitems', 'threshold', 'floatmode', 'precision', 'suppress', 'linewidth', 'nanstr', 'infstr', 'sign', 'formatter', 'legacy']
def opts():
    o = np.get_printoptions()
    return [(k, o[k]) for k in keys]
print(opts())
a = np.array([1.123456789, -2.5, 1e-5, np.nan, np.inf])
print(a)
np.set_printoptions(precision=3, suppress=True)
print(a, opts())
np.set_printoptions(precision=4, floatmode='fixed', sign='+', nanstr='NaN', infstr='INF', linewidth=30, edgeitems=2, threshold=10)
print(a)
print(np.arange(100.0))
print(np.arange(100).reshape(10, 10))
print(repr(np.linspace(0, 1, 7)))
np.set_printoptions(precision=8, floatmode='maxprec', sign='-', nanstr='nan', infstr='inf', linewidth=75, edgeitems=3, threshold=1000, suppress=False)
with np.printoptions(precision=2, suppress=True) as o:
    print(np.array([3.14159, 1e-10]), o['precision'], o['suppress'])
print(np.array([3.14159, 1e-10]), np.get_printoptions()['precision'])
try:
    with np.printoptions(precision=1):
        print(np.array([2.55, 3.45]))
        raise KeyError('inside')
except KeyError as e:
    print('caught', e, np.get_printoptions()['precision'])
np.set_printoptions(formatter={'float': lambda x: '%.2f' % x})
print(a, np.array([1, 2]), np.array([True]))
print(repr(np.array([0.5, 1.25])), repr(np.array([1.5], dtype=np.float32)))
np.set_printoptions(formatter={'all': lambda x: '<' + str(x) + '>'})
print(np.array([1, 2]), np.array([1.5]), np.array([True, False]))
np.set_printoptions(formatter={'int_kind': '{:03d}'.format, 'all': lambda x: 'A', 'bool': lambda x: 'b'})
print(np.array([1, 22]), np.array([1.5]), np.array([True]), np.array([7], dtype=np.uint8))
np.set_printoptions(formatter={'float_kind': '{:+.1e}'.format, 'float': None})
print(np.array([1234.5, -0.5]), np.get_printoptions()['formatter'] is not None)
np.set_printoptions(precision=3)
print(np.array([1234.5, -0.5]), np.get_printoptions()['formatter'])
np.set_printoptions(threshold=np.inf)
print(np.arange(1200).sum(), len(str(np.arange(1200))), np.get_printoptions()['threshold'])
np.set_printoptions(threshold=sys.maxsize)
print(len(str(np.arange(2000))), np.get_printoptions()['threshold'] == sys.maxsize)
np.set_printoptions(threshold=5.5)
print(np.arange(6), np.arange(5), np.get_printoptions()['threshold'])
np.set_printoptions(threshold=1000, precision=8)
for kw in [{'floatmode': 'bad'}, {'sign': 'x'}, {'threshold': 'many'}, {'threshold': np.nan}, {'precision': 2.5}, {'precision': '3'}, {'floatmode': 3}]:
    try:
        np.set_printoptions(**kw)
    except Exception as e:
        print(type(e).__name__, e)
print(opts())
np.set_printoptions(nonsense=1)
