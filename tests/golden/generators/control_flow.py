# yield inside every compound statement: nested loops with break/continue/else, while with
# else, if/elif chains, try/except/else/finally (including yields in handlers and finally),
# with blocks (the context manager sees the suspension), and yields inside expressions.
def loops():
    for i in range(3):
        for j in range(3):
            if j == i:
                continue
            if i + j > 3:
                break
            yield (i, j)
        else:
            yield ('inner done', i)
    k = 0
    while k < 3:
        k += 1
        if k == 2:
            yield 'two'
        elif k == 3:
            yield 'three'
        else:
            yield 'one'
    else:
        yield 'while else'
print(list(loops()))

def tries():
    for x in [1, 0, 2]:
        try:
            yield 'before'
            r = 10 // x
            yield r
        except ZeroDivisionError as e:
            yield 'except ' + str(e)
        else:
            yield 'else'
        finally:
            yield 'finally'
print(list(tries()))

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

def withs():
    with CM('a') as a, CM('b'):
        yield a.name
        yield 'inside'
    yield 'after'
for v in withs():
    print('got', v)

def with_error():
    with CM('c'):
        yield 1
        raise KeyError('x')
try:
    for v in with_error():
        print('value', v)
except KeyError as e:
    print('KeyError', e)

def exprs():
    total = 0
    total += yield 'first'
    pair = (yield 'a'), (yield 'b')
    d = {'k': (yield 'dict'), (yield 'key'): 2}
    n = len([1, 2, (yield 'len')])
    flag = (yield 'cond') or (yield 'not reached?')
    val = 'yes' if (yield 'test') else 'no'
    s = -(yield 'neg') + 10 * (yield 'mul')
    cmp = 1 < (yield 'cmp') < 10
    print(total, pair, d, n, flag, val, s, cmp)
    return s

g = exprs()
out = [next(g)]
for v in [5, 'A', 'B', 'D', 'K', 3, 0, 'F', 1, 2, 3, 5]:
    try:
        out.append(g.send(v))
    except StopIteration as e:
        out.append(('return', e.value))
print(out)

def nested_try():
    try:
        try:
            yield 1
            raise ValueError('inner')
        finally:
            yield 'inner finally'
    except ValueError as e:
        yield 'outer caught ' + str(e)
    finally:
        yield 'outer finally'
print(list(nested_try()))

def early_return():
    for i in range(10):
        try:
            if i == 2:
                return 'stopped'
            yield i
        finally:
            print('cleanup', i)
g = early_return()
print(list(g))
