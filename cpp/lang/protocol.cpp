// protocol.cpp — the abstract object protocol (CPython's Objects/abstract.c and the
// generic attribute machinery of Objects/object.c): repr/str, truth, hashing, rich
// comparison and binary operators with the reflected protocol, attribute get/set with
// descriptors, item access, iteration and calls. Everything dispatches on type slots; the
// int/float fast paths live in types_number.cpp.
#include <algorithm>
#include <cstdio>

#include "lang/builtin_types.hpp"
#include "lang/generic_alias.hpp"
#include "lang/interpreter.hpp"
#include "lang/module.hpp"
#include "lang/suggestions.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

inline bool not_impl(const ObjPtr& r) { return !r || r.get() == NotImplemented().get(); }

BinaryFn find_arr_slot(const TypeObject* t, BinaryFn (TypeObject::*arr)[kNumBinOps], int k) {
  for (; t; t = t->base)
    if ((t->*arr)[k]) return (t->*arr)[k];
  return nullptr;
}
BinaryFn find_cmp_slot(const TypeObject* t, int k) {
  for (; t; t = t->base)
    if (t->compare[k]) return t->compare[k];
  return nullptr;
}

bool is_seq_for_concat(const ObjPtr& o) {
  return is_str(o) || is_list(o) || is_tuple(o) || is_bytes(o);
}

[[noreturn]] void raise_binop_error(BinOp op, const ObjPtr& a, const ObjPtr& b, bool inplace) {
  if (op == BinOp::Add && !inplace && is_seq_for_concat(a) && !is_bytes(a) && !(is_int(b) || is_float(b))) {
    raise_type_error("can only concatenate " + type_name(a) + " (not \"" + type_name(b) +
                     "\") to " + type_name(a));
  }
  if (op == BinOp::Add && inplace && (is_list(a))) {
    raise_type_error("'" + type_name(b) + "' object is not iterable");
  }
  if (op == BinOp::Add && is_seq_for_concat(a) && !is_bytes(a) && (is_int(b) || is_float(b)) && !inplace) {
    raise_type_error("can only concatenate " + type_name(a) + " (not \"" + type_name(b) +
                     "\") to " + type_name(a));
  }
  if (op == BinOp::Add && is_bytes(a) && !inplace) raise_type_error("can't concat " + type_name(b) + " to bytes");
  if (op == BinOp::Mul && (is_seq_for_concat(a) || is_seq_for_concat(b))) {
    const ObjPtr& other = is_seq_for_concat(a) ? b : a;
    raise_type_error("can't multiply sequence by non-int of type '" + type_name(other) + "'");
  }
  std::string sym = binop_symbol(op);
  if (inplace) sym += "=";
  else if (op == BinOp::Pow) sym = "** or pow()";
  raise_type_error("unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" +
                   type_name(b) + "'");
}

// a OP b through the slots; null when neither side implements it.
ObjPtr binop_slots(Interpreter& in, BinOp op, const ObjPtr& a, const ObjPtr& b) {
  int k = static_cast<int>(op);
  TypeObject* ta = a->type();
  TypeObject* tb = b->type();
  BinaryFn fa = find_arr_slot(ta, &TypeObject::binop, k);
  BinaryFn fb = ta != tb ? find_arr_slot(tb, &TypeObject::rbinop, k) : nullptr;
  if (fb && tb->is_subtype_of(ta) && fb != find_arr_slot(ta, &TypeObject::rbinop, k)) {
    ObjPtr r = fb(in, b, a);
    if (!not_impl(r)) return r;
    fb = nullptr;
  }
  if (fa) {
    ObjPtr r = fa(in, a, b);
    if (!not_impl(r)) return r;
  }
  if (fb) {
    ObjPtr r = fb(in, b, a);
    if (!not_impl(r)) return r;
  }
  return nullptr;
}

