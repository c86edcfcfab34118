# Size-0 axes: broadcasting against length 1, results keep the zero-size shape, reductions of empties.
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
    print(label, repr(r), r.shape, r.dtype)
info('(0,)+(1,)', np.zeros(0) + np.ones(1))
info('(0,)+scalar', np.zeros(0, int) + 5)
info('(0,3)+(3,)', np.zeros((0, 3)) + np.arange(3))
info('(2,0)*(2,1)', np.zeros((2, 0), int) * np.ones((2, 1), int))
info('(2,1)*(1,0)', np.ones((2, 1)) * np.ones((1, 0)))
info('sqrt empty', np.sqrt(np.zeros((0, 2))))
info('cmp empty', np.zeros(0) < 1)
info('empty f32', np.zeros(0, np.float32) + 1.5)
info('0-size slice', np.arange(5)[3:3] * 2)
t('(0,)+(2,)', lambda: np.zeros(0) + np.ones(2))
t('(0,3)+(2,3)', lambda: np.zeros((0, 3)) + np.ones((2, 3)))
t('add.reduce empty', lambda: np.add.reduce(np.zeros(0)))
t('multiply.reduce empty', lambda: np.multiply.reduce(np.zeros((0, 2)), axis=0))
t('maximum.reduce empty', lambda: np.maximum.reduce(np.zeros(0)))
t('minimum.reduce empty axis', lambda: np.minimum.reduce(np.zeros((2, 0)), axis=1))
t('maximum.reduce empty ok axis', lambda: np.maximum.reduce(np.zeros((2, 0)), axis=0))
t('add.accumulate empty', lambda: np.add.accumulate(np.zeros(0, int)))
t('out empty', lambda: np.add(np.zeros(0), 1, out=np.zeros(0)))
