# `from M import *` takes the names in M.__all__ when the module defines it.
from typing import *
print(sorted(n for n in ('List', 'Optional', 'NamedTuple', 'TypeVar', 'cast') if n in globals()))
print('_collections' in globals(), '_type_repr' in globals(), 'typing' in globals())
from string import *
print(ascii_lowercase, digits)
