// eval_expr.cpp — expression evaluation: names (slots, closures, cached global lookups),
// operators with int/float fast paths, calls (positional fast path, method calls without
// bound-method allocation, *args/**kwargs), containers, f-strings, lambdas, assignment
// targets. Comprehensions and generator expressions: eval_comprehension.cpp.
#include <algorithm>

#include "lang/eval_fast.hpp"
#include "lang/interpreter.hpp"
#include "lang/suggestions.hpp"
#include "lang/temp_operands.hpp"

namespace sl {

using namespace ast;

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------
[[noreturn]] static void raise_name_error(const std::string& id, Frame* f, Interpreter& in) {
  ObjPtr exc = make_exception(ErrorType::NameError, "name '" + id + "' is not defined");
  cast<ExceptionObject>(exc)->suggestion = suggest_name(id, f, in);
  throw_exception(exc);
}

ObjPtr Interpreter::load_global(const Name* n, Frame* f) {
  DictObject* g = f->globals;
  if (n->cache_dict == g && n->cache_version == g->version()) {
    if (!n->cache_builtin) return g->value_at(n->cache_index);
    if (builtins_->version() == n->cache_bversion) return builtins_->value_at(n->cache_index);
  }
  int64_t h = static_cast<StrObject*>(n->id_obj.get())->hash_cache;
  int64_t ix = g->lookup_index(n->id_obj, h);
  if (ix >= 0) {
    n->cache_dict = g;
    n->cache_version = g->version();
    n->cache_index = static_cast<int32_t>(ix);
    n->cache_builtin = false;
    return g->value_at(ix);
  }
  ix = builtins_->lookup_index(n->id_obj, h);
  if (ix >= 0) {
    n->cache_dict = g;
    n->cache_version = g->version();
    n->cache_bversion = builtins_->version();
    n->cache_index = static_cast<int32_t>(ix);
    n->cache_builtin = true;
    return builtins_->value_at(ix);
  }
  raise_name_error(n->id, f, *this);
}

ObjPtr Interpreter::load_name(const Name* n, Frame* f) {
  switch (n->where) {
    case NameWhere::Local: {
      const ObjPtr& v = f->slots()[n->slot];
      if (v) return v;
      ObjPtr exc = make_exception(ErrorType::UnboundLocalError, "cannot access local variable '" + n->id +
                                                                   "' where it is not associated with a value");
      throw_exception(exc);
    }
    case NameWhere::Enclosing: {
      Frame* p = f;
      for (int d = 0; d < n->depth && p; ++d) p = p->parent.get();
      if (p) {
        const ObjPtr& v = p->slots()[n->slot];
        if (v) return v;
      }
      raise(ErrorType::NameError, "cannot access free variable '" + n->id +
                                      "' where it is not associated with a value in enclosing scope");
    }
    case NameWhere::ClassBody: {
      if (f->class_ns) {
        if (ObjPtr v = f->class_ns->get_hashed(n->id_obj, static_cast<StrObject*>(n->id_obj.get())->hash_cache))
          return v;
      }
      return load_global(n, f);
    }
    default: return load_global(n, f);
  }
}

void Interpreter::store_name(const Name* n, const ObjPtr& v, Frame* f) {
  switch (n->where) {
    case NameWhere::Local: f->slots()[n->slot] = v; return;
    case NameWhere::Enclosing: {
      Frame* p = f;
      for (int d = 0; d < n->depth && p; ++d) p = p->parent.get();
      if (p) p->slots()[n->slot] = v;
      return;
    }
    case NameWhere::ClassBody:
      if (f->class_ns) {
        f->class_ns->set_hashed(n->id_obj, static_cast<StrObject*>(n->id_obj.get())->hash_cache, v);
        return;
      }
      [[fallthrough]];
    default: {
      DictObject* g = f->globals;
      if (n->cache_dict == g && n->cache_version == g->version() && !n->cache_builtin) {
        g->set_value_at(n->cache_index, v);
        return;
      }
      // Store targets are their own Name nodes (never loaded): cache the entry here too, so
      // a module-level `for k in ...` / `t = ...` does not hash-probe on every iteration.
      int64_t h = static_cast<StrObject*>(n->id_obj.get())->hash_cache;
      int64_t ix = g->lookup_index(n->id_obj, h);
      if (ix >= 0) {
        n->cache_dict = g;
        n->cache_version = g->version();
        n->cache_index = static_cast<int32_t>(ix);
        n->cache_builtin = false;
        g->set_value_at(ix, v);
        return;
      }
      g->set_hashed(n->id_obj, h, v);
    }
  }
}

ObjPtr* Interpreter::name_storage(const Name* n, Frame* f) {
  if (n->where == NameWhere::Local) return &f->slots()[n->slot];
  if (n->where == NameWhere::Global || n->where == NameWhere::Unresolved) {
    DictObject* g = f->globals;
    if (n->cache_dict == g && n->cache_version == g->version() && !n->cache_builtin)
      return g->value_ptr_at(n->cache_index);
  }
  return nullptr;
}

void Interpreter::store_int(const Name* n, int64_t v, Frame* f) {
  ObjPtr* s = name_storage(n, f);
  if (s && *s && int_reusable(s->get(), v)) {
    static_cast<IntObject*>(s->get())->value = v;
    return;
  }
  if (s) *s = make_int(v);
  else store_name(n, make_int(v), f);
}

void Interpreter::delete_name(const Name* n, Frame* f) {
  switch (n->where) {
    case NameWhere::Local:
      if (!f->slots()[n->slot])
        throw_exception(make_exception(ErrorType::UnboundLocalError, "cannot access local variable '" + n->id +
                                                                         "' where it is not associated with a value"));
      f->slots()[n->slot] = nullptr;
      return;
    case NameWhere::Enclosing: {
      Frame* p = f;
      for (int d = 0; d < n->depth && p; ++d) p = p->parent.get();
      if (p) p->slots()[n->slot] = nullptr;
      return;
    }
    case NameWhere::ClassBody:
      if (f->class_ns && f->class_ns->remove(n->id_obj)) return;
      [[fallthrough]];
    default:
      if (!f->globals->remove(n->id_obj)) raise_name_error(n->id, f, *this);
  }
}

// ---------------------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------------------
ObjPtr Interpreter::eval(const Expr* e, Frame* f) {
  switch (e->kind) {
    case ExprKind::Constant: return static_cast<const Constant*>(e)->value;
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(e);
      if (n->where == NameWhere::Local) {
        const ObjPtr& v = f->slots()[n->slot];
        if (v) return v;
      } else if (n->where == NameWhere::Global) {
        // the cached hit inline; misses and builtins go through load_global
        DictObject* g = f->globals;
        if (n->cache_dict == g && n->cache_version == g->version() && !n->cache_builtin)
          return g->value_at(n->cache_index);
        return load_global(n, f);
      }
      return load_name(n, f);
    }
    case ExprKind::BinOp: return eval_binop(static_cast<const BinOpExpr*>(e), f);
    case ExprKind::Compare: return eval_compare(static_cast<const CompareExpr*>(e), f);
    case ExprKind::Call: return eval_call(static_cast<const CallExpr*>(e), f);
    case ExprKind::Attribute: return eval_attribute(static_cast<const AttributeExpr*>(e), f);
    case ExprKind::Subscript: return eval_subscript(static_cast<const SubscriptExpr*>(e), f);
    case ExprKind::UnaryOp: return eval_unary(static_cast<const UnaryOpExpr*>(e), f);
    case ExprKind::BoolOp: return eval_boolop(static_cast<const BoolOpExpr*>(e), f);
    case ExprKind::IfExp: {
      auto* i = static_cast<const IfExpr*>(e);
      return truth(eval(i->test.get(), f)) ? eval(i->body.get(), f) : eval(i->orelse.get(), f);
    }
    case ExprKind::Tuple: case ExprKind::List: case ExprKind::Set:
      return eval_sequence(static_cast<const SeqExpr*>(e), f);
    case ExprKind::Dict: return eval_dict(static_cast<const DictExpr*>(e), f);
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
      return eval_comprehension(static_cast<const CompExpr*>(e), f);
    case ExprKind::Lambda: return make_function(static_cast<const LambdaExpr*>(e)->fn, f);
    case ExprKind::Slice: return eval_slice(static_cast<const SliceExpr*>(e), f);
    case ExprKind::JoinedStr: return eval_joined(static_cast<const JoinedStr*>(e), f);
    case ExprKind::FormattedValue: {  // only inside JoinedStr normally
      auto* fv = static_cast<const FormattedValue*>(e);
      ObjPtr v = eval(fv->value.get(), f);
      return make_str(format_value(v, ""));
    }
    case ExprKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      ObjPtr v = eval(n->value.get(), f);
      store_name(static_cast<const Name*>(n->target.get()), v, f);
      return v;
    }
    case ExprKind::Starred: raise_type_error("can't use starred expression here");
    case ExprKind::Yield:  // generator bodies run yields on the resumable executor (generator.cpp)
      raise(ErrorType::RuntimeError, "yield outside a running generator");
  }
  return None();
}

