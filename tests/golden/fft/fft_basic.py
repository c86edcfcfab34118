# numpy.fft: transforms of small arrays, every length type (powers of 2, 3, 5, 7, 11, other
# primes through the generic pass and Bluestein), norm=, n= padding and truncation, axes.
# Inputs avoid np.sin/np.cos: NumPy's SIMD versions differ from libm in the last bit.
import numpy as np

print(np.fft.fft([1, 2, 3, 4]))
print(np.fft.fft(np.arange(8)))
print(np.fft.ifft(np.fft.fft(np.arange(5.))))
for n in [1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17, 25, 30, 49, 53, 64, 97, 100, 121, 127, 210]:
    x = (np.arange(n) * 7 % 13) / 8.0 - (np.arange(n) ** 2 % 5) / 3.0  # exact inputs (no libm)
    f = np.fft.fft(x)
    print(n, f[:3], f[-1:], np.fft.ifft(f)[:2].real)
    r = np.fft.rfft(x)
    print(n, r[:3], np.fft.irfft(r, n)[:3])
print(np.fft.fft(np.arange(6.) + 1j * np.arange(6.)[::-1]))
print(np.fft.fft(np.arange(10.), n=4), np.fft.fft(np.arange(3.), n=5))
print(np.fft.rfft(np.arange(10.), n=7), np.fft.irfft([1, 2, 3]), np.fft.irfft([1, 2, 3], n=5))
for norm in [None, "backward", "ortho", "forward"]:
    print(norm, np.fft.fft(np.arange(4.), norm=norm), np.fft.ifft(np.arange(4.), norm=norm))
    print(norm, np.fft.rfft(np.arange(5.), norm=norm), np.fft.irfft(np.arange(3.), norm=norm))
m = np.arange(12.).reshape(3, 4)
print(np.fft.fft(m))
print(np.fft.fft(m, axis=0))
print(np.fft.fft(m, axis=0).strides, np.fft.fft(m).strides)
print(np.fft.fft2(m))
print(np.fft.ifft2(np.fft.fft2(m)).real)
print(np.fft.fftn(np.arange(24.).reshape(2, 3, 4))[1])
print(np.fft.fftn(m, s=(2, 2)), np.fft.fftn(m, axes=(0,)))
print(np.fft.rfft2(m), np.fft.irfft2(np.fft.rfft2(m)))
print(np.fft.rfftn(np.arange(24.).reshape(2, 3, 4)).shape, np.fft.irfftn(np.fft.rfftn(m), m.shape))
print(np.fft.hfft([1, 2, 3]), np.fft.ihfft(np.arange(4.)))
print(np.fft.fftfreq(8), np.fft.fftfreq(9, d=0.1), np.fft.rfftfreq(8), np.fft.rfftfreq(7, d=0.5))
print(np.fft.fftshift(np.arange(5)), np.fft.ifftshift(np.arange(6)), np.fft.fftshift(np.arange(6).reshape(2, 3)))
print(np.fft.fftshift(np.fft.fftfreq(10)), np.fft.fftshift(np.arange(6).reshape(2, 3), axes=1), np.fft.ifftshift(np.arange(4), axes=0))
for f in [lambda: np.fft.fft([]), lambda: np.fft.fft([1, 2], norm="bad"), lambda: np.fft.fft([1, 2], n=0),
          lambda: np.fft.fftfreq(2.5), lambda: np.fft.fft2(np.arange(3.), s=(2, 2, 2)), lambda: np.fft.fft(np.ones((2, 2)), axis=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