// Iterator over any object with __getitem__ (the old sequence protocol).
struct SeqGetitemIter : Object {
  ObjPtr seq;
  int64_t i = 0;
  explicit SeqGetitemIter(ObjPtr s);
};
TypeObject* seq_getitem_iter_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("iterator", "builtins");
    t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
    t->next = [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
      auto* it = cast<SeqGetitemIter>(self);
      if (!it->seq) return nullptr;
      try {
        ObjPtr r = getitem(it->seq, make_int(it->i));
        ++it->i;
        return r;
      } catch (PyError& e) {
        if (e.type == ErrorType::IndexError || e.type == ErrorType::StopIteration) {
          it->seq = nullptr;
          return nullptr;
        }
        throw;
      } catch (PyException& e) {
        if (e.exc->type()->is_subtype_of(exception_type(ErrorType::IndexError)) ||
            e.exc->type()->is_subtype_of(exception_type(ErrorType::StopIteration))) {
          it->seq = nullptr;
          return nullptr;
        }
        throw;
      }
    };
    return t;
  }();
  return t;
}
SeqGetitemIter::SeqGetitemIter(ObjPtr s) : Object(seq_getitem_iter_type()), seq(std::move(s)) {}

ObjPtr bind_descriptor(const ObjPtr& d, const ObjPtr& self, TypeObject* t) {
  TypeObject* dt = d->type();
  if (dt == method_descriptor_type) {
    auto* md = cast<MethodDescriptorObject>(d);
    auto b = make_object<BuiltinFunctionObject>(md->name, md->fn, md->is_static ? nullptr : self);
    b->owner = md->owner->name;
    return b;
  }
  if (dt == function_type) return make_object<MethodObject>(d, self);
  if (dt == classmethod_type) return make_object<MethodObject>(cast<WrapperObject>(d)->func, ObjPtr(t));
  if (dt == staticmethod_type) return cast<WrapperObject>(d)->func;
  return d;
}

ObjPtr type_getattr(Interpreter& in, const ObjPtr& o, const std::string& name, bool do_raise) {
  auto* t = cast<TypeObject>(o);
  // type.__name__ / __qualname__ are data descriptors of the metatype: they win over
  // entries of the class dict (function_type's own '__name__' getset, for instance).
  if (name == "__name__") return make_str(t->name);
  if (name == "__qualname__") {
    ObjPtr q = t->dict ? t->dict->get(std::string("__qualname__")) : nullptr;
    return q && is_str(q) ? q : make_str(t->name);
  }
  ObjPtr d = type_lookup(t, name);
  if (d) {
    TypeObject* dt = d->type();
    if (dt == method_descriptor_type && cast<MethodDescriptorObject>(d)->is_static) {
      auto* md = cast<MethodDescriptorObject>(d);
      return make_object<BuiltinFunctionObject>(md->name, md->fn);
    }
    if (dt == classmethod_type) return make_object<MethodObject>(cast<WrapperObject>(d)->func, o);
    if (dt == staticmethod_type) return cast<WrapperObject>(d)->func;
    return d;
  }
  if (name == "__name__" || name == "__qualname__") return make_str(t->name);
  if (name == "__module__") return make_str(t->module.empty() ? "builtins" : t->module);
  if (name == "__doc__") return None();
  if (name == "__bases__") {
    std::vector<ObjPtr> b;
    if (t->base) b.push_back(ObjPtr(t->base));
    for (TypeObject* e : t->extra_bases) b.push_back(ObjPtr(e));
    return make_tuple(std::move(b));
  }
  if (name == "__base__") return t->base ? ObjPtr(t->base) : None();
  if (name == "__mro__") {
    // the base chain, each extra base's own chain inserted before the first class it shares
    // with the main chain (C3's order for a class with single-inheritance bases)
    std::vector<TypeObject*> chain;
    for (TypeObject* p = t; p; p = p->base) chain.push_back(p);
    for (size_t i = 0; i < chain.size(); ++i)
      for (TypeObject* e : chain[i]->extra_bases) {
        std::vector<TypeObject*> extra;
        TypeObject* q = e;
        for (; q && std::find(chain.begin(), chain.end(), q) == chain.end(); q = q->base) extra.push_back(q);
        auto at = q ? std::find(chain.begin(), chain.end(), q) : chain.end();
        chain.insert(at, extra.begin(), extra.end());
      }
    std::vector<ObjPtr> b;
    for (TypeObject* p : chain) b.push_back(ObjPtr(p));
    return make_tuple(std::move(b));
  }
  if (name == "__dict__") return t->dict;
  if (name == "__class__") return ObjPtr(type_type);
  if (!do_raise) return nullptr;
  ObjPtr exc = make_exception(ErrorType::AttributeError, "type object '" + t->tp_name() + "' has no attribute '" + name + "'");
  cast<ExceptionObject>(exc)->suggestion = suggest_attribute(o, name);
  throw_exception(exc);
}

}  // namespace

