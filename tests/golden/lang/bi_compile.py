# compile(): code objects run by exec()/eval(); modes exec/eval/single; errors
code = compile('x = 6 * 7\nprint(x)', '<string>', 'exec')
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
print(x)
g = {}
exec(code, g)
print(g['x'], sorted(k for k in g if k != '__builtins__'))
e = compile('x + 1', 'expr', 'eval')
print(eval(e), eval(e, {'x': 10}))
print(eval(compile('[i * i for i in range(4)]', '<s>', 'eval')))
print(exec(e), eval(code, {}))
s = compile('1 + 2', '<single>', 'single')
exec(s)
exec(compile('None', '<single>', 'single'))
exec(compile(b'y = 3', 'bytes', 'exec'))
print(y)
for bad in [('x =', 'f.py', 'exec'), ('x = 1', 'f.py', 'eval')]:
    try:
        compile(*bad)
    except SyntaxError as err:
        print('SyntaxError', err.msg, err.filename, err.lineno)
try:
    compile('1', 'f', 'run')
except ValueError as err:
    print('ValueError:', err)
try:
    compile(3, 'f', 'exec')
except TypeError as err:
    print('TypeError:', err)
try:
    compile('1')
except TypeError as err:
    print('TypeError:', err)
exec(compile('1 / 0', '<calc>', 'exec'))
