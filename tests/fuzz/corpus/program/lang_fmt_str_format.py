print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'), '{name}!'.format(name='Bo'))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'), '{:08.3f}'.format(3.14159), '{:,}'.format(9876543))
print('{0[0]} {0[1]} {1[k]}'.format([5, 6], {'k': 'v'}), '{.real}'.format(3))
print('{!r} {!s}'.format('a', 'b'), '{:{w}.{p}f}'.format(2.71828, w=10, p=2), '{{}}'.format())
print(format(3.14159, '.2f'), format(42, 'b'), format('s', '^5'), format(1e10, ','), format(0.5, '%'))
p = {'x': 1, 'y': 2}
print('{x}-{y}'.format(**p), '{}-{}'.format(*'ab'))
try:
    print('{} {}'.format(1))
except IndexError as e:
    print(type(e).__name__, e)
try:
    print('{missing}'.format(a=1))
except KeyError as e:
    print(type(e).__name__, e)
try:
    print('{:d}'.format('s'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print('{:d}'.format(1.5))
except ValueError as e:
    print(type(e).__name__, e)
