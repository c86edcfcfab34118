# The generator protocol: lazy start, next/send/throw/close, `return value` ->
# StopIteration.value, send on a just-started generator, exhausted generators, type names.
def countdown(n):
    print('start', n)
    while n > 0:
        got = yield n
        if got is not None:
            print('got', got)
            n = got
        n -= 1
    return 'liftoff'

g = countdown(3)
print('created', type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), g.send(10), next(g))
for v in g:
    print('loop', v)
try:
    next(g)
except StopIteration as e:
    print('exhausted', repr(e), e.value, e.args)
print(next(g, 'default'), list(g))

g = countdown(5)
try:
    g.send(1)
except TypeError as e:
    print('TypeError', e)
print(g.send(None), g.throw(ValueError, 'ignored?') if False else next(g))
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)
print(list(g))

def ret(x):
    if x:
        return x * 2
    yield 'never'
for x in [0, 21]:
    try:
        next(ret(x))
    except StopIteration as e:
        print('StopIteration.value', e.value)

def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally runs')
c = closable()
print(next(c))
print(c.close(), c.close())
print(list(c))
c2 = closable()
c2.close()
print('closed before start', list(c2))

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('ignoring')
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
del s  # freed while suspended: closed again ('ignoring'; the RuntimeError goes to stderr)
print('after del')

def finalized():
    try:
        yield 'x'
    finally:
        print('finalized when freed')
f = finalized()
print(next(f))
f = None
print('after rebind')

def me():
    yield g2.send(None)
g2 = me()
try:
    next(g2)
except ValueError as e:
    print('ValueError', e)
print(g2.gi_running, iter(g2) is g2, hasattr(g2, '__next__'), callable(g2.send))
