# Every augmented assignment operator on int, float and bool arrays (the result dtype is the target's).
import numpy as np


def show(label, x):
    # arrays print their repr (dtype included when not the default); scalars str + dtype
    if isinstance(x, np.ndarray):
        print(label, repr(x))
    else:
        print(label, 'scalar', x, x.dtype)


def t(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def run(label, dt, ops):
    for op in ops:
        x = np.array([6, 7, 8, 9], dt)
        try:
            if op == '+=':
                x += 3
            elif op == '-=':
                x -= 3
            elif op == '*=':
                x *= 3
            elif op == '/=':
                x /= 4
            elif op == '//=':
                x //= 4
            elif op == '%=':
                x %= 4
            elif op == '**=':
                x **= 2
            elif op == '<<=':
                x <<= 2
            elif op == '>>=':
                x >>= 1
            elif op == '&=':
                x &= 5
            elif op == '|=':
                x |= 5
            elif op == '^=':
                x ^= 5
            print(label, op, repr(x))
        except Exception as e:
            print(label, op, isinstance(e, TypeError), e)
ALL = ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']
run('int64', np.int64, ALL)
run('int8', np.int8, ALL)
run('uint16', np.uint16, ALL)
run('float64', np.float64, ['+=', '-=', '*=', '/=', '//=', '%=', '**='])
run('float32', np.float32, ['+=', '-=', '*=', '/=', '//=', '%=', '**='])
b = np.array([True, False, True])
b |= np.array([False, True, False])
print('bool |=', b)
b &= np.array([True, False, False])
print('bool &=', b)
b ^= np.array([True, True, True])
print('bool ^=', b)
b *= np.array([True, False, True])
print('bool *=', b)
b += np.array([False, True, False])
print('bool +=', b)
