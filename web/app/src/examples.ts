// examples.ts — the Examples menu: small notebooks (lists of cells) that show one idea each.
// Data only; main.ts loads them into the notebook.

export interface Example {
  id: string;
  title: string;
  cells: string[];
}

export const EXAMPLES: Example[] = [
  {
    id: 'views',
    title: 'Views and strides',
    cells: [
      `import numpy as np
a = np.arange(12, dtype=np.int32).reshape(3, 4)
a.strides`,
      `t = a.T          # same buffer, strides swapped
t.strides, np.shares_memory(a, t)`,
      `s = a[::2, 1::2]  # a view: offset 4, strides doubled
s, s.strides, np.shares_memory(s, a)`,
      `c = s.copy()      # a fresh, C-contiguous buffer
c.flags['C_CONTIGUOUS'], np.shares_memory(a, c)`,
    ],
  },
  {
    id: 'broadcasting',
    title: 'Broadcasting',
    cells: [
      `import numpy as np
x = np.arange(3.0)
y = np.arange(4.0)
z = x[:, None] + y   # (3, 1) + (4,) -> (3, 4): stride 0 along the stretched axes
z`,
      `b = np.broadcast_to(y, (3, 4))
b.strides`,
      `# normalise each row by its mean
m = np.arange(12.0).reshape(3, 4)
m / m.mean(axis=1, keepdims=True)`,
    ],
  },
  {
    id: 'stride-tricks',
    title: 'Stride tricks',
    cells: [
      `import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.arange(10, dtype=np.int64)
w = as_strided(x, shape=(8, 3), strides=(8, 8))   # sliding windows, overlapping rows
w`,
      `w.mean(axis=1)`,
      `from numpy.lib.stride_tricks import sliding_window_view
sliding_window_view(x, 4)[::2]`,
    ],
  },
  {
    id: 'fancy-indexing',
    title: 'Fancy indexing',
    cells: [
      `import numpy as np
a = np.arange(20).reshape(4, 5)
rows = a[[0, 2, 3]]        # integer arrays gather a copy
rows, np.shares_memory(a, rows)`,
      `big = a[a % 3 == 0]       # a boolean mask selects in C order
big`,
      `a[[0, 1], [1, 3]] = -1    # assignment scatters into a
a`,
    ],
  },
  {
    id: 'plots',
    title: 'Plots',
    cells: [
      `import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 2 * np.pi, 100)
plt.plot(x, np.sin(x), label='sin')
plt.plot(x, np.cos(x), label='cos')
plt.legend()
plt.title('Waves')
plt.show()`,
      `lens = np.load('gene-lens.npy')   # sample data, mounted in every session
plt.hist(np.log10(lens), bins=40)
plt.xlabel('log10 gene length')
plt.show()`,
    ],
  },
  {
    id: 'sample-data',
    title: 'Sample data (expression matrix)',
    cells: [
      `import numpy as np
counts = np.load('expr.npy')       # 20500 genes x 375 samples, uint32, Fortran order
lens = np.load('gene-lens.npy')
counts.shape, counts.dtype, counts.flags['F_CONTIGUOUS']`,
      `# reads per kilobase per million mapped reads (RPKM), by broadcasting
C = counts.astype(float)
N = C.sum(axis=0)
L = lens.astype(float)
rpkm = 1e9 * C / (N[np.newaxis, :] * L[:, np.newaxis])
rpkm.shape`,
    ],
  },
];
