// builtins.cpp — the builtin functions (print, len, sorted, min/max, round, isinstance,
// ...) and the builtin iterator types (enumerate, zip, map, filter, reversed), with
// CPython's argument handling and error messages.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "lang/temp_operands.hpp"
#include "lang/args.hpp"
#include "lang/generic_alias.hpp"
#include "lang/generator.hpp"
#include "lang/output_hook.hpp"
#include "lang/parser.hpp"
#include "lang/suggestions.hpp"

namespace sl {

namespace {

using Fn = ObjPtr (*)(Interpreter&, const ObjPtr&, PosArgs, KwArgs);

// ---------------------------------------------------------------------------------------
// Iterator types
// ---------------------------------------------------------------------------------------
struct EnumerateObject : Object {
  ObjPtr it;
  int64_t n;
  EnumerateObject(TypeObject* t, ObjPtr i, int64_t s) : Object(t), it(std::move(i)), n(s) {}
};
struct ZipObject : Object {
  std::vector<ObjPtr> its;
  bool strict;
  ZipObject(TypeObject* t, std::vector<ObjPtr> i, bool s) : Object(t), its(std::move(i)), strict(s) {}
};
struct MapObject : Object {
  ObjPtr fn;
  std::vector<ObjPtr> its;
  MapObject(TypeObject* t, ObjPtr f, std::vector<ObjPtr> i) : Object(t), fn(std::move(f)), its(std::move(i)) {}
};
struct FilterObject : Object {
  ObjPtr fn, it;
  FilterObject(TypeObject* t, ObjPtr f, ObjPtr i) : Object(t), fn(std::move(f)), it(std::move(i)) {}
};
struct ReversedObject : Object {
  ObjPtr seq;
  int64_t i;
  ReversedObject(TypeObject* t, ObjPtr s, int64_t n) : Object(t), seq(std::move(s)), i(n) {}
};

TypeObject *enumerate_type, *zip_type, *map_type, *filter_type, *reversed_type;

ObjPtr self_iter(Interpreter&, const ObjPtr& self) { return self; }

void init_iterator_types() {
  enumerate_type = new_type("enumerate", "builtins");
  enumerate_type->iter = self_iter;
  enumerate_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* e = static_cast<EnumerateObject*>(self.get());
    ObjPtr x = iter_next(e->it);
    if (!x) return nullptr;
    return make_tuple({make_int(e->n++), x});
  };
  enumerate_type->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kwargs) -> ObjPtr {
    static const Signature sig("enumerate", {"iterable", "start="});
    BoundArgs a = sig.bind(args, kwargs);
    return make_object<EnumerateObject>(t, get_iter(a[0]), a.has(1) ? to_int64(a[1]) : 0);
  };

