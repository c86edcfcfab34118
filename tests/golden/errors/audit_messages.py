# Error-message audit (issue 10 item 14): messages of common NumPy error paths, exactly as
# NumPy formats them (shapes without spaces, qualified type names, argument checks).
# numpy2: int()/float() of a many-element array say "only length-1 arrays" (1.24: "size-1").
import numpy as np
from numpy.lib.stride_tricks import as_strided
tests = [
 lambda: np.zeros(3).__setitem__(slice(None), np.zeros((3, 1))),
 lambda: {np.zeros(2): 1},
 lambda: hash(np.zeros(2)),
 lambda: set([np.arange(3)]),
 lambda: as_strided(np.zeros(4), shape=4),
 lambda: as_strided(np.zeros(4), shape=[2, 2], strides=8),
 lambda: np.broadcast_to(np.zeros((2, 3)), (3, 3)),
 lambda: np.zeros((2, 3)) + np.zeros((4, 1, 2)),
 lambda: np.zeros((2, 3)).reshape(4, 2),
 lambda: np.concatenate([np.zeros((2, 3)), np.zeros((2, 2))]),
 lambda: np.stack([np.zeros(2), np.zeros(3)]),
 lambda: np.dot(np.zeros((2, 3)), np.zeros((2, 3))),
 lambda: np.matmul(np.zeros((2, 3)), np.zeros((2, 3))),
 lambda: np.zeros((2, 3)) @ np.zeros(2),
 lambda: np.zeros(3)[[0, 5]],
 lambda: np.zeros((2, 2))[0, 0, 0],
 lambda: np.zeros(3).reshape(-1, -1),
 lambda: np.where(np.zeros((2, 3)) > 0, np.zeros(2), 1),
 lambda: np.zeros(3).astype('foo'),
 lambda: np.array([1, 2]).item(5),
 lambda: np.zeros((2, 2)).item(),
 lambda: np.arange(6).reshape(2, 3)[np.array([True, False, True])],
 lambda: np.zeros(3)[np.zeros((2, 2), bool)],
 lambda: np.ones((2, 3)).sum(axis=2),
 lambda: np.swapaxes(np.ones((2, 3)), 0, 3),
 lambda: np.transpose(np.ones((2, 3)), (0, 0)),
 lambda: np.split(np.arange(5), 2),
 lambda: np.tile(np.arange(3), -1),
 lambda: np.ones(3).resize(4),
 lambda: np.zeros((2, 2)).__setitem__((0, 0), [1, 2]),
 lambda: np.put(np.zeros(3), [5], 1),
 lambda: np.take(np.zeros(3), [5]),
 lambda: np.ones((3, 4)) * np.ones((3,)),
 lambda: np.linspace(0, 1, -1),
 lambda: np.arange(0, 10, 0),
 lambda: np.empty((2, -1)),
 lambda: int(np.arange(3)),
 lambda: float(np.arange(3)),
 lambda: bool(np.arange(3)),
 lambda: np.arange(3) < 'a',
 lambda: len(np.float64(1)),
 lambda: np.expand_dims(np.zeros(3), 3),
 lambda: np.squeeze(np.zeros((2, 1)), axis=0),
 lambda: np.moveaxis(np.zeros((2, 3)), 0, 5),
 lambda: np.zeros(3)[1.5],
 lambda: np.zeros(3)['a'],
 lambda: np.argmax(np.zeros(0)),
 lambda: np.max(np.zeros(0)),
 lambda: np.zeros((2, 3)).T.reshape(6, order='Z'),
 lambda: np.full((2, 2), [1, 2, 3]),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
