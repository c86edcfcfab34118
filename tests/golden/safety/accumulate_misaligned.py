# cumsum / cumprod / ufunc.accumulate on misaligned views (input and out=): the accumulate
# loop gets its operands unbuffered, so a misaligned operand is copied first (a typed load of
# a misaligned double was UB, found by fuzz_array_ops). Results are NumPy's.
import numpy as np

raw = np.zeros(8 * 6 + 4, dtype=np.uint8)
x = raw[4:4 + 48].view(np.float64)
x[:] = [1.5, -2.0, 3.25, 0.5, 4.0, -1.0]
print(x.flags.aligned, np.cumsum(x), np.cumprod(x), np.add.accumulate(x), np.maximum.accumulate(x))
m = raw[4:4 + 48].view(np.int32).reshape(3, 4)
print(m.flags.aligned, np.cumsum(m, axis=0), np.cumsum(m, axis=1).dtype)
outraw = np.zeros(8 * 6 + 4, dtype=np.uint8)
out = outraw[4:4 + 48].view(np.float64)
r = np.cumsum(np.arange(6.0), out=out)
print(out.flags.aligned, r is out, out, np.multiply.accumulate(np.arange(1.0, 7.0), out=out), out)
