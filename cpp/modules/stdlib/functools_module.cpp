// functools_module.cpp — the `functools` module. Native: reduce and partial (hot, and
// partial's repr/attributes are CPython's C type). Embedded Python (py_source.hpp):
// update_wrapper, wraps, lru_cache, cache, cmp_to_key, total_ordering — their wrappers must
// be Python functions so that they bind as methods when a class body uses them.
//
// Not provided: partialmethod, singledispatch, cached_property (they need the descriptor
// protocol on user classes, which the interpreter does not have).
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {

namespace {

struct PartialObject : ObjectWithDict {
  ObjPtr func;
  std::vector<ObjPtr> args;
  Ref<DictObject> keywords;
  explicit PartialObject(TypeObject* t) : ObjectWithDict(t), keywords(make_dict()) {}
};

TypeObject* partial_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("partial", "functools");
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kw) -> ObjPtr {
      if (args.empty()) raise_type_error("type 'partial' takes at least one argument");
      if (!is_callable(args[0])) raise_type_error("the first argument must be callable");
      auto p = make_object<PartialObject>(cls);
      ObjPtr fn = args[0];
      if (fn->type() == cls) {  // partial(partial(f, 1), 2) flattens, like CPython
        auto* inner = cast<PartialObject>(fn);
        p->args = inner->args;
        for (auto& e : inner->keywords->entries())
          if (e.key) p->keywords->set(e.key, e.value);
        fn = inner->func;
      }
      p->func = fn;
      p->args.insert(p->args.end(), args.begin() + 1, args.end());
      for (auto& k : kw) p->keywords->set(k.name, k.value);
      return p;
    };
    t->call = [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
      auto* p = cast<PartialObject>(self);
      std::vector<ObjPtr> all = p->args;
      all.insert(all.end(), args.begin(), args.end());
      std::vector<KwArg> kws;
      for (auto& e : p->keywords->entries())
        if (e.key) kws.push_back({str_value(e.key), e.value});
      for (auto& k : kw) {
        bool replaced = false;
        for (auto& existing : kws)
          if (existing.name == k.name) {
            existing.value = k.value;
            replaced = true;
          }
        if (!replaced) kws.push_back(k);
      }
      return call(p->func, PosArgs(all), KwArgs(kws.data(), kws.size()));
    };
    t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      auto* p = cast<PartialObject>(self);
      std::string out = self->type()->qualified_name() + "(" + repr(p->func);
      for (auto& a : p->args) out += ", " + repr(a);
      for (auto& e : p->keywords->entries())
        if (e.key) out += ", " + str(e.key) + "=" + repr(e.value);
      return make_str(out + ")");
    };
    add_getset(t, "func", [](Interpreter&, const ObjPtr& self) { return cast<PartialObject>(self)->func; });
    add_getset(t, "args", [](Interpreter&, const ObjPtr& self) { return make_tuple(cast<PartialObject>(self)->args); });
    add_getset(t, "keywords", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      return cast<PartialObject>(self)->keywords;
    });
    return t;
  }();
  return t;
}

ObjPtr reduce_impl(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
  if (!kw.empty()) raise_type_error("reduce() takes no keyword arguments");
  if (args.size() < 2) raise_type_error("reduce expected at least 2 arguments, got " + std::to_string(args.size()));
  if (args.size() > 3) raise_type_error("reduce expected at most 3 arguments, got " + std::to_string(args.size()));
  ObjPtr it;
  try {
    it = get_iter(args[1]);
  } catch (PyError& e) {
    if (e.type != ErrorType::TypeError) throw;
    raise_type_error("reduce() arg 2 must support iteration");
  }
  ObjPtr acc = args.size() == 3 ? args[2] : iter_next(it);
  if (!acc) raise_type_error("reduce() of empty iterable with no initial value");
  while (ObjPtr x = iter_next(it)) acc = call(args[0], {acc, x});
  return acc;
}

const char* const kFunctoolsSource = R"PY(
from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        target = getattr(wrapper, attr, None)
        if target is not None:
            target.update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)

# total_ordering: each derived method calls the root method of the class directly
def _derive(root, make):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return make(self, other, r)
    return method

_convert = {
    '__lt__': [('__gt__', lambda s, o, r: not r and s != o),
               ('__le__', lambda s, o, r: r or s == o),
               ('__ge__', lambda s, o, r: not r)],
    '__le__': [('__ge__', lambda s, o, r: not r or s == o),
               ('__lt__', lambda s, o, r: r and s != o),
               ('__gt__', lambda s, o, r: not r)],
    '__gt__': [('__lt__', lambda s, o, r: not r and s != o),
               ('__ge__', lambda s, o, r: r or s == o),
               ('__le__', lambda s, o, r: not r)],
    '__ge__': [('__le__', lambda s, o, r: not r or s == o),
               ('__gt__', lambda s, o, r: r and s != o),
               ('__lt__', lambda s, o, r: not r)],
}

def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False

def total_ordering(cls):
    roots = {op for op in _convert if _defines(cls, op)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, make in _convert[root]:
        if opname not in roots:
            fn = _derive(root, make)
            fn.__name__ = opname
            fn.__qualname__ = cls.__qualname__ + '.' + opname
            setattr(cls, opname, fn)
    return cls

def cmp_to_key(mycmp):
    class K(object):
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    K.__qualname__ = 'functools.KeyWrapper'
    return K

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
_kwd_mark = (object(),)

def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key

def _lru_cache_wrapper(user_function, maxsize, typed):
    # the dict keeps keys in recency order: a hit moves its key to the end, and a full
    # cache evicts the first key (least recently used)
    cache = {}
    hits = misses = 0
    sentinel = _kwd_mark

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, sentinel)
            if result is not sentinel:
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper

def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function

def cache(user_function):
    return lru_cache(maxsize=None)(user_function)
)PY";

}  // namespace

void register_functools_module() {
  register_module("functools", [](Interpreter& in, ModuleObject& m) {
    m.add_function("reduce", reduce_impl);
    m.set("partial", ObjPtr(partial_type()));
    exec_module_source(in, m, kFunctoolsSource);
  });
}

}  // namespace sl
