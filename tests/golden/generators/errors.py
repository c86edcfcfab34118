# Exceptions through generator frames: the traceback's last line, PEP 479 (StopIteration
# inside a generator becomes RuntimeError), errors in consumers, and a generator that
# raises after yielding values that were already consumed.
def boom(n):
    for i in range(n):
        yield i
    raise ValueError('boom after %d' % n)

got = []
try:
    for v in boom(3):
        got.append(v)
except ValueError as e:
    print(got, 'ValueError', e)

def leaky():
    yield 1
    next(iter([]))
try:
    print(list(leaky()))
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)

def thrower():
    try:
        yield 1
    except TypeError:
        raise KeyError('converted')
t = thrower()
next(t)
try:
    t.throw(TypeError)
except KeyError as e:
    print('KeyError', e)

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 1 / 0

def consumer():
    return sum(deep(20))
consumer()