// ---------------------------------------------------------------------------------------
std::string address_string(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx",
                static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

std::string repr(const ObjPtr& o) {
  if (UnaryFn f = find_slot(o->type(), &TypeObject::repr)) {
    NestGuard nest;
    ObjPtr r = f(current_interpreter(), o);
    if (!is_str(r)) raise_type_error("__repr__ returned non-string (type " + type_name(r) + ")");
    return str_value(r);
  }
  TypeObject* t = o->type();
  return "<" + t->qualified_name() + " object at " + address_string(o.get()) + ">";
}

std::string str(const ObjPtr& o) {
  if (is_str(o)) return str_value(o);
  if (UnaryFn f = find_slot(o->type(), &TypeObject::str)) {
    ObjPtr r = f(current_interpreter(), o);
    if (!is_str(r)) raise_type_error("__str__ returned non-string (type " + type_name(r) + ")");
    return str_value(r);
  }
  return repr(o);
}

bool is_true(const ObjPtr& o) {
  TypeObject* t = o->type();
  if (t == bool_type || t == int_type) return int_value(o) != 0;
  if (t == bigint_type) return true;  // never zero
  if (t == none_type) return false;
  if (t == float_type) return float_value(o) != 0.0;
  if (t == str_type) return !str_value(o).empty();
  if (t == list_type) return !list_items(o).empty();
  if (t == tuple_type) return !tuple_items(o).empty();
  if (t == dict_type) return as_dict(o)->size() != 0;
  if (auto f = find_slot(t, &TypeObject::truth)) return f(current_interpreter(), o);
  if (auto f = find_slot(t, &TypeObject::len)) return f(current_interpreter(), o) != 0;
  return true;
}

int64_t hash(const ObjPtr& o) {
  TypeObject* t = o->type();
  if (t == str_type) {
    auto* s = cast<StrObject>(o);
    if (s->hash_cache == -1) s->hash_cache = hash_string(s->value);
    return s->hash_cache;
  }
  if (t == int_type || t == bool_type) return hash_int(int_value(o));
  if (t == bigint_type) return hash_int_obj(o);
  if (auto f = find_slot(t, &TypeObject::hash)) return f(current_interpreter(), o);
  if (t->unhashable) raise_type_error("unhashable type: '" + t->tp_name() + "'");
  int64_t h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(o.get()) >> 4);
  return h == -1 ? -2 : h;
}

int64_t len(const ObjPtr& o) {
  TypeObject* t = o->type();
  if (t == list_type) return static_cast<int64_t>(list_items(o).size());
  if (t == tuple_type) return static_cast<int64_t>(tuple_items(o).size());
  if (t == str_type) return cast<StrObject>(o)->length;
  if (auto f = find_slot(t, &TypeObject::len)) {
    int64_t n = f(current_interpreter(), o);
    if (n < 0) raise_value_error("__len__() should return >= 0");
    return n;
  }
  raise_type_error("object of type '" + t->tp_name() + "' has no len()");
}

ObjPtr compare(CmpOp op, const ObjPtr& a, const ObjPtr& b) {
  if (ObjPtr r = number_compare(op, a, b)) return r;
  Interpreter& in = current_interpreter();
  int k = static_cast<int>(op);
  int ks = static_cast<int>(cmpop_swapped(op));
  TypeObject* ta = a->type();
  TypeObject* tb = b->type();
  BinaryFn fa = find_cmp_slot(ta, k);
  BinaryFn fb = find_cmp_slot(tb, ks);
  bool checked_reverse = false;
  if (ta != tb && tb->is_subtype_of(ta) && fb) {
    checked_reverse = true;
    ObjPtr r = fb(in, b, a);
    if (!not_impl(r)) return r;
  }
  if (fa) {
    ObjPtr r = fa(in, a, b);
    if (!not_impl(r)) return r;
  }
  if (!checked_reverse && fb) {
    ObjPtr r = fb(in, b, a);
    if (!not_impl(r)) return r;
  }
  if (op == CmpOp::Eq) return make_bool(a.get() == b.get());
  if (op == CmpOp::Ne) return make_bool(a.get() != b.get());
  raise_type_error(std::string("'") + cmpop_symbol(op) + "' not supported between instances of '" +
                   type_name(a) + "' and '" + type_name(b) + "'");
}

