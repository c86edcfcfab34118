# np.fromstring's text mode (sep=): separators with and without whitespace, count=, integer,
# unsigned, bool and float dtypes, nan/inf, exponents, signs, trailing separators and the
# partial result at unmatched data (the DeprecationWarning, still one in NumPy 2.x, goes to stderr)
import numpy as np


def show(label, *args, **kw):
    print('==', label)
    try:
        r = np.fromstring(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r), r.dtype, r.shape, r.flags['OWNDATA'], r.flags['WRITEABLE'])


show('spaces', '1 2 3', sep=' ')
show('int', '1 2 3', dtype=int, sep=' ')
show('comma', '1, 2, 3', sep=',')
show('comma tight', '1,2,3', dtype=np.int32, sep=',')
show('comma spaced both', ' 1 ,  2 ,3 ', sep=',')
show('trailing sep', '1,2,3,', sep=',')
show('multi ws', '  1   2\n3\t4 ', sep=' ')
show('newline sep', '1\n2\n3', sep='\n')
show('two char sep', '1::2::3', sep='::')
show('sep with spaces', '1 ; 2;3', sep=' ; ')
show('count', '1,2,3,4', sep=',', count=2)
show('count all', '1,2,3,4', sep=',', count=4)
show('empty', '', sep=',')
show('floats', '1.5 -2.25 +3e2 4E-1 .5 6.', sep=' ')
show('nan inf', 'nan inf -inf Infinity NaN -NAN', sep=' ')
show('float32', '0.1 0.2', dtype=np.float32, sep=' ')
show('float16', '0.1 65504', dtype=np.float16, sep=' ')
show('uint8', '1 255 256', dtype=np.uint8, sep=' ')
show('int8 neg', '-1 -128 127', dtype=np.int8, sep=' ')
show('int64 big', '9223372036854775807 -9223372036854775807', dtype=np.int64, sep=' ')
show('uint16', '65535 3', dtype=np.uint16, sep=' ')
show('bool', '1 0 2', dtype=bool, sep=' ')
show('int stops at dot', '1.5 2', dtype=int, sep=' ')
show('unmatched', '1,2,x', sep=',')
show('double sep', '1;;2', sep=';')
show('hex int', '0x10 2', dtype=int, sep=' ')
show('bad start', 'a b', sep=' ')
show('exponent without digits', '1e 2', sep=' ')
show('sign only', '- 1', sep=' ')
show('bytes input', b'1 2 3', sep=' ')
show('dtype str', '1 2', dtype='f4', sep=' ')
show('dtype i2', '7,8', dtype='<i2', sep=',')