// ---------------------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------------------
inline ObjPtr Interpreter::eval_binop(const BinOpExpr* e, Frame* f) {
  if (e->depth > 64) check_native_stack();  // long operator chains recurse here
  ObjPtr a = eval_fast(*this, e->left.get(), f);
  ObjPtr b = eval_fast(*this, e->right.get(), f);
  TypeObject* ta = a->type();
  TypeObject* tb = b->type();
  if (ta == int_type && tb == int_type) {
    int64_t r;
    if (int_fast_binop(e->op, int_value(a), int_value(b), &r)) {
      if (int_reusable(a.get(), r)) {
        static_cast<IntObject*>(a.get())->value = r;
        return a;
      }
      if (int_reusable(b.get(), r)) {
        static_cast<IntObject*>(b.get())->value = r;
        return b;
      }
      return make_int(r);
    }
  } else if (ta == float_type && tb == float_type) {
    double x = float_value(a), y = float_value(b);
    switch (e->op) {
      case BinOp::Add: return make_float(x + y);
      case BinOp::Sub: return make_float(x - y);
      case BinOp::Mul: return make_float(x * y);
      case BinOp::TrueDiv:
        if (y != 0) return make_float(x / y);
        break;
      default: break;
    }
  }
  TempOperandsScope temps(a.get(), b.get());  // NumPy's temporary elision (temp_operands.hpp)
  return binary_op(e->op, a, b);
}

