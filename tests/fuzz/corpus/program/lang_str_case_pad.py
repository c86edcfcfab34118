s = 'hello WORLD foo-bar it\'s'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), 'ß'.upper() if False else 'skip', 'ÉCOLE'.lower())
print(repr('ab'.center(6)), repr('ab'.center(7, '*')), repr('abc'.center(2)), repr('x'.ljust(4, '.')), repr('x'.rjust(4)), repr('x'.ljust(0)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3), '3.14'.zfill(8))
print('a\tb\tc'.expandtabs(4), 'Hello'.casefold(), 'hello world'.title(), "they're bill's".title(), '123abc'.capitalize())
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
