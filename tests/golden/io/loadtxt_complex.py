# np.loadtxt with complex dtypes: NumPy's complex field syntax (re, imj, re+imj, re-imj, "+-",
# parentheses, whitespace, inf/nan) and the fields it rejects. complex128 reached an int64
# shift by 127 bits before (fuzz_loadtxt finding, issue 17).
import numpy as np


def load(label, text, **kw):
    path = '/tmp/stridelab_golden_loadtxt_complex_' + label.replace(' ', '_') + '.txt'
    with open(path, 'w') as f:
        f.write(text)
    print('==', label)
    try:
        a = np.loadtxt(path, **kw)
        print(repr(a), a.shape, a.dtype)
    except Exception as e:
        print(type(e).__name__, e)


load('ints as complex', '1 2\n3 4\n', dtype=complex)
load('forms', '1+2j (3-4j) 5j -1.5e3+2j\n(1j) (2+3j) 1+-2j 7.25\n', dtype=np.complex128)
load('spaces in parens', ' ( 1j ) ;(2+3j ); 1++2j\n', dtype=complex, delimiter=';')
load('complex64', '1+2j,-0.5j\n1e3-1e-3j,inf+nanj\n', dtype=np.complex64, delimiter=',')
load('capital J', '1+2J\n', dtype=complex)
load('unclosed paren', '(1+2j\n', dtype=complex)
load('no unit', '1+2\n', dtype=complex)
load('junk after', '1+2jx\n', dtype=complex)
load('empty field', '1,,2\n', dtype=complex, delimiter=',')
load('usecols', '1+1j 2+2j 3+3j\n4 5 6\n', dtype=complex, usecols=(0, 2))
