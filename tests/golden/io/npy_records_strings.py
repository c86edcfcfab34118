# .npy round trips of big-endian, string and structured arrays (nested, padded align=True,
# subarray fields, titles): the header np.save writes (descr = dtype.str, or dtype.descr with
# its padding entries for records), the data bytes, and what np.load gives back. Then files
# written byte by byte as NumPy writes them, and the descr errors of np.load.
import numpy as np

PATH = '/tmp/stridelab_golden_npy_records_strings.npy'


def roundtrip(label, a):
    np.save(PATH, a)
    with open(PATH, 'rb') as f:
        raw = f.read()
    n = 10 + raw[8] + 256 * raw[9]
    print('==', label)
    print(raw[:10], len(raw), n % 64)
    print(raw[10:n].decode('latin1').rstrip())
    print(raw[n:].hex())
    b = np.load(PATH)
    print(b, b.dtype.str, b.shape, b.flags['C_CONTIGUOUS'], b.flags['F_CONTIGUOUS'])
    print(b.dtype, b.dtype.itemsize, b.tobytes() == a.tobytes())
    if b.dtype.names is not None:
        print(b.dtype.names, [b.dtype.fields[k][1] for k in b.dtype.names])


roundtrip('be_i4', np.arange(3, dtype='>i4'))
roundtrip('be_f8', np.array([1.5, -2.0], dtype='>f8'))
roundtrip('be_u2_2d_fortran', np.asfortranarray(np.arange(6, dtype='>u2').reshape(2, 3)))
roundtrip('le_c16', np.array([1 + 2j, -0.5j]))
roundtrip('f2', np.array([1.5, -0.25], dtype='f2'))
roundtrip('S3', np.array([b'ab', b'c', b''], dtype='S3'))
roundtrip('U3', np.array([['ab', 'c\u00e9'], ['xyz', '']], dtype='U3'))
rec = np.zeros(2, dtype=[('name', 'U3'), ('age', '>i4'), ('w', 'f4')])
rec[0] = ('ab', 3, 1.5)
rec[1] = ('c', -1, 2.0)
roundtrip('record', rec)
al = np.zeros(2, dtype=np.dtype([('a', 'u1'), ('b', 'f8'), ('c', 'i2')], align=True))
al[0] = (1, 2.5, 3)
al[1] = (255, -1.0, -2)
roundtrip('aligned_padding', al)
nested = np.zeros(2, dtype=[('p', [('x', 'i2'), ('y', 'i2')]), ('v', 'f4', (2,)), ('ok', '?')])
nested[0] = ((1, 2), (3.5, 4.0), True)
nested[1] = ((-1, 7), (0.0, -2.5), False)
roundtrip('nested_subarray', nested)
grid = np.zeros(1, dtype=[('m', '<i4', (2, 3)), ('s', 'S2')])
grid[0] = (np.arange(6).reshape(2, 3), b'hi')
roundtrip('subarray_2d', grid)
titled = np.zeros(2, dtype={'names': ['a', 'b'], 'formats': ['<i2', '>f4'], 'titles': ['Alpha', 'Beta']})
titled['a'] = [1, 2]
titled['b'] = [0.5, 8.0]
roundtrip('titles', titled)
roundtrip('record_0d', np.zeros((), dtype=[('a', 'i1'), ('b', 'S2')]))
roundtrip('record_empty', np.zeros((0, 2), dtype=[('a', '<i8')]))


def npy(descr, shape, data, fortran=False):
    header = "{'descr': %s, 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape)
    pad = 64 - (10 + len(header) + 1) % 64
    header = header + ' ' * pad + '\n'
    n = len(header)
    return b'\x93NUMPY\x01\x00' + bytes([n % 256, n // 256]) + header.encode('latin1') + data


def load(label, blob, show_bytes=True):
    # (bool bytes other than 0/1 read as True, and padding bytes are not copied by tobytes:
    # their bytes are not printed)
    print('==', label)
    try:
        with open(PATH, 'wb') as f:
            f.write(blob)
        a = np.load(PATH)
        print(a, a.dtype, a.shape)
        if show_bytes:
            print(a.tobytes().hex())
    except Exception as e:
        print(type(e).__name__, e)


# files as NumPy writes them
load('be_records', npy("[('id', '>u2'), ('val', '>f8')]", '(2,)',
                       bytes([1, 2, 63, 240, 0, 0, 0, 0, 0, 0, 0, 9, 192, 0, 0, 0, 0, 0, 0, 0])))
load('padding_entries', npy("[('a', '|u1'), ('', '|V3'), ('b', '<i4'), ('', '|V8')]", '(1,)',
                            bytes([7, 170, 170, 170, 5, 0, 0, 0] + [0] * 8)), False)
load('titles_nested', npy("[(('Title', 'a'), '<i2'), ('s', [('x', '|i1'), ('y', '|S2')])]", '(1,)',
                          bytes([1, 1, 255, 104, 105])))
load('bool_bytes', npy("[('f', '|b1'), ('g', '|b1', (2,))]", '(2,)', bytes([2, 0, 255, 1, 0, 3])), False)
load('S_fortran', npy("'|S2'", '(2, 2)', b'abcdefgh', True))
load('empty_name_not_padding', npy("[('', '<i4')]", '(2,)', bytes(range(8))))
# descr errors
load('unpack_short', npy("[('a',)]", '(2,)', bytes(16)))
load('unpack_long', npy("[('a', '<i4', (2,), 1)]", '(2,)', bytes(16)))
load('name_not_str', npy("[(1, '<i4')]", '(2,)', bytes(16)))
load('name_twice', npy("[('a', '<i4'), ('a', '<i4')]", '(2,)', bytes(16)))
load('bad_field_type', npy("[('a', 'xx')]", '(2,)', bytes(16)))
load('negative_subarray', npy("[('a', '<i4', (-1,))]", '(2,)', bytes(16)))
load('object_field', npy("[('a', 'O')]", '(2,)', bytes(16)))
load('not_a_descr', npy("5", '(2,)', bytes(16)))
load('top_level_subarray', npy("('<i4', (2,))", '(2,)', bytes(16)))
load('short_record_data', npy("[('a', '<i4'), ('b', '<f8')]", '(3,)', bytes(20)))
