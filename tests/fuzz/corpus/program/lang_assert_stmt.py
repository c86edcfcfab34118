assert True
assert 1 == 1, 'never shown'
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    x = 4
    assert x < 3, f'x too big: {x}'
except AssertionError as e:
    print(e)
def check(v):
    assert isinstance(v, int), ('bad type', type(v).__name__)
    return v
print(check(3))
try:
    check('s')
except AssertionError as e:
    print(e)
assert len('abc') == 4, 'length mismatch'
