# The tutorial's last density cell: plot_col_density(logrpkmn, ...) after quantile
# normalisation (qnorm via np.sort/np.argsort), on seeded synthetic data.
import numpy as np
from matplotlib import pyplot as plt
from scipy import stats

def qnorm(x):
    """Quantile normalize an input matrix."""
    xs = np.sort(x, axis=0)
    ref = np.mean(xs, axis=1)
    ranks = np.argsort(np.argsort(x, axis=0), axis=0)
    return ref[ranks]

def plot_col_density(data, xlim=None, *args, **kwargs):
    density_per_col = [stats.kde.gaussian_kde(col) for col in data.T]
    if xlim is not None:
        m, M = xlim
    else:
        m, M = np.min(data), np.max(data)
    x = np.linspace(m, M, 100)
    plt.figure()
    for density in density_per_col:
        vals = density(x)
        print(f'{vals.max():.10g}', vals.argmax())
        plt.plot(x, vals, *args, **kwargs)
    if xlim is not None:
        plt.xlim(xlim)
    lo, hi = plt.ylim()
    print(*plt.xlim(), f'{lo:.10g} {hi:.10g}')
    plt.show()

np.random.seed(11)
expr = np.random.randint(0, 5000, size=(300, 5)).astype(np.uint32)
rpkm = expr / np.sum(expr, axis=0) * 1e6 / (np.random.randint(500, 4000, size=300)[:, np.newaxis] / 1e3)
logrpkm = np.log(rpkm + 1)
logrpkmn = qnorm(logrpkm)
print(np.allclose(np.sort(logrpkmn, axis=0)[:, 0], np.sort(logrpkmn, axis=0)[:, 3]))
plot_col_density(logrpkm)
plot_col_density(logrpkmn, xlim=(0, 0.25))
plot_col_density(logrpkmn, xlim=(2, 8), color='C1', label='n')
