s = 'abc'
print(s * 3, 3 * s, s * 0, s * -1, s + 'def', 'a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', 'é' > 'z')
print(s[0] + s[-1], len(s * 100), 'x' in s, s.encode(), 'é'.encode('utf-8'), b'caf\xc3\xa9'.decode())
print(str.upper('q'), str.join(',', 'ab'), 'a{}c'.format('b'), 'Hi %s' % 'there', 'tab\there', r'raw\n', 'multi' 'part')
print('%s' % 'x', '%5s|%-5s|' % ('r', 'l'), 'abc'.translate(str.maketrans('ab', 'xy')), 'hello'.translate({ord('l'): None}))
print(sorted('hello'), list(reversed('abc')), ''.join(sorted('dcba')), max('abc'), min('abc'), 'a,b'.split(',')[::-1])
print(hash('abc') == hash('ab' + 'c'), 'abc' is not None, str(3) + str(4), '5' * int('3'))
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s * 2.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    s - 'a'
except TypeError as e:
    print(type(e).__name__, e)
