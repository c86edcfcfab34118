# Regression (issue 17): the .npy reader's limits. A header nesting thousands of brackets is
# NumPy's "Cannot parse header" (CPython's parser allows 200 levels), never a native stack
# overflow; a bool file with raw bytes 2 or 255 reads as True and counts as 1 (NumPy).
import numpy as np


def blob(header, payload, version=1):
    header = header + ' ' * ((64 - (10 + len(header) + 1) % 64) % 64) + '\n'
    h = header.encode('latin1')
    n = len(h)
    size = bytes([n % 256, n // 256 % 256]) if version == 1 else bytes([n % 256, n // 256 % 256, n // 65536 % 256, 0])
    return b'\x93NUMPY' + bytes([version, 0]) + size + h + payload


def load(label, raw):
    path = '/tmp/stridelab_golden_npy_limits_' + label.replace(' ', '_') + '.npy'
    with open(path, 'wb') as f:
        f.write(raw)
    try:
        a = np.load(path)
        print(label, repr(a))
        return a
    except Exception as e:
        print(label, type(e).__name__, str(e)[:120])


def nested(n):
    return "{'descr': '<i8', 'fortran_order': False, 'shape': " + '(' * n + '3,' + ')' * n + ', }'


load('nest 150', blob(nested(150), bytes(24)))
load('nest 199', blob(nested(199), bytes(24)))
load('nest 200', blob(nested(200), bytes(24)))
load('nest 4900', blob(nested(4900), bytes(24), version=2))
load('list nest 300', blob("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), 'x': " + '[' * 300 + ']' * 300 + '}', bytes(24)))
b = load('bool bytes', blob("{'descr': '|b1', 'fortran_order': False, 'shape': (4,), }", bytes([2, 0, 255, 1])))
print(b.sum(), b.astype(int), b == True, b.any(), b.all(), np.count_nonzero(b), b[0], b[2] + b[2])
print(np.nonzero(b), b.tolist(), ~b, b & np.array([True, True, True, False]))
print(np.arange(4)[b])
load('huge shape product', blob("{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4), }", bytes(8)))
load('huge shape product 2', blob("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 3074457345618258603), }", bytes(80)))
print(np.arange(3), "still usable")
