# numpy.strings (NumPy 2), whose functions numpy.char re-exports: values, dtypes, widths.
# numpy2: NumPy 1.24 has no numpy.strings; the expected output is NumPy 2's, which for these
# calls is what numpy.char prints (np.char.upper is np.strings.upper in NumPy 2).
import numpy as np


def show(label, r):
    print('==', label)
    print(r, r.dtype, r.shape)


words = np.array(['numpy', ' Strings ', 'X', ''])
show('upper', np.strings.upper(words))
show('lower', np.strings.lower(words))
show('strip', np.strings.strip(words))
show('add', np.strings.add(words, np.array(['1', '22', '333', '4444'])))
show('multiply', np.strings.multiply(np.array(['ab', 'c']), 2))
show('str_len', np.strings.str_len(words))
show('find', np.strings.find(words, 'S'))
show('count', np.strings.count(words, 'n'))
show('startswith', np.strings.startswith(words, 'num'))
show('endswith', np.strings.endswith(words, ' '))
show('replace', np.strings.replace(words, 'p', 'PP'))
show('center', np.strings.center(np.array(['a', 'bb']), 6, '='))
show('zfill', np.strings.zfill(np.array(['5', '-5']), 3))
show('isdigit', np.strings.isdigit(np.array(['42', '4.2'])))
show('isalpha', np.strings.isalpha(words))
show('bytes upper', np.strings.upper(np.array([b'ab', b'c'])))
