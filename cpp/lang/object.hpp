// object.hpp — the interpreter's object model, and the extension API native modules (numpy,
// matplotlib, ...) are written against.
//
// Every Python value is an Object held through ObjPtr, an intrusive reference-counted
// pointer (no cycle collector: cycles leak until the session dies, like CPython with gc
// disabled). An Object knows its TypeObject; a TypeObject carries the name, the base type
// (single inheritance), an attribute dict (methods, properties, class attributes) and C++
// slot hooks for every protocol (repr, len, getitem, binary operators with the reflected
// protocol, comparisons, iteration, call, ...). Builtin types (int, str, list, ...) and
// native types defined by modules use the same machinery.
//
// Python exceptions: C++ code raises them with sl::raise(ErrorType, message) from
// core/errors.hpp (or throw_exception() below for an existing exception object). The
// evaluator turns sl::PyError into an exception instance of the class named by the
// SL_ERROR_TYPES table.
//
// Ints are arbitrary precision with a small-int fast path: a value that fits int64 is an
// IntObject of type int (the evaluator's fast paths test `type() == int_type` and read
// `value`); a value beyond int64 is a BigIntObject (lang/bigint.hpp digits) whose type is
// the hidden `bigint_type` — named "int", a subtype of int, reported as `int` by type() and
// __class__. Every int result is normalised: small when it fits, big only when it does not,
// so `is_small_int(o)` decides which representation to read.
//
// What this header deliberately does not contain: the evaluator (interpreter.hpp), the
// argument parser (args.hpp) and the module registry (module.hpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/errors.hpp"
#include "core/ndarray.hpp"
#include "lang/bigint.hpp"

namespace sl {

class Interpreter;
struct TypeObject;
class DictObject;

// ---------------------------------------------------------------------------------------
// Object and its intrusive pointer
// ---------------------------------------------------------------------------------------
class Object {
 public:
  explicit Object(TypeObject* type) : type_(type) {}
  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  TypeObject* type() const { return type_; }

  // The ndarray this object is; the ndarray object of the numpy module overrides it.
  // Session::global_array / find_buffer rely on it.
  virtual ArrayPtr native_array() const { return nullptr; }
  // Per-instance attribute dict (obj.__dict__), or null when the type has none. Derive
  // from ObjectWithDict to get one (created on first use).
  virtual DictObject* instance_dict() { return nullptr; }
  // The instance dict if it exists already (lookups use this: no allocation).
  virtual DictObject* peek_instance_dict() { return instance_dict(); }

  void inc_ref() const { ++refcnt_; }
  void dec_ref() const {
    if (--refcnt_ == 0) destroy();
  }
  uint32_t refcount() const { return refcnt_; }
  // Objects that live as long as the process (types, None, small ints) never hit zero.
  void make_immortal() { refcnt_ = 1u << 30; }
  // Only for bootstrapping the type objects.
  void unsafe_set_type(TypeObject* t) { type_ = t; }

 protected:
  TypeObject* type_;

 private:
  // Deletes this object; deeply nested structures (a list of a list of ...) are freed
  // iteratively (CPython's "trashcan"), so releasing them cannot overflow the stack.
  void destroy() const;
  mutable uint32_t refcnt_ = 0;
};

template <class T>
class Ref {
 public:
  Ref() noexcept = default;
  Ref(std::nullptr_t) noexcept {}
  Ref(T* p) noexcept : p_(p) {
    if (p_) p_->inc_ref();
  }
  Ref(const Ref& o) noexcept : p_(o.p_) {
    if (p_) p_->inc_ref();
  }
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  template <class U, class = std::enable_if_t<std::is_convertible<U*, T*>::value>>
  Ref(const Ref<U>& o) noexcept : p_(o.get()) {
    if (p_) p_->inc_ref();
  }
  template <class U, class = std::enable_if_t<std::is_convertible<U*, T*>::value>>
  Ref(Ref<U>&& o) noexcept : p_(o.release()) {}
  ~Ref() {
    if (p_) p_->dec_ref();
  }
  Ref& operator=(const Ref& o) noexcept {
    T* old = p_;
    p_ = o.p_;
    if (p_) p_->inc_ref();
    if (old) old->dec_ref();
    return *this;
  }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      T* old = p_;
      p_ = o.p_;
      o.p_ = nullptr;
      if (old) old->dec_ref();
    }
    return *this;
  }
  Ref& operator=(std::nullptr_t) noexcept {
    reset();
    return *this;
  }
  void reset() {
    T* old = p_;
    p_ = nullptr;
    if (old) old->dec_ref();
  }
  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  T* release() {
    T* p = p_;
    p_ = nullptr;
    return p;
  }

 private:
  T* p_ = nullptr;
};
template <class A, class B>
bool operator==(const Ref<A>& a, const Ref<B>& b) { return a.get() == b.get(); }
template <class A, class B>
bool operator!=(const Ref<A>& a, const Ref<B>& b) { return a.get() != b.get(); }
template <class A>
bool operator==(const Ref<A>& a, std::nullptr_t) { return a.get() == nullptr; }
template <class A>
bool operator!=(const Ref<A>& a, std::nullptr_t) { return a.get() != nullptr; }