bool compare_bool(CmpOp op, const ObjPtr& a, const ObjPtr& b) {
  ObjPtr r = compare(op, a, b);
  if (r->type() == bool_type) return int_value(r) != 0;
  return is_true(r);
}

bool eq(const ObjPtr& a, const ObjPtr& b) {
  if (a.get() == b.get()) return true;
  TypeObject* ta = a->type();
  TypeObject* tb = b->type();
  if (ta == str_type && tb == str_type) return str_value(a) == str_value(b);
  if ((ta == int_type || ta == bool_type) && (tb == int_type || tb == bool_type))
    return int_value(a) == int_value(b);
  NestGuard nest;
  return compare_bool(CmpOp::Eq, a, b);
}

ObjPtr binary_op(BinOp op, const ObjPtr& a, const ObjPtr& b) {
  if (ObjPtr r = number_binop(op, a, b)) return r;
  if (ObjPtr r = binop_slots(current_interpreter(), op, a, b)) return r;
  raise_binop_error(op, a, b, false);
}

ObjPtr inplace_op(BinOp op, const ObjPtr& a, const ObjPtr& b) {
  if (ObjPtr r = number_binop(op, a, b)) return r;
  Interpreter& in = current_interpreter();
  if (BinaryFn f = find_arr_slot(a->type(), &TypeObject::ibinop, static_cast<int>(op))) {
    ObjPtr r = f(in, a, b);
    if (!not_impl(r)) return r;
  }
  if (ObjPtr r = binop_slots(in, op, a, b)) return r;
  raise_binop_error(op, a, b, true);
}

static ObjPtr unary(const ObjPtr& a, UnaryFn TypeObject::*slot, const char* what) {
  if (UnaryFn f = find_slot(a->type(), slot)) {
    ObjPtr r = f(current_interpreter(), a);
    if (!not_impl(r)) return r;
  }
  raise_type_error(std::string("bad operand type for ") + what + ": '" + type_name(a) + "'");
}

ObjPtr unary_neg(const ObjPtr& a) {
  if (is_int(a)) return int_neg(a);
  if (a->type() == float_type) return make_float(-float_value(a));
  return unary(a, &TypeObject::neg, "unary -");
}
ObjPtr unary_pos(const ObjPtr& a) { return unary(a, &TypeObject::pos, "unary +"); }
ObjPtr unary_invert(const ObjPtr& a) { return unary(a, &TypeObject::invert, "unary ~"); }
ObjPtr abs_op(const ObjPtr& a) { return unary(a, &TypeObject::abs, "abs()"); }

// ---------------------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------------------
// `[].__len__`, `(3).__add__`: native types implement dunders as slots, so attribute
// lookup of such a name binds a builtin method that goes through the protocol.
static ObjPtr slot_method(const ObjPtr& o, const std::string& name) {
  if (name.size() < 5 || name[0] != '_' || name[1] != '_') return nullptr;
  TypeObject* t = o->type();
  auto bind = [&](NativeFn fn) { return ObjPtr(new BuiltinFunctionObject(name, std::move(fn), o)); };
  auto nargs = [&](PosArgs args, size_t n) {
    if (args.size() != n)
      raise_type_error("expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + ", got " +
                       std::to_string(args.size()));
  };
  if (name == "__len__" && find_slot(t, &TypeObject::len))
    return bind([](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return make_int(len(self)); });
  if (name == "__getitem__" && find_slot(t, &TypeObject::getitem))
    return bind([nargs](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs) {
      nargs(a, 1);
      return getitem(self, a[0]);
    });
  if (name == "__setitem__" && find_slot(t, &TypeObject::setitem))
    return bind([nargs](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs) {
      nargs(a, 2);
      setitem(self, a[0], a[1]);
      return None();
    });
  if (name == "__contains__" && (find_slot(t, &TypeObject::contains) || find_slot(t, &TypeObject::iter)))
    return bind([nargs](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs) {
      nargs(a, 1);
      return make_bool(contains(self, a[0]));
    });
  if (name == "__iter__" && find_slot(t, &TypeObject::iter))
    return bind([](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return get_iter(self); });
  if (name == "__next__" && find_slot(t, &TypeObject::next))
    return bind([](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      ObjPtr v = iter_next(self);
      if (!v) raise(ErrorType::StopIteration, "");
      return v;
    });
  if (name == "__repr__")
    return bind([](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return make_str(repr(self)); });
  if (name == "__str__")
    return bind([](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return make_str(str(self)); });
  for (int i = 0; i < kNumBinOps; ++i) {
    BinOp op = static_cast<BinOp>(i);
    if (name != binop_dunder(op)) continue;
    if (!is_number(o) && !find_arr_slot(t, &TypeObject::binop, i)) return nullptr;
    return bind([op, nargs](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs) -> ObjPtr {
      nargs(a, 1);
      try {
        return binary_op(op, self, a[0]);
      } catch (PyError& e) {
        if (e.type == ErrorType::TypeError) return NotImplemented();
        throw;
      }
    });
  }
  return nullptr;
}

