// operator_module.cpp — the `operator` module: every operator as a function (with the
// dunder aliases, `__add__` ...), the in-place forms, and the itemgetter / attrgetter /
// methodcaller callables with CPython's reprs and messages.
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"

namespace sl {

namespace {

struct ItemGetter : Object {
  std::vector<ObjPtr> items;
  ItemGetter(TypeObject* t, std::vector<ObjPtr> i) : Object(t), items(std::move(i)) {}
};
struct AttrGetter : Object {
  std::vector<std::vector<std::string>> paths;  // "a.b" -> {"a", "b"}
  std::vector<std::string> names;
  AttrGetter(TypeObject* t) : Object(t) {}
};
struct MethodCaller : Object {
  std::string name;
  std::vector<ObjPtr> args;
  std::vector<KwArg> kwargs;
  MethodCaller(TypeObject* t) : Object(t) {}
};

TypeObject *itemgetter_t, *attrgetter_t, *methodcaller_t;

std::string join_reprs(const std::vector<ObjPtr>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + repr(v[i]);
  return out;
}

void init_types() {
  itemgetter_t = new_type("itemgetter", "operator");
  itemgetter_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    if (!kw.empty()) raise_type_error("itemgetter() takes no keyword arguments");
    if (args.empty()) raise_type_error("itemgetter expected 1 argument, got 0");
    return make_object<ItemGetter>(t, std::vector<ObjPtr>(args.begin(), args.end()));
  };
  itemgetter_t->call = [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
    if (!kw.empty()) raise_type_error("itemgetter() takes no keyword arguments");
    if (args.size() != 1) raise_type_error("itemgetter expected 1 argument, got " + std::to_string(args.size()));
    auto* g = cast<ItemGetter>(self);
    if (g->items.size() == 1) return getitem(args[0], g->items[0]);
    std::vector<ObjPtr> out;
    for (auto& k : g->items) out.push_back(getitem(args[0], k));
    return make_tuple(std::move(out));
  };
  itemgetter_t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    return make_str("operator.itemgetter(" + join_reprs(cast<ItemGetter>(self)->items) + ")");
  };

  attrgetter_t = new_type("attrgetter", "operator");
  attrgetter_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    if (!kw.empty()) raise_type_error("attrgetter() takes no keyword arguments");
    if (args.empty()) raise_type_error("attrgetter expected 1 argument, got 0");
    auto g = make_object<AttrGetter>(t);
    for (auto& a : args) {
      if (!is_str(a)) raise_type_error("attribute name must be a string");
      const std::string& s = str_value(a);
      g->names.push_back(s);
      std::vector<std::string> path;
      size_t start = 0;
      for (;;) {
        size_t dot = s.find('.', start);
        path.push_back(s.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
      }
      g->paths.push_back(std::move(path));
    }
    return g;
  };
  attrgetter_t->call = [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
    if (!kw.empty()) raise_type_error("attrgetter() takes no keyword arguments");
    if (args.size() != 1) raise_type_error("attrgetter expected 1 argument, got " + std::to_string(args.size()));
    auto* g = cast<AttrGetter>(self);
    auto get = [&](const std::vector<std::string>& path) {
      ObjPtr o = args[0];
      for (auto& p : path) o = getattr(o, p);
      return o;
    };
    if (g->paths.size() == 1) return get(g->paths[0]);
    std::vector<ObjPtr> out;
    for (auto& p : g->paths) out.push_back(get(p));
    return make_tuple(std::move(out));
  };
  attrgetter_t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* g = cast<AttrGetter>(self);
    std::string out;
    for (size_t i = 0; i < g->names.size(); ++i) out += (i ? ", " : "") + str_repr(g->names[i]);
    return make_str("operator.attrgetter(" + out + ")");
  };

  methodcaller_t = new_type("methodcaller", "operator");
  methodcaller_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    if (args.empty()) raise_type_error("methodcaller needs at least one argument, the method name");
    if (!is_str(args[0])) raise_type_error("method name must be a string");
    auto m = make_object<MethodCaller>(t);
    m->name = str_value(args[0]);
    m->args.assign(args.begin() + 1, args.end());
    m->kwargs.assign(kw.begin(), kw.end());
    return m;
  };
  methodcaller_t->call = [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
    if (!kw.empty()) raise_type_error("methodcaller() takes no keyword arguments");
    if (args.size() != 1) raise_type_error("methodcaller expected 1 argument, got " + std::to_string(args.size()));
    auto* m = cast<MethodCaller>(self);
    return call_method(args[0], m->name, PosArgs(m->args), KwArgs(m->kwargs.data(), m->kwargs.size()));
  };
  methodcaller_t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* m = cast<MethodCaller>(self);
    std::string out = "operator.methodcaller(" + str_repr(m->name);
    for (auto& a : m->args) out += ", " + repr(a);
    for (auto& k : m->kwargs) out += ", " + k.name + "=" + repr(k.value);
    return make_str(out + ")");
  };
}