using ObjPtr = Ref<Object>;

template <class T, class... A>
Ref<T> make_object(A&&... args) {
  return Ref<T>(new T(std::forward<A>(args)...));
}

// Unchecked downcast (check the type first).
template <class T>
T* cast(const ObjPtr& o) { return static_cast<T*>(o.get()); }

// ---------------------------------------------------------------------------------------
// Call arguments: views valid for the duration of a call
// ---------------------------------------------------------------------------------------
template <class T>
class Span {
 public:
  Span() = default;
  Span(const T* p, size_t n) : p_(p), n_(n) {}
  Span(const std::vector<T>& v) : p_(v.data()), n_(v.size()) {}
  // Only for temporaries that outlive the call expression: f(in, self, {a, b}, {}).
  Span(std::initializer_list<T> l) : p_(l.begin()), n_(l.size()) {}
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  const T& operator[](size_t i) const { return p_[i]; }
  const T* begin() const { return p_; }
  const T* end() const { return p_ + n_; }
  const T* data() const { return p_; }
  Span sub(size_t from) const { return from >= n_ ? Span() : Span(p_ + from, n_ - from); }

 private:
  const T* p_ = nullptr;
  size_t n_ = 0;
};

struct KwArg {
  std::string name;
  ObjPtr value;
};
using PosArgs = Span<ObjPtr>;
using KwArgs = Span<KwArg>;

// A native function or method. `self` is the bound object for methods, null for plain
// functions (module functions, builtins).
using NativeFn =
    std::function<ObjPtr(Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs kwargs)>;
using Getter = std::function<ObjPtr(Interpreter& in, const ObjPtr& self)>;
using Setter = std::function<void(Interpreter& in, const ObjPtr& self, const ObjPtr& value)>;

// ---------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------
// Binary operators, in the order of their dunder names (kBinOpInfo in object.cpp).
enum class BinOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Xor, Or, Count_
};
constexpr int kNumBinOps = static_cast<int>(BinOp::Count_);
const char* binop_symbol(BinOp op);   // "+", "//", "**", "@"
const char* binop_dunder(BinOp op);   // "__add__"  (reflected "__radd__", in-place "__iadd__")

enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, Count_ };
constexpr int kNumCmpOps = 6;
const char* cmpop_symbol(CmpOp op);   // "<"
CmpOp cmpop_swapped(CmpOp op);        // a < b  <=>  b > a

using UnaryFn = ObjPtr (*)(Interpreter& in, const ObjPtr& self);
// Returns the result, or nullptr / NotImplemented when it does not handle `other`.
using BinaryFn = ObjPtr (*)(Interpreter& in, const ObjPtr& self, const ObjPtr& other);
using CallFn = ObjPtr (*)(Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs kwargs);
using ConstructFn = ObjPtr (*)(Interpreter& in, TypeObject* cls, PosArgs args, KwArgs kwargs);

struct TypeObject : Object {
  TypeObject(std::string name, std::string module, TypeObject* base);

  std::string name;    // "ndarray"
  std::string module;  // "numpy"; "builtins" for builtin types (repr omits it)
  TypeObject* base;    // single inheritance; null only for `object`
  Ref<DictObject> dict;  // methods (MethodDescriptor), properties (GetSetDescriptor), attributes

  // --- flags
  bool user_defined = false;    // created by a `class` statement
  bool subclassable = false;    // may be used as a base class by `class` statements
  bool unhashable = false;      // hash() raises "unhashable type: 'list'"
  bool is_exception = false;    // BaseException or a subclass
  ErrorType error_type = ErrorType::Exception;  // nearest table entry, for exception types

