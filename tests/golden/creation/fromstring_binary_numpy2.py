# numpy2: np.fromstring's binary mode (no sep) is NumPy 2.3's ValueError "The binary mode of
#   fromstring is removed, use frombuffer instead" (1.24 read the bytes with a
#   DeprecationWarning); np.frombuffer is the replacement.
import numpy as np

for args, kw in [((b'\x01\x02',), {'dtype': np.uint8}), (('1 2',), {}), (('1 2',), {'sep': ''})]:
    try:
        print(repr(np.fromstring(*args, **kw)))
    except ValueError as e:
        print('ValueError', e)
print(repr(np.frombuffer(b'\x01\x02', dtype=np.uint8)))
