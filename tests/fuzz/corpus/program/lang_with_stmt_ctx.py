class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Ctx('a') as v:
    print('body', v)
with Ctx('b', swallow=True):
    raise ValueError('swallowed')
print('continued')
with Ctx('outer') as o, Ctx('inner') as i:
    print('both', o, i)
try:
    with Ctx('c'):
        1 / 0
except ZeroDivisionError as e:
    print('propagated', e)
def f():
    with Ctx('ret'):
        return 'returned'
print(f())
for k in range(2):
    with Ctx(str(k)):
        if k == 0:
            continue
        print('k', k)
with Ctx('noas'):
    pass