  // --- slots (null = not supported; lookups walk the base chain)
  UnaryFn repr = nullptr;                                   // __repr__
  UnaryFn str = nullptr;                                    // __str__ (default: repr)
  bool (*truth)(Interpreter&, const ObjPtr& self) = nullptr;  // __bool__ (default: len, else True)
  int64_t (*len)(Interpreter&, const ObjPtr& self) = nullptr; // __len__
  int64_t (*hash)(Interpreter&, const ObjPtr& self) = nullptr;  // default: identity
  BinaryFn getitem = nullptr;                               // __getitem__(self, key)
  void (*setitem)(Interpreter&, const ObjPtr& self, const ObjPtr& key, const ObjPtr& value) = nullptr;
  void (*delitem)(Interpreter&, const ObjPtr& self, const ObjPtr& key) = nullptr;
  bool (*contains)(Interpreter&, const ObjPtr& self, const ObjPtr& item) = nullptr;  // default: iterate
  UnaryFn iter = nullptr;                                   // __iter__
  UnaryFn next = nullptr;   // __next__: returns nullptr when exhausted (no StopIteration needed)
  CallFn call = nullptr;                                    // __call__ on instances
  ConstructFn construct = nullptr;                          // calling the type: Type(...)
  BinaryFn compare[kNumCmpOps] = {};                        // __lt__ ... __ge__
  BinaryFn binop[kNumBinOps] = {};                          // self OP other
  BinaryFn rbinop[kNumBinOps] = {};                         // other OP self (called with self first)
  BinaryFn ibinop[kNumBinOps] = {};                         // self OP= other (falls back to binop)
  UnaryFn neg = nullptr, pos = nullptr, invert = nullptr, abs = nullptr;
  UnaryFn index = nullptr;     // __index__: must return an int
  UnaryFn to_int = nullptr;    // __int__
  UnaryFn to_float = nullptr;  // __float__
  // Called when normal attribute lookup fails; return nullptr for "no such attribute".
  ObjPtr (*getattr)(Interpreter&, const ObjPtr& self, const std::string& name) = nullptr;
  // Called before normal attribute assignment; return true when handled. value is null
  // for `del obj.name`.
  bool (*setattr)(Interpreter&, const ObjPtr& self, const std::string& name,
                  const ObjPtr& value) = nullptr;

  // "numpy.ndarray" / "int": the name inside <class '...'>
  std::string qualified_name() const;
  // The name CPython's messages use (its tp_name): "int", "MyClass" for builtins and classes
  // made by `class`, "numpy.ndarray" for the native types of modules.
  std::string tp_name() const { return user_defined || python_level ? name : qualified_name(); }
  // A native type standing in for a class CPython writes in Python (collections.Counter,
  // namedtuple classes, random.Random): a heap type there, so messages use the bare name.
  bool python_level = false;
  // When set, qualified_name() returns it instead of module.name (NumPy's private ufunc
  // error classes, whose __name__ is their public base's).
  std::string qualified_override;
  // Further bases of a native class beyond `base` (numpy.exceptions.AxisError is also an
  // IndexError): they count for isinstance/issubclass/except and are listed by __bases__
  // and __mro__, but add no behaviour — attributes and slots come from the `base` chain.
  std::vector<TypeObject*> extra_bases;
  bool is_subtype_of(const TypeObject* other) const;
};

// Creates a process-lifetime native type. `module` may be "" or "builtins" for a
// builtin-looking type. Fill in slots and add methods afterwards.
TypeObject* new_type(const std::string& name, const std::string& module,
                     TypeObject* base = nullptr /* object */);
void add_method(TypeObject* t, const std::string& name, NativeFn fn);
void add_static_method(TypeObject* t, const std::string& name, NativeFn fn);  // self = null
void add_getset(TypeObject* t, const std::string& name, Getter get, Setter set = nullptr);
void add_type_attr(TypeObject* t, const std::string& name, ObjPtr value);  // class attribute

// Looks a name up in the type's dict and its bases (no instance dict, no binding).
ObjPtr type_lookup(const TypeObject* t, const std::string& name);
template <class Slot>
Slot find_slot(const TypeObject* t, Slot TypeObject::*member) {
  for (; t; t = t->base)
    if (t->*member) return t->*member;
  return nullptr;
}

