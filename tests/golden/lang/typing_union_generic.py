# int | None and list[int]: types.UnionType / types.GenericAlias reprs, __args__/__origin__,
# equality, isinstance/issubclass with unions, errors
print(int | None, None | int, int | str | None)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[int]])
print(type(int | str), type(list[int]))
print((int | str).__args__, (int | None).__args__)
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(int | int, int | str | int, (int | str) | (str | float))
print(int | str == str | int, int | str == int | float, list[int] == list[int], list[int] == list[str])
print(hash(int | str) == hash(str | int), hash(list[int]) == hash(list[int]))
print(isinstance(3, int | str), isinstance('a', int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(list[int]([1, 2]), dict[str, int](a=1), list[int].__name__)
print(int | list[int], list[int] | None)
class C:
    pass
print(C | None, int | C)
def f(a: int | None = None, b: list[str] = []) -> dict[str, int | None]:
    pass
print(f.__annotations__)
x: list[int] = [1]
print(__annotations__)
import typing
print(typing.Optional[int], typing.Union[int, str] | None)
print(typing.get_args(int | str), typing.get_origin(list[int]), typing.get_args(dict[str, int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print('TypeError:', e)
try:
    int | 3
except TypeError as e:
    print('TypeError:', e)
import typing
print(typing.Union[int, str] == int | str, int | str == typing.Union[int, str], typing.Optional[int] == int | None)
isinstance(1, 3)
