# np.save / np.load round trips for every dtype; the saved bytes are printed (header included).
import numpy as np

arrays = [
    ('bool', np.array([True, False, True])),
    ('int8', np.array([-128, 0, 127], dtype=np.int8)),
    ('int16', np.array([-32768, 1, 32767], dtype=np.int16)),
    ('int32', np.array([-2147483648, 2, 2147483647], dtype=np.int32)),
    ('int64', np.array([-9223372036854775807 - 1, 3, 9223372036854775807])),
    ('uint8', np.array([0, 1, 255], dtype=np.uint8)),
    ('uint16', np.array([0, 1, 65535], dtype=np.uint16)),
    ('uint32', np.array([0, 1, 4294967295], dtype=np.uint32)),
    ('uint64', np.array([0, 1, 2**62], dtype=np.uint64)),
    ('float32', np.array([0.5, -1.25, 3.0e38], dtype=np.float32)),
    ('float64', np.array([0.1, -2.5, 1e300])),
    ('float64 specials', np.array([np.nan, np.inf, -np.inf, -0.0])),
]
for label, a in arrays:
    path = '/tmp/stridelab_golden_npy_roundtrip_dtypes_' + label.replace(' ', '_') + '.npy'
    np.save(path, a)
    b = np.load(path)
    print('==', label)
    print(repr(b))
    print(b.dtype, b.shape, b.flags['C_CONTIGUOUS'], b.flags['F_CONTIGUOUS'])
    print(b.tobytes() == a.tobytes())
    with open(path, 'rb') as f:
        raw = f.read()
    print(len(raw))
    print(raw[:128])
    print(raw[128:].hex())
