# typing's class forms: NamedTuple (class and functional), TypedDict, Generic, NewType,
# TypeVar variants, Literal/ClassVar/Final/Annotated reprs.
from typing import NamedTuple, TypedDict, Generic, TypeVar, NewType, Literal, ClassVar, Final, Annotated, List
import typing

class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3.0, 4.0)
print(p, p.x, p[1], p.norm(), Point(1.5), p._replace(y=1.0), p._asdict())
print(Point._fields, Point._field_defaults, Point.__annotations__, Point.__name__)
x, y = p
print(x + y, len(p), isinstance(p, tuple), p == (3.0, 4.0))
try:
    Point()
except TypeError as e:
    print('TypeError', e)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('Ann', 3)
print(e, e.name, Employee.__annotations__)

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, m['year'], Movie.__annotations__)
Book = TypedDict('Book', {'title': str, 'pages': int})
print(Book(title='x', pages=3))

T = TypeVar('T')
K = TypeVar('K', bound=int)
C = TypeVar('C', covariant=True)
S = TypeVar('S', str, bytes)
print(T, K, C, S, T.__name__, K.__bound__, S.__constraints__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__orig_bases__, Stack[int])

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId(5) + 1)
print(Literal['r', 'w'], ClassVar[int], Final[int], Annotated[float, 'unit: m'], typing.Type[int])
print(typing.Iterator[int], typing.Generator[int, None, None], typing.Mapping[str, int], typing.Deque[int])
print(typing.DefaultDict[str, int], typing.Counter[str], typing.FrozenSet[int], typing.Sequence)