static bool cmp_fast(CmpKind k, int64_t x, int64_t y) {
  switch (k) {
    case CmpKind::Lt: return x < y;
    case CmpKind::Le: return x <= y;
    case CmpKind::Eq: return x == y;
    case CmpKind::Ne: return x != y;
    case CmpKind::Gt: return x > y;
    default: return x >= y;
  }
}

static ObjPtr compare_one(CmpKind k, const ObjPtr& a, const ObjPtr& b) {
  switch (k) {
    case CmpKind::Is: return make_bool(a.get() == b.get());
    case CmpKind::IsNot: return make_bool(a.get() != b.get());
    case CmpKind::In: return make_bool(contains(b, a));
    case CmpKind::NotIn: return make_bool(!contains(b, a));
    default:
      if (a->type() == int_type && b->type() == int_type)
        return make_bool(cmp_fast(k, int_value(a), int_value(b)));
      return compare(static_cast<CmpOp>(static_cast<int>(k)), a, b);
  }
}

ObjPtr Interpreter::eval_compare(const CompareExpr* e, Frame* f) {
  ObjPtr left = eval_fast(*this, e->left.get(), f);
  size_t n = e->ops.size();
  for (size_t i = 0; i < n; ++i) {
    ObjPtr right = eval_fast(*this, e->comparators[i].get(), f);
    ObjPtr r = compare_one(e->ops[i], left, right);
    if (i + 1 == n) return r;
    if (!is_true(r)) return r;
    left = std::move(right);
  }
  return True();
}

bool Interpreter::eval_test(const Expr* e, Frame* f) {
  if (e->kind == ExprKind::Compare) {
    auto* c = static_cast<const CompareExpr*>(e);
    if (c->ops.size() == 1 && c->ops[0] <= CmpKind::Ge) {
      ObjPtr a = eval_fast(*this, c->left.get(), f);
      ObjPtr b = eval_fast(*this, c->comparators[0].get(), f);
      if (a->type() == int_type && b->type() == int_type) return cmp_fast(c->ops[0], int_value(a), int_value(b));
      return truth(compare(static_cast<CmpOp>(static_cast<int>(c->ops[0])), a, b));
    }
  }
  return truth(eval(e, f));
}

ObjPtr Interpreter::eval_boolop(const BoolOpExpr* e, Frame* f) {
  ObjPtr v;
  for (size_t i = 0; i < e->values.size(); ++i) {
    v = eval(e->values[i].get(), f);
    bool t = truth(v);
    if (e->is_and ? !t : t) return v;
  }
  return v;
}