  zip_type = new_type("zip", "builtins");
  zip_type->iter = self_iter;
  zip_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* z = static_cast<ZipObject*>(self.get());
    if (z->its.empty()) return nullptr;
    std::vector<ObjPtr> items;
    items.reserve(z->its.size());
    for (size_t i = 0; i < z->its.size(); ++i) {
      ObjPtr x = iter_next(z->its[i]);
      if (!x) {
        if (z->strict) {
          if (i > 0)
            raise_value_error("zip() argument " + std::to_string(i + 1) + " is shorter than argument" +
                              (i == 1 ? " 1" : "s 1-" + std::to_string(i)));
          for (size_t j = 1; j < z->its.size(); ++j)
            if (iter_next(z->its[j]))
              raise_value_error("zip() argument " + std::to_string(j + 1) + " is longer than argument" +
                                (j == 1 ? " 1" : "s 1-" + std::to_string(j)));
        }
        z->its.clear();
        return nullptr;
      }
      items.push_back(std::move(x));
    }
    return make_tuple(std::move(items));
  };
  zip_type->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kwargs) -> ObjPtr {
    bool strict = false;
    for (auto& kw : kwargs) {
      if (kw.name != "strict") raise_type_error("zip() got an unexpected keyword argument '" + kw.name + "'");
      strict = is_true(kw.value);
    }
    std::vector<ObjPtr> its;
    for (size_t i = 0; i < args.size(); ++i) its.push_back(get_iter(args[i]));
    return make_object<ZipObject>(t, std::move(its), strict);
  };

  map_type = new_type("map", "builtins");
  map_type->iter = self_iter;
  map_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* m = static_cast<MapObject*>(self.get());
    ObjPtr buf[4];
    std::vector<ObjPtr> many;
    size_t n = m->its.size();
    ObjPtr* args = n <= 4 ? buf : (many.resize(n), many.data());
    for (size_t i = 0; i < n; ++i) {
      args[i] = iter_next(m->its[i]);
      if (!args[i]) return nullptr;
    }
    return call(m->fn, PosArgs(args, n));
  };
  map_type->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kwargs) -> ObjPtr {
    check_no_kwargs("map", kwargs);
    if (args.size() < 2) raise_type_error("map() must have at least two arguments.");
    std::vector<ObjPtr> its;
    for (size_t i = 1; i < args.size(); ++i) its.push_back(get_iter(args[i]));
    return make_object<MapObject>(t, args[0], std::move(its));
  };

  filter_type = new_type("filter", "builtins");
  filter_type->iter = self_iter;
  filter_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* f = static_cast<FilterObject*>(self.get());
    while (ObjPtr x = iter_next(f->it)) {
      check_interrupt();
      bool keep;
      if (is_none(f->fn)) keep = is_true(x);
      else {
        ObjPtr a[1] = {x};
        keep = is_true(call(f->fn, PosArgs(a, 1)));
      }
      if (keep) return x;
    }
    return nullptr;
  };
  filter_type->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kwargs) -> ObjPtr {
    check_no_kwargs("filter", kwargs);
    if (args.size() != 2) raise_type_error("filter expected 2 arguments, got " + std::to_string(args.size()));
    return make_object<FilterObject>(t, args[0], get_iter(args[1]));
  };

  reversed_type = new_type("reversed", "builtins");
  reversed_type->iter = self_iter;
  reversed_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* r = static_cast<ReversedObject*>(self.get());
    if (r->i <= 0 || !r->seq) return nullptr;
    --r->i;
    return getitem(r->seq, make_int(r->i));
  };
  reversed_type->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kwargs) -> ObjPtr {
    check_no_kwargs("reversed", kwargs);
    check_nargs("reversed", args, 1, 1);
    const ObjPtr& s = args[0];
    if (is_range(s)) {
      auto* r = cast<RangeObject>(s);
      int64_t n = r->length();
      return make_range_iter(r->start + (n - 1) * r->step, -r->step, n);
    }
    if (is_dict(s)) {
      std::vector<ObjPtr> keys = as_dict(s)->keys();
      std::reverse(keys.begin(), keys.end());
      return get_iter(make_list(std::move(keys)));
    }
    if (ObjPtr rv = type_lookup(s->type(), "__reversed__")) return call(getattr(s, "__reversed__"));
    if (!find_slot(s->type(), &TypeObject::len) || !find_slot(s->type(), &TypeObject::getitem) || is_set(s))
      raise_type_error("'" + type_name(s) + "' object is not reversible");
    // CPython's list.__reversed__ returns its own iterator type (same behaviour)
    static TypeObject* list_rev = [] {
      TypeObject* lt = new_type("list_reverseiterator", "builtins");
      lt->iter = reversed_type->iter;
      lt->next = reversed_type->next;
      return lt;
    }();
    return make_object<ReversedObject>(is_list(s) && t == reversed_type ? list_rev : t, s, len(s));
  };
}

