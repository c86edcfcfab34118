// object.cpp — core of the object model: types, singletons, value constructors, the
// int/float free lists, the exception class hierarchy and conversions. The abstract
// protocol (repr, binary_op, getattr, call, ...) lives in protocol.cpp; the containers in
// dict.cpp / set.cpp; each builtin type's slots and methods in its own types_*.cpp file.
#include "lang/object.hpp"

#include <cmath>
#include <cstring>

#include "lang/builtin_types.hpp"

namespace sl {

namespace detail {
ObjPtr g_none, g_notimpl, g_ellipsis, g_true, g_false;
ObjPtr g_small_ints[kSmallIntMax - kSmallIntMin + 1];
}  // namespace detail

TypeObject* object_type = nullptr;
TypeObject* type_type = nullptr;
TypeObject* none_type = nullptr;
TypeObject* notimpl_type = nullptr;
TypeObject* ellipsis_type = nullptr;
TypeObject* bool_type = nullptr;
TypeObject* int_type = nullptr;
TypeObject* bigint_type = nullptr;
TypeObject* float_type = nullptr;
TypeObject* str_type = nullptr;
TypeObject* bytes_type = nullptr;
TypeObject* tuple_type = nullptr;
TypeObject* list_type = nullptr;
TypeObject* dict_type = nullptr;
TypeObject* set_type = nullptr;
TypeObject* frozenset_type = nullptr;
TypeObject* range_type = nullptr;
TypeObject* slice_type = nullptr;
TypeObject* function_type = nullptr;
TypeObject* builtin_function_type = nullptr;
TypeObject* method_type = nullptr;
TypeObject* module_type = nullptr;
TypeObject* method_descriptor_type = nullptr;
TypeObject* getset_descriptor_type = nullptr;
TypeObject* base_exception_type = nullptr;

namespace {
struct BinOpInfo {
  const char* symbol;
  const char* dunder;
};
const BinOpInfo kBinOpInfo[kNumBinOps] = {
    {"+", "__add__"},      {"-", "__sub__"},       {"*", "__mul__"},     {"@", "__matmul__"},
    {"/", "__truediv__"},  {"//", "__floordiv__"}, {"%", "__mod__"},     {"**", "__pow__"},
    {"<<", "__lshift__"},  {">>", "__rshift__"},   {"&", "__and__"},     {"^", "__xor__"},
    {"|", "__or__"},
};
const char* const kCmpSymbols[kNumCmpOps] = {"<", "<=", "==", "!=", ">", ">="};

using detail::g_none;
using detail::g_notimpl;
using detail::g_ellipsis;
using detail::g_true;
using detail::g_false;
using detail::g_small_ints;
using detail::kSmallIntMin;
using detail::kSmallIntMax;
TypeObject* g_exception_types[static_cast<int>(ErrorType::Count_)];

// Free lists: ints and floats are the most allocated objects in loops.
template <size_t Size>
struct FreeList {
  struct Node {
    Node* next;
  };
  Node* head = nullptr;
  size_t count = 0;
  void* alloc() {
    if (head) {
      Node* n = head;
      head = n->next;
      --count;
      return n;
    }
    return ::operator new(Size);
  }
  void free(void* p) {
    if (count >= 4096) {
      ::operator delete(p);
      return;
    }
    Node* n = static_cast<Node*>(p);
    n->next = head;
    head = n;
    ++count;
  }
};
// Constant-initialized globals (no function-local static guard on the hot path). They are
// never destroyed in a meaningful way: the nodes are plain memory.
static FreeList<sizeof(IntObject)> g_int_free_list;
static FreeList<sizeof(FloatObject)> g_float_free_list;
inline FreeList<sizeof(IntObject)>& int_free_list() { return g_int_free_list; }
inline FreeList<sizeof(FloatObject)>& float_free_list() { return g_float_free_list; }

TypeObject* make_static_type(const char* name, TypeObject* base) {
  auto* t = new TypeObject(name, "builtins", base);
  t->make_immortal();
  return t;
}
}  // namespace

const char* binop_symbol(BinOp op) { return kBinOpInfo[static_cast<int>(op)].symbol; }
const char* binop_dunder(BinOp op) { return kBinOpInfo[static_cast<int>(op)].dunder; }
const char* cmpop_symbol(CmpOp op) { return kCmpSymbols[static_cast<int>(op)]; }
CmpOp cmpop_swapped(CmpOp op) {
  static const CmpOp kSwap[kNumCmpOps] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq,
                                          CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
  return kSwap[static_cast<int>(op)];
}

// ---------------------------------------------------------------------------------------
TypeObject::TypeObject(std::string n, std::string m, TypeObject* b)
    : Object(type_type), name(std::move(n)), module(std::move(m)), base(b) {
  if (dict_type) dict = Ref<DictObject>(new DictObject());
  if (base) {
    is_exception = base->is_exception;
    error_type = base->error_type;
    unhashable = base->unhashable;
  }
}

std::string TypeObject::qualified_name() const {
  if (!qualified_override.empty()) return qualified_override;
  if (module.empty() || module == "builtins") return name;
  return module + "." + name;
}

bool TypeObject::is_subtype_of(const TypeObject* other) const {
  for (const TypeObject* t = this; t; t = t->base) {
    if (t == other) return true;
    // native hierarchies are shallow and acyclic: the recursion is bounded by them
    for (const TypeObject* e : t->extra_bases)
      if (e->is_subtype_of(other)) return true;
  }
  return false;
}

TypeObject* new_type(const std::string& name, const std::string& module, TypeObject* base) {
  init_object_model();
  auto* t = new TypeObject(name, module, base ? base : object_type);
  t->make_immortal();
  return t;
}

void add_method(TypeObject* t, const std::string& name, NativeFn fn) {
  t->dict->set(name, make_object<MethodDescriptorObject>(name, std::move(fn), t));
}
void add_static_method(TypeObject* t, const std::string& name, NativeFn fn) {
  auto d = make_object<MethodDescriptorObject>(name, std::move(fn), t);
  d->is_static = true;
  t->dict->set(name, d);
}
void add_getset(TypeObject* t, const std::string& name, Getter get, Setter set) {
  t->dict->set(name, make_object<GetSetDescriptorObject>(name, std::move(get), std::move(set), t));
}
void add_type_attr(TypeObject* t, const std::string& name, ObjPtr value) {
  t->dict->set(name, std::move(value));
}

ObjPtr type_lookup(const TypeObject* t, const std::string& name) {
  for (; t; t = t->base) {
    if (!t->dict) continue;
    ObjPtr v = t->dict->get(name);
    if (v) return v;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------
namespace {
int g_destroy_depth = 0;
std::vector<const Object*>* g_destroy_pending = new std::vector<const Object*>();
}  // namespace

void reset_object_state() {
  g_destroy_depth = 0;
  while (!g_destroy_pending->empty()) {
    const Object* o = g_destroy_pending->back();
    g_destroy_pending->pop_back();
    ++g_destroy_depth;
    delete o;
    --g_destroy_depth;
  }
}

void Object::destroy() const {
  int& depth = g_destroy_depth;
  std::vector<const Object*>* pending = g_destroy_pending;
  if (depth >= 48) {
    pending->push_back(this);
    return;
  }
  ++depth;
  delete this;
  if (depth == 1) {
    while (!pending->empty()) {
      const Object* o = pending->back();
      pending->pop_back();
      delete o;
    }
  }
  --depth;
}

void* IntObject::operator new(size_t n) { return int_free_list().alloc(); }
void IntObject::operator delete(void* p) { int_free_list().free(p); }
void* FloatObject::operator new(size_t n) { return float_free_list().alloc(); }
void FloatObject::operator delete(void* p) { float_free_list().free(p); }

static int64_t utf8_length(const std::string& s, bool* ascii) {
  int64_t n = 0;
  bool a = true;
  for (unsigned char c : s) {
    if (c >= 0x80) a = false;
    if ((c & 0xC0) != 0x80) ++n;
  }
  *ascii = a;
  return n;
}

StrObject::StrObject(std::string s) : Object(str_type), value(std::move(s)) {
  length = utf8_length(value, &ascii);
}

int64_t RangeObject::length() const {
  uint64_t n = ulength();
  if (n > static_cast<uint64_t>(INT64_MAX)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return static_cast<int64_t>(n);
}

uint64_t RangeObject::ulength() const {
  // computed in unsigned arithmetic: stop - start may exceed INT64_MAX
  uint64_t n = 0;
  if (step > 0 && start < stop)
    n = (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1;
  else if (step < 0 && start > stop)
    n = (static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) / (0 - static_cast<uint64_t>(step)) + 1;
  return n;
}

// CPython's _PyEval_SliceIndex: bounds beyond int64 clamp; non-integers get its message.
static int64_t slice_index(const ObjPtr& v) {
  if (!is_int(v) && !has_index(v))
    raise_type_error("slice indices must be integers or None or have an __index__ method");
  ObjPtr i = is_int(v) ? v : call_method(v, "__index__");
  if (is_big_int(i)) return bigint_value(i).is_neg() ? INT64_MIN : INT64_MAX;
  return to_int64(i);
}

int64_t SliceObject::indices(int64_t length, int64_t* pstart, int64_t* pstop, int64_t* pstep) const {
  int64_t st = 1;
  if (!is_none(step)) {
    st = slice_index(step);
    if (st == 0) raise_value_error("slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX;  // CPython clamps to -PY_SSIZE_T_MAX
  }
  auto clamp = [&](const ObjPtr& v, int64_t dflt_pos, int64_t dflt_neg) -> int64_t {
    if (is_none(v)) return st > 0 ? dflt_pos : dflt_neg;
    int64_t x = slice_index(v);
    if (x < 0) {
      x += length;
      if (x < 0) x = st < 0 ? -1 : 0;
    } else if (x >= length) {
      x = st < 0 ? length - 1 : length;
    }
    return x;
  };
  int64_t a = clamp(start, 0, length - 1);
  int64_t b = clamp(stop, length, -1);
  *pstart = a;
  *pstop = b;
  *pstep = st;
  if (st < 0) return b < a ? (a - b - 1) / (-st) + 1 : 0;
  return a < b ? (b - a - 1) / st + 1 : 0;
}

DictObject* ObjectWithDict::instance_dict() {
  if (!dict_) dict_ = make_dict();
  return dict_.get();
}

// ---------------------------------------------------------------------------------------
// Singletons and constructors
// ---------------------------------------------------------------------------------------
ObjPtr make_int_slow(int64_t v) { return ObjPtr(new IntObject(v)); }
BigIntObject::BigIntObject(BigInt v) : IntObject(v.is_neg() ? INT64_MIN : INT64_MAX, bigint_type), num(std::move(v)) {}
ObjPtr make_int(const BigInt& v) {
  int64_t small;
  if (v.to_int64(&small)) return make_int(small);
  return ObjPtr(new BigIntObject(v));
}
ObjPtr make_int_u64(uint64_t v) {
  if (v <= static_cast<uint64_t>(INT64_MAX)) return make_int(static_cast<int64_t>(v));
  return make_int(BigInt::from_u64(v));
}
ObjPtr make_float(double v) { return ObjPtr(new FloatObject(v)); }
ObjPtr make_str(std::string s) { return ObjPtr(new StrObject(std::move(s))); }
ObjPtr make_bytes(std::string s) { return ObjPtr(new BytesObject(std::move(s))); }
ObjPtr make_tuple(std::vector<ObjPtr> items) { return ObjPtr(new TupleObject(std::move(items))); }
ObjPtr make_list(std::vector<ObjPtr> items) { return ObjPtr(new ListObject(std::move(items))); }
Ref<DictObject> make_dict() { return Ref<DictObject>(new DictObject()); }
Ref<SetObject> make_set() { return Ref<SetObject>(new SetObject(false)); }
ObjPtr make_range(int64_t a, int64_t b, int64_t s) { return ObjPtr(new RangeObject(a, b, s)); }
ObjPtr make_slice(ObjPtr a, ObjPtr b, ObjPtr c) {
  return ObjPtr(new SliceObject(a ? a : None(), b ? b : None(), c ? c : None()));
}
ObjPtr make_function(const std::string& name, NativeFn fn) {
  return ObjPtr(new BuiltinFunctionObject(name, std::move(fn)));
}
ObjPtr make_shape_tuple(const std::vector<int64_t>& dims) {
  std::vector<ObjPtr> v;
  v.reserve(dims.size());
  for (int64_t d : dims) v.push_back(make_int(d));
  return make_tuple(std::move(v));
}

bool is_instance(const ObjPtr& o, const TypeObject* t) { return o->type()->is_subtype_of(t); }

std::string type_name(const ObjPtr& o) { return o->type()->tp_name(); }

// ---------------------------------------------------------------------------------------
// Exceptions
// ---------------------------------------------------------------------------------------
ExceptionObject::ExceptionObject(TypeObject* cls, ObjPtr args_tuple)
    : ObjectWithDict(cls), args(args_tuple ? std::move(args_tuple) : make_tuple({})) {}

ErrorType ExceptionObject::error_type() const { return type_->error_type; }

void throw_exception(ObjPtr exc) { throw PyException{std::move(exc)}; }

TypeObject* exception_type(ErrorType t) {
  init_object_model();
  return g_exception_types[static_cast<int>(t)];
}

ObjPtr make_exception(TypeObject* cls, std::vector<ObjPtr> args) {
  return ObjPtr(new ExceptionObject(cls, make_tuple(std::move(args))));
}

ObjPtr make_exception(ErrorType t, const std::string& message) {
  std::vector<ObjPtr> args;
  if (!message.empty()) args.push_back(make_str(message));
  return make_exception(exception_type(t), std::move(args));
}

ObjPtr exception_from_error(const PyError& e) { return make_exception(e.type, e.message); }

std::string exception_type_display_name(const TypeObject* cls) {
  if (!cls->qualified_override.empty()) return cls->qualified_override;
  if (cls->module.empty() || cls->module == "builtins" || cls->module == "__main__")
    return cls->name;
  return cls->module + "." + cls->name;
}

std::string format_exception_only(const ObjPtr& exc) {
  std::string name = exception_type_display_name(exc->type());
  std::string msg = str(exc);
  if (msg.empty()) return name;
  return name + ": " + msg;
}

// ---------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------
bool has_index(const ObjPtr& o) {
  return is_int(o) || find_slot(o->type(), &TypeObject::index) != nullptr;
}

// The int an object stands for as an index: itself, or what __index__ returns.
static ObjPtr index_int(const ObjPtr& o) {
  if (is_int(o)) return o;
  if (UnaryFn f = find_slot(o->type(), &TypeObject::index)) {
    ObjPtr r = f(current_interpreter(), o);
    if (!is_int(r))
      raise_type_error("__index__ returned non-int (type " + type_name(r) + ")");
    return r;
  }
  raise_type_error("'" + type_name(o) + "' object cannot be interpreted as an integer");
}

int64_t to_int64(const ObjPtr& o) {
  if (is_small_int(o)) return int_value(o);
  ObjPtr r = index_int(o);
  if (is_big_int(r)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return int_value(r);
}

int64_t to_index_int64(const ObjPtr& o, ErrorType err) {
  if (is_small_int(o)) return int_value(o);
  ObjPtr r = index_int(o);
  if (is_big_int(r)) raise(err, "cannot fit '" + type_name(o) + "' into an index-sized integer");
  return int_value(r);
}

BigInt to_bigint(const ObjPtr& o) { return int_to_bigint(index_int(o)); }

bool int_to_int64(const ObjPtr& o, int64_t* out) {
  if (is_big_int(o)) return false;
  *out = int_value(o);
  return true;
}

BigInt int_to_bigint(const ObjPtr& o) {
  if (is_big_int(o)) return bigint_value(o);
  return BigInt(int_value(o));
}

int int_sign(const ObjPtr& o) {
  if (is_big_int(o)) return bigint_value(o).sign();
  int64_t v = int_value(o);
  return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

double int_to_double(const ObjPtr& o) {
  if (!is_big_int(o)) return static_cast<double>(int_value(o));
  double d;
  if (!bigint_value(o).to_double(&d)) raise_overflow_error("int too large to convert to float");
  return d;
}

std::string int_to_string(const ObjPtr& o, int base) {
  if (is_big_int(o)) return bigint_value(o).to_string(base);
  if (base == 10) return std::to_string(int_value(o));
  return BigInt(int_value(o)).to_string(base);
}

int64_t& int_max_str_digits() {
  static int64_t limit = 4300;
  return limit;
}

bool is_number(const ObjPtr& o) {
  return is_int(o) || is_float(o) || find_slot(o->type(), &TypeObject::to_float) ||
         find_slot(o->type(), &TypeObject::index);
}

double to_double(const ObjPtr& o) {
  if (is_float(o)) return float_value(o);
  if (is_int(o)) return int_to_double(o);
  if (UnaryFn f = find_slot(o->type(), &TypeObject::to_float)) {
    ObjPtr r = f(current_interpreter(), o);
    if (is_float(r)) return float_value(r);
    if (is_int(r)) return int_to_double(r);
    raise_type_error(type_name(o) + ".__float__ returned non-float (type " + type_name(r) + ")");
  }
  if (find_slot(o->type(), &TypeObject::index)) return int_to_double(index_int(o));
  raise_type_error("must be real number, not " + type_name(o));
}

const std::string& to_str(const ObjPtr& o, const char* what) {
  if (is_str(o)) return str_value(o);
  raise_type_error(std::string(what) + " must be str, not " + type_name(o));
}

// ---------------------------------------------------------------------------------------
// Initialisation
// ---------------------------------------------------------------------------------------
void init_object_model() {
  static bool done = false;
  if (done) return;
  done = true;
  // Bootstrap: type, object and dict must exist before any TypeObject gets its dict.
  type_type = make_static_type("type", nullptr);
  object_type = make_static_type("object", nullptr);
  type_type->base = object_type;
  dict_type = make_static_type("dict", object_type);
  for (TypeObject* t : {type_type, object_type, dict_type}) {
    t->unsafe_set_type(type_type);
    t->dict = Ref<DictObject>(new DictObject());
  }
  none_type = make_static_type("NoneType", object_type);
  notimpl_type = make_static_type("NotImplementedType", object_type);
  ellipsis_type = make_static_type("ellipsis", object_type);
  int_type = make_static_type("int", object_type);
  bool_type = make_static_type("bool", int_type);
  bigint_type = make_static_type("int", int_type);  // slots and methods are int's (inherited)
  float_type = make_static_type("float", object_type);
  str_type = make_static_type("str", object_type);
  bytes_type = make_static_type("bytes", object_type);
  tuple_type = make_static_type("tuple", object_type);
  list_type = make_static_type("list", object_type);
  set_type = make_static_type("set", object_type);
  frozenset_type = make_static_type("frozenset", object_type);
  range_type = make_static_type("range", object_type);
  slice_type = make_static_type("slice", object_type);
  function_type = make_static_type("function", object_type);
  builtin_function_type = make_static_type("builtin_function_or_method", object_type);
  method_type = make_static_type("method", object_type);
  module_type = make_static_type("module", object_type);
  method_descriptor_type = make_static_type("method_descriptor", object_type);
  getset_descriptor_type = make_static_type("getset_descriptor", object_type);
  for (TypeObject* t : {object_type, int_type, float_type, str_type, tuple_type, list_type,
                        dict_type, set_type})
    t->subclassable = true;
  for (TypeObject* t : {list_type, dict_type, set_type, slice_type}) t->unhashable = true;

  g_none = ObjPtr(new Object(none_type));
  g_notimpl = ObjPtr(new Object(notimpl_type));
  g_ellipsis = ObjPtr(new Object(ellipsis_type));
  g_true = ObjPtr(new IntObject(1, bool_type));
  g_false = ObjPtr(new IntObject(0, bool_type));
  for (auto* o : {g_none.get(), g_notimpl.get(), g_ellipsis.get(), g_true.get(), g_false.get()})
    o->make_immortal();
  for (int64_t v = kSmallIntMin; v <= kSmallIntMax; ++v) {
    g_small_ints[v - kSmallIntMin] = ObjPtr(new IntObject(v));
    g_small_ints[v - kSmallIntMin]->make_immortal();
  }

  // Exception classes from the error table (parents come first in the table).
  for (int i = 0; i < static_cast<int>(ErrorType::Count_); ++i) {
    ErrorType et = static_cast<ErrorType>(i);
    std::string full = error_type_name(et);
    std::string module = "builtins";
    size_t dot = full.rfind('.');
    if (dot != std::string::npos) module = full.substr(0, dot);
    ErrorType parent = error_parent(et);
    TypeObject* base = parent == et ? object_type : g_exception_types[static_cast<int>(parent)];
    auto* t = new TypeObject(error_class_name(et), module, base);
    if (full.size() > module.size() + 1 && full.substr(module.size() + 1) != error_class_name(et))
      t->qualified_override = full;
    t->make_immortal();
    t->is_exception = true;
    t->error_type = et;
    t->subclassable = true;
    g_exception_types[i] = t;
  }
  base_exception_type = g_exception_types[static_cast<int>(ErrorType::BaseException)];

  init_builtin_type_slots();
}

}  // namespace sl
