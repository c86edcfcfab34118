# io.StringIO / io.BytesIO as tutorials use them (print(file=...), read/readline/iteration,
# seek/tell, getvalue, with, errors).
import io

s = io.StringIO('a\nb\nc')
print(repr(s.readline()), repr(s.read()), repr(s.getvalue()), s.tell())
s = io.StringIO()
print('x', 1, file=s)
s.write('yz')
print(repr(s.getvalue()), s.seek(0), s.readlines(), s.tell())
s.seek(1)
s.write('Q')
print(repr(s.getvalue()), s.truncate(3), repr(s.getvalue()))
with io.StringIO('q\nr\n') as f:
    print([line for line in f], f.closed)
print(f.closed)
for bad in (lambda: f.read(), lambda: io.StringIO(3), lambda: io.StringIO().write(5), lambda: io.BytesIO('x')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'ab')
print(b.read(1), b.getvalue(), b.write(b'c'), b.getvalue(), b.seek(0, io.SEEK_END), b.read())
out = io.StringIO()
for i in range(3):
    out.write(f'{i},{i * i}\n')
print(out.getvalue(), end='')
print(repr(io.StringIO('abc').read(2)), io.StringIO('xyz').readline(2))