static ObjPtr generic_getattr(const ObjPtr& o, const std::string& name, bool do_raise) {
  Interpreter& in = current_interpreter();
  TypeObject* t = o->type();
  if (t == type_type || (is_type(o))) return type_getattr(in, o, name, do_raise);
  ObjPtr d = type_lookup(t, name);
  if (d) {
    TypeObject* dt = d->type();
    if (dt == getset_descriptor_type) return cast<GetSetDescriptorObject>(d)->get(in, o);
    if (dt == property_type) {
      auto* p = cast<WrapperObject>(d);
      if (!p->func) raise(ErrorType::AttributeError, "property '" + name + "' of '" + t->tp_name() + "' object has no getter");
      ObjPtr arg[1] = {o};
      return call(p->func, PosArgs(arg, 1));
    }
  }
  if (DictObject* id = o->peek_instance_dict()) {
    if (ObjPtr v = id->get(name)) return v;
  }
  if (d) return bind_descriptor(d, o, t);
  if (auto f = find_slot(t, &TypeObject::getattr)) {
    if (ObjPtr v = f(in, o, name)) return v;
  }
  if (name == "__class__") return ObjPtr(python_type(o));
  if (ObjPtr m = slot_method(o, name)) return m;
  if (name == "__dict__") {
    if (DictObject* id = o->instance_dict()) return ObjPtr(id);
  }
  if (!do_raise) return nullptr;
  std::string msg = t == module_type ? "module '" + static_cast<ModuleObject*>(o.get())->name +
                                           "' has no attribute '" + name + "'"
                                     : "'" + t->tp_name() + "' object has no attribute '" + name + "'";
  ObjPtr exc = make_exception(ErrorType::AttributeError, msg);
  cast<ExceptionObject>(exc)->suggestion = suggest_attribute(o, name);
  throw_exception(exc);
}

ObjPtr getattr(const ObjPtr& o, const std::string& name) { return generic_getattr(o, name, true); }

ObjPtr getattr_or_null(const ObjPtr& o, const std::string& name) {
  try {
    return generic_getattr(o, name, false);
  } catch (PyError& e) {
    if (e.type == ErrorType::AttributeError) return nullptr;
    throw;
  } catch (PyException& e) {
    if (e.exc->type()->is_subtype_of(exception_type(ErrorType::AttributeError))) return nullptr;
    throw;
  }
}

bool hasattr(const ObjPtr& o, const std::string& name) { return static_cast<bool>(getattr_or_null(o, name)); }

