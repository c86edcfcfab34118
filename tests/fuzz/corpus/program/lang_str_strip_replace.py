print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()), 'xxhixx'.strip('x'), 'abcba'.strip('ab'), '\t\n x \r'.strip())
print('hello'.replace('l', 'L'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'), 'a.b.c'.replace('.', ''))
print('www.site.com'.removeprefix('www.'), 'file.txt'.removesuffix('.txt'), 'abc'.removeprefix('z'))
print('hello world'.find('o'), 'hello world'.rfind('o'), 'hello'.find('z'), 'hello'.find('l', 3), 'hello'.find('', 2), 'abc'.find('c', -1))
print('hello'.index('e'), 'hello'.rindex('l'), 'banana'.count('a'), 'banana'.count('an'), 'aaa'.count('aa'), 'abc'.count(''))
print('abc'.startswith('ab'), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc'), 'abc'.endswith('b', 0, 2), 'abc'.startswith('b', 1))
try:
    'hello'.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print(type(e).__name__, e)
