# exec()/eval() with the namespaces CPython uses: given globals (and locals) dicts, the
# caller's globals and locals by default; globals()/locals()/vars() of the calling frame.
ns = {}
exec("x = 5\ny = x * 2\ndef f(): return x + y", ns)
print(sorted(k for k in ns if k != '__builtins__'), ns['y'], ns['f'](), '__builtins__' in ns)
print(eval("x + y", ns), eval("x + z", ns, {'z': 100}), eval("  7 * 6"))
loc = {}
exec("a = 1\nb = a + x", ns, loc)
print(sorted(loc), 'a' in ns)
exec("def g():\n    return x\nr = g()", ns, loc)
print(loc['r'], 'g' in loc, 'g' in ns)
g = {'k': 3}
exec("k += 1", g)
print(g['k'], eval("k * 2", {'k': 7}))
exec("import math\nroot = math.sqrt(16)", ns)
print(ns['root'], 'math' in ns)
exec("def h():\n    global gg\n    gg = 5\nh()", ns)
print(ns['gg'])
x = 42
print(eval("x"), eval("x", {'x': 1}))
exec("x = 43")
print(x)

def fn(a):
    q = 9
    print(eval("q + a"), sorted(locals()), eval("[v * 2 for v in range(a + 2)]"))
    try:
        eval("[v * q for v in range(3)]")  # comprehensions do not see the eval's locals
    except NameError as e:
        print('NameError', e)
    exec("print('in fn', q, a)")
    return eval("len('abc')")
print(fn(1))

class K:
    c = 2
    exec("d = c + 1")
    print(sorted(n for n in locals() if not n.startswith('__')))
print(K.d)
print(globals() is vars(), 'fn' in globals(), eval("__name__"), eval("__name__", {}))
for bad in ("nope", "1 +", "x = 1"):
    try:
        eval(bad, {})
    except (NameError, SyntaxError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
        if isinstance(e, SyntaxError):
            print(str(e), e.lineno, e.filename)
for args in ((), ("1", []), ("1", {}, 3), (3,)):
    try:
        eval(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    exec("1", [])
except TypeError as e:
    print('TypeError', e)
