# dataclasses: @dataclass with defaults, field(), order, frozen, post_init, inheritance,
# asdict/astuple/replace/fields, CPython's generated reprs and messages
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p.x, Point.y)
print(fields(p)[0].name, [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(asdict(p), astuple(p), replace(p, y=10), p)

@dataclass
class Inventory:
    name: str
    items: list[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)
a, b = Inventory('a'), Inventory('a')
a.items.append('x')
print(a, b, a.items is b.items, Inventory('z', ['q'], 3), Inventory('t') == Inventory('t', tags={'k': 1}))

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 5), Version(1, 2), Version(0, 9)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'x'
f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), {f: 1}[Frozen(1)])
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass
class WithPost:
    a: float
    b: float
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.a + self.b
print(WithPost(1.5, 2), WithPost(1, 2).total)

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
print(Child(5), Child(1, 2, 3), [f.name for f in fields(Child)], isinstance(Child(0), Base))

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1))

@dataclass(repr=False)
class NoRepr:
    v: int
print(type(repr(NoRepr(1))).__name__, repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))

@dataclass
class Nested:
    p: Point
    ps: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])), astuple(Nested(Point(1, 2), [])))
try:
    hash(Point(1, 2))
except TypeError as e:
    print('TypeError', e)
for bad in ["Point()", "Point(1, 2, 3)", "Point(1, z=3)", "Point(1, x=2)", "replace(p, z=1)", "asdict(1)",
            "Version(1) < (1, 0)", "fields(3)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e:
    print('ValueError', e)
Point(1, 2, 3)
