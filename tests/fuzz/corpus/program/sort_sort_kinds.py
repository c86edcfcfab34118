# Sort kinds: quicksort, mergesort, heapsort, stable (and their abbreviations/case), same
# values for every kind; bad kind names raise.
import numpy as np

np.random.seed(2)
x = np.random.randint(-20, 20, size=300)
ref = np.sort(x)
for k in ['quicksort', 'mergesort', 'heapsort', 'stable', 'q', 'm', 'h', 's', 'Quick', 'HEAP', 'Stable']:
    print(k, np.array_equal(np.sort(x, kind=k), ref), np.sort(x[:12], kind=k))
f = np.random.rand(1000)
print([np.sort(f, kind=k)[:3].tolist() for k in ['quicksort', 'mergesort', 'heapsort', 'stable']])
m = np.random.rand(5, 40)
for k in ['quicksort', 'heapsort', 'stable']:
    print(k, np.sort(m, axis=0, kind=k)[:, 0].tolist(), np.sort(m, axis=1, kind=k)[0, :3].tolist())
for k in ['bogus', 'x', '']:
    try:
        np.sort(x, kind=k)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.argsort(x, kind='nope')
except Exception as e:
    print(type(e).__name__, e)
