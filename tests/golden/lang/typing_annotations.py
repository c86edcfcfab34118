# Annotations as tutorials write them: typing names in def signatures, variables and
# classes; __annotations__ of functions, the module and classes; typing reprs.
from typing import List, Dict, Tuple, Optional, Union, Any, Callable, Iterable, Sequence, TypeVar, Set
import typing

T = TypeVar('T')

def first(xs: Sequence[T]) -> T:
    return xs[0]

def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)

def total(xs: Iterable[float], *rest: float, scale: float = 1.0, **kw: Any) -> float:
    return sum(xs) * scale

def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)

def pair(a: int, b: str = 'x') -> Tuple[int, str]:
    return (a, b)

def plain(a, b=2):
    return a + b

count: int = 0
names: List[str] = ['a', 'b']
maybe: Optional[int]
u: Union[int, str] = 3
print(first([3, 4]), apply(lambda v: v * 2, 5), total([1.5, 2.5], scale=2), find({'a': 1}, 'a'), find({}, 'z'))
print(pair(1), names, count, u, plain(1))
print(first.__annotations__)
print(total.__annotations__)
print(pair.__annotations__)
print(plain.__annotations__)
print(__annotations__)
try:
    print(maybe)
except NameError as e:
    print('NameError', e)

class Account:
    owner: str
    balance: float = 0.0
    tags: Set[str] = set()
    def deposit(self, amount: float) -> 'Account':
        self.balance += amount
        return self

print(Account.__annotations__)
print(Account.deposit.__annotations__)
print(Account().deposit(5).balance)
try:
    Account.owner
except AttributeError as e:
    print('AttributeError', e)

def local_annotations():
    x: int = 5
    y: List[int]
    undefined_name: NotDefinedAnywhere
    return x

print(local_annotations())
print(T, typing.Any, List, Dict, Tuple, Optional, Union, Callable)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Optional[Dict[str, float]], Set[T])
print(Union[int], Union[int, Union[str, float]], Union[int, int], Optional[None])
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[str])
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Dict[str, int].__args__)
print(typing.get_type_hints(find))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]), typing.get_origin(int))

def needs_eval(x: 'List[int]') -> 'Optional[str]':
    return None
print(needs_eval.__annotations__, typing.get_type_hints(needs_eval))
print(typing.cast(int, 'not checked'), typing.TYPE_CHECKING)
for bad in (lambda: List(), lambda: typing.Any(), lambda: Union[()], lambda: Dict[int], lambda: Callable[int, int]):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