// binary operator functions: the table drives plain, dunder and in-place names
struct BinEntry {
  const char* name;  // "add"; dunder "__add__"; in-place "iadd" / "__iadd__"
  BinOp op;
};
const BinEntry kBinOps[] = {
    {"add", BinOp::Add},          {"sub", BinOp::Sub},       {"mul", BinOp::Mul},
    {"matmul", BinOp::MatMul},    {"truediv", BinOp::TrueDiv}, {"floordiv", BinOp::FloorDiv},
    {"mod", BinOp::Mod},          {"pow", BinOp::Pow},       {"lshift", BinOp::LShift},
    {"rshift", BinOp::RShift},    {"and_", BinOp::And},      {"xor", BinOp::Xor},
    {"or_", BinOp::Or},
};
struct CmpEntry {
  const char* name;
  CmpOp op;
};
const CmpEntry kCmpOps[] = {{"lt", CmpOp::Lt}, {"le", CmpOp::Le}, {"eq", CmpOp::Eq},
                            {"ne", CmpOp::Ne}, {"gt", CmpOp::Gt}, {"ge", CmpOp::Ge}};

std::string dunder(const std::string& n) {
  std::string base = n.back() == '_' ? n.substr(0, n.size() - 1) : n;  // and_ -> and
  return "__" + base + "__";
}

bool is_concat_sequence(const ObjPtr& o) {
  return is_list(o) || is_tuple(o) || is_str(o) || is_bytes(o) || find_slot(o->type(), &TypeObject::getitem);
}

void add_both(ModuleObject& m, const std::string& name, NativeFn fn) {
  m.add_function(name, fn);
  m.add_function(dunder(name), fn);
}

}  // namespace

