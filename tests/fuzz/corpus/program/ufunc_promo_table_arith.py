# Result dtype of every dtype pair (11 x 11) for + - * / (array operands, promote_types).
import numpy as np

DTS = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
       np.float32, np.float64]


def table(name, op):
    # one row per left dtype: the result dtype's char for each right dtype ('!' = TypeError)
    print('==', name, '  ' + ' '.join([np.dtype(d).char for d in DTS]))
    for a in DTS:
        row = []
        for b in DTS:
            try:
                row.append(op(np.ones(2, a), np.ones(2, b)).dtype.char)
            except Exception as e:
                row.append('!' if isinstance(e, TypeError) else '?')
        print(np.dtype(a).char, ' '.join(row))

table('add', lambda a, b: a + b)
table('subtract', lambda a, b: a - b)
table('multiply', lambda a, b: np.multiply(a, b))
table('true_divide', lambda a, b: a / b)
