s = '  a b  c  '
print(s.split(), s.split(' '), 'a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), ''.split(), ''.split(','))
print('a-b-c'.rsplit('-'), 'x  y'.rsplit(None, 1), 'one two three'.split(maxsplit=1), '1::2::3'.split('::'))
print('-'.join(['a', 'b']), ''.join('xyz'), ', '.join(str(i) for i in range(3)), '|'.join([]), ' '.join(('t',)))
print('line1\nline2\r\nline3\n'.splitlines(), 'a\n\nb'.splitlines(), 'x\ny\n'.splitlines(keepends=True), ''.splitlines())
print('key=val=x'.partition('='), 'nothing'.partition('='), 'a.b.c'.rpartition('.'), 'abc'.rpartition('z'))
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    ','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
