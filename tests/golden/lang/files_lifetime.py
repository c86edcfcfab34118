# File objects as in CPython: a file object is flushed and closed when its last reference
# goes (open(...).write(...) then a read sees the text), explicit close/flush, with blocks,
# append mode, and reading a closed file.
path = '/tmp/stridelab_golden_lang_files_lifetime.txt'
print(open(path, 'w').write('hello'))
print(repr(open(path).read()))
f = open(path, 'a')
f.write(' world')
del f
print(repr(open(path).read()))
f = open(path, 'w')
f.write('first\n')
f.flush()
print(repr(open(path).read()))
f.write('second\n')
f = None
print(open(path).readlines())
def write_lines(n):
    g = open(path, 'w')
    for i in range(n):
        g.write(f'line {i}\n')
write_lines(3)
print(open(path).read().splitlines())
with open(path, 'w') as h:
    h.write('in with')
print(h.closed, repr(open(path).read()))
try:
    h.write('x')
except ValueError as e:
    print('ValueError', e)
b = open(path, 'wb')
b.write(b'\x00\x01bytes')
b = None
print(open(path, 'rb').read())
