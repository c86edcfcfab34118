# dtype.fields is a read-only mappingproxy: repr says so, str/print shows the dict.
import numpy as np

dt = np.dtype([('name', 'U4'), ('age', 'i4'), ('weight', 'f8')])
print(repr(dt.fields))
print(dt.fields)
print(str(dt.fields))
print(type(dt.fields).__name__, len(dt.fields), list(dt.fields), dt.fields['age'])
print('age' in dt.fields, dt.fields.get('height'))
for name, (sub, off) in dt.fields.items():
    print(name, sub, off)
try:
    dt.fields['height'] = (np.dtype('f8'), 24)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del dt.fields['age']
except TypeError as e:
    print(type(e).__name__, e)
print(np.dtype('f8').fields, np.dtype('i4,f4').fields)
print([dt.fields])
