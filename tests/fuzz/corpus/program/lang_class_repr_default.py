class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith('<__main__.Plain object at 0x'), r.endswith('>'), str(p) == r)
print(Plain, Plain.__name__, Plain.__module__, Plain.__qualname__)
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return 'only-str'
o = OnlyStr()
print(o, [o][0], repr(o).startswith('<__main__.OnlyStr'))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
try:
    hash(Eq(1))
except TypeError as e:
    print(type(e).__name__, e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Plain() == Plain())
