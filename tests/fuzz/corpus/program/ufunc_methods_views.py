# ndarray.round / ndarray.clip on views and F-ordered arrays; results keep the input layout.
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

def info(label, r):
    print(label, repr(r), r.shape, r.strides)
a = np.arange(12.0).reshape(3, 4) / 7
info('round view', a[::2, 1:].round(2))
info('round T', a.T.round(1))
info('round F', np.asfortranarray(a).round(3))
info('clip view', a[:, ::-1].clip(0.5, 1.0))
info('clip T', a.T.clip(max=1.0))
info('clip F', np.asfortranarray(a).clip(0.2, 0.8))
b = np.arange(10)
v = b[::3]
v.clip(2, 6, out=v)
print('clip out view', b)
c = np.arange(6.0).reshape(2, 3) * 0.15
c[0].round(1, out=c[0])
print('round out view', c)
info('round int neg', np.arange(0, 300, 37).reshape(2, 4).T.round(-1))
info('clip int8 view', np.arange(-5, 5, dtype=np.int8)[::2].clip(-2, 2))
