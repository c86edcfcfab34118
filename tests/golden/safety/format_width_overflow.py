# Widths and precisions with more digits than int64 holds: CPython's ValueError, not a wrapped
# (UB) width (found by fuzz_args under UBSan).
tests = [
    lambda: format(1, '1' * 20 + 'd'),
    lambda: format(1.5, '.' + '1' * 20 + 'f'),
    lambda: format(1, '9223372036854775808d'),
    lambda: format('x', '<22222222222222222222'),
    lambda: '{:99999999999999999999}'.format(1),
    lambda: f'{1:99999999999999999999}',
    lambda: '%99999999999999999999d' % 1,
    lambda: '%.99999999999999999999d' % 1,
    lambda: '%9223372036854775808s' % 'a',
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(format(7, '05d'), '%5.2f' % 3.14159, '{:>6}'.format('ab'))
