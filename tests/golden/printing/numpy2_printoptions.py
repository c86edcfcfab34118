# numpy2: get_printoptions has 'override_repr'; set_printoptions(override_repr=) replaces
# ndarray repr; legacy='1.25' brings back the bare scalar reprs of 1.x (NEP 51 is 2.0);
# legacy='2.1' is accepted. 1.24 knows none of these.
import numpy as np

print(sorted(np.get_printoptions()))
print(repr(np.float64(1.5)), repr(np.int8(3)), repr(np.True_), [np.float32(0.5)])
np.set_printoptions(legacy='1.25')
print(repr(np.float64(1.5)), repr(np.int8(3)), repr(np.True_), [np.float32(0.5)], np.get_printoptions()['legacy'])
np.set_printoptions(legacy=False)
print(repr(np.float64(1.5)), np.get_printoptions()['legacy'])
with np.printoptions(legacy='1.21'):
    print(repr(np.uint16(7)))
print(repr(np.uint16(7)))
np.set_printoptions(override_repr=lambda a: 'Array of shape ' + str(a.shape))
a = np.zeros((2, 3))
print(repr(a), [a], np.array_repr(a), str(a))
print(np.get_printoptions()['override_repr'] is not None)
np.set_printoptions(precision=3)
print(repr(a), np.get_printoptions()['override_repr'])
np.set_printoptions(legacy='2.1')
print(repr(np.arange(3)))
np.set_printoptions(legacy=False)