// ---------------------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------------------
ObjPtr bi_print(Interpreter& in, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  std::string sep = " ", end = "\n";
  ObjPtr file;
  bool flush = false;
  for (auto& kw : kwargs) {
    if (kw.name == "sep") {
      if (!is_none(kw.value)) {
        if (!is_str(kw.value)) raise_type_error("sep must be None or a string, not " + type_name(kw.value));
        sep = str_value(kw.value);
      }
    } else if (kw.name == "end") {
      if (!is_none(kw.value)) {
        if (!is_str(kw.value)) raise_type_error("end must be None or a string, not " + type_name(kw.value));
        end = str_value(kw.value);
      }
    } else if (kw.name == "file") {
      if (!is_none(kw.value)) file = kw.value;
    } else if (kw.name == "flush") {
      flush = is_true(kw.value);
    } else {
      raise_type_error("'" + kw.name + "' is an invalid keyword argument for print()");
    }
  }
  if (file) {
    std::string text;
    for (size_t i = 0; i < args.size(); ++i) {
      if (i) text += sep;
      text += str(args[i]);
    }
    text += end;
    ObjPtr a[1] = {make_str(text)};
    call(getattr(file, "write"), PosArgs(a, 1));
    if (flush) call_method(file, "flush");
    return None();
  }
  std::string& out = in.out();
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += sep;
    if (is_str(args[i])) out += str_value(args[i]);
    else out += str(args[i]);
  }
  out += end;
  notify_output(in, flush);
  return None();
}

ObjPtr bi_len(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("len", kwargs);
  if (args.size() != 1) raise_type_error("len() takes exactly one argument (" + std::to_string(args.size()) + " given)");
  return make_int(len(args[0]));
}

ObjPtr bi_repr(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("repr", kwargs);
  if (args.size() != 1) raise_type_error("repr() takes exactly one argument (" + std::to_string(args.size()) + " given)");
  return make_str(repr(args[0]));
}

ObjPtr bi_ascii(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("ascii", kwargs);
  check_nargs("ascii", args, 1, 1);
  return make_str(ascii_repr(repr(args[0])));
}

ObjPtr sum_impl(PosArgs args, KwArgs kwargs) {
  static const Signature sig("sum", {"iterable", "/", "start="});
  BoundArgs a = sig.bind(args, kwargs);
  ObjPtr acc = a.has(1) ? a[1] : make_int(0);
  if (is_str(acc)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(acc)) raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  // int and float fast paths (same order of additions as CPython)
  // int64 accumulation until it would overflow, then Python int addition (big ints)
  bool int_mode = acc->type() == int_type || acc->type() == bool_type;
  bool float_mode = acc->type() == float_type;
  int64_t iacc = int_mode ? int_value(acc) : 0;
  double facc = float_mode ? float_value(acc) : 0.0;
  for_each(a[0], [&](const ObjPtr& x) {
    TypeObject* t = x->type();
    if (int_mode) {
      int64_t sum;
      if ((t == int_type || t == bool_type) && !__builtin_add_overflow(iacc, int_value(x), &sum)) {
        iacc = sum;
        return true;
      }
      if (t == float_type) {
        int_mode = false;
        float_mode = true;
        facc = static_cast<double>(iacc) + float_value(x);
        return true;
      }
      int_mode = false;
      acc = binary_op(BinOp::Add, make_int(iacc), x);
      return true;
    }
    if (float_mode) {
      if (t == float_type) {
        facc += float_value(x);
        return true;
      }
      if (t == int_type || t == bool_type || t == bigint_type) {
        facc += int_to_double(x);
        return true;
      }
      float_mode = false;
      acc = binary_op(BinOp::Add, make_float(facc), x);
      return true;
    }
    // CPython's sum() adds into a refcount-1 running total, which NumPy may overwrite
    // (temporary elision): the total is ours alone
    TempOperandsScope temps(acc.get(), nullptr);
    acc = binary_op(BinOp::Add, acc, x);
    return true;
  });
  if (int_mode) return make_int(iacc);
  if (float_mode) return make_float(facc);
  return acc;
}
ObjPtr bi_sum(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) { return sum_impl(args, kwargs); }

