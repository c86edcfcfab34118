// builtin_types.hpp — internal declarations shared by the files that implement the builtin
// types (types_*.cpp) and the protocol: CPython-compatible hashing, int arithmetic with
// overflow checks, string helpers, and the per-file slot initialisers. Not part of the
// extension API (object.hpp is).
#pragma once
#include <cstdint>
#include <string>

#include "core/interrupt.hpp"
#include "lang/object.hpp"

namespace sl {

// property / classmethod / staticmethod objects (func = fget or the wrapped function)
struct WrapperObject : Object {
  ObjPtr func, fset, doc;
  WrapperObject(TypeObject* t, ObjPtr f) : Object(t), func(std::move(f)) {}
};
extern TypeObject* property_type;
extern TypeObject* classmethod_type;
extern TypeObject* staticmethod_type;

// Re-derives the slots of a user class after a dunder attribute changed (evaluator).
void update_user_type_slots(TypeObject* cls);

// Native stack guard: raises RecursionError before deep C++ recursion (nested reprs,
// deeply nested expressions, Python recursion) can overflow the stack.
extern char* g_stack_base;
extern size_t g_stack_limit;
[[noreturn]] void raise_stack_overflow();
inline void check_native_stack() {
  char probe;
  if (g_stack_base && static_cast<size_t>(g_stack_base - &probe) > g_stack_limit) raise_stack_overflow();
}

// Nesting budget for the recursive C++ paths of the evaluator (statement blocks, calls,
// comprehensions, reprs, iterator chains). Under Emscripten the binding limit is the JS
// engine's own stack (~1 MB in V8), which the wasm code cannot measure: the budget keeps
// every recursion below it (a V8 "Maximum call stack size exceeded" would unwind without
// running destructors). Natively the budget is large and the stack check above decides.
extern int g_nest_depth;
extern int g_nest_limit;
struct NestGuard {
  NestGuard() {
    if (++g_nest_depth > g_nest_limit) {
      --g_nest_depth;
      raise_stack_overflow();
    }
    char probe;
    if (g_stack_base && static_cast<size_t>(g_stack_base - &probe) > g_stack_limit) {
      --g_nest_depth;
      raise_stack_overflow();
    }
  }
  ~NestGuard() { --g_nest_depth; }
  NestGuard(const NestGuard&) = delete;
  NestGuard& operator=(const NestGuard&) = delete;
};

extern Interpreter* g_current_interpreter;

// Restores process-wide evaluator state that RAII normally maintains (used after a run
// was unwound by a JS exception, which skips C++ destructors).
void reset_object_state();   // object.cpp: deferred-deletion trashcan
void reset_repr_guards();    // types_sequence.cpp / types_mapping.cpp
void reset_mapping_repr_guard();

// CPython's read-only view of a dict (types_mapping.cpp): a dict subtype that refuses item
// assignment and deletion and prints as mappingproxy({...}). Callers build a dict and give
// it this type (re.Pattern.groupindex, numpy's dtype.fields); it is a snapshot, not live.
TypeObject* mappingproxy_type();

// <class 'code'>: what compile() returns (builtins_namespace.cpp); exec()/eval() run it.
TypeObject* code_type();

// Called once by init_object_model(); each fills the slots/methods of its types.
void init_builtin_type_slots();
void init_number_types();     // types_number.cpp: bool, float (and calls init_int_type)
void init_int_type();         // types_int.cpp: int
void init_str_type();         // types_str.cpp: str
void init_bytes_type();       // types_bytes.cpp: bytes
void init_sequence_types();   // types_sequence.cpp: list, tuple, range, slice
void init_mapping_types();    // types_mapping.cpp: dict, set, frozenset, dict views
void init_misc_types();       // types_misc.cpp: None, NotImplemented, ellipsis, functions, type, exceptions

// CPython hash algorithms (sys.hash_info: modulus 2**61-1, inf 314159).
int64_t hash_int(int64_t v);
int64_t hash_double(double v, const Object* self);
int64_t hash_string(const std::string& s);  // not CPython's (which is randomised)
int64_t hash_tuple(const std::vector<ObjPtr>& items);

int64_t hash_int_obj(const ObjPtr& o);  // any int (small or big)
// Overflow-checked int64 arithmetic for native code that must stay in int64 (range bounds):
// OverflowError "Python int too large to convert to C ssize_t".
int64_t int_add(int64_t a, int64_t b);
int64_t int_sub(int64_t a, int64_t b);
int64_t int_mul(int64_t a, int64_t b);
// Python int arithmetic on any ints (small, big, bool), results normalised (types_int.cpp).
ObjPtr int_binop(BinOp op, const ObjPtr& a, const ObjPtr& b);  // null for @
int int_compare(const ObjPtr& a, const ObjPtr& b);             // -1, 0, 1
int cmp_int_double(const ObjPtr& i, double d);                 // exact; 2 when d is NaN
ObjPtr int_neg(const ObjPtr& a);
ObjPtr int_abs(const ObjPtr& a);
ObjPtr int_divmod(const ObjPtr& a, const ObjPtr& b);
ObjPtr int_powmod(const ObjPtr& a, const ObjPtr& b, const ObjPtr& m);  // pow(a, b, m)
ObjPtr int_round(const ObjPtr& x, const ObjPtr& ndigits);             // ndigits may be null
double int_true_divide(const ObjPtr& a, const ObjPtr& b);             // correctly rounded
// repr/str of an int, with the sys.int_max_str_digits ValueError
std::string int_repr(const ObjPtr& o);
// int(text, base) for base 0 or 2..36: null when the text is not a valid literal.
ObjPtr parse_int_literal(const std::string& text, int base);
// Python's float % and // semantics
double float_mod(double a, double b);
double float_floordiv(double a, double b);
// int/float binary arithmetic fast path used by the evaluator: returns null when a or b
// is not int/bool/float.
ObjPtr number_binop(BinOp op, const ObjPtr& a, const ObjPtr& b);
ObjPtr number_compare(CmpOp op, const ObjPtr& a, const ObjPtr& b);  // null when not numbers

// repr of a str with CPython's quoting rules
std::string str_repr(const std::string& s);
std::string bytes_repr(const std::string& s);
// str.isprintable() for one code point (what repr() leaves unescaped)
bool cp_printable(uint32_t c);
// ascii(): a repr with every non-ASCII code point escaped
std::string ascii_repr(const std::string& repr_text);
// Code point case mapping and classes (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic;
// other code points are caseless), as str.lower/upper/isalpha use them
uint32_t cp_lower(uint32_t c);
uint32_t cp_upper(uint32_t c);
bool cp_is_alpha(uint32_t c);
// Codecs (codecs.cpp): CPython's UnicodeDecodeError / UnicodeEncodeError and LookupError.
std::string codec_decode(const std::string& data, const std::string& encoding, const std::string& errors);
std::string codec_encode(const std::string& text, const std::string& encoding, const std::string& errors);
// str() of a UnicodeDecodeError/UnicodeEncodeError built from its 5 args, "" otherwise.
std::string unicode_error_message(const ObjPtr& exc);
// UTF-8 helpers: code point count / byte offset of the i-th code point
std::vector<uint32_t> utf8_codepoints(const std::string& s);
std::string utf8_from_codepoints(uint32_t cp);
std::string utf8_from_codepoints(const std::vector<uint32_t>& cps);
// Python's str.format mini-language applied to one value (format(value, spec)).
std::string format_value(const ObjPtr& value, const std::string& spec);
// str.format(*args, **kwargs)
std::string str_format_method(const std::string& fmt, PosArgs args, KwArgs kwargs);
// printf-style `fmt % args`
ObjPtr str_percent_format(const std::string& fmt, const ObjPtr& args);
std::string int_to_base(const ObjPtr& v, int base, bool prefix);  // hex/oct/bin of any int

// Iterator over a list/tuple (by index, sees appends), used by get_iter fast paths.
ObjPtr make_seq_iter(const ObjPtr& seq);
ObjPtr make_range_iter(int64_t start, int64_t step, int64_t count);
// dict helpers used by builtins
ObjPtr dict_keys_view(const ObjPtr& d);
// set constructed from any iterable (CPython's set_update order)
void set_update(SetObject* s, const ObjPtr& iterable);
// Python-level isinstance with a class or tuple of classes
bool isinstance_check(const ObjPtr& o, const ObjPtr& cls_or_tuple);
// Calls a Python function object (function_type); implemented by the evaluator.
ObjPtr call_python_function(Interpreter& in, const ObjPtr& f, PosArgs args, KwArgs kwargs);
// Calls a type object: construct slot, or instance creation + __init__ for user classes.
ObjPtr call_type(Interpreter& in, TypeObject* t, PosArgs args, KwArgs kwargs);
// A new instance of a user class (or exception class) without calling __init__: what
// object.__new__(cls) gives (copy/deepcopy, dataclasses). TypeError for native classes.
ObjPtr new_instance(TypeObject* cls);
// "<function f at 0x...>" address formatting
std::string address_string(const void* p);

}  // namespace sl
