# typing — run into the `typing` module (typing_module.cpp says what is and is not here).
import collections as _collections
import types as _types

TYPE_CHECKING = False

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)

def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg

class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg
    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'
    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__
    def __hash__(self):
        return hash(self.__forward_arg__)

class _Final:
    def __or__(self, other):
        return Union[self, other]
    def __ror__(self, other):
        return Union[other, self]

class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem
    def __repr__(self):
        return 'typing.' + self._name
    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)
    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')
    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else a if isinstance(a, list) else _type_check(a) for a in args)
        self._name = name
    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{name}[()]'
        return name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'
    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
    def __hash__(self):
        return hash((self.__origin__, self.__args__))
    def __call__(self, *args, **kwargs):
        if self._name:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead')
        return self.__origin__(*args, **kwargs)
    def __mro_entries__(self, bases):
        return (self.__origin__,)
    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

class _SpecialGenericAlias(_Final):
    # List, Dict, ...: the bare name, subscripted into a _GenericAlias
    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
    def __repr__(self):
        return 'typing.' + self._name
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name)
    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead')
    def __mro_entries__(self, bases):
        return (self.__origin__,)
    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name
    def __hash__(self):
        return hash((self.__origin__, self._name))

class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'
    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))

def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat), 'Union')

def _optional(self, parameters):
    return Union[parameters, None]

def _tuple_alias(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(tuple, params, 'Tuple')

def _callable(self, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    args, result = params
    if args is ...:
        return _CallableAlias(_collections_abc_callable, (..., result), 'Callable')
    if not isinstance(args, list):
        args = [args]
    return _CallableAlias(_collections_abc_callable, tuple(args) + (result,), 'Callable')

class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return 'typing.Callable[[' + ', '.join(_type_repr(a) for a in args[:-1]) + '], ' + _type_repr(args[-1]) + ']'

class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        return _callable(self, params)

def _literal(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _LiteralAlias(Literal, params, 'Literal')

class _LiteralAlias(_GenericAlias):
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

def _wrap1(self, param):
    return _GenericAlias(self, (param,), self._name)

def _annotated(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])

class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        self.__origin__ = origin
        self.__args__ = (origin,)
        self.__metadata__ = metadata
        self._name = 'Annotated'
    def __repr__(self):
        return f'typing.Annotated[{_type_repr(self.__origin__)}, ' + ', '.join(repr(a) for a in self.__metadata__) + ']'
    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError('Any cannot be instantiated')

Any = _AnyForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
ClassVar = _SpecialForm('ClassVar', _wrap1)
Final = _SpecialForm('Final', _wrap1)
Annotated = _SpecialForm('Annotated', _annotated)

class _Abc:
    # stands for the collections.abc classes (not provided): only names them in reprs
    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'
    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"

_collections_abc_callable = _Abc('Callable')

List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Type = _SpecialGenericAlias(type, 'Type', 1)
Tuple = _SpecialForm('Tuple', _tuple_alias)
Callable = _CallableSpecial(_collections_abc_callable, 'Callable')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 'OrderedDict', 2)
Counter = _SpecialGenericAlias(_collections.Counter, 'Counter', 1)
Deque = _SpecialGenericAlias(_collections.deque, 'Deque', 1)
Text = str

for _name, _n in (('Iterable', 1), ('Iterator', 1), ('Sequence', 1), ('MutableSequence', 1),
                  ('Mapping', 2), ('MutableMapping', 2), ('AbstractSet', 1), ('MutableSet', 1),
                  ('Collection', 1), ('Container', 1), ('Reversible', 1), ('Hashable', 0),
                  ('Sized', 0), ('Generator', 3), ('KeysView', 1), ('ValuesView', 1),
                  ('ItemsView', 2), ('Awaitable', 1), ('Coroutine', 3), ('AsyncIterable', 1),
                  ('AsyncIterator', 1), ('AsyncGenerator', 2)):
    globals()[_name] = _SpecialGenericAlias(_Abc(_name), _name, _n)
del _name, _n

class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

AnyStr = TypeVar('AnyStr', bytes, str)

class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params, 'Generic' if cls is Generic else None)

class Protocol(Generic):
    pass

def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(cls, params)

class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'
    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'
    def __call__(self, x):
        return x

def cast(typ, val):
    return val

def overload(func):
    return func

def final(f):
    return f

def no_type_check(arg):
    return arg

def runtime_checkable(cls):
    return cls

def reveal_type(obj):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj

def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: ' + repr(arg))

def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, _types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    return None

def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias) and not (len(tp.__args__) == 2 and tp.__args__[0] is ...):
        return (list(tp.__args__[:-1]), tp.__args__[-1])
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        return tp.__args__
    return ()

def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        value = eval(value.__forward_arg__, globalns, localns)
    return value

def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                import sys
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, dict(vars(base)) if localns is None else localns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if callable(obj):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        globalns = getattr(obj, '__globals__', {})
    return {name: _eval_hint(value, globalns, localns) for name, value in ann.items()}

class _NamedTupleMeta:
    # `class P(NamedTuple): x: int` -- the class statement calls _NamedTupleMeta(name, bases, ns)
    # because the base is an instance of it (the metaclass rule, lang/eval_stmt.cpp)
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        fields = list(types)
        defaults = []
        for f in fields:
            if f in ns:
                defaults.append(ns[f])
            elif defaults:
                s = 's' if len(defaults) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {f} cannot follow default field{s} '
                                + ', '.join(fields[fields.index(f) - len(defaults):fields.index(f)]))
        nm = _collections.namedtuple(typename, fields, defaults=defaults, module=ns.get('__module__', '__main__'))
        nm.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__orig_bases__') or key in fields:
                continue
            setattr(nm, key, value)
        return nm
    def __call__(self, typename, fields=None, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = [(n, t) for n, t in fields]
        nm = _collections.namedtuple(typename, [n for n, t in fields])
        nm.__annotations__ = {n: _type_check(t) for n, t in fields}
        return nm
    def __repr__(self):
        return "<function NamedTuple>"

NamedTuple = object.__new__(_NamedTupleMeta)

class _TypedDictMeta:
    def __new__(cls, name, bases, ns, total=True):
        ann = {}
        for b in bases:
            if isinstance(b, type) and b is not dict:
                ann.update(getattr(b, '__annotations__', {}))
        ann.update(ns.get('__annotations__', {}))
        return _TypedDictClass(name, ann, total)
    def __call__(self, typename, fields=None, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return _TypedDictClass(typename, {n: _type_check(t) for n, t in dict(fields).items()}, total)

class _TypedDictClass:
    # a TypedDict "class": calling it builds a plain dict (as in CPython)
    def __init__(self, name, annotations, total):
        self.__name__ = name
        self.__qualname__ = name
        self.__annotations__ = annotations
        self.__total__ = total
        self.__required_keys__ = frozenset(annotations) if total else frozenset()
        self.__optional_keys__ = frozenset() if total else frozenset(annotations)
    def __call__(self, *args, **kwargs):
        return dict(*args, **kwargs)
    def __repr__(self):
        return f"<class '__main__.{self.__name__}'>"

TypedDict = object.__new__(_TypedDictMeta)
