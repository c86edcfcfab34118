def run(fail):
    try:
        print('try')
        if fail:
            raise ValueError('boom')
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
    print('after')
run(False)
run(True)
def ret():
    try:
        return 'from try'
    finally:
        print('finally before return')
print(ret())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('cleanup', i)
loop()
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError as e:
    print('outer caught', e)
try:
    raise KeyError('k')
except (TypeError, KeyError) as e:
    print('tuple caught', repr(e))
try:
    int('x')
except Exception:
    print('bare Exception')
try:
    [][1]
except:
    print('bare except')
