# The tutorial's density-plot cells (Python 3 form): plot_col_density over the columns of a
# small synthetic RPKM matrix (np.random.seed'ed counts instead of expr.npy), printing the
# kde values it plots and the x limits, with the ggplot style. The y limits come from the
# densities' extremes and are printed to 10 digits (the reference's exp/log/pow are SVML).
import numpy as np
from matplotlib import pyplot as plt
from scipy import stats

np.random.seed(42)
expr = np.random.randint(1, 2000, size=(150, 4)) * np.random.randint(1, 4, size=(1, 4))
gene_len = np.random.randint(300, 6000, size=150)
lib_size = np.sum(expr, axis=0)
expr_lib = expr / lib_size
expr_lib *= 1e6
rpkm = expr_lib / (gene_len[:, np.newaxis] / 1e3)

def plot_col_density(data, xlim=None, *args, **kwargs):
    # Use gaussian smoothing to estimate the density
    density_per_col = [stats.kde.gaussian_kde(col) for col in data.T]
    if xlim is not None:
        m, M = xlim
    else:
        m, M = np.min(data), np.max(data)
    x = np.linspace(m, M, 100)

    plt.figure()
    for density in density_per_col:
        y = density(x)
        print(y[::9])
        plt.plot(x, y, *args, **kwargs)
    plt.xlabel('log-counts')
    plt.ylabel('frequency')
    if xlim is not None:
        plt.xlim(xlim)
    print(*plt.xlim())
    lo, hi = plt.ylim()
    print(f'{lo:.10g} {hi:.10g}')
    plt.show()

plt.style.use('ggplot')

plot_col_density(np.log(rpkm + 1), xlim=(0, 250))
plot_col_density(np.log(rpkm + 1))
plot_col_density(np.log(rpkm + 1), (2, 9), 'k-', linewidth=1)