ObjPtr Interpreter::eval_unary(const UnaryOpExpr* e, Frame* f) {
  ObjPtr v = eval(e->operand.get(), f);
  if (e->op == UnaryKind::Not) return make_bool(!is_true(v));
  TempOperandsScope temps(v.get(), nullptr);  // NumPy's temporary elision (temp_operands.hpp)
  switch (e->op) {
    case UnaryKind::Neg: return unary_neg(v);
    case UnaryKind::Pos: return unary_pos(v);
    default: return unary_invert(v);
  }
}

ObjPtr Interpreter::eval_subscript(const SubscriptExpr* e, Frame* f) {
  ObjPtr v = eval_fast(*this, e->value.get(), f);
  ObjPtr k = eval_fast(*this, e->index.get(), f);
  if (v->type() == list_type && k->type() == int_type) {
    auto& items = list_items(v);
    int64_t i = int_value(k), n = static_cast<int64_t>(items.size());
    if (i < 0) i += n;
    if (i >= 0 && i < n) return items[static_cast<size_t>(i)];
  } else if (v->type() == dict_type) {  // exact dict hit; a miss (KeyError) takes the slot path
    if (ObjPtr r = static_cast<DictObject*>(v.get())->get(k)) return r;
  }
  return getitem(v, k);
}

ObjPtr Interpreter::eval_attribute(const AttributeExpr* e, Frame* f) {
  ObjPtr v = eval_fast(*this, e->value.get(), f);
  return getattr(v, e->attr);
}

ObjPtr Interpreter::eval_slice(const SliceExpr* e, Frame* f) {
  ObjPtr a = e->lower ? eval(e->lower.get(), f) : None();
  ObjPtr b = e->upper ? eval(e->upper.get(), f) : None();
  ObjPtr c = e->step ? eval(e->step.get(), f) : None();
  return make_slice(a, b, c);
}

// ---------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------
// CPython's _PyObject_FunctionStr: "__main__.f()", "print()", "__main__.A()"
static std::string function_str(const ObjPtr& f) {
  TypeObject* t = f->type();
  if (t == function_type) return "__main__." + cast<FunctionObject>(f)->qualname + "()";
  if (t == method_type) return function_str(cast<MethodObject>(f)->func);
  if (t == builtin_function_type) {
    auto* b = cast<BuiltinFunctionObject>(f);
    return (b->owner.empty() ? "" : b->owner + ".") + b->name + "()";
  }
  if (t == method_descriptor_type) {
    auto* d = cast<MethodDescriptorObject>(f);
    return d->owner->name + "." + d->name + "()";
  }
  if (is_type(f)) return cast<TypeObject>(f)->qualified_name() + "()";
  return type_name(f) + " object";
}

static void append_star(std::vector<ObjPtr>& out, const ObjPtr& v, const ObjPtr* callee = nullptr) {
  if (!find_slot(v->type(), &TypeObject::iter) && !is_list(v) && !is_tuple(v) &&
      !find_slot(v->type(), &TypeObject::getitem)) {
    if (callee) raise_type_error(function_str(*callee) + " argument after * must be an iterable, not " + type_name(v));
    raise_type_error("Value after * must be an iterable, not " + type_name(v));
  }
  for_each(v, [&](const ObjPtr& x) {
    out.push_back(x);
    return true;
  });
}

