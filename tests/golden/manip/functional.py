import numpy as np


def show(label, a):
    print('==', label)
    if isinstance(a, (tuple, list)):
        print(type(a).__name__, len(a))
        for x in a:
            show_one(x)
    else:
        show_one(a)


def show_one(a):
    if isinstance(a, np.ndarray):
        print(repr(a))
        print(a.shape, a.strides, a.dtype, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'],
              a.flags['OWNDATA'], a.flags['WRITEABLE'])
    else:
        print(type(a).__name__, str(a))


def err(label, f):
    print('==', label)
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


def first_last(v):
    return (v[0] + v[-1]) * 0.5


b = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
show('apply_along_axis 0', np.apply_along_axis(first_last, 0, b))
show('apply_along_axis 1', np.apply_along_axis(first_last, 1, b))
show('apply_along_axis sorted', np.apply_along_axis(sorted, 1, np.array([[8, 1, 7], [4, 3, 9]])))
show('apply_along_axis diag', np.apply_along_axis(np.diag, -1, b))
show('apply_along_axis args', np.apply_along_axis(lambda v, k, m=1: v * k + m, 1, b, 2, m=10))
show('apply_along_axis 3-d', np.apply_along_axis(np.sum, 1, np.arange(24).reshape(2, 3, 4)))
err('apply_along_axis empty', lambda: np.apply_along_axis(np.sum, 0, np.zeros((3, 0))))
err('apply_along_axis axis', lambda: np.apply_along_axis(np.sum, 2, b))
a = np.arange(24).reshape(2, 3, 4)
show('apply_over_axes', np.apply_over_axes(np.sum, a, [0, 2]))
show('apply_over_axes keepdims', np.apply_over_axes(np.sum, a, 1))
show('apply_over_axes negative', np.apply_over_axes(np.mean, a, -1))
calls = []


def myfunc(a, b):
    calls.append((type(a).__name__, str(a)))
    if a > b:
        return a - b
    return a + b


vf = np.vectorize(myfunc)
show('vectorize', vf([1, 2, 3, 4], 2))
print(calls)
show('vectorize otypes', np.vectorize(myfunc, otypes=[float])([1, 2, 3, 4], 2))
show('vectorize broadcast', vf(np.array([[1], [5]]), np.array([0, 3, 9])))
show('vectorize 0-d', vf(3, 1))
show('vectorize bool out', np.vectorize(lambda x: x > 1)([0, 1, 2, 3]))
show('vectorize two outputs', np.vectorize(lambda x: (x, x * 2.5))(np.arange(3)))


def poly(p, x):
    _p = list(p)
    res = _p.pop(0)
    while _p:
        res = res * x + _p.pop(0)
    return res


vp = np.vectorize(poly, excluded=['p'])
show('vectorize excluded kw', vp(p=[1, 2, 3], x=[0, 1]))
vp.excluded.add(0)
show('vectorize excluded pos', vp([1, 2, 3], x=[0, 1]))
print(sorted(str(e) for e in vp.excluded), vf.otypes, np.vectorize(myfunc, otypes='d').otypes)


@np.vectorize
def halve(x):
    return x / 2


show('vectorize decorator', halve(np.array([1, 3])))


err('vectorize empty', lambda: vf([], 1))
show('vectorize empty with otypes', np.vectorize(myfunc, otypes=[float])([], 1))
x = np.linspace(-2.5, 2.5, 6)
show('piecewise', np.piecewise(x, [x < 0, x >= 0], [-1, 1]))
show('piecewise funcs', np.piecewise(x, [x < 0, x >= 0], [lambda x: -x, lambda x: x]))
show('piecewise otherwise', np.piecewise(x, [x < -1, x > 1], [0, 1, lambda v: v * 10]))
show('piecewise scalar', np.piecewise(3, [True], [lambda v: v + 1]))
show('piecewise int', np.piecewise(np.arange(5), [np.arange(5) > 2], [lambda v: v * 1.9]))
show('piecewise single condition', np.piecewise(x, x > 0, [lambda v: v * 2]))
show('piecewise args', np.piecewise(x, [x > 0], [lambda v, k: v * k, 7.5], 3))
err('piecewise count', lambda: np.piecewise(x, [x < 0, x > 0], [1]))
