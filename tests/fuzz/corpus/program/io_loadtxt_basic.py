# np.loadtxt on small files: whitespace and comma delimiters, comments, blank lines, 1 row / 1 column shapes, dtypes.
import numpy as np


def load(label, text, **kw):
    path = '/tmp/stridelab_golden_loadtxt_basic_' + label.replace(' ', '_') + '.txt'
    with open(path, 'w') as f:
        f.write(text)
    print('==', label)
    try:
        a = np.loadtxt(path, **kw)
        print(repr(a), a.shape, a.dtype)
    except Exception as e:
        print(type(e).__name__, e)


load('whitespace', '1 2 3\n4 5 6\n')
load('tabs and spaces', '1\t 2   3\n  4 5\t6  \n')
load('comma', '1,2,3\n4,5,6\n', delimiter=',')
load('comma with spaces', '1, 2, 3\n4 ,5 , 6\n', delimiter=',')
load('semicolon', '1.5;2.5\n', delimiter=';')
load('comments', '# header\n1 2 # trailing\n# middle\n3 4\n')
load('blank lines', '\n1 2\n\n\n3 4\n\n')
load('crlf', '1 2\r\n3 4\r\n')
load('one row', '1 2 3\n')
load('one column', '1\n2\n3\n')
load('one value', '42\n')
load('no final newline', '1 2\n3 4')
load('floats', '1e3 -2.5E-2 .5\ninf -inf nan\n')
load('int dtype', '1 2\n-3 4\n', dtype=int)
load('int32 dtype', '1 2\n3 4\n', dtype=np.int32)
load('uint8 dtype', '1 2\n250 255\n', dtype=np.uint8)
load('float32 dtype', '0.1 0.2\n', dtype=np.float32)
load('bool dtype', '1 0\n0 1\n', dtype=bool)
load('plus signs and hex-looking', '+1 +2.5\n', dtype=float)
load('underscores', '1_000 2\n')
load('empty file', '')
load('only comments', '# a\n# b\n')