// Evaluates the callee; for `obj.name(...)` with a method found on the type, returns the
// unbound method and `self` instead of allocating a bound method.
void Interpreter::eval_callee(const CallExpr* c, Frame* f, ObjPtr* self, ObjPtr* callee) {
  if (c->func->kind != ExprKind::Attribute) {
    *callee = eval_fast(*this, c->func.get(), f);
    return;
  }
  auto* a = static_cast<const AttributeExpr*>(c->func.get());
  ObjPtr obj = eval_fast(*this, a->value.get(), f);
  TypeObject* t = obj->type();
  // A cache hit implies obj is not a type (only non-type receivers fill the cache, and the
  // type decides that), so the hit skips is_type()'s walk up the base chain.
  const bool native_cached = !t->user_defined && !t->python_level && t->dict;
  const bool hit = native_cached && a->cache_type == t && a->cache_version == t->dict->version();
  if (hit || (t != module_type && !is_type(obj))) {
    ObjPtr d;
    if (hit) {
      d = a->cache_value;
    } else if (!native_cached) {
      d = type_lookup(t, a->attr);
    } else {
      d = type_lookup(t, a->attr);
      a->cache_type = t;
      a->cache_version = t->dict->version();
      a->cache_value = d;
    }
    if (d && (d->type() == method_descriptor_type || d->type() == function_type)) {
      DictObject* idict = obj->peek_instance_dict();
      if (!idict || !idict->get(a->attr)) {
        if (d->type() == method_descriptor_type && cast<MethodDescriptorObject>(d)->is_static) {
          *callee = make_object<BuiltinFunctionObject>(a->attr, cast<MethodDescriptorObject>(d)->fn);
        } else {
          *self = std::move(obj);
          *callee = std::move(d);
        }
        return;
      }
    }
  }
  *callee = getattr(obj, a->attr);
}

// Kept small: this frame is on the native stack once per Python-level call.
ObjPtr Interpreter::eval_call(const CallExpr* c, Frame* f) {
  ObjPtr self, callee;
  eval_callee(c, f, &self, &callee);
  f->line = c->line;
  if (!c->simple || c->args.size() > 4) return eval_call_general(c, f, self, callee);
  ObjPtr argv[5];
  size_t n = 0;
  if (self) argv[n++] = self;  // a copy: native methods see the receiver's usual refcount (ndarray.resize's refcheck)
  for (auto& x : c->args) argv[n++] = eval_fast(*this, x.get(), f);
  PosArgs args(argv, n);
  if (callee->type() == function_type) return call_function(cast<FunctionObject>(callee), args, {});
  return call_other(f, self, callee, args);
}

namespace {
struct CallingFrame {  // Interpreter::calling_frame for the duration of one builtin call
  Frame*& slot;
  Frame* saved;
  CallingFrame(Frame*& s, Frame* f) : slot(s), saved(s) { slot = f; }
  ~CallingFrame() { slot = saved; }
};
}  // namespace

// dict.get's descriptor (builtin types' method tables never change), found on first use.
static const Object* g_dict_get = nullptr;

ObjPtr Interpreter::call_other(Frame* f, const ObjPtr& self, const ObjPtr& callee, PosArgs args) {
  NestGuard nest;  // native methods / builtins may call back into Python
  TypeObject* ct = callee->type();
  if (ct == method_descriptor_type && self) {
    // d.get(k[, default]) on an exact dict (counting loops): the method's own lookup
    // (DictObject::get, safe against a key's __eq__ mutating the dict) without the
    // native-method dispatch and argument checks. dict subclasses take the general path.
    if (self->type() == dict_type && (args.size() == 2 || args.size() == 3)) {
      if (!g_dict_get) g_dict_get = type_lookup(dict_type, "get").get();
      if (callee.get() == g_dict_get) {
        if (ObjPtr v = static_cast<DictObject*>(self.get())->get(args[1])) return v;
        return args.size() == 3 ? args[2] : None();
      }
    }
    return cast<MethodDescriptorObject>(callee)->fn(*this, self, args.sub(1), {});
  }
  if (ct == builtin_function_type) {
    auto* b = cast<BuiltinFunctionObject>(callee);
    if (!b->self && b->name == "super") return make_super(*this, f, args);
    CallingFrame cf(calling_frame, f);
    return b->fn(*this, b->self, args, {});
  }
  return call(callee, args);
}