void register_operator_module() {
  register_module("operator", [](Interpreter&, ModuleObject& m) {
    static bool ready = false;
    if (!ready) {
      init_types();
      ready = true;
    }
    m.set("itemgetter", ObjPtr(itemgetter_t));
    m.set("attrgetter", ObjPtr(attrgetter_t));
    m.set("methodcaller", ObjPtr(methodcaller_t));
    for (const BinEntry& e : kBinOps) {
      BinOp op = e.op;
      std::string name = e.name;
      NativeFn plain = [name, op](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
        check_no_kwargs(name.c_str(), kw);
        if (a.size() != 2)
          raise_type_error(name + " expected 2 arguments, got " + std::to_string(a.size()));
        return binary_op(op, a[0], a[1]);
      };
      add_both(m, name, plain);
      std::string iname = "i" + (name.back() == '_' ? name.substr(0, name.size() - 1) : name);
      NativeFn inplace = [iname, op](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
        check_no_kwargs(iname.c_str(), kw);
        if (a.size() != 2)
          raise_type_error(iname + " expected 2 arguments, got " + std::to_string(a.size()));
        return inplace_op(op, a[0], a[1]);
      };
      add_both(m, iname, inplace);
    }
    for (const CmpEntry& e : kCmpOps) {
      CmpOp op = e.op;
      std::string name = e.name;
      add_both(m, name, [name, op](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
        check_no_kwargs(name.c_str(), kw);
        if (a.size() != 2) raise_type_error(name + " expected 2 arguments, got " + std::to_string(a.size()));
        return compare(op, a[0], a[1]);
      });
    }
    auto unary = [&m](const char* name, ObjPtr (*f)(const ObjPtr&)) {
      std::string n = name;
      add_both(m, n, [n, f](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
        check_no_kwargs(n.c_str(), kw);
        check_nargs(n.c_str(), a, 1, 1);
        return f(a[0]);
      });
    };
    unary("neg", unary_neg);
    unary("pos", unary_pos);
    unary("abs", abs_op);
    unary("inv", unary_invert);
    unary("invert", unary_invert);
    unary("not_", [](const ObjPtr& x) -> ObjPtr { return make_bool(!is_true(x)); });
    unary("truth", [](const ObjPtr& x) -> ObjPtr { return make_bool(is_true(x)); });
    unary("index", [](const ObjPtr& x) -> ObjPtr {
      if (is_int(x)) return is_bool(x) ? make_int(int_value(x)) : x;
      UnaryFn f = find_slot(x->type(), &TypeObject::index);
      if (!f) raise_type_error("'" + type_name(x) + "' object cannot be interpreted as an integer");
      return f(current_interpreter(), x);
    });
    m.add_function("is_", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("is_", a, 2, 2);
      return make_bool(a[0].get() == a[1].get());
    });
    m.add_function("is_not", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("is_not", a, 2, 2);
      return make_bool(a[0].get() != a[1].get());
    });
    auto concat = [](bool inplace) {
      return [inplace](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
        check_nargs(inplace ? "iconcat" : "concat", a, 2, 2);
        if (!is_concat_sequence(a[0]))
          raise_type_error("'" + type_name(a[0]) + "' object can't be concatenated");
        return inplace ? inplace_op(BinOp::Add, a[0], a[1]) : binary_op(BinOp::Add, a[0], a[1]);
      };
    };
    add_both(m, "concat", concat(false));
    add_both(m, "iconcat", concat(true));
    add_both(m, "contains", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("contains", a, 2, 2);
      return make_bool(contains(a[0], a[1]));
    });
    m.add_function("countOf", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("countOf", a, 2, 2);
      int64_t n = 0;
      for_each(a[0], [&](const ObjPtr& x) {
        if (x.get() == a[1].get() || eq(x, a[1])) ++n;
        return true;
      });
      return make_int(n);
    });
    m.add_function("indexOf", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("indexOf", a, 2, 2);
      int64_t i = 0, found = -1;
      for_each(a[0], [&](const ObjPtr& x) {
        if (x.get() == a[1].get() || eq(x, a[1])) {
          found = i;
          return false;
        }
        ++i;
        return true;
      });
      if (found < 0) raise_value_error("sequence.index(x): x not in sequence");
      return make_int(found);
    });
    add_both(m, "getitem", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("getitem", a, 2, 2);
      return getitem(a[0], a[1]);
    });
    add_both(m, "setitem", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("setitem", a, 3, 3);
      setitem(a[0], a[1], a[2]);
      return None();
    });
    add_both(m, "delitem", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("delitem", a, 2, 2);
      delitem(a[0], a[1]);
      return None();
    });
    m.add_function("length_hint", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
      check_nargs("length_hint", a, 1, 2);
      if (find_slot(a[0]->type(), &TypeObject::len)) return make_int(len(a[0]));
      if (ObjPtr h = getattr_or_null(a[0], "__length_hint__")) {
        ObjPtr r = call(h);
        if (r.get() != NotImplemented().get()) return r;
      }
      return a.size() > 1 ? a[1] : make_int(0);
    });
    add_both(m, "call", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
      if (a.empty()) raise_type_error("call() missing 1 required positional argument: 'obj'");
      return call(a[0], a.sub(1), kw);
    });
  });
}

}  // namespace sl
