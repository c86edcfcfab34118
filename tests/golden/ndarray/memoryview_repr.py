# a.data is a memoryview; its repr names the object's address in hex, as CPython's %p does.
import numpy as np

a = np.arange(6, dtype=np.int16)
r = repr(a.data)
print(r[:13], r.endswith('>'))
addr = r[len('<memory at '):-1]
print(addr.startswith('0x'), addr == addr.lower(), int(addr, 16) > 0)
print(a.data.nbytes, a.data.itemsize)
