# np.linspace / np.logspace / np.geomspace with array endpoints (and logspace with an array
# base): the samples run along a new axis (axis=, negative too), endpoint=, retstep= with an
# array step, dtype= (integer dtypes floor), broadcasting of start and stop, and errors.
# numpy2: logspace with an array base broadcasts it against start/stop along the new axis
# (NumPy >= 1.25; 1.24 fails to broadcast).
import numpy as np

def run(label, f):
    try:
        r = f()
        if isinstance(r, tuple):
            print(label, r[0].dtype, r[0].shape, r[0].tolist(), np.asarray(r[1]).tolist())
        else:
            print(label, r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, type(e).__name__, e)

run('lin', lambda: np.linspace([0, 1], [2, 3], num=3))
run('lin axis1', lambda: np.linspace([0, 1], 5, num=3, axis=1))
run('lin axis-1', lambda: np.linspace(np.zeros((2, 2)), np.ones((2, 2)), num=4, axis=-1))
run('lin retstep', lambda: np.linspace(0, [2, 4], num=3, endpoint=False, retstep=True))
run('lin int', lambda: np.linspace([0, 10], [7, 20], num=4, dtype=int))
run('lin f32', lambda: np.linspace(np.float32([0, 1]), np.float32([1, 2]), num=3))
run('lin tuple', lambda: np.linspace((1, 2), (3, 4), 2))
run('lin 1', lambda: np.linspace([0, 1], [2, 3], num=1))
run('lin 0', lambda: np.linspace([0, 1], [2, 3], num=0))
run('lin neg', lambda: np.linspace([0, 1], [2, 3], num=-1))
run('lin bcast', lambda: np.linspace([0, 1], [[2], [3]], num=2))
run('lin bad', lambda: np.linspace([0, 1], [2, 3, 4], num=2))
run('log', lambda: np.logspace([0, 1], [2, 3], num=3))
run('log base', lambda: np.logspace(0, 3, num=4, base=[2, 10]))
run('log base axis', lambda: np.logspace(0, 3, num=4, base=[2, 10], axis=-1))
run('log dtype', lambda: np.logspace([1, 2], 3, num=3, dtype=np.float32))
run('log noend', lambda: np.logspace([0, 1], [2, 3], num=2, endpoint=False))
run('geom', lambda: np.geomspace([1, 10], [100, 1000], num=3))
run('geom neg', lambda: np.geomspace([-1, 1], [-1000, 1000], num=4))
run('geom axis', lambda: np.geomspace([1, 2], [8, 16], num=4, axis=1))
run('geom int', lambda: np.geomspace([1, 2], [1000, 2000], num=4, dtype=int))
run('geom noend', lambda: np.geomspace([1, 2], [16, 32], num=4, endpoint=False))
run('geom zero', lambda: np.geomspace([0, 1], [10, 10], num=3))