static void set_or_del_attr(const ObjPtr& o, const std::string& name, const ObjPtr& value) {
  Interpreter& in = current_interpreter();
  TypeObject* t = o->type();
  if (auto f = find_slot(t, &TypeObject::setattr)) {
    if (f(in, o, name, value)) return;
  }
  if (is_type(o)) {
    auto* cls = cast<TypeObject>(o);
    // classes made at Python level by native factories (namedtuple) are mutable, as in CPython
    if (!cls->user_defined && !cls->python_level)
      raise_type_error("cannot set '" + name + "' attribute of immutable type '" + cls->name + "'");
    if (value) {
      cls->dict->set(name, value);
    } else if (!cls->dict->remove(name)) {
      raise(ErrorType::AttributeError, "type object '" + cls->tp_name() + "' has no attribute '" + name + "'");
    }
    if (cls->user_defined && name.size() > 4 && name.compare(0, 2, "__") == 0) update_user_type_slots(cls);
    return;
  }
  ObjPtr d = type_lookup(t, name);
  if (d && d->type() == getset_descriptor_type) {
    auto* gs = cast<GetSetDescriptorObject>(d);
    if (!gs->set || !value)
      raise(ErrorType::AttributeError, "attribute '" + name + "' of '" + t->qualified_name() +
                                           "' objects is not writable");
    gs->set(in, o, value);
    return;
  }
  if (d && d->type() == property_type) {
    auto* p = cast<WrapperObject>(d);
    if (!p->fset)
      raise(ErrorType::AttributeError, "property '" + name + "' of '" + t->tp_name() + "' object has no setter");
    ObjPtr arg[2] = {o, value};
    call(p->fset, PosArgs(arg, 2));
    return;
  }
  if (DictObject* id = o->instance_dict()) {
    if (value) {
      id->set(name, value);
      return;
    }
    if (id->remove(name)) return;
  }
  if (t == module_type)
    raise(ErrorType::AttributeError,
          "module '" + static_cast<ModuleObject*>(o.get())->name + "' has no attribute '" + name + "'");
  raise(ErrorType::AttributeError, "'" + t->tp_name() + "' object has no attribute '" + name + "'");
}

void setattr(const ObjPtr& o, const std::string& name, const ObjPtr& value) { set_or_del_attr(o, name, value); }
void delattr(const ObjPtr& o, const std::string& name) { set_or_del_attr(o, name, nullptr); }

// ---------------------------------------------------------------------------------------
// Items, containment, iteration
// ---------------------------------------------------------------------------------------
ObjPtr getitem(const ObjPtr& o, const ObjPtr& key) {
  if (BinaryFn f = find_slot(o->type(), &TypeObject::getitem)) return f(current_interpreter(), o, key);
  if (is_type(o)) {
    // list[int] and friends: a types.GenericAlias (generic_alias.cpp).
    auto* cls = cast<TypeObject>(o);
    if (cls->user_defined) {  // PEP 560: C[int] calls C.__class_getitem__ (typing.Generic)
      if (ObjPtr cg = getattr_or_null(o, "__class_getitem__")) {
        ObjPtr a[2] = {o, key};  // an undecorated def is an implicit classmethod
        return cg->type() == function_type ? call(cg, PosArgs(a, 2)) : call(cg, PosArgs(a + 1, 1));
      }
    }
    if (!cls->user_defined && (cls == list_type || cls == dict_type || cls == tuple_type ||
                               cls == set_type || cls == type_type || cls == frozenset_type))
      return make_generic_alias(o, key);
    raise_type_error("type '" + cls->tp_name() + "' is not subscriptable");
  }
  raise_type_error("'" + type_name(o) + "' object is not subscriptable");
}

void setitem(const ObjPtr& o, const ObjPtr& key, const ObjPtr& value) {
  if (auto f = find_slot(o->type(), &TypeObject::setitem)) return f(current_interpreter(), o, key, value);
  raise_type_error("'" + type_name(o) + "' object does not support item assignment");
}

void delitem(const ObjPtr& o, const ObjPtr& key) {
  if (auto f = find_slot(o->type(), &TypeObject::delitem)) return f(current_interpreter(), o, key);
  raise_type_error("'" + type_name(o) + "' object doesn't support item deletion");
}

bool contains(const ObjPtr& container, const ObjPtr& item) {
  if (auto f = find_slot(container->type(), &TypeObject::contains))
    return f(current_interpreter(), container, item);
  if (!find_slot(container->type(), &TypeObject::iter) &&
      !find_slot(container->type(), &TypeObject::getitem))
    raise_type_error("argument of type '" + type_name(container) + "' is not iterable");
  bool found = false;
  for_each(container, [&](const ObjPtr& x) {
    if (eq(x, item)) {
      found = true;
      return false;
    }
    return true;
  });
  return found;
}

ObjPtr get_iter(const ObjPtr& o) {
  TypeObject* t = o->type();
  if (t == list_type || t == tuple_type) return make_seq_iter(o);
  if (UnaryFn f = find_slot(t, &TypeObject::iter)) {
    ObjPtr it = f(current_interpreter(), o);
    if (!find_slot(it->type(), &TypeObject::next))
      raise_type_error("iter() returned non-iterator of type '" + type_name(it) + "'");
    return it;
  }
  if (find_slot(t, &TypeObject::getitem) && !is_dict(o)) return make_object<SeqGetitemIter>(o);
  raise_type_error("'" + t->tp_name() + "' object is not iterable");
}

