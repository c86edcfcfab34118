# sys: version_info, maxsize, getsizeof, float_info, stdout/stderr writers, exit, recursion limit
import sys
print(sys.version_info, sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2], type(sys.version_info))
print(sys.version.split()[0], sys.maxsize, sys.maxsize == 9223372036854775807, sys.byteorder, sys.maxunicode, sys.hexversion)
print(sys.float_info, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info, sys.hash_info.modulus, sys.hash_info.inf, sys.getdefaultencoding(), sys.float_repr_style)
print(type(sys.argv).__name__, len(sys.argv))
for x in [0, 1, 2**30, 2**62, -1, 1.5, True, False, None, '', 'a', 'abc', 'é', 'ab€', '😀', b'', b'abc', (), (1,),
          (1, 2, 3), [], [1], list(range(10)), {}, {'a': 1}, {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6},
          dict.fromkeys(range(10)), set(), {1}, set(range(10)), range(5)]:
    print(repr(x)[:20], sys.getsizeof(x))
class B:
    def __sizeof__(self): return 100
print(sys.getsizeof(B()), sys.getsizeof(1, 5))
n = sys.stdout.write('written\n')
print(n, sys.stdout.flush(), sys.stderr.write(''))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit('bye')
except SystemExit as e:
    print('SystemExit', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
try:
    raise ValueError('x')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception())
print(sys.exc_info())
for bad in ["sys.getsizeof()", "sys.setrecursionlimit(0)", "sys.setrecursionlimit(1.5)", "sys.version_info.major = 2"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
