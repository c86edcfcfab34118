# The ndarray methods NumPy scalars have too (NumPy forwards them to a 0-d array and turns
# a 0-d result back into a scalar): astype, reshape, round, sum/mean/..., copy, view, the
# fixed attributes T/base/strides/nbytes, and the errors a 0-d array gives.
import numpy as np

def show(label, v):
    kind = 'array' if isinstance(v, np.ndarray) else ('scalar' if isinstance(v, np.generic) else type(v).__name__)
    print(label, kind, getattr(v, 'dtype', None), str(v), getattr(v, 'shape', None))

x = np.float64(2.675)
show('astype i4', x.astype(np.int32))
show('astype f4', x.astype('float32'))
show('astype bool', np.int8(0).astype(bool))
show('reshape', x.reshape(1, 1))
show('reshape -1', np.int16(7).reshape(-1))
show('round', x.round(2))
show('round0', np.float32(2.5).round())
show('sum', np.int8(100).sum())
show('mean', np.int32(3).mean())
show('std', np.float64(3.0).std())
show('max', np.uint8(200).max())
show('argmax', np.float64(1.0).argmax())
show('cumsum', np.int64(5).cumsum())
show('copy', np.int16(-3).copy())
show('view', np.int32(1065353216).view(np.float32))
show('transpose', np.float64(1.5).transpose())
show('ravel', np.float64(1.5).ravel())
show('flatten', np.bool_(True).flatten())
show('squeeze', np.int64(4).squeeze())
show('repeat', np.int8(3).repeat(3))
show('clip', np.float64(7.0).clip(0, 5))
show('all', np.float64(0.0).all())
show('any', np.int32(2).any())
show('prod', np.uint16(9).prod())
show('take', np.float64(2.0).take(0))
show('tobytes', np.int16(258).tobytes())
show('T', np.float32(1.25).T)
print(np.float64(1).T is not None, np.int8(1).base, np.int8(1).strides, np.float64(1).nbytes, np.int16(1).nbytes)
print(np.float64(3.5).astype(np.int64) + 1, np.float64(3.5).round(0) == 4.0)
for f in [lambda: np.float64(1.0).sort(), lambda: np.float64(1.0).reshape(2),
          lambda: np.int8(1).astype('bogus'), lambda: np.float64(1.0).swapaxes(0, 1),
          lambda: np.int32(1).mean(axis=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
