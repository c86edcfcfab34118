# The memory order NumPy gives a ufunc's result. Its trivial single-output loop comes first:
# inputs of one shape (0-d ones aside) that need no cast, all C- or all F-contiguous, give a
# C- or F-ordered result; otherwise its iterator sorts the axes by stride, where a length-1
# axis compares with nothing. Fortran arrays with a new axis (`f[:, None, :]`) show both.
import numpy as np

f = np.asfortranarray(np.arange(12.0).reshape(3, 4))
g = f[:, None, :]
fi = np.asfortranarray(np.arange(12, dtype=np.int32).reshape(3, 4))[:, None, :]
c = np.arange(12.0).reshape(3, 1, 4)
cases = {
    'g + 1': lambda: g + 1, 'g * g': lambda: g * g, 'sqrt(g)': lambda: np.sqrt(g),
    'f[None] + 1': lambda: f[None] + 1, 'f[:, :, None] + 1': lambda: f[:, :, None] + 1,
    'g + float32 scalar': lambda: g + np.float32(2), 'g + 0-d array': lambda: g + np.array(2.0),
    'g > 1': lambda: g > 1, 'maximum(g, g)': lambda: np.maximum(g, g), 'negative(g)': lambda: np.negative(g),
    'add where=True': lambda: np.add(g, 1, where=True), 'g + c': lambda: g + c, 'c + g': lambda: c + g,
    'fi + 1.5 (cast)': lambda: fi + 1.5, 'fi + fi': lambda: fi + fi, 'sqrt(fi) (cast)': lambda: np.sqrt(fi),
    'fi + g (cast)': lambda: fi + g, 'add dtype=float32': lambda: np.add(g, 1, dtype=np.float32),
    'g + ones(4) (broadcast)': lambda: g + np.ones(4), 'g + ones((1, 1, 4))': lambda: g + np.ones((1, 1, 4)),
    'divmod (two outputs)': lambda: np.divmod(g, 2)[0], 'c[:, :, ::2] + 1': lambda: c[:, :, ::2] + 1,
    'ones((3, 1)).T + 1': lambda: np.ones((3, 1)).T + 1, 'F 2-d + F 2-d': lambda: f + f,
    'F + C (conflict)': lambda: f + np.ones((3, 4)), 'F + 1-d': lambda: f + np.ones(4),
    'empty F': lambda: np.asfortranarray(np.ones((0, 3)))[:, None] + 1,
    'F[::-1]': lambda: f[::-1] + 1, 'F 3-d': lambda: np.asfortranarray(np.ones((2, 3, 4))) * 2,
}
for name, make in cases.items():
    r = make()
    print(f'{name:24} {r.strides} C={r.flags.c_contiguous} F={r.flags.f_contiguous}')
print(g + 1)
