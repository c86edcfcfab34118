# ComplexWarning where NumPy casts complex values to a real dtype on the user's behalf
# (astype, np.array/np.asarray(dtype=), assignment, np.copyto), none for bool or complex
# targets, and the TypeError of a Python complex stored into a real array
import warnings
import numpy as np

z = np.array([1 + 2j, 3 - 1j])


def run(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f()
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
    print('==', label, [(x.category.__name__, str(x.message)) for x in w])
    print(r)


def assign(dst, key, value):
    dst[key] = value
    return dst


run('astype float', lambda: z.astype(float))
run('astype int32', lambda: z.astype(np.int32))
run('astype float32 strided', lambda: np.arange(6).astype(complex)[::2].astype(np.float32))
run('astype bool', lambda: z.astype(bool))
run('astype complex64', lambda: z.astype(np.complex64))
run('astype empty', lambda: np.zeros(0, complex).astype(float))
run('array dtype', lambda: np.array(z, dtype=float))
run('asarray dtype', lambda: np.asarray(z, dtype=np.int64))
run('assign slice', lambda: assign(np.zeros(2), slice(None), z))
run('assign item numpy scalar', lambda: assign(np.zeros(2), 0, z[1]))
run('assign into int', lambda: assign(np.zeros(2, dtype=np.int64), slice(None), z))
run('assign python complex float', lambda: assign(np.zeros(2), 1, 1 + 2j))
run('assign python complex int', lambda: assign(np.zeros(2, dtype=np.int16), 1, 2j))
run('assign into complex', lambda: assign(np.zeros(2, dtype=complex), 0, z[1]))
run('assign real into complex', lambda: assign(np.zeros(2, dtype=complex), 0, 2.5))
run('copyto unsafe', lambda: (lambda d: (np.copyto(d, z, casting='unsafe'), d)[1])(np.zeros(2)))
run('copyto same_kind', lambda: np.copyto(np.zeros(2), z))
run('real part', lambda: z.real.astype(float))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        z.astype(float)
    except Exception as e:
        print('as error:', type(e).__name__, e, isinstance(e, RuntimeWarning))
