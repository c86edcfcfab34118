// types_number.cpp — float and bool, and the int/float operator dispatch: float arithmetic
// with Python's division/modulo signs and CPython's ZeroDivisionError messages, exact
// int/float comparison, CPython's hash algorithms, float()/bool() and the float methods.
// The int type itself (small and big) is types_int.cpp.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/format_float.hpp"
#include "lang/complex.hpp"
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"

namespace sl {

// ---------------------------------------------------------------------------------------
// Hashing (CPython Python/pyhash.c semantics)
// ---------------------------------------------------------------------------------------
namespace {
constexpr uint64_t kHashModulus = (1ULL << 61) - 1;
constexpr int kHashBits = 61;
constexpr int64_t kHashInf = 314159;
}  // namespace

int64_t hash_double(double v, const Object* self) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    int64_t h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(self) >> 4);
    return h == -1 ? -2 : h;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  int64_t h = static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

int64_t hash_string(const std::string& s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  int64_t r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

int64_t hash_tuple(const std::vector<ObjPtr>& items) {
  const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                 p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  NestGuard nest;  // nested tuples recurse here
  for (const ObjPtr& it : items) {
    uint64_t lane = static_cast<uint64_t>(hash(it));
    acc += lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += items.size() ^ (p5 ^ 3527539UL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

// ---------------------------------------------------------------------------------------
// Checked int64 arithmetic (for native code that stays in int64, e.g. range arithmetic)
// ---------------------------------------------------------------------------------------
[[noreturn]] static void overflow() { raise_overflow_error("Python int too large to convert to C ssize_t"); }

int64_t int_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) overflow();
  return r;
}
int64_t int_sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) overflow();
  return r;
}
int64_t int_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) overflow();
  return r;
}

double float_mod(double a, double b) {
  if (b == 0.0) raise(ErrorType::ZeroDivisionError, "float modulo");
  double mod = std::fmod(a, b);
  if (mod) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

static void float_divmod(double vx, double wx, double* pdiv, double* pmod) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  *pdiv = floordiv;
  *pmod = mod;
}

double float_floordiv(double a, double b) {
  if (b == 0.0) raise(ErrorType::ZeroDivisionError, "float floor division by zero");
  double d, m;
  float_divmod(a, b, &d, &m);
  return d;
}

static double float_pow(double a, double b) {
  if (a == 0.0 && b < 0.0) raise(ErrorType::ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (a < 0.0 && b != std::floor(b) && std::isfinite(b))
    raise_value_error("negative number cannot be raised to a fractional power (complex numbers are not supported)");
  errno = 0;
  double r = std::pow(a, b);
  if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
    raise(ErrorType::OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

// ---------------------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------------------
static ObjPtr float_binop(BinOp op, double a, double b) {
  switch (op) {
    case BinOp::Add: return make_float(a + b);
    case BinOp::Sub: return make_float(a - b);
    case BinOp::Mul: return make_float(a * b);
    case BinOp::TrueDiv:
      if (b == 0.0) raise(ErrorType::ZeroDivisionError, "float division by zero");
      return make_float(a / b);
    case BinOp::FloorDiv: return make_float(float_floordiv(a, b));
    case BinOp::Mod: return make_float(float_mod(a, b));
    case BinOp::Pow:
      if (a < 0.0 && b != std::floor(b) && std::isfinite(b)) {  // a complex result, as CPython
        PyComplex c = c_pow(PyComplex{a, 0.0}, PyComplex{b, 0.0});
        return make_complex(c.re, c.im);
      }
      return make_float(float_pow(a, b));
    default: return nullptr;
  }
}

ObjPtr number_binop(BinOp op, const ObjPtr& a, const ObjPtr& b) {
  TypeObject* ta = a->type();
  TypeObject* tb = b->type();
  bool ai = ta == int_type || ta == bool_type || ta == bigint_type;
  bool bi = tb == int_type || tb == bool_type || tb == bigint_type;
  if (ai && bi) return int_binop(op, a, b);
  bool af = ta == float_type, bf = tb == float_type;
  if ((ai || af) && (bi || bf)) {
    double x = af ? float_value(a) : int_to_double(a);
    double y = bf ? float_value(b) : int_to_double(b);
    return float_binop(op, x, y);
  }
  return nullptr;
}

static bool cmp_result(CmpOp op, int c) {
  if (c == 2) return op == CmpOp::Ne;
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
    default: return false;
  }
}

ObjPtr number_compare(CmpOp op, const ObjPtr& a, const ObjPtr& b) {
  TypeObject* ta = a->type();
  TypeObject* tb = b->type();
  bool ai = ta == int_type || ta == bool_type || ta == bigint_type;
  bool bi = tb == int_type || tb == bool_type || tb == bigint_type;
  if (ai && bi) return make_bool(cmp_result(op, int_compare(a, b)));
  bool af = ta == float_type, bf = tb == float_type;
  if (af && bf) {
    double x = float_value(a), y = float_value(b);
    int c = (std::isnan(x) || std::isnan(y)) ? 2 : (x < y ? -1 : (x > y ? 1 : 0));
    return make_bool(cmp_result(op, c));
  }
  if (ai && bf) return make_bool(cmp_result(op, cmp_int_double(a, float_value(b))));
  if (af && bi) {
    int c = cmp_int_double(b, float_value(a));
    if (c != 2) c = -c;
    return make_bool(cmp_result(op, c));
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------------------
namespace {
template <int K>
ObjPtr num_binop_slot(Interpreter&, const ObjPtr& a, const ObjPtr& b) {
  ObjPtr r = number_binop(static_cast<BinOp>(K), a, b);
  return r ? r : NotImplemented();
}
template <int K>
ObjPtr num_rbinop_slot(Interpreter&, const ObjPtr& self, const ObjPtr& other) {
  ObjPtr r = number_binop(static_cast<BinOp>(K), other, self);
  return r ? r : NotImplemented();
}
template <int K>
ObjPtr num_cmp_slot(Interpreter&, const ObjPtr& a, const ObjPtr& b) {
  ObjPtr r = number_compare(static_cast<CmpOp>(K), a, b);
  return r ? r : NotImplemented();
}
template <int... K>
void fill_binops(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->binop[K] = &num_binop_slot<K>), ...);
  ((t->rbinop[K] = &num_rbinop_slot<K>), ...);
}
template <int... K>
void fill_cmps(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->compare[K] = &num_cmp_slot<K>), ...);
}

std::string strip_ws(const std::string& s) {
  size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}

bool parse_float_text(const std::string& text, double* out) {
  std::string s = strip_ws(text);
  if (s.empty()) return false;
  std::string low;
  for (char c : s) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t i = 0;
  bool neg = false;
  if (low[0] == '+' || low[0] == '-') {
    neg = low[0] == '-';
    i = 1;
  }
  std::string body = low.substr(i);
  if (body == "inf" || body == "infinity") {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (body == "nan") {
    *out = neg ? -NAN : NAN;
    return true;
  }
  // digits with optional single underscores between digits
  std::string clean;
  char prev = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c == '_') {
      if (!std::isdigit(static_cast<unsigned char>(prev)) || k + 1 >= s.size() ||
          !std::isdigit(static_cast<unsigned char>(s[k + 1])))
        return false;
      prev = c;
      continue;
    }
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
      return false;
    clean += c;
    prev = c;
  }
  char* end = nullptr;
  *out = std::strtod(clean.c_str(), &end);
  return end && *end == '\0' && end != clean.c_str();
}

