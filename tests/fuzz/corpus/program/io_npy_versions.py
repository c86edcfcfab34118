# np.load of format versions 1.0, 2.0 and 3.0 and header spelling variants (key order, spaces, L suffixes, no padding).
import numpy as np

data = bytes([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0])


def le(n, width):
    out = []
    for i in range(width):
        out.append(n % 256)
        n = n // 256
    return bytes(out)


def load(label, version, header, payload=data):
    h = header.encode('latin1')
    width = 2 if version == 1 else 4
    blob = b'\x93NUMPY' + bytes([version, 0]) + le(len(h), width) + h + payload
    path = '/tmp/stridelab_golden_npy_versions_' + label + '.npy'
    with open(path, 'wb') as f:
        f.write(blob)
    print('==', label)
    try:
        a = np.load(path)
        print(repr(a), a.shape, a.dtype)
    except Exception as e:
        print(type(e).__name__, e)


std = "{'descr': '<i4', 'fortran_order': False, 'shape': (4,), }"
load('v1', 1, std + ' ' * (64 - 10 - len(std) - 1) + '\n')
load('v2', 2, std + ' ' * (64 - 12 - len(std) - 1) + '\n')
load('v3', 3, std + ' ' * (64 - 12 - len(std) - 1) + '\n')
load('v1 unpadded', 1, std + '\n')
load('key order', 1, "{'shape': (2, 2), 'fortran_order': False, 'descr': '<i4'}\n")
load('no spaces', 1, "{'descr':'<i4','fortran_order':True,'shape':(2,2)}\n")
load('long suffix', 1, "{'descr': '<i4', 'fortran_order': False, 'shape': (4L,), }\n")
load('shape list', 1, "{'descr': '<i4', 'fortran_order': False, 'shape': [4], }\n")
load('double quotes', 1, '{"descr": "<i4", "fortran_order": False, "shape": (4,)}\n')
load('extra whitespace', 1, "{ 'descr' : '<i4' ,\t'fortran_order' : False , 'shape' : ( 4 , ) }\n")
load('shape (1, 4)', 1, "{'descr': '<i4', 'fortran_order': False, 'shape': (1, 4), }\n")
load('descr as dtype char', 1, "{'descr': '<u2', 'fortran_order': False, 'shape': (8,), }\n")
print('== np.save writes version 1.0')
np.save('/tmp/stridelab_golden_npy_versions_out.npy', np.zeros(2, dtype=np.int8))
with open('/tmp/stridelab_golden_npy_versions_out.npy', 'rb') as f:
    print(f.read()[:10])
