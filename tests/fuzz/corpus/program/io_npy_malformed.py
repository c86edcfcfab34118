# np.load of malformed .npy files: bad magic, bad version, truncated header / data, bad header dicts.
import numpy as np

good = "{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }"
good = good + ' ' * (64 - 10 - len(good) - 1) + '\n'


def blob(header, payload=bytes(12), version=1):
    h = header.encode('latin1')
    return b'\x93NUMPY' + bytes([version, 0, len(h) % 256, len(h) // 256]) + h + payload


def load(label, raw):
    path = '/tmp/stridelab_golden_npy_malformed_' + str(len(raw)) + '_' + label.replace(' ', '_') + '.npy'
    with open(path, 'wb') as f:
        f.write(raw)
    print('==', label)
    try:
        a = np.load(path)
        print('loaded', repr(a))
    except Exception as e:
        print(type(e).__name__, e)


load('ok', blob(good))
load('empty file', b'')
load('text file', b'hello world, not numpy')
load('bad magic byte', b'\x92NUMPY' + blob(good)[6:])
load('short magic', b'\x93NUM')
load('version 4', blob(good, version=4))
load('version 0', blob(good, version=0))
load('truncated header length', b'\x93NUMPY\x01\x00\x40')
load('truncated header', blob(good)[:40])
load('truncated data', blob(good)[:-5])
load('no data', blob(good, b''))
load('truncated 2-d fortran data', blob("{'descr': '<i2', 'fortran_order': True, 'shape': (2, 3), }\n", bytes(7)))
load('truncated 0-d data', blob("{'descr': '<f8', 'fortran_order': False, 'shape': (), }\n", bytes(3)))
load('extra data', blob(good, bytes(16)))
load('not a dict', blob("[1, 2, 3]\n"))
load('syntax error', blob("{'descr': '<i4' 'fortran_order': False, 'shape': (3,)}\n"))
load('missing key', blob("{'descr': '<i4', 'shape': (3,)}\n"))
load('extra key', blob("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), 'x': 1}\n"))
load('shape not tuple', blob("{'descr': '<i4', 'fortran_order': False, 'shape': 3}\n"))
load('float dim', blob("{'descr': '<i4', 'fortran_order': False, 'shape': (3.0,)}\n"))
load('fortran not bool', blob("{'descr': '<i4', 'fortran_order': 0, 'shape': (3,)}\n"))
load('bad descr', blob("{'descr': 'zz', 'fortran_order': False, 'shape': (3,)}\n"))
load('object descr', blob("{'descr': '|O', 'fortran_order': False, 'shape': (3,)}\n"))
load('pickle-like', b'\x80\x04\x95' + bytes(20))
