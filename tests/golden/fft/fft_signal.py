# A tutorial-style spectrum: a noisy two-tone signal (square and sawtooth waves, so no libm
# rounding differences), its frequencies and power, a low-pass filter.
import numpy as np

rng = np.random.RandomState(0)
t = np.arange(256)
x = np.where((t // 16) % 2 == 0, 1.0, -1.0) + 0.5 * ((t % 5) / 5.0) + 0.2 * rng.randn(256)
X = np.fft.rfft(x)
freqs = np.fft.rfftfreq(len(x), d=1 / 256.0)
power = np.abs(X) ** 2
peaks = np.argsort(power)[-3:]
print(freqs[peaks].tolist(), power[peaks])
print(np.round(np.abs(X[:12]), 4))
print(np.allclose(np.fft.irfft(X), x), np.abs(np.fft.ifft(np.fft.fft(x)) - x).max() < 1e-12)
X[np.abs(freqs) > 20] = 0
smooth = np.fft.irfft(X)
print(np.round(smooth[:8], 6))
print(np.fft.fft(rng.randn(16)))
print(np.fft.fftshift(np.fft.fftfreq(8, d=0.25)), np.abs(np.fft.fft(np.ones(8)))[:3])