// *args, keywords, **kwargs, or many arguments
ObjPtr Interpreter::eval_call_general(const CallExpr* c, Frame* f, const ObjPtr& self, const ObjPtr& callee) {
  std::vector<ObjPtr> args;
  args.reserve(c->args.size() + 1);
  if (self) args.push_back(self);
  for (auto& x : c->args) {
    if (x->kind == ExprKind::Starred)
      append_star(args, eval(static_cast<const StarredExpr*>(x.get())->value.get(), f), &callee);
    else
      args.push_back(eval(x.get(), f));
  }
  std::vector<KwArg> kwargs;
  for (auto& k : c->keywords) {
    ObjPtr v = eval(k.value.get(), f);
    if (!k.name.empty()) {
      kwargs.push_back(KwArg{k.name, v});
      continue;
    }
    std::string fname = function_str(callee);
    if (!is_dict(v)) {
      if (!hasattr(v, "keys"))
        raise_type_error(fname + " argument after ** must be a mapping, not " + type_name(v));
      for (auto& key : iterate(call(getattr(v, "keys")))) {
        if (!is_str(key)) raise_type_error("keywords must be strings");
        kwargs.push_back(KwArg{str_value(key), getitem(v, key)});
      }
      continue;
    }
    for (auto& en : std::vector<DictObject::Entry>(as_dict(v)->entries())) {
      if (!en.key) continue;
      if (!is_str(en.key)) raise_type_error("keywords must be strings");
      for (auto& existing : kwargs)
        if (existing.name == str_value(en.key))
          raise_type_error(fname + " got multiple values for keyword argument '" + existing.name + "'");
      kwargs.push_back(KwArg{str_value(en.key), en.value});
    }
  }
  PosArgs pa(args);
  KwArgs ka(kwargs);
  TypeObject* ct = callee->type();
  if (ct == function_type) return call_function(cast<FunctionObject>(callee), pa, ka);
  if (ct == method_descriptor_type && self) return cast<MethodDescriptorObject>(callee)->fn(*this, self, pa.sub(1), ka);
  if (ct == builtin_function_type) {
    auto* b = cast<BuiltinFunctionObject>(callee);
    if (!b->self && b->name == "super") return make_super(*this, f, pa);
    CallingFrame cf(calling_frame, f);
    return call(callee, pa, ka);
  }
  return call(callee, pa, ka);
}

// ---------------------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------------------
ObjPtr Interpreter::eval_sequence(const SeqExpr* e, Frame* f) {
  std::vector<ObjPtr> items;
  items.reserve(e->elts.size());
  for (auto& x : e->elts) {
    if (x->kind == ExprKind::Starred) append_star(items, eval(static_cast<const StarredExpr*>(x.get())->value.get(), f));
    else items.push_back(eval(x.get(), f));
  }
  if (e->kind == ExprKind::Tuple) return make_tuple(std::move(items));
  if (e->kind == ExprKind::List) return make_list(std::move(items));
  auto s = make_set();
  bool all_const = items.size() > 2;
  for (auto& x : e->elts)
    if (x->kind != ExprKind::Constant) all_const = false;
  if (all_const) {
    // CPython folds a constant set display into a frozenset constant, which its constant
    // merging rebuilds once more (frozenset(tuple(fs))), then merges it into a new set.
    // Iteration order depends on that history, so replay it.
    SetObject once(true), twice(true);
    for (auto& x : items) once.add(x);
    for (auto& x : once.items()) twice.add(x);
    s->merge(twice);
    return s;
  }
  for (auto& x : items) s->add(x);
  return s;
}

ObjPtr Interpreter::eval_dict(const DictExpr* e, Frame* f) {
  auto d = make_dict();
  for (size_t i = 0; i < e->keys.size(); ++i) {
    if (!e->keys[i]) {
      ObjPtr m = eval(e->values[i].get(), f);
      if (!is_dict(m)) {
        if (!hasattr(m, "keys")) raise_type_error("'" + type_name(m) + "' object is not a mapping");
        for (auto& k : iterate(call(getattr(m, "keys")))) d->set(k, getitem(m, k));
        continue;
      }
      for (auto& en : std::vector<DictObject::Entry>(as_dict(m)->entries()))
        if (en.key) d->set_hashed(en.key, en.hash, en.value);
      continue;
    }
    ObjPtr k = eval(e->keys[i].get(), f);
    ObjPtr v = eval(e->values[i].get(), f);
    d->set(k, v);
  }
  return d;
}

ObjPtr Interpreter::eval_joined(const JoinedStr* e, Frame* f) {
  std::string out;
  for (auto& part : e->values) {
    if (part->kind == ExprKind::Constant) {
      out += str_value(static_cast<const Constant*>(part.get())->value);
      continue;
    }
    auto* fv = static_cast<const FormattedValue*>(part.get());
    ObjPtr v = eval(fv->value.get(), f);
    if (fv->conversion == 'r') v = make_str(repr(v));
    else if (fv->conversion == 'a') v = make_str(ascii_repr(repr(v)));
    else if (fv->conversion == 's') v = make_str(str(v));
    std::string spec;
    if (fv->format_spec) spec = str_value(eval_joined(static_cast<const JoinedStr*>(fv->format_spec.get()), f));
    if (spec.empty() && is_str(v)) out += str_value(v);
    else out += format_value(v, spec);
  }
  return make_str(std::move(out));
}

