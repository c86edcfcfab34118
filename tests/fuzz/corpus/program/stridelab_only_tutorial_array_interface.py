# stridelab_only: the Advanced NumPy tutorial's array-interface exercise. CPython has no
# `mutable_str` module (the tutorial ships it as a ctypes helper); stridelab provides it
# natively: MutableString owns its bytes and exposes their address as `data_ptr`. The .out is
# hand-written: what the tutorial expects ('abcde' + 2 -> 'cdefg').
import numpy as np
from mutable_str import MutableString

s = MutableString('abcde')
print(s, len(s), repr(s))

# Create an array interface to this foreign object
s.__array_interface__ = {'data': (s.data_ptr, False),  # (ptr, is read_only?)
                         'shape': (len(s),),
                         'typestr': '|u1',  # typecode unsigned character
                         'version': 3}

print('String before converting to array:', s)
sa = np.asarray(s)

print('String after converting to array:', sa)
print(sa.dtype, sa.shape, sa.strides, sa.flags['OWNDATA'], sa.flags['WRITEABLE'])

sa += 2
print('String after adding "2" to array:', s)
print(sa)
sa[0] = ord('z')
print(s)
s.__array_interface__['data'] = (s.data_ptr, True)
ro = np.asarray(s)
print(ro.flags['WRITEABLE'])
try:
    ro[0] = 1
except ValueError as e:
    print(type(e).__name__, e)
s.__array_interface__['data'] = (12345, False)
np.asarray(s)
