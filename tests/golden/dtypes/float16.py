# float16: NumPy's round-to-nearest-even conversions, shortest-repr printing, ufuncs computed
# through float32, promotion, reductions.
import numpy as np


def show(label, a):
    print("==", label)
    print(str(a))
    print(a.dtype, a.shape, np.array(a).view(np.uint16).tolist())


vals = [0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e-3, 1e-5, 6e-8, 3e-8, 2.98e-8, 65504, 65519.99, 65520, 70000,
        -0.0, 1e-7, 5.96e-8, 0.00006103515625, 1.0009765625, 1.00048828125, 1.00146484375, 2049, 2051, 4097]
h = np.array(vals, dtype=np.float16)
show("from floats", h)
for v in vals:
    print(v, np.float16(v), float(np.float16(v)), str(np.float16(v)))
show("from float32", np.array(vals, dtype=np.float32).astype(np.float16))
show("from ints", np.array([0, 1, -1, 2047, 2049, 65504, 65519, 65520, 100000], dtype=np.int64).astype(np.float16))
show("from int8", np.arange(-3, 4, dtype=np.int8).astype('e'))
show("to int", np.array([1.5, 2.5, -3.75, 65504], dtype='f2').astype(np.int32))
show("to f4", np.array([0.1, 1 / 3], dtype='<f2').astype(np.float32))
print(np.array([0.1, 1 / 3], dtype='<f2').astype(np.float64))
show("nan inf", np.array([np.nan, np.inf, -np.inf, 0.0], dtype=np.float16))
show("arange", np.arange(0, 1, 0.125, dtype=np.float16))
show("linspace", np.linspace(0, 1, 7).astype(np.float16))
a = np.array([1.0, 2.5, 3.25, 1000.0], dtype=np.float16)
b = np.array([0.1, 0.2, 0.3, 0.4], dtype=np.float16)
show("add", a + b)
show("mul", a * b)
show("div", a / b)
show("sub scalar", a - 0.1)
show("pow", a ** 2)
show("sqrt", np.sqrt(a))
show("exp", np.exp(b))
show("sin", np.sin(b))
show("log", np.log(a))
show("neg abs", np.abs(-a))
show("max", np.maximum(a, b * np.float16(10000)))
print("== compare", a > b, a == np.float16(2.5), np.isnan(a))
show("sum", a.sum())
show("sum axis", np.arange(12, dtype='f2').reshape(3, 4).sum(axis=1))
show("mean", b.mean())
show("mean axis", np.arange(12, dtype='f2').reshape(3, 4).mean(axis=0))
show("prod", a.prod())
show("max red", a.max())
show("cumsum", np.cumsum(b))
print("== promotion")
for other in [np.int8, np.uint8, np.int16, np.int32, np.float32, np.float64, np.bool_]:
    print(np.dtype(other), (np.ones(1, np.float16) + np.ones(1, other)).dtype, (np.ones(1, other) - np.ones(1, np.float16)).dtype)
print((np.ones(2, np.float16) + 1).dtype, (np.ones(2, np.float16) + 1.5).dtype, (np.ones(2, np.int8) * 1.5).dtype)
print(np.sqrt(np.arange(3, dtype=np.int8)).dtype, np.sqrt(np.arange(3, dtype=np.uint8)), np.sqrt(np.arange(3, dtype=np.int16)).dtype)
print(np.float16(1) / np.float16(3), np.float16(65504) * np.float16(2))
show("2d", np.array([[1e-4, 1], [100, 1000]], dtype=np.float16))
show("sci", np.array([1e-5, 1, 60000], dtype=np.float16))
print(np.array([0.1, 0.25], dtype=np.float16).tobytes().hex(), np.frombuffer(bytes([0, 60, 0, 192]), dtype='<f2'))
print(np.dtype('e'), np.dtype('f2'), np.dtype(np.float16).itemsize, np.dtype('>f2'), np.float16(0.1).itemsize, np.float16(0.1).dtype)
