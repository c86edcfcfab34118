# math: fsum, hypot, dist agree with CPython to the last bit on many pseudo-random inputs
import math
state = 12345
def rnd():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    hi = state
    state = (state * 1103515245 + 12345) % 2**31
    return (hi * 2**22 + (state >> 9)) / 2**53
def val():
    r = rnd()
    scale = 10 ** int(rnd() * 30 - 15)
    return (r - 0.5) * scale
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([math.inf, 1]), math.fsum(x / 7 for x in range(100)), math.fsum([1, 2, 3]))
for bad in ["math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.fsum([math.nan, 1])",
            "math.dist((0, 0), (3,))", "math.dist(1, 2)", "math.hypot('a')"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '-> ERR', type(e).__name__ + ':', e)
print(math.hypot(), math.hypot(-5), math.hypot(3, 4, 12), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308),
      math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist([0, 0], [3, 4]), math.dist({0, 1}, [1, 2]), math.dist([1.5, 2.5, 3.5], [0.1, 0.2, 0.3]))
fs, hs, ds = [], [], []
for trial in range(300):
    n = 1 + int(rnd() * 12)
    xs = [val() for _ in range(n)]
    ys = [val() for _ in range(n)]
    fs.append(math.fsum(xs))
    hs.append(math.hypot(*xs))
    ds.append(math.dist(xs, ys))
print(fs[:5], hs[:5], ds[:5])
print(hash(tuple(fs)), hash(tuple(hs)), hash(tuple(ds)))