// ---------------------------------------------------------------------------------------
// Builtin types (initialised by init_object_model(), which Interpreter's constructor calls)
// ---------------------------------------------------------------------------------------
extern TypeObject* object_type;
extern TypeObject* type_type;
extern TypeObject* none_type;
extern TypeObject* notimpl_type;
extern TypeObject* ellipsis_type;
extern TypeObject* bool_type;
extern TypeObject* int_type;
extern TypeObject* bigint_type;  // ints beyond int64 (see the header comment); type() says int
extern TypeObject* float_type;
extern TypeObject* str_type;
extern TypeObject* bytes_type;
extern TypeObject* tuple_type;
extern TypeObject* list_type;
extern TypeObject* dict_type;
extern TypeObject* set_type;
extern TypeObject* frozenset_type;
extern TypeObject* range_type;
extern TypeObject* slice_type;
extern TypeObject* function_type;          // Python functions (def, lambda)
extern TypeObject* builtin_function_type;  // native functions, bound native methods
extern TypeObject* method_type;            // bound Python methods
extern TypeObject* module_type;
extern TypeObject* method_descriptor_type;
extern TypeObject* getset_descriptor_type;
extern TypeObject* base_exception_type;    // = exception_type(ErrorType::BaseException)
void init_object_model();  // idempotent

// Singletons
namespace detail {
extern ObjPtr g_none, g_notimpl, g_ellipsis, g_true, g_false;
constexpr int64_t kSmallIntMin = -5, kSmallIntMax = 256;
extern ObjPtr g_small_ints[kSmallIntMax - kSmallIntMin + 1];
}  // namespace detail
inline const ObjPtr& None() { return detail::g_none; }
inline const ObjPtr& NotImplemented() { return detail::g_notimpl; }
inline const ObjPtr& Ellipsis() { return detail::g_ellipsis; }
inline const ObjPtr& True() { return detail::g_true; }
inline const ObjPtr& False() { return detail::g_false; }
inline const ObjPtr& make_bool(bool b) { return b ? detail::g_true : detail::g_false; }

// ---------------------------------------------------------------------------------------
// Builtin value objects
// ---------------------------------------------------------------------------------------
struct IntObject : Object {  // int that fits int64, and bool (type bool_type)
  int64_t value;  // for a BigIntObject: saturated to INT64_MIN/MAX (never read it: use num)
  IntObject(int64_t v, TypeObject* t = int_type) : Object(t), value(v) {}
  static void* operator new(size_t n);  // free list: ints are allocated in hot loops
  static void operator delete(void* p);
};
struct BigIntObject : IntObject {  // int beyond int64 (type bigint_type); never fits int64
  BigInt num;
  explicit BigIntObject(BigInt v);
  static void* operator new(size_t n) { return ::operator new(n); }
  static void operator delete(void* p) { ::operator delete(p); }
};
struct FloatObject : Object {
  double value;
  explicit FloatObject(double v) : Object(float_type), value(v) {}
  static void* operator new(size_t n);
  static void operator delete(void* p);
};
struct StrObject : Object {  // UTF-8; indexing and len() are by code point
  std::string value;
  mutable int64_t hash_cache = -1;
  int64_t length;  // code points
  bool ascii;
  explicit StrObject(std::string s);
};
struct BytesObject : Object {
  std::string value;
  explicit BytesObject(std::string s) : Object(bytes_type), value(std::move(s)) {}
};
struct TupleObject : Object {
  std::vector<ObjPtr> items;
  explicit TupleObject(std::vector<ObjPtr> v) : Object(tuple_type), items(std::move(v)) {}
};
struct ListObject : Object {
  std::vector<ObjPtr> items;
  explicit ListObject(std::vector<ObjPtr> v) : Object(list_type), items(std::move(v)) {}
};
struct RangeObject : Object {
  int64_t start, stop, step;
  RangeObject(int64_t a, int64_t b, int64_t s) : Object(range_type), start(a), stop(b), step(s) {}
  int64_t length() const;     // len(): OverflowError beyond INT64_MAX items
  uint64_t ulength() const;   // exact item count (never raises)
};
struct SliceObject : Object {
  ObjPtr start, stop, step;  // None when omitted
  SliceObject(ObjPtr a, ObjPtr b, ObjPtr c)
      : Object(slice_type), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
  // PySlice_GetIndicesEx: clamps to `length`; returns the number of selected items.
  int64_t indices(int64_t length, int64_t* start, int64_t* stop, int64_t* step) const;
};

