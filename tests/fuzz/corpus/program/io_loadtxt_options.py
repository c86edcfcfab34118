# np.loadtxt skiprows, usecols, max_rows, ndmin, unpack, comments=None and multiple comment markers.
import numpy as np

text = 'a b c\n1 2 3\n4 5 6\n7 8 9\n'
path = '/tmp/stridelab_golden_loadtxt_options.txt'
with open(path, 'w') as f:
    f.write(text)


def show(label, f):
    print('==', label)
    try:
        r = f()
        if isinstance(r, tuple):
            print('tuple', len(r))
            for x in r:
                print(repr(x))
        else:
            print(repr(r), r.shape)
    except Exception as e:
        print(type(e).__name__, e)


show('skiprows 1', lambda: np.loadtxt(path, skiprows=1))
show('skiprows 2', lambda: np.loadtxt(path, skiprows=2))
show('usecols int', lambda: np.loadtxt(path, skiprows=1, usecols=1))
show('usecols tuple', lambda: np.loadtxt(path, skiprows=1, usecols=(0, 2)))
show('usecols negative', lambda: np.loadtxt(path, skiprows=1, usecols=(-1,)))
show('usecols repeated', lambda: np.loadtxt(path, skiprows=1, usecols=[2, 2, 0]))
show('usecols out of range', lambda: np.loadtxt(path, skiprows=1, usecols=(5,)))
show('max_rows', lambda: np.loadtxt(path, skiprows=1, max_rows=2))
show('max_rows 0', lambda: np.loadtxt(path, skiprows=1, max_rows=0))
show('unpack', lambda: np.loadtxt(path, skiprows=1, unpack=True))
show('unpack usecols', lambda: np.loadtxt(path, skiprows=1, usecols=(0, 1), unpack=True))
show('ndmin 0 single', lambda: np.loadtxt(path, skiprows=3, usecols=0))
show('ndmin 1 single', lambda: np.loadtxt(path, skiprows=3, usecols=0, ndmin=1))
show('ndmin 2 single', lambda: np.loadtxt(path, skiprows=3, usecols=0, ndmin=2))
show('ndmin 2 row', lambda: np.loadtxt(path, skiprows=3, ndmin=2))
show('ndmin 2 column', lambda: np.loadtxt(path, skiprows=1, usecols=1, ndmin=2))
show('ndmin 3', lambda: np.loadtxt(path, skiprows=1, ndmin=3))
show('dtype int usecols', lambda: np.loadtxt(path, skiprows=1, usecols=(1,), dtype=int))
path2 = '/tmp/stridelab_golden_loadtxt_options_comments.txt'
with open(path2, 'w') as f:
    f.write('% note\n1 2 // tail\n# 3 4\n')
show('comments list', lambda: np.loadtxt(path2, comments=['%', '//'], usecols=(0, 1), max_rows=1))
show('comments string', lambda: np.loadtxt(path2, comments='%', max_rows=1, usecols=(0, 1)))
path3 = '/tmp/stridelab_golden_loadtxt_options_nocomments.txt'
with open(path3, 'w') as f:
    f.write('1 2\n3 4\n')
show('comments None', lambda: np.loadtxt(path3, comments=None))
show('skiprows past end', lambda: np.loadtxt(path3, skiprows=5))
