print('%d items' % 5, '%s and %s' % ('a', 'b'), '%r' % 'q', '%5d|' % 42, '%-5d|' % 42, '%05d' % -42)
print('%.2f' % 3.14159, '%8.3f|' % 2.5, '%e' % 12345.678, '%g' % 0.0001, '%x %X %o' % (255, 255, 8), '%c' % 65)
print('%+d %+d' % (5, -5), '% d' % 5, '%%' % (), '100%%' % (), '%s' % [1, 2], '%s' % (1,))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|' % (6, 7), '%.*f' % (2, 1.23456), '%i' % 3.9, '%s' % None, '%#x' % 255)
try:
    print('%d' % 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('%s %s' % ('a',))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('%s' % ('a', 'b'))
except TypeError as e:
    print(type(e).__name__, e)