// Insertion-ordered dict keyed by Python equality.
class DictObject : public Object {
 public:
  struct Entry {
    ObjPtr key;  // null for a deleted entry
    ObjPtr value;
    int64_t hash;
  };
  DictObject();
  size_t size() const { return used_; }
  ObjPtr get(const ObjPtr& key) const;          // null when absent
  ObjPtr get(const std::string& key) const;     // str key
  void set(const ObjPtr& key, ObjPtr value);
  void set(const std::string& key, ObjPtr value);
  bool remove(const ObjPtr& key);               // false when absent
  bool remove(const std::string& key);
  bool contains(const ObjPtr& key) const { return static_cast<bool>(get(key)); }
  void clear();
  // Iterate: for (auto& e : d.entries()) if (e.key) ...
  const std::vector<Entry>& entries() const { return entries_; }
  std::vector<ObjPtr> keys() const;
  // Lookup with a precomputed hash (used by the evaluator for global names).
  ObjPtr get_hashed(const ObjPtr& key, int64_t hash) const;
  void set_hashed(const ObjPtr& key, int64_t hash, ObjPtr value);
  uint64_t version() const { return version_; }  // bumped on insert/delete (not on update)
  // Entry index of a key (-1 when absent); stays valid while version() is unchanged.
  int64_t lookup_index(const ObjPtr& key, int64_t hash) const { return find(key.get(), hash); }
  const ObjPtr& value_at(int64_t ix) const { return entries_[static_cast<size_t>(ix)].value; }
  void set_value_at(int64_t ix, ObjPtr v) { entries_[static_cast<size_t>(ix)].value = std::move(v); }
  ObjPtr* value_ptr_at(int64_t ix) { return &entries_[static_cast<size_t>(ix)].value; }

 private:
  int64_t find(const Object* key, int64_t hash) const;  // entry index or -1
  int64_t find_plain(const Object* key, int64_t hash) const;
  void rebuild(size_t min_capacity);
  std::vector<Entry> entries_;
  std::vector<int32_t> index_;  // open addressing: entry index, -1 empty
  size_t used_ = 0;
  uint64_t version_ = 0;
};

// set / frozenset: CPython's set table algorithm, so iteration order matches CPython.
class SetObject : public Object {
 public:
  explicit SetObject(bool frozen = false);
  size_t size() const { return used_; }
  bool add(const ObjPtr& key);         // false when already present
  bool contains(const ObjPtr& key) const;
  bool discard(const ObjPtr& key);     // false when absent
  void clear();
  std::vector<ObjPtr> items() const;   // in iteration order
  // CPython's set_merge: adds every key of `other` (table order), presizing like CPython.
  void merge(const SetObject& other);
  // Presizes for `incoming` more keys the way set.update(dict) does.
  void presize(size_t incoming);
  struct Slot {
    ObjPtr key;      // null: never used (hash 0) or dummy (hash -1)
    int64_t hash = 0;
  };
  const std::vector<Slot>& table() const { return table_; }

 private:
  int64_t find(const ObjPtr& key, int64_t hash) const;
  void insert_clean(const ObjPtr& key, int64_t hash);
  void resize(size_t minused);
  std::vector<Slot> table_;
  size_t used_ = 0, fill_ = 0;
};

// An object with a per-instance attribute dict (user class instances; native types that
// allow `obj.attr = value`, e.g. MutableString's __array_interface__).
class ObjectWithDict : public Object {
 public:
  using Object::Object;
  DictObject* instance_dict() override;
  DictObject* peek_instance_dict() override { return dict_.get(); }
  Ref<DictObject> dict_;
};

