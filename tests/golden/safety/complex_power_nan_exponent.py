# Complex power with a real exponent that is NaN, infinite or beyond int64: NumPy's result,
# without the float->int64 conversion UB (found by fuzz_array_ops); small integral exponents
# still take the repeated-multiplication path.
import numpy as np

a = np.array([1 + 2j, -0.5 + 0j, 3j, 0j], dtype=np.complex128)
with np.errstate(all='ignore'):
    for e in (np.nan, np.inf, -np.inf, 1e19, -1e300, 2**63, 2.0, -3.0, 99.0, 100.0):
        print(e, np.power(a, e), np.power(a.astype(np.complex64), np.complex64(e)))
    print(a ** np.array([np.nan, 2, -1, 0.5]))