ObjPtr iter_next(const ObjPtr& it) {
  NestGuard nest;  // chains of lazy iterators (map(map(...))) recurse here
  if (UnaryFn f = find_slot(it->type(), &TypeObject::next)) return f(current_interpreter(), it);
  raise_type_error("'" + type_name(it) + "' object is not an iterator");
}

std::vector<ObjPtr> iterate(const ObjPtr& o) {
  if (is_list(o)) return list_items(o);
  if (is_tuple(o)) return tuple_items(o);
  std::vector<ObjPtr> out;
  if (is_range(o)) {
    int64_t n = cast<RangeObject>(o)->length();
    if (n > (int64_t(1) << 28)) raise_memory_error("");  // would exhaust memory anyway
    out.reserve(alloc_count(n));
  }
  ObjPtr it = get_iter(o);
  while (ObjPtr x = iter_next(it)) {
    check_interrupt();
    out.push_back(std::move(x));
  }
  return out;
}

void for_each(const ObjPtr& o, const std::function<bool(const ObjPtr&)>& f) {
  if (is_list(o)) {
    auto& v = list_items(o);
    for (size_t i = 0; i < v.size(); ++i) {
      ObjPtr x = v[i];
      if (!f(x)) return;
    }
    return;
  }
  if (is_tuple(o)) {
    for (auto& x : tuple_items(o))
      if (!f(x)) return;
    return;
  }
  ObjPtr it = get_iter(o);
  while (ObjPtr x = iter_next(it)) {
    check_interrupt();
    if (!f(x)) return;
  }
}

// ---------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------
ObjPtr call(const ObjPtr& f, PosArgs args, KwArgs kwargs) {
  Interpreter& in = current_interpreter();
  TypeObject* t = f->type();
  if (t == function_type) return call_python_function(in, f, args, kwargs);
  NestGuard nest;  // native callables may call back into Python
  if (t == builtin_function_type) {
    auto* b = cast<BuiltinFunctionObject>(f);
    return b->fn(in, b->self, args, kwargs);
  }
  if (t == method_type) {
    auto* m = cast<MethodObject>(f);
    std::vector<ObjPtr> a;
    a.reserve(args.size() + 1);
    a.push_back(m->self);
    for (auto& x : args) a.push_back(x);
    return call(m->func, PosArgs(a), kwargs);
  }
  if (t == method_descriptor_type) {
    auto* md = cast<MethodDescriptorObject>(f);
    if (md->is_static) return md->fn(in, nullptr, args, kwargs);
    if (args.empty())
      raise_type_error("unbound method " + md->owner->name + "." + md->name + "() needs an argument");
    if (!is_instance(args[0], md->owner))
      raise_type_error("descriptor '" + md->name + "' for '" + md->owner->name +
                       "' objects doesn't apply to a '" + type_name(args[0]) + "' object");
    return md->fn(in, args[0], args.sub(1), kwargs);
  }
  if (is_type(f)) return call_type(in, cast<TypeObject>(f), args, kwargs);
  if (CallFn c = find_slot(t, &TypeObject::call)) return c(in, f, args, kwargs);
  raise_type_error("'" + t->tp_name() + "' object is not callable");
}

ObjPtr call_type(Interpreter& in, TypeObject* t, PosArgs args, KwArgs kwargs) {
  if (ConstructFn c = find_slot(t, &TypeObject::construct)) return c(in, t, args, kwargs);
  raise_type_error("cannot create '" + t->qualified_name() + "' instances");
}

ObjPtr call_method(const ObjPtr& o, const std::string& name, PosArgs args, KwArgs kwargs) {
  ObjPtr d = type_lookup(o->type(), name);
  if (d && d->type() == method_descriptor_type && !o->peek_instance_dict()) {
    auto* md = cast<MethodDescriptorObject>(d);
    return md->fn(current_interpreter(), md->is_static ? nullptr : o, args, kwargs);
  }
  return call(getattr(o, name), args, kwargs);
}

}  // namespace sl