// Native function (module function, builtin) or native method bound to `self`.
struct BuiltinFunctionObject : Object {
  std::string name;
  NativeFn fn;
  ObjPtr self;          // bound object, or null
  std::string owner;    // type name for repr of unbound methods ("list"), or ""
  BuiltinFunctionObject(std::string n, NativeFn f, ObjPtr s = nullptr)
      : Object(builtin_function_type), name(std::move(n)), fn(std::move(f)), self(std::move(s)) {}
};
// Method of a native type, stored in the type dict; binds to instances on attribute access.
struct MethodDescriptorObject : Object {
  std::string name;
  NativeFn fn;
  TypeObject* owner;
  bool is_static = false;
  MethodDescriptorObject(std::string n, NativeFn f, TypeObject* o)
      : Object(method_descriptor_type), name(std::move(n)), fn(std::move(f)), owner(o) {}
};
struct GetSetDescriptorObject : Object {
  std::string name;
  Getter get;
  Setter set;
  TypeObject* owner;
  GetSetDescriptorObject(std::string n, Getter g, Setter s, TypeObject* o)
      : Object(getset_descriptor_type), name(std::move(n)), get(std::move(g)), set(std::move(s)), owner(o) {}
};
// Bound Python method (function + self).
struct MethodObject : Object {
  ObjPtr func, self;
  MethodObject(ObjPtr f, ObjPtr s) : Object(method_type), func(std::move(f)), self(std::move(s)) {}
};

// An exception instance. `args` is a tuple; str(e) is args[0] (or str(args)).
struct TracebackEntry {
  std::string filename;
  int line;
  std::string func;         // "<module>", "f"
  std::string source_line;  // stripped source text, "" when unknown
};
class ExceptionObject : public ObjectWithDict {
 public:
  ExceptionObject(TypeObject* cls, ObjPtr args_tuple);
  ObjPtr args;  // TupleObject
  std::vector<TracebackEntry> traceback;  // innermost frame first
  ObjPtr cause, context;  // __cause__, __context__ (null when unset)
  bool suppress_context = false;
  std::string suggestion;  // "Did you mean: 'x'?" target shown by tracebacks (Name/AttributeError)
  ErrorType error_type() const;  // nearest SL_ERROR_TYPES class
};

// The C++ exception that carries a Python exception object through native frames.
// Native code normally raises with sl::raise (PyError); both are caught by the evaluator.
struct PyException {
  ObjPtr exc;  // ExceptionObject
};
[[noreturn]] void throw_exception(ObjPtr exc);
TypeObject* exception_type(ErrorType t);  // class object for a table entry
ObjPtr make_exception(ErrorType t, const std::string& message);  // args = (message,) or ()
ObjPtr make_exception(TypeObject* cls, std::vector<ObjPtr> args);
// Converts a PyError (from sl::raise) into an exception object.
ObjPtr exception_from_error(const PyError& e);
// "ValueError" / "numpy.exceptions.AxisError" / "MyError": the traceback's last-line name.
std::string exception_type_display_name(const TypeObject* cls);
// "ValueError: bad" / "StopIteration" — the traceback's last line (without newline).
std::string format_exception_only(const ObjPtr& exc);

// ---------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------
ObjPtr make_int_slow(int64_t v);
inline ObjPtr make_int(int64_t v) {  // small ints (-5..256) are cached
  if (v >= detail::kSmallIntMin && v <= detail::kSmallIntMax) return detail::g_small_ints[v - detail::kSmallIntMin];
  return make_int_slow(v);
}
// Any integer value: stored small when it fits int64 (the invariant the fast paths rely on).
ObjPtr make_int(const BigInt& v);
ObjPtr make_int_u64(uint64_t v);
ObjPtr make_float(double v);
ObjPtr make_str(std::string s);
ObjPtr make_bytes(std::string s);
ObjPtr make_tuple(std::vector<ObjPtr> items);
ObjPtr make_list(std::vector<ObjPtr> items);
Ref<DictObject> make_dict();
Ref<SetObject> make_set();
ObjPtr make_range(int64_t start, int64_t stop, int64_t step);
ObjPtr make_slice(ObjPtr start, ObjPtr stop, ObjPtr step);
ObjPtr make_function(const std::string& name, NativeFn fn);  // builtin_function_or_method
ObjPtr make_shape_tuple(const std::vector<int64_t>& dims);  // (2, 3)

