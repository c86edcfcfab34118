class C:
    x = 1
    def m(self):
        return 'm'
c = C()
print(hasattr(c, 'x'), hasattr(c, 'y'), hasattr(c, 'm'), hasattr(C, '__init__'), hasattr(5, 'real'), hasattr('s', 'nope'))
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), getattr(c, 'm')(), getattr(3, 'imag'), getattr([], 'append').__name__)
setattr(c, 'y', 42)
setattr(C, 'z', 'class')
print(c.y, c.z, C.z)
delattr(c, 'y')
print(hasattr(c, 'y'))
name = 'dyn'
setattr(c, name, [1])
print(getattr(c, name), c.dyn)
try:
    getattr(c, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