// ---------------------------------------------------------------------------------------
// Assignment
// ---------------------------------------------------------------------------------------
void Interpreter::unpack(const SeqExpr* target, const ObjPtr& value, Frame* f) {
  std::vector<ObjPtr> tmp;
  const std::vector<ObjPtr>* items;
  if (is_tuple(value)) items = &tuple_items(value);
  else if (is_list(value)) {
    tmp = list_items(value);
    items = &tmp;
  } else {
    if (!find_slot(value->type(), &TypeObject::iter) && !find_slot(value->type(), &TypeObject::getitem))
      raise_type_error("cannot unpack non-iterable " + type_name(value) + " object");
    size_t want = target->elts.size();
    if (!target->has_starred) {
      // stop after want+1 items (CPython does not exhaust infinite iterators)
      ObjPtr it = get_iter(value);
      while (tmp.size() <= want) {
        ObjPtr x = iter_next(it);
        if (!x) break;
        tmp.push_back(std::move(x));
      }
    } else {
      tmp = iterate(value);
    }
    items = &tmp;
  }
  const auto& elts = target->elts;
  size_t n = items->size();
  if (!target->has_starred) {
    if (n != elts.size()) {
      if (n < elts.size())
        raise_value_error("not enough values to unpack (expected " + std::to_string(elts.size()) + ", got " +
                          std::to_string(n) + ")");
      if (is_tuple(value) || is_list(value))
        raise_value_error("too many values to unpack (expected " + std::to_string(elts.size()) + ")");
      raise_value_error("too many values to unpack (expected " + std::to_string(elts.size()) + ")");
    }
    // copy: assigning may change the source list
    std::vector<ObjPtr> vals(*items);
    for (size_t i = 0; i < n; ++i) assign(elts[i].get(), vals[i], f);
    return;
  }
  size_t star = 0;
  while (elts[star]->kind != ExprKind::Starred) ++star;
  size_t after = elts.size() - star - 1;
  if (n < elts.size() - 1)
    raise_value_error("not enough values to unpack (expected at least " + std::to_string(elts.size() - 1) +
                      ", got " + std::to_string(n) + ")");
  std::vector<ObjPtr> vals(*items);
  for (size_t i = 0; i < star; ++i) assign(elts[i].get(), vals[i], f);
  std::vector<ObjPtr> mid(vals.begin() + static_cast<int64_t>(star), vals.end() - static_cast<int64_t>(after));
  assign(static_cast<const StarredExpr*>(elts[star].get())->value.get(), make_list(std::move(mid)), f);
  for (size_t i = 0; i < after; ++i) assign(elts[star + 1 + i].get(), vals[n - after + i], f);
}

void Interpreter::assign(const Expr* target, const ObjPtr& value, Frame* f) {
  switch (target->kind) {
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(target);
      if (n->where == NameWhere::Local) f->slots()[n->slot] = value;
      else store_name(n, value, f);
      return;
    }
    case ExprKind::Tuple: case ExprKind::List: unpack(static_cast<const SeqExpr*>(target), value, f); return;
    case ExprKind::Attribute: {
      auto* a = static_cast<const AttributeExpr*>(target);
      ObjPtr obj = eval(a->value.get(), f);
      setattr(obj, a->attr, value);
      return;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<const SubscriptExpr*>(target);
      ObjPtr obj = eval_fast(*this, s->value.get(), f);
      ObjPtr key = eval_fast(*this, s->index.get(), f);
      if (obj->type() == list_type && key->type() == int_type) {
        auto& items = list_items(obj);
        int64_t i = int_value(key), n = static_cast<int64_t>(items.size());
        if (i < 0) i += n;
        if (i >= 0 && i < n) {
          items[static_cast<size_t>(i)] = value;
          return;
        }
      } else if (obj->type() == dict_type) {  // exact dict: no slot dispatch (d[k] = v in loops)
        static_cast<DictObject*>(obj.get())->set(key, value);
        return;
      }
      setitem(obj, key, value);
      return;
    }
    case ExprKind::Starred: raise_type_error("starred assignment target must be in a list or tuple");
    default: raise_type_error("cannot assign to expression");
  }
}

}  // namespace sl
