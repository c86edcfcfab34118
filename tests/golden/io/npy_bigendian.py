# np.load keeps the file's byte order ('>i4' stays '>i4').
# numpy2: repr of a non-native array spells its dtype ('>i4', '>f8'); NumPy 1.24 printed the
# native name (dtype=int32) or nothing for '>i8'/'>f8' (dtype_is_implied ignored byte order).
# np.load of big-endian and explicitly little-endian files written byte by byte (as NumPy writes '>i4' etc.).
import numpy as np


def npy(descr, shape, data, fortran=False):
    header = "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape)
    pad = 64 - (10 + len(header) + 1) % 64
    header = header + ' ' * pad + '\n'
    n = len(header)
    return b'\x93NUMPY\x01\x00' + bytes([n % 256, n // 256]) + header.encode('latin1') + data


def load(label, blob):
    path = '/tmp/stridelab_golden_npy_bigendian_' + label + '.npy'
    with open(path, 'wb') as f:
        f.write(blob)
    print('==', label)
    try:
        a = np.load(path)
        print(repr(a), a.dtype.name, a.shape, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'])
        print(a.tolist(), a.sum())
    except Exception as e:
        print(type(e).__name__, e)


load('be_i4', npy('>i4', '(3,)', bytes([0, 0, 0, 1, 0, 0, 1, 0, 255, 255, 255, 254])))
load('le_i4', npy('<i4', '(3,)', bytes([1, 0, 0, 0, 0, 1, 0, 0, 254, 255, 255, 255])))
load('be_i2', npy('>i2', '(2,)', bytes([1, 2, 255, 0])))
load('be_u2', npy('>u2', '(2,)', bytes([1, 2, 255, 0])))
load('be_u8', npy('>u8', '(1,)', bytes([0, 0, 0, 0, 0, 0, 1, 0])))
load('be_i8', npy('>i8', '(2,)', bytes([255] * 8 + [0, 0, 0, 0, 0, 0, 0, 5])))
load('be_f8', npy('>f8', '(2,)', bytes([63, 240, 0, 0, 0, 0, 0, 0, 192, 4, 0, 0, 0, 0, 0, 0])))
load('be_f4', npy('>f4', '(2,)', bytes([63, 128, 0, 0, 191, 0, 0, 0])))
load('be_f8_2d_fortran', npy('>f8', '(2, 2)', bytes([63, 240] + [0] * 6 + [64, 0] + [0] * 6 + [64, 8] + [0] * 6 + [64, 16] + [0] * 6), True))
load('byte_order_free_u1', npy('|u1', '(3,)', bytes([1, 2, 3])))
load('byte_order_free_b1', npy('|b1', '(3,)', bytes([1, 0, 1])))
load('bool_with_lt', npy('<b1', '(2,)', bytes([0, 1])))
load('native_eq', npy('=i4', '(1,)', bytes([7, 0, 0, 0])))
load('i1', npy('|i1', '(2,)', bytes([255, 128])))
