class AppError(Exception):
    pass
def load(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise AppError(f'missing {key}') from e
try:
    load('z')
except AppError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    raise RuntimeError('x') from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
def reraise():
    try:
        raise TypeError('orig')
    except TypeError:
        print('logging')
        raise
try:
    reraise()
except TypeError as e:
    print('re-raised', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
load('q')
