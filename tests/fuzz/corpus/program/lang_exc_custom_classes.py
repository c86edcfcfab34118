class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
class Empty(Exception):
    pass
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise ValidationError('age', 'must be positive')
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args, isinstance(e, Exception))
try:
    raise Empty()
except Empty as e:
    print(type(e).__name__, repr(str(e)), repr(e))
try:
    raise Empty('a', 2)
except Exception as e:
    print(e, e.args)
try:
    raise WithStr('ignored')
except WithStr as e:
    print(e, e.args)
print(repr(ValueError('x')), str(KeyError('k')), str(KeyError()), repr(Exception(1, 2)))
class Chain(Exception):
    pass
class Sub(Chain):
    pass
try:
    raise Sub('sub')
except Chain as e:
    print('caught base', type(e).__name__)
raise ValidationError('name', 'empty')