ObjPtr float_construct(Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("float", kwargs);
  check_nargs("float", args, 0, 1);
  if (args.empty()) return make_float(0.0);
  const ObjPtr& x = args[0];
  if (is_float(x)) return x;
  if (is_str(x)) {
    double d;
    if (!parse_float_text(str_value(x), &d))
      raise_value_error("could not convert string to float: " + str_repr(str_value(x)));
    return make_float(d);
  }
  if (is_int(x) || find_slot(x->type(), &TypeObject::to_float) || find_slot(x->type(), &TypeObject::index))
    return make_float(to_double(x));
  raise_type_error("float() argument must be a string or a real number, not '" + type_name(x) + "'");
}

ObjPtr bool_construct(Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) {
  check_no_kwargs("bool", kwargs);
  check_nargs("bool", args, 0, 1);
  if (args.empty()) return False();
  return make_bool(is_true(args[0]));
}

}  // namespace

void init_number_types() {
  for (TypeObject* t : {int_type, float_type}) {
    fill_binops(t, std::make_integer_sequence<int, kNumBinOps>());
    fill_cmps(t, std::make_integer_sequence<int, kNumCmpOps>());
  }
  init_int_type();
  float_type->construct = float_construct;
  bool_type->construct = bool_construct;

  float_type->repr = [](Interpreter&, const ObjPtr& self) { return make_str(python_float_repr(float_value(self))); };
  float_type->hash = [](Interpreter&, const ObjPtr& self) { return hash_double(float_value(self), self.get()); };
  float_type->truth = [](Interpreter&, const ObjPtr& self) { return float_value(self) != 0.0; };
  float_type->to_float = [](Interpreter&, const ObjPtr& self) { return self; };
  float_type->to_int = [](Interpreter&, const ObjPtr& self) { return double_to_int_obj(float_value(self)); };
  float_type->neg = [](Interpreter&, const ObjPtr& self) { return make_float(-float_value(self)); };
  float_type->pos = [](Interpreter&, const ObjPtr& self) { return self; };
  float_type->abs = [](Interpreter&, const ObjPtr& self) { return make_float(std::fabs(float_value(self))); };

  add_getset(float_type, "real", [](Interpreter&, const ObjPtr& self) { return self; });
  add_getset(float_type, "imag", [](Interpreter&, const ObjPtr&) { return make_float(0.0); });
  add_method(float_type, "conjugate", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return self; });
  add_method(float_type, "is_integer", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("is_integer", args, 0, 0);
    double d = float_value(self);
    return make_bool(std::isfinite(d) && d == std::floor(d));
  });
  add_method(float_type, "as_integer_ratio", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("as_integer_ratio", args, 0, 0);
    double d = float_value(self);
    if (std::isinf(d)) raise_overflow_error("cannot convert Infinity to integer ratio");
    if (std::isnan(d)) raise_value_error("cannot convert NaN to integer ratio");
    // d = m * 2**e with m an integer of at most 53 bits, then reduced by the common 2s
    int e;
    double m = std::frexp(d, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
      m *= 2.0;
      --e;
    }
    BigInt num = BigInt::from_double(m), den(1);
    if (e > 0) num = num.shl(static_cast<uint64_t>(e));
    else den = den.shl(static_cast<uint64_t>(-e));
    return make_tuple({make_int(num), make_int(den)});
  });
}

}  // namespace sl