// ---------------------------------------------------------------------------------------
// Type tests and unchecked accessors
// ---------------------------------------------------------------------------------------
inline bool is_none(const ObjPtr& o) { return o.get() == None().get(); }
inline bool is_bool(const ObjPtr& o) { return o->type() == bool_type; }
// any int, bool included (bool is an int), small or big
inline bool is_int(const ObjPtr& o) {
  TypeObject* t = o->type();
  return t == int_type || t == bool_type || t == bigint_type;
}
// an int whose value fits int64 (read it with int_value); big ints fail this test
inline bool is_small_int(const ObjPtr& o) { return o->type() == int_type || o->type() == bool_type; }
inline bool is_big_int(const ObjPtr& o) { return o->type() == bigint_type; }
inline bool is_float(const ObjPtr& o) { return o->type() == float_type; }
inline bool is_str(const ObjPtr& o) { return o->type() == str_type; }
inline bool is_bytes(const ObjPtr& o) { return o->type() == bytes_type; }
// tuple and the native types deriving directly from it (collections.namedtuple classes)
inline bool is_tuple(const ObjPtr& o) { return o->type() == tuple_type || o->type()->base == tuple_type; }
inline bool is_list(const ObjPtr& o) { return o->type() == list_type; }
// dict and the native types deriving directly from it (collections.Counter, defaultdict,
// OrderedDict: DictObjects with another type)
inline bool is_dict(const ObjPtr& o) { return o->type() == dict_type || o->type()->base == dict_type; }
inline bool is_set(const ObjPtr& o) { return o->type() == set_type || o->type() == frozenset_type; }
inline bool is_slice(const ObjPtr& o) { return o->type() == slice_type; }
inline bool is_range(const ObjPtr& o) { return o->type() == range_type; }
inline bool is_type(const ObjPtr& o) { return o->type()->is_subtype_of(type_type); }
inline bool is_exception(const ObjPtr& o) { return o->type()->is_exception; }
bool is_instance(const ObjPtr& o, const TypeObject* t);  // isinstance(o, t)
inline bool is_callable(const ObjPtr& o);

// The value of a small int or bool (is_small_int). For any int use int_to_int64/int_to_bigint.
inline int64_t int_value(const ObjPtr& o) { return static_cast<IntObject*>(o.get())->value; }
inline const BigInt& bigint_value(const ObjPtr& o) { return static_cast<BigIntObject*>(o.get())->num; }
inline double float_value(const ObjPtr& o) { return static_cast<FloatObject*>(o.get())->value; }
inline const std::string& str_value(const ObjPtr& o) { return static_cast<StrObject*>(o.get())->value; }
inline std::vector<ObjPtr>& tuple_items(const ObjPtr& o) { return static_cast<TupleObject*>(o.get())->items; }
inline std::vector<ObjPtr>& list_items(const ObjPtr& o) { return static_cast<ListObject*>(o.get())->items; }
inline DictObject* as_dict(const ObjPtr& o) { return static_cast<DictObject*>(o.get()); }

// type(o) as Python sees it (a big int's hidden representation type is reported as int).
inline TypeObject* python_type(const ObjPtr& o) {
  TypeObject* t = o->type();
  return t == bigint_type ? int_type : t;
}
// "int", "ndarray": the short type name used in error messages
std::string type_name(const ObjPtr& o);  // tp_name(), as in CPython's messages

// ---------------------------------------------------------------------------------------
// Conversions (raise TypeError with CPython's messages)
// ---------------------------------------------------------------------------------------
// bool/int, or an object with __index__. Else TypeError
// "'float' object cannot be interpreted as an integer"; an int beyond int64 raises
// OverflowError "Python int too large to convert to C ssize_t".
int64_t to_int64(const ObjPtr& o);
// Like to_int64 for sequence indices and repeat counts: an int beyond int64 raises
// `err` (IndexError / OverflowError) "cannot fit 'int' into an index-sized integer".
int64_t to_index_int64(const ObjPtr& o, ErrorType err);
// int(d) for a float: truncates; ValueError for NaN, OverflowError for infinities.
ObjPtr double_to_int_obj(double d);
// Any int (or __index__ object) as a BigInt; TypeError like to_int64 otherwise.
BigInt to_bigint(const ObjPtr& o);

