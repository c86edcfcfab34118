# Trigonometric and hyperbolic functions, arctan2 quadrants, hypot; printed at array precision.
import numpy as np


def show(label, x):
    # arrays print their repr (dtype included when not the default); scalars str + dtype
    if isinstance(x, np.ndarray):
        print(label, repr(x))
    else:
        print(label, 'scalar', x, x.dtype)


def t(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

x = np.array([0.0, 0.5, 1.0, -1.0, np.pi / 4, np.inf, np.nan])
for name in ['sin', 'cos', 'tan', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh']:
    fn = getattr(np, name)
    t(name, lambda: fn(x))
    t(name + ' int', lambda: fn(np.array([0, 1])))
    t(name + ' f32', lambda: np.round(fn(np.array([0.0, 0.5], np.float32)).astype(np.float64), 5))
    print(name, 'f32 dtype', fn(np.array([0.5], np.float32)).dtype)
    t(name + ' scalar', lambda: np.array([fn(0.25)]))
y = np.array([1.0, 1.0, -1.0, -1.0, 0.0, 0.0, -0.0, np.inf, np.inf])
z = np.array([1.0, -1.0, 1.0, -1.0, 1.0, -1.0, -1.0, 1.0, np.inf])
t('arctan2', lambda: np.arctan2(y, z))
t('arctan2 int', lambda: np.arctan2(np.array([1, 0]), np.array([0, 1])))
print('arctan2 f32', np.arctan2(np.array([1.0], np.float32), 1.0).dtype)
t('hypot', lambda: np.hypot(np.array([3.0, 5.0, np.inf, 0.0]), np.array([4.0, 12.0, np.nan, 0.0])))
t('hypot int', lambda: np.array([np.hypot(3, 4)]))
t('hypot bcast', lambda: np.hypot(np.arange(3)[:, None], np.arange(2)))
t('hypot f32', lambda: np.hypot(np.array([3.0], np.float32), np.array([4.0], np.float32)))
t('sin big', lambda: np.sin(np.array([1e6, 1e10])))
