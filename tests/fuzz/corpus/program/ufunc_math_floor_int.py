# floor/ceil/trunc on integer and bool arrays keep the input dtype.
# numpy2: NumPy >= 2.1 returns the input integer dtype for floor/ceil/trunc of integers (1.24
# returned float64; bool goes to float16 in 1.24, bool in 2.1+). The .numpy2.out is hand-written.
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

for dt in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    a = np.array([0, 3, 7], dt)
    r = np.floor(a)
    print(np.dtype(dt).name, 'floor', r, r.dtype, 'ceil', np.ceil(a).dtype, 'trunc', np.trunc(a).dtype)
t('floor neg', lambda: np.floor(np.array([-5, 5])))
t('ceil neg', lambda: np.ceil(np.array([-5, 5], np.int16)))
t('trunc neg', lambda: np.trunc(np.array([-5, 5], np.int8)))
t('floor int scalar', lambda: np.floor(7))
t('floor bool', lambda: np.floor(np.array([True, False])))
t('ceil out float', lambda: np.ceil(np.array([1, 2]), out=np.zeros(2)))
