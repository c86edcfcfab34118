for fn in [lambda: int('abc'), lambda: int('3.5'), lambda: float('x1'), lambda: [1].index(2), lambda: 'ab'.index('z'),
           lambda: [].remove(0), lambda: int('9', 8), lambda: chr(-5), lambda: range(0, 1, 0), lambda: 'a b'.split(''),
           lambda: max([]), lambda: min([], key=len), lambda: '{:q}'.format(1), lambda: int('')]:
    try:
        fn()
    except ValueError as e:
        print(type(e).__name__, e)
import math
for fn in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1)]:
    try:
        fn()
    except ValueError as e:
        print(type(e).__name__, e)
print(int('forty two'))
