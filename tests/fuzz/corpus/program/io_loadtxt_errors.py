# np.loadtxt errors for malformed text: bad numbers, ragged rows, bad ints, missing files, bad arguments.
# (Integers written as floats or out of the dtype's range are left out: NumPy 1.24 parses them through a
# deprecated float fallback with an undefined C cast.)
import numpy as np


def load(label, text, **kw):
    path = '/tmp/stridelab_golden_loadtxt_errors_' + label.replace(' ', '_') + '.txt'
    with open(path, 'w') as f:
        f.write(text)
    print('==', label)
    try:
        a = np.loadtxt(path, **kw)
        print(repr(a), a.shape, a.dtype)
    except Exception as e:
        print(type(e).__name__, e)


load('word', '1 2\n3 abc\n')
load('empty field comma', '1,,3\n', delimiter=',')
load('ragged', '1 2 3\n4 5\n')
load('ragged later', '1 2\n3 4\n5 6 7\n')
load('int from word', '1 x\n', dtype=np.int32)
load('bool from 2', '2\n', dtype=bool)
load('bool from word', 'true\n', dtype=bool)
load('trailing delimiter', '1,2,\n', delimiter=',')
load('usecols too far', '1 2\n', usecols=(3,))
load('delimiter two chars', '1::2\n', delimiter='::')
load('ndmin 4', '1\n', ndmin=4)
load('skiprows negative', '1 2\n', skiprows=-1)
load('max_rows negative', '1 2\n', max_rows=-1)
load('complex text', '1+2j\n')
load('usecols float', '1 2\n', usecols=1.0)
load('usecols list with float', '1 2\n', usecols=[0, 1.0])
load('usecols str', '1 2\n', usecols='a')
print('== missing file')
try:
    np.loadtxt('/tmp/stridelab_golden_loadtxt_errors_does_not_exist.txt')
except Exception as e:
    print(type(e).__name__, e)
print('== np.load missing file')
try:
    np.load('/tmp/stridelab_golden_loadtxt_errors_does_not_exist.npy')
except Exception as e:
    print(type(e).__name__, e)