ObjPtr min_max(PosArgs args, KwArgs kwargs, bool is_max) {
  const char* name = is_max ? "max" : "min";
  ObjPtr key, dflt;
  for (auto& kw : kwargs) {
    if (kw.name == "key") key = is_none(kw.value) ? nullptr : kw.value;
    else if (kw.name == "default") dflt = kw.value;
    else raise_type_error(std::string("'") + kw.name + "' is an invalid keyword argument for " + name + "()");
  }
  if (args.empty()) raise_type_error(std::string(name) + " expected at least 1 argument, got 0");
  std::vector<ObjPtr> items;
  if (args.size() == 1) {
    items = iterate(args[0]);
  } else {
    if (dflt)
      raise_type_error(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    items.assign(args.begin(), args.end());
  }
  if (items.empty()) {
    if (dflt) return dflt;
    raise_value_error(std::string(name) + "() arg is an empty sequence");
  }
  ObjPtr best = items[0];
  ObjPtr best_key;
  if (key) {
    ObjPtr a[1] = {best};
    best_key = call(key, PosArgs(a, 1));
  } else {
    best_key = best;
  }
  for (size_t i = 1; i < items.size(); ++i) {
    ObjPtr k;
    if (key) {
      ObjPtr a[1] = {items[i]};
      k = call(key, PosArgs(a, 1));
    } else {
      k = items[i];
    }
    if (compare_bool(is_max ? CmpOp::Gt : CmpOp::Lt, k, best_key)) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}
ObjPtr bi_min(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) { return min_max(args, kwargs, false); }
ObjPtr bi_max(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) { return min_max(args, kwargs, true); }

ObjPtr bi_abs(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("abs", kwargs);
  if (args.size() != 1) raise_type_error("abs() takes exactly one argument (" + std::to_string(args.size()) + " given)");
  return abs_op(args[0]);
}

double round_half_even(double x) {
  double r = std::round(x);
  if (std::fabs(x - std::trunc(x)) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

ObjPtr bi_round(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  static const Signature sig("round", {"number", "ndigits="});
  BoundArgs a = sig.bind(args, kwargs);
  const ObjPtr& x = a[0];
  bool has_nd = a.given(1);
  if (is_int(x)) return int_round(x, has_nd ? a[1] : nullptr);
  if (is_float(x)) {
    double d = float_value(x);
    if (!has_nd) {
      if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
      if (std::isinf(d)) raise_overflow_error("cannot convert float infinity to integer");
      return double_to_int_obj(round_half_even(d));
    }
    int64_t nd = to_int64(a[1]);
    if (!std::isfinite(d) || d == 0.0) return make_float(d);
    if (nd > 320) return make_float(d);
    if (nd >= 0) {
      char buf[512];
      std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(nd), d);
      return make_float(std::strtod(buf, nullptr));
    }
    // negative ndigits: round to 10**(-nd) with round-half-even on the exact value
    int e10 = static_cast<int>(std::floor(std::log10(std::fabs(d))));
    int64_t sig_digits = e10 + 1 + nd;
    if (sig_digits <= 0) {
      double p = std::pow(10.0, static_cast<double>(-nd));
      if (sig_digits == 0 && std::fabs(d) > 0.5 * p) return make_float(std::copysign(p, d));
      return make_float(std::copysign(0.0, d));
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*e", static_cast<int>(sig_digits - 1), d);
    return make_float(std::strtod(buf, nullptr));
  }
  ObjPtr m = type_lookup(x->type(), "__round__");
  if (!m) raise_type_error("type " + type_name(x) + " doesn't define __round__ method");
  ObjPtr f = getattr(x, "__round__");
  if (has_nd) {
    ObjPtr b[1] = {a[1]};
    return call(f, PosArgs(b, 1));
  }
  return call(f);
}

ObjPtr bi_isinstance(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("isinstance", kwargs);
  if (args.size() != 2) raise_type_error("isinstance expected 2 arguments, got " + std::to_string(args.size()));
  return make_bool(isinstance_check(args[0], args[1]));
}

ObjPtr bi_issubclass(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("issubclass", kwargs);
  if (args.size() != 2) raise_type_error("issubclass expected 2 arguments, got " + std::to_string(args.size()));
  if (!is_type(args[0])) raise_type_error("issubclass() arg 1 must be a class");
  auto check = [&](const ObjPtr& c) {
    if (is_generic_alias(c)) raise_type_error("issubclass() argument 2 cannot be a parameterized generic");
    if (!is_type(c)) raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return cast<TypeObject>(args[0])->is_subtype_of(cast<TypeObject>(c));
  };
  const std::vector<ObjPtr>* members = is_tuple(args[1]) ? &tuple_items(args[1]) : union_members(args[1]);
  if (members) {
    for (auto& c : *members)
      if (check(c)) return True();
    return False();
  }
  return make_bool(check(args[1]));
}

ObjPtr bi_hasattr(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("hasattr", args, 2, 2);
  if (!is_str(args[1])) raise_type_error("attribute name must be string, not '" + type_name(args[1]) + "'");
  return make_bool(hasattr(args[0], str_value(args[1])));
}

ObjPtr bi_getattr(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("getattr", args, 2, 3);
  if (!is_str(args[1])) raise_type_error("attribute name must be string, not '" + type_name(args[1]) + "'");
  if (args.size() == 3) {
    ObjPtr v = getattr_or_null(args[0], str_value(args[1]));
    return v ? v : args[2];
  }
  return getattr(args[0], str_value(args[1]));
}

ObjPtr bi_setattr(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("setattr", args, 3, 3);
  if (!is_str(args[1])) raise_type_error("attribute name must be string, not '" + type_name(args[1]) + "'");
  setattr(args[0], str_value(args[1]), args[2]);
  return None();
}

ObjPtr bi_delattr(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("delattr", args, 2, 2);
  if (!is_str(args[1])) raise_type_error("attribute name must be string, not '" + type_name(args[1]) + "'");
  delattr(args[0], str_value(args[1]));
  return None();
}

// iter(callable, sentinel): calls `callable` until it returns `sentinel`.
struct CallableIter : Object {
  ObjPtr fn, sentinel;
  CallableIter(TypeObject* t, ObjPtr f, ObjPtr s) : Object(t), fn(std::move(f)), sentinel(std::move(s)) {}
};

ObjPtr bi_iter(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("iter", kwargs);
  if (args.size() == 2) {
    static TypeObject* ct = [] {
      TypeObject* t = new_type("callable_iterator", "builtins");
      t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
      t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
        auto* it = static_cast<CallableIter*>(self.get());
        if (!it->fn) return nullptr;
        ObjPtr v = call(it->fn);
        if (eq(v, it->sentinel)) {
          it->fn = nullptr;
          return nullptr;
        }
        return v;
      };
      return t;
    }();
    if (!is_callable(args[0])) raise_type_error("iter(v, w): v must be callable");
    return make_object<CallableIter>(ct, args[0], args[1]);
  }
  if (args.size() != 1) raise_type_error("iter expected at most 2 arguments, got " + std::to_string(args.size()));
  return get_iter(args[0]);
}

ObjPtr bi_next(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("next", kwargs);
  check_nargs("next", args, 1, 2);
  if (!find_slot(args[0]->type(), &TypeObject::next))
    raise_type_error("'" + type_name(args[0]) + "' object is not an iterator");
  ObjPtr x = iter_next(args[0]);
  if (x) return x;
  if (args.size() == 2) return args[1];
  // a generator's `return value` travels in StopIteration.value
  raise_stop_iteration(is_generator(args[0]) ? static_cast<GeneratorObject*>(args[0].get())->return_value : nullptr);
}

ObjPtr bi_any(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("any", args, 1, 1);
  bool r = false;
  for_each(args[0], [&](const ObjPtr& x) {
    if (is_true(x)) {
      r = true;
      return false;
    }
    return true;
  });
  return make_bool(r);
}

ObjPtr bi_all(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("all", args, 1, 1);
  bool r = true;
  for_each(args[0], [&](const ObjPtr& x) {
    if (!is_true(x)) {
      r = false;
      return false;
    }
    return true;
  });
  return make_bool(r);
}

ObjPtr bi_divmod(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("divmod", args, 2, 2);
  const ObjPtr &a = args[0], &b = args[1];
  if (is_int(a) && is_int(b)) {
    if (int_sign(b) == 0) raise(ErrorType::ZeroDivisionError, "integer division or modulo by zero");
    return int_divmod(a, b);
  }
  if ((is_int(a) || is_float(a)) && (is_int(b) || is_float(b))) {
    double x = to_double(a), y = to_double(b);
    if (y == 0.0) raise(ErrorType::ZeroDivisionError, "float divmod()");
    return make_tuple({make_float(float_floordiv(x, y)), make_float(float_mod(x, y))});
  }
  if (ObjPtr m = type_lookup(a->type(), "__divmod__")) {
    ObjPtr arg[1] = {b};
    return call(getattr(a, "__divmod__"), PosArgs(arg, 1));
  }
  if (!is_number(a) || !is_number(b))
    raise_type_error("unsupported operand type(s) for divmod(): '" + type_name(a) + "' and '" + type_name(b) + "'");
  return make_tuple({binary_op(BinOp::FloorDiv, a, b), binary_op(BinOp::Mod, a, b)});
}

ObjPtr bi_pow(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  static const Signature sig("pow", {"base", "exp", "mod="});
  BoundArgs a = sig.bind(args, kwargs);
  if (!a.given(2)) return binary_op(BinOp::Pow, a[0], a[1]);
  if (!is_int(a[0]) || !is_int(a[1]) || !is_int(a[2]))
    raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
  if (int_sign(a[2]) == 0) raise_value_error("pow() 3rd argument cannot be 0");
  if (is_small_int(a[0]) && is_small_int(a[1]) && is_small_int(a[2]) && int_value(a[1]) >= 0 &&
      int_value(a[2]) != INT64_MIN) {
    // int64 fast path (128-bit products)
    int64_t m = int_value(a[2]), base = int_value(a[0]), e = int_value(a[1]);
    auto mulmod = [](int64_t x, int64_t y, int64_t mod) {
      return static_cast<int64_t>(static_cast<__int128>(x) * y % mod);
    };
    int64_t am = m < 0 ? -m : m;
    base %= am;
    if (base < 0) base += am;
    int64_t result = 1 % am;
    while (e > 0) {
      if (e & 1) result = mulmod(result, base, am);
      base = mulmod(base, base, am);
      e >>= 1;
    }
    if (m < 0 && result != 0) result += m;
    return make_int(result);
  }
  return int_powmod(a[0], a[1], a[2]);
}

ObjPtr bi_id(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("id", args, 1, 1);
  return make_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(args[0].get())));
}

ObjPtr bi_hash(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("hash", args, 1, 1);
  return make_int(hash(args[0]));
}

ObjPtr bi_chr(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("chr", args, 1, 1);
  if (is_big_int(args[0])) raise_overflow_error("Python int too large to convert to C int");
  int64_t c = to_int64(args[0]);
  if (c < 0 || c > 0x10ffff) raise_value_error("chr() arg not in range(0x110000)");
  return make_str(utf8_from_codepoints(static_cast<uint32_t>(c)));
}

ObjPtr bi_ord(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("ord", args, 1, 1);
  if (is_bytes(args[0])) {
    const std::string& b = cast<BytesObject>(args[0])->value;
    if (b.size() != 1)
      raise_type_error("ord() expected a character, but string of length " + std::to_string(b.size()) + " found");
    return make_int(static_cast<unsigned char>(b[0]));
  }
  if (!is_str(args[0])) raise_type_error("ord() expected string of length 1, but " + type_name(args[0]) + " found");
  auto* s = cast<StrObject>(args[0]);
  if (s->length != 1)
    raise_type_error("ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  return make_int(utf8_codepoints(s->value)[0]);
}

ObjPtr base_conv(PosArgs args, const char* name, int base) {
  check_nargs(name, args, 1, 1);
  return make_str(int_to_base(make_int(to_bigint(args[0])), base, true));
}
ObjPtr bi_hex(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) { return base_conv(args, "hex", 16); }
ObjPtr bi_oct(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) { return base_conv(args, "oct", 8); }
ObjPtr bi_bin(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) { return base_conv(args, "bin", 2); }

ObjPtr bi_format(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("format", args, 1, 2);
  std::string spec;
  if (args.size() == 2) {
    if (!is_str(args[1])) raise_type_error("format() argument 2 must be str, not " + type_name(args[1]));
    spec = str_value(args[1]);
  }
  return make_str(format_value(args[0], spec));
}

ObjPtr bi_callable(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("callable", args, 1, 1);
  return make_bool(is_callable(args[0]));
}

ObjPtr bi_sorted(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  if (args.size() != 1) {
    if (args.empty()) raise_type_error("sorted expected 1 argument, got 0");
    raise_type_error("sorted expected 1 argument, got " + std::to_string(args.size()));
  }
  ObjPtr lst = make_list(iterate(args[0]));
  call_method(lst, "sort", {}, kwargs);
  return lst;
}

ObjPtr bi_dir(Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("dir", args, 0, 1);
  std::vector<ObjPtr> out;
  if (args.empty()) {
    std::vector<std::string> names;
    for (auto& k : in.globals()->keys())
      if (is_str(k)) names.push_back(str_value(k));
    std::sort(names.begin(), names.end());
    for (auto& n : names) out.push_back(make_str(n));
    return make_list(std::move(out));
  }
  for (auto& n : dir_names(args[0])) out.push_back(make_str(n));
  return make_list(std::move(out));
}




ObjPtr bi_input(Interpreter&, const ObjPtr&, PosArgs, KwArgs) {
  raise(ErrorType::OSError, "input() is not supported: stridelab programs cannot read from stdin");
}

ObjPtr bi_exit(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  throw_exception(make_exception(exception_type(ErrorType::SystemExit), std::vector<ObjPtr>(args.begin(), args.end())));
}

ObjPtr bi_super(Interpreter&, const ObjPtr&, PosArgs args, KwArgs) {
  // Reached only through indirect calls (the evaluator handles super() itself).
  if (args.size() == 2) return make_super(current_interpreter(), nullptr, args);
  raise(ErrorType::RuntimeError, "super(): no arguments");
}


}  // namespace

bool isinstance_check(const ObjPtr& o, const ObjPtr& cls) {
  const std::vector<ObjPtr>* members = is_tuple(cls) ? &tuple_items(cls) : union_members(cls);
  if (members) {  // a tuple of classes or a union (int | str)
    for (auto& c : *members)
      if (isinstance_check(o, c)) return true;
    return false;
  }
  if (is_generic_alias(cls)) raise_type_error("isinstance() argument 2 cannot be a parameterized generic");
  if (!is_type(cls)) raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
  return o->type()->is_subtype_of(cast<TypeObject>(cls));
}

// builtins_namespace.cpp: globals locals vars eval exec help
void add_namespace_builtins(DictObject* builtins);

void add_builtin_functions(DictObject* b) {
  init_iterator_types();
  for (TypeObject* t : {enumerate_type, zip_type, map_type, filter_type, reversed_type}) b->set(t->name, ObjPtr(t));
  struct Entry {
    const char* name;
    Fn fn;
  };
  static const Entry kFns[] = {
      {"print", bi_print},       {"len", bi_len},         {"repr", bi_repr},         {"ascii", bi_ascii},
      {"sum", bi_sum},           {"min", bi_min},         {"max", bi_max},           {"abs", bi_abs},
      {"round", bi_round},       {"isinstance", bi_isinstance}, {"issubclass", bi_issubclass},
      {"hasattr", bi_hasattr},   {"getattr", bi_getattr}, {"setattr", bi_setattr},   {"delattr", bi_delattr},
      {"iter", bi_iter},         {"next", bi_next},       {"any", bi_any},           {"all", bi_all},
      {"divmod", bi_divmod},     {"pow", bi_pow},         {"id", bi_id},             {"hash", bi_hash},
      {"chr", bi_chr},           {"ord", bi_ord},         {"hex", bi_hex},           {"oct", bi_oct},
      {"bin", bi_bin},           {"format", bi_format},   {"callable", bi_callable}, {"sorted", bi_sorted},
      {"dir", bi_dir},           {"input", bi_input},     {"exit", bi_exit},         {"quit", bi_exit},
      {"super", bi_super},
  };
  for (const Entry& e : kFns) b->set(e.name, make_function(e.name, e.fn));
  add_io_builtins(b);
  add_namespace_builtins(b);
}

}  // namespace sl
