# numpy.testing.assert_string_equal: NumPy builds its message from difflib.Differ's line
# diff ('- '/'+ ' lines, '? ' lines marking changed characters, unchanged lines dropped).
import numpy as np
import numpy.testing as npt

def check(a, b):
    try:
        npt.assert_string_equal(a, b)
        print('passed')
    except Exception as e:  # NumPy's own walk of the diff can end in an IndexError
        print(type(e).__name__, repr(str(e)))

check('hello', 'hello')
check('hello', 'hellp')
check('abc', 'xyz')
check('a\nb\n', 'a\nc\n')
check('hello world', 'hello')
check('foo bar baz', 'foo bax baz')
check('one\ntwo\nthree\n', 'one\nthree\n')
check('one\nthree\n', 'one\ntwo\nthree\n')
check('alpha beta\ngamma\n', 'alpha  beta\ngamma delta\n')
check('x = 1\ny = 2\n', 'x = 1\ny = 3\nz = 4\n')
check('\tindented line here\n', '\tindented lines here\n')
check('', 'abc')
check('abc\n', '')
check('same\nsame\n', 'same\nsame\nmore\n')
check('The quick brown fox jumps over the lazy dog', 'The quick brown cat jumps over the lazy dog')
check('a' * 250, 'a' * 249 + 'b')
for bad in [(1, 'a'), ('a', b'a'), (None, None)]:
    check(*bad)
