// dataclasses_module.cpp — the `dataclasses` module in embedded Python (py_source.hpp):
// @dataclass (init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args), field(),
// fields(), asdict(), astuple(), replace(), is_dataclass(), InitVar-free __post_init__,
// FrozenInstanceError, with CPython's generated-method behaviour and messages. The
// generated __init__ binds its arguments itself (the interpreter cannot compile source
// with a chosen signature), reporting CPython's messages; frozen instances are written
// through a native helper that bypasses __setattr__ (object.__setattr__ in CPython).
//
// Not provided: slots=True, weakref_slot, InitVar/ClassVar typing markers (a ClassVar
// written as a string annotation "ClassVar[...]" is recognised), make_dataclass.
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {

namespace {

const char* const kDataclassesSource = R"PY(
class FrozenInstanceError(AttributeError):
    pass

class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'
MISSING = _MISSING_TYPE()

class _KW_ONLY_TYPE:
    pass
KW_ONLY = _KW_ONLY_TYPE()

class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)' % (
                    self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                    self.hash, self.compare, self.metadata, self.kw_only))

def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)

def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    return False

def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values())

def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')

def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')

def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    else:
        return _deepcopy(obj)

def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)

def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    else:
        return _deepcopy(obj)

def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)

def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

def _make_init(cls, init_fields, has_post_init, frozen):
    pos = [f for f in init_fields if not f.kw_only]
    kw = [f for f in init_fields if f.kw_only]
    names = [f.name for f in init_fields]
    qual = cls.__qualname__ + '.__init__()'
    all_fields = list(cls.__dataclass_fields__.values())

    def __init__(self, *args, **kwargs):
        if len(args) > len(pos):
            n = len(pos) + 1
            given = len(args) + 1
            ndef = sum(1 for f in pos if f.default is not MISSING or f.default_factory is not MISSING)
            if ndef:
                takes = 'from %d to %d positional arguments' % (n - ndef, n)
            else:
                takes = '%d positional argument%s' % (n, '' if n == 1 else 's')
            raise TypeError('%s takes %s but %d %s given' % (qual, takes, given, 'was' if given == 1 else 'were'))
        values = {}
        for f, v in zip(pos, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError('%s got an unexpected keyword argument %r' % (qual, k))
            if k in values:
                raise TypeError('%s got multiple values for argument %r' % (qual, k))
            values[k] = v
        missing_pos = [f.name for f in pos if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing_pos:
            raise TypeError('%s missing %d required positional argument%s: %s' % (
                qual, len(missing_pos), '' if len(missing_pos) == 1 else 's', _quote_names(missing_pos)))
        missing_kw = [f.name for f in kw if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing_kw:
            raise TypeError('%s missing %d required keyword-only argument%s: %s' % (
                qual, len(missing_kw), '' if len(missing_kw) == 1 else 's', _quote_names(missing_kw)))
        for f in all_fields:
            if f.init:
                if f.name in values:
                    v = values[f.name]
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                else:
                    v = f.default
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if frozen:
                _object_setattr(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            self.__post_init__()
    __init__.__qualname__ = cls.__qualname__ + '.__init__'
    return __init__

def _quote_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]

_repr_running = []

def _make_repr(cls, repr_fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.append(key)
        try:
            parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in repr_fields]
        finally:
            _repr_running.remove(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__

def _tuple_of(obj, fs):
    return tuple(getattr(obj, f.name) for f in fs)

def _make_cmp(name, op, cmp_fields):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, cmp_fields), _tuple_of(other, cmp_fields))
        return NotImplemented
    method.__name__ = name
    return method

def _frozen_setattr(self, name, value):
    if type(self) is self.__class__ and name in self.__class__.__dataclass_fields__:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    raise FrozenInstanceError(f"cannot assign to field {name!r}")

def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field {name!r}")

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    for b in reversed(cls.__mro__[1:]):
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_mode = kw_only
    own = []
    for name, typ in annotations.items():
        if typ is KW_ONLY or (isinstance(typ, str) and typ.endswith('KW_ONLY')):
            kw_only_mode = True
            continue
        if _is_classvar(typ):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = typ
        if f.kw_only is MISSING:
            f.kw_only = kw_only_mode
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        own.append(f)
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    for f in own:
        all_fields[f.name] = f
    setattr(cls, '__dataclass_fields__', all_fields)
    setattr(cls, '__dataclass_params__', (init, repr, eq, order, unsafe_hash, frozen))
    field_list = list(all_fields.values())
    if init:
        seen_default = False
        for f in field_list:
            if f.init and not f.kw_only:
                if f.default is not MISSING or f.default_factory is not MISSING:
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
        init_fields = [f for f in field_list if f.init]
        init_fields = [f for f in init_fields if not f.kw_only] + [f for f in init_fields if f.kw_only]
        setattr(cls, '__init__', _make_init(cls, init_fields, hasattr(cls, '__post_init__'), frozen))
    if repr and '__repr__' not in cls.__dict__:
        setattr(cls, '__repr__', _make_repr(cls, [f for f in field_list if f.repr]))
    cmp_fields = [f for f in field_list if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        setattr(cls, '__eq__', _make_cmp('__eq__', lambda a, b: a == b, cmp_fields))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            setattr(cls, name, _make_cmp(name, op, cmp_fields))
    if frozen:
        if '__setattr__' in cls.__dict__ or '__delattr__' in cls.__dict__:
            raise TypeError(f'Cannot overwrite attribute __setattr__ in class {cls.__name__}')
        setattr(cls, '__setattr__', _frozen_setattr)
        setattr(cls, '__delattr__', _frozen_delattr)
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        setattr(cls, '__hash__', lambda self: hash(_tuple_of(self, hash_fields)))
    elif eq and not has_hash:
        setattr(cls, '__hash__', None)
    if match_args and '__match_args__' not in cls.__dict__:
        setattr(cls, '__match_args__', tuple(f.name for f in field_list if f.init and not f.kw_only))
    return cls

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)
)PY";

}  // namespace

void register_dataclasses_module() {
  register_module("dataclasses", [](Interpreter& in, ModuleObject& m) {
    // object.__setattr__ for frozen instances: writes the instance dict directly
    m.add_function("_object_setattr", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("_object_setattr", args, 3, 3);
      DictObject* d = args[0]->instance_dict();
      if (!d) raise(ErrorType::AttributeError, "'" + type_name(args[0]) + "' object has no attribute '__dict__'");
      d->set(to_str(args[1], "attribute name"), args[2]);
      return None();
    });
    m.set("_deepcopy", import_module(in, "copy")->get("deepcopy"));
    exec_module_source(in, m, kDataclassesSource);
  });
}

}  // namespace sl
