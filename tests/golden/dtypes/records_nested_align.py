# align=True applies to nested record types, subarray bases and the dict form's formats
# too (NumPy converts every nested type with the same align flag): the memory view draws
# the padding at exactly these offsets.
import numpy as np

dt = np.dtype([('id', 'u1'), ('pos', [('x', 'f4'), ('y', 'f4')]), ('n', 'i2')], align=True)
print(dt.itemsize, dt.alignment, dt.isalignedstruct)
print(dt.fields['pos'][0].isalignedstruct, dt.fields['pos'][1], dt.fields['n'][1])
print(dt.descr)
print(dt)

packed = np.dtype([('id', 'u1'), ('pos', [('x', 'f4'), ('y', 'f4')]), ('n', 'i2')])
print(packed.itemsize, packed.fields['pos'][1], packed.fields['n'][1])

inner = np.dtype([('a', 'u1'), ('b', 'i4')])
outer = np.dtype([('flag', '?'), ('rec', inner)], align=True)
print(outer.itemsize, outer.fields['rec'][1], outer.fields['rec'][0].itemsize)

d = np.dtype({'names': ['c', 'v'], 'formats': ['u1', [('p', 'u1'), ('q', 'f8')]]}, align=True)
print(d.itemsize, d.fields['v'][1], d.fields['v'][0].itemsize)

sub = np.dtype([('c', 'u1'), ('m', ([('p', 'u1'), ('q', 'i2')], (2,)))], align=True)
print(sub.itemsize, sub.fields['m'][1], sub.fields['m'][0].itemsize)

rec = np.zeros(2, dtype=dt)
rec['pos']['y'] = [1.5, -2.0]
rec['n'] = [7, 8]
print(rec)
print(rec.view(np.uint8).reshape(2, -1))