// Ints (o must satisfy is_int):
bool int_to_int64(const ObjPtr& o, int64_t* out);  // false when beyond int64
BigInt int_to_bigint(const ObjPtr& o);
int int_sign(const ObjPtr& o);                     // -1, 0, 1
// CPython's int -> float: correctly rounded; OverflowError "int too large to convert to float".
double int_to_double(const ObjPtr& o);
// Digits in base 2..36 with '-' (no prefix, no sys.int_max_str_digits limit).
std::string int_to_string(const ObjPtr& o, int base = 10);
// sys.int_max_str_digits (default 4300, 0 = no limit): str()/int() of decimal text beyond it
// raise ValueError as in CPython 3.11.
int64_t& int_max_str_digits();
bool has_index(const ObjPtr& o);
// int/bool/float, or an object with __float__ (or __index__). Else TypeError
// "must be real number, not str".
double to_double(const ObjPtr& o);
bool is_number(const ObjPtr& o);    // int, bool, float, or has __float__/__index__
// str object -> its UTF-8 text, else TypeError "<what> must be str, not int"
const std::string& to_str(const ObjPtr& o, const char* what = "argument");

// ---------------------------------------------------------------------------------------
// Abstract protocol (may run Python code; raise Python exceptions)
// ---------------------------------------------------------------------------------------
std::string repr(const ObjPtr& o);
std::string str(const ObjPtr& o);
bool is_true(const ObjPtr& o);
int64_t hash(const ObjPtr& o);
int64_t len(const ObjPtr& o);
bool eq(const ObjPtr& a, const ObjPtr& b);            // a == b as a bool
ObjPtr compare(CmpOp op, const ObjPtr& a, const ObjPtr& b);  // rich comparison
bool compare_bool(CmpOp op, const ObjPtr& a, const ObjPtr& b);
ObjPtr binary_op(BinOp op, const ObjPtr& a, const ObjPtr& b);
ObjPtr inplace_op(BinOp op, const ObjPtr& a, const ObjPtr& b);
ObjPtr unary_neg(const ObjPtr& a);
ObjPtr unary_pos(const ObjPtr& a);
ObjPtr unary_invert(const ObjPtr& a);
ObjPtr abs_op(const ObjPtr& a);
ObjPtr getattr(const ObjPtr& o, const std::string& name);         // raises AttributeError
ObjPtr getattr_or_null(const ObjPtr& o, const std::string& name);  // null when missing
bool hasattr(const ObjPtr& o, const std::string& name);
void setattr(const ObjPtr& o, const std::string& name, const ObjPtr& value);
void delattr(const ObjPtr& o, const std::string& name);
ObjPtr getitem(const ObjPtr& o, const ObjPtr& key);
void setitem(const ObjPtr& o, const ObjPtr& key, const ObjPtr& value);
void delitem(const ObjPtr& o, const ObjPtr& key);
bool contains(const ObjPtr& container, const ObjPtr& item);  // `item in container`
ObjPtr call(const ObjPtr& f, PosArgs args = {}, KwArgs kwargs = {});
ObjPtr call_method(const ObjPtr& o, const std::string& name, PosArgs args = {}, KwArgs kwargs = {});
ObjPtr get_iter(const ObjPtr& o);    // iter(o); TypeError "'int' object is not iterable"
ObjPtr iter_next(const ObjPtr& it);  // next item, or null when exhausted
// Materialises any iterable (fast paths for list/tuple).
std::vector<ObjPtr> iterate(const ObjPtr& o);
// Calls f(item) for each item; f returns false to stop early.
void for_each(const ObjPtr& o, const std::function<bool(const ObjPtr&)>& f);
// list or tuple (what nested-sequence conversion like np.array([[1, 2], (3, 4)]) recurses into)
inline bool is_sequence(const ObjPtr& o) { return is_list(o) || is_tuple(o); }
// items of a list/tuple without copying
inline const std::vector<ObjPtr>& sequence_items(const ObjPtr& o) {
  return is_list(o) ? list_items(o) : tuple_items(o);
}

// The interpreter currently running (valid inside any native function or slot).
Interpreter& current_interpreter();
// Appends to the running session's stdout buffer.
void write_stdout(const std::string& text);
// Text for stderr (warnings, print(..., file=sys.stderr)): goes to the process-wide sink
// (the native CLI writes it to stderr; without a sink it is dropped).
void write_stderr(const std::string& text);
void set_stderr_sink(std::function<void(const std::string&)> sink);

inline bool is_callable(const ObjPtr& o) {
  return o->type() == function_type || o->type() == builtin_function_type ||
         o->type() == method_type || is_type(o) || find_slot(o->type(), &TypeObject::call) != nullptr;
}

}  // namespace sl
