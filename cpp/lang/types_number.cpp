// types_number.cpp — int (int64 with overflow checks), bool and float: arithmetic with
// Python's division/modulo signs and CPython's ZeroDivisionError messages, exact int/float
// comparison, CPython's hash algorithms, constructors int()/float()/bool() and methods.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/format_float.hpp"
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

int64_t hash_int(int64_t v) {
  uint64_t a = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(a % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

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
// Checked arithmetic
// ---------------------------------------------------------------------------------------
[[noreturn]] static void overflow() { raise_overflow_error(kIntOverflowMessage); }

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
int64_t int_floordiv(int64_t a, int64_t b) {
  if (b == 0) raise(ErrorType::ZeroDivisionError, "integer division or modulo by zero");
  if (a == INT64_MIN && b == -1) overflow();
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t int_mod(int64_t a, int64_t b) {
  if (b == 0) raise(ErrorType::ZeroDivisionError, "integer modulo by zero");
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
int64_t int_pow(int64_t a, int64_t b) {
  int64_t result = 1;
  while (b > 0) {
    if (b & 1) result = int_mul(result, a);
    b >>= 1;
    if (b) a = int_mul(a, a);
  }
  return result;
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
// Fast paths
// ---------------------------------------------------------------------------------------
static ObjPtr int_binop(BinOp op, int64_t a, int64_t b, bool both_bool) {
  switch (op) {
    case BinOp::Add: return make_int(int_add(a, b));
    case BinOp::Sub: return make_int(int_sub(a, b));
    case BinOp::Mul: return make_int(int_mul(a, b));
    case BinOp::TrueDiv:
      if (b == 0) raise(ErrorType::ZeroDivisionError, "division by zero");
      return make_float(static_cast<double>(a) / static_cast<double>(b));
    case BinOp::FloorDiv: return make_int(int_floordiv(a, b));
    case BinOp::Mod: return make_int(int_mod(a, b));
    case BinOp::Pow:
      if (b < 0) return make_float(float_pow(static_cast<double>(a), static_cast<double>(b)));
      return make_int(int_pow(a, b));
    case BinOp::LShift:
      if (b < 0) raise_value_error("negative shift count");
      if (a == 0) return make_int(0);
      if (b >= 63 || (a > 0 ? a > (INT64_MAX >> b) : a < (INT64_MIN >> b))) overflow();
      return make_int(static_cast<int64_t>(static_cast<uint64_t>(a) << b));
    case BinOp::RShift:
      if (b < 0) raise_value_error("negative shift count");
      return make_int(b >= 63 ? (a < 0 ? -1 : 0) : (a >> b));
    case BinOp::And: return both_bool ? make_bool(a & b) : make_int(a & b);
    case BinOp::Xor: return both_bool ? make_bool(a ^ b) : make_int(a ^ b);
    case BinOp::Or: return both_bool ? make_bool(a | b) : make_int(a | b);
    default: return nullptr;
  }
}

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
    case BinOp::Pow: return make_float(float_pow(a, b));
    default: return nullptr;
  }
}

ObjPtr number_binop(BinOp op, const ObjPtr& a, const ObjPtr& b) {
  TypeObject* ta = a->type();
  TypeObject* tb = b->type();
  bool ai = ta == int_type || ta == bool_type;
  bool bi = tb == int_type || tb == bool_type;
  if (ai && bi) return int_binop(op, int_value(a), int_value(b), ta == bool_type && tb == bool_type);
  bool af = ta == float_type, bf = tb == float_type;
  if ((ai || af) && (bi || bf)) {
    double x = af ? float_value(a) : static_cast<double>(int_value(a));
    double y = bf ? float_value(b) : static_cast<double>(int_value(b));
    return float_binop(op, x, y);
  }
  return nullptr;
}

// -1, 0, 1 for i <=> d; 2 when unordered (nan)
static int cmp_int_double(int64_t i, double d) {
  if (std::isnan(d)) return 2;
  if (d >= 9223372036854775808.0) return -1;
  if (d < -9223372036854775808.0) return 1;
  double fl = std::floor(d);
  int64_t t = static_cast<int64_t>(fl);
  if (i < t) return -1;
  if (i > t) return 1;
  return fl < d ? -1 : 0;
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
  bool ai = ta == int_type || ta == bool_type;
  bool bi = tb == int_type || tb == bool_type;
  if (ai && bi) {
    int64_t x = int_value(a), y = int_value(b);
    return make_bool(cmp_result(op, x < y ? -1 : (x > y ? 1 : 0)));
  }
  bool af = ta == float_type, bf = tb == float_type;
  if (af && bf) {
    double x = float_value(a), y = float_value(b);
    int c = (std::isnan(x) || std::isnan(y)) ? 2 : (x < y ? -1 : (x > y ? 1 : 0));
    return make_bool(cmp_result(op, c));
  }
  if (ai && bf) return make_bool(cmp_result(op, cmp_int_double(int_value(a), float_value(b))));
  if (af && bi) {
    int c = cmp_int_double(int_value(b), float_value(a));
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

// int(text, base) with Python's literal rules (underscores between digits, prefixes).
bool parse_int_text(const std::string& text, int base, int64_t* out) {
  std::string s = strip_ws(text);
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if ((base == 0 || base == 16 || base == 8 || base == 2) && i + 1 < s.size() && s[i] == '0') {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i + 1])));
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      if (i < s.size() && s[i] == '_') ++i;
    }
  }
  if (base == 0) {
    base = 10;
    // base 0: no leading zeros on non-zero decimal literals
    if (i + 1 < s.size() && s[i] == '0') {
      for (size_t k = i; k < s.size(); ++k)
        if (s[k] != '0' && s[k] != '_') return false;
    }
  }
  if (i >= s.size()) return false;
  uint64_t acc = 0;
  bool any = false, last_us = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (!any || last_us) return false;
      last_us = true;
      continue;
    }
    last_us = false;
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
    else return false;
    if (d >= base) return false;
    if (acc > (UINT64_MAX - d) / base) raise_overflow_error(kIntOverflowMessage);
    acc = acc * base + d;
    any = true;
  }
  if (!any || last_us) return false;
  if (neg) {
    if (acc > static_cast<uint64_t>(INT64_MAX) + 1) raise_overflow_error(kIntOverflowMessage);
    *out = static_cast<int64_t>(0 - acc);
  } else {
    if (acc > static_cast<uint64_t>(INT64_MAX)) raise_overflow_error(kIntOverflowMessage);
    *out = static_cast<int64_t>(acc);
  }
  return true;
}

int64_t double_to_int(double d) {
  if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) raise_overflow_error("cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) raise_overflow_error(kIntOverflowMessage);
  return static_cast<int64_t>(t);
}

ObjPtr int_construct(Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) {
  static const Signature sig("int", {"x=", "/", "base="});
  BoundArgs a = sig.bind(args, kwargs);
  if (!a.has(0)) {
    if (a.has(1)) raise_type_error("int() missing string argument");
    return make_int(0);
  }
  const ObjPtr& x = a[0];
  if (a.has(1)) {
    int64_t base = to_int64(a[1]);
    if (!is_str(x)) raise_type_error("int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36)) raise_value_error("int() base must be >= 2 and <= 36, or 0");
    int64_t v;
    if (!parse_int_text(str_value(x), static_cast<int>(base), &v))
      raise_value_error("invalid literal for int() with base " + std::to_string(base) + ": " + str_repr(str_value(x)));
    return make_int(v);
  }
  if (x->type() == int_type) return x;
  if (x->type() == bool_type) return make_int(int_value(x));
  if (is_float(x)) return make_int(double_to_int(float_value(x)));
  if (is_str(x)) {
    int64_t v;
    if (!parse_int_text(str_value(x), 10, &v))
      raise_value_error("invalid literal for int() with base 10: " + str_repr(str_value(x)));
    return make_int(v);
  }
  if (UnaryFn f = find_slot(x->type(), &TypeObject::to_int)) {
    ObjPtr r = f(current_interpreter(), x);
    if (!is_int(r)) raise_type_error("__int__ returned non-int (type " + type_name(r) + ")");
    return r;
  }
  if (find_slot(x->type(), &TypeObject::index)) return make_int(to_int64(x));
  if (UnaryFn f = find_slot(x->type(), &TypeObject::to_float)) {
    ObjPtr r = f(current_interpreter(), x);
    return make_int(double_to_int(to_double(r)));
  }
  raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                   type_name(x) + "'");
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
  int_type->construct = int_construct;
  float_type->construct = float_construct;
  bool_type->construct = bool_construct;

  int_type->repr = [](Interpreter&, const ObjPtr& self) { return make_str(std::to_string(int_value(self))); };
  bool_type->repr = [](Interpreter&, const ObjPtr& self) { return make_str(int_value(self) ? "True" : "False"); };
  float_type->repr = [](Interpreter&, const ObjPtr& self) { return make_str(python_float_repr(float_value(self))); };
  int_type->hash = [](Interpreter&, const ObjPtr& self) { return hash_int(int_value(self)); };
  float_type->hash = [](Interpreter&, const ObjPtr& self) { return hash_double(float_value(self), self.get()); };
  int_type->truth = [](Interpreter&, const ObjPtr& self) { return int_value(self) != 0; };
  float_type->truth = [](Interpreter&, const ObjPtr& self) { return float_value(self) != 0.0; };
  int_type->index = [](Interpreter&, const ObjPtr& self) { return make_int(int_value(self)); };
  int_type->to_int = int_type->index;
  int_type->to_float = [](Interpreter&, const ObjPtr& self) { return make_float(static_cast<double>(int_value(self))); };
  float_type->to_float = [](Interpreter&, const ObjPtr& self) { return self; };
  float_type->to_int = [](Interpreter&, const ObjPtr& self) { return make_int(double_to_int(float_value(self))); };
  int_type->neg = [](Interpreter&, const ObjPtr& self) { return unary_neg(self); };
  float_type->neg = int_type->neg;
  int_type->pos = [](Interpreter&, const ObjPtr& self) { return make_int(int_value(self)); };
  float_type->pos = [](Interpreter&, const ObjPtr& self) { return self; };
  int_type->invert = [](Interpreter&, const ObjPtr& self) { return make_int(~int_value(self)); };
  int_type->abs = [](Interpreter&, const ObjPtr& self) {
    int64_t v = int_value(self);
    if (v == INT64_MIN) raise_overflow_error(kIntOverflowMessage);
    return make_int(v < 0 ? -v : v);
  };
  float_type->abs = [](Interpreter&, const ObjPtr& self) { return make_float(std::fabs(float_value(self))); };

  auto int_real = [](Interpreter&, const ObjPtr& self) { return make_int(int_value(self)); };
  add_getset(int_type, "real", int_real);
  add_getset(int_type, "imag", [](Interpreter&, const ObjPtr&) { return make_int(0); });
  add_getset(int_type, "numerator", int_real);
  add_getset(int_type, "denominator", [](Interpreter&, const ObjPtr&) { return make_int(1); });
  add_method(int_type, "conjugate", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return make_int(int_value(self)); });
  add_method(int_type, "bit_length", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("bit_length", args, 0, 0);
    int64_t v = int_value(self);
    uint64_t a = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
    int n = 0;
    while (a) {
      ++n;
      a >>= 1;
    }
    return make_int(n);
  });
  add_method(int_type, "is_integer", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return True(); });
  add_method(int_type, "__index__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return make_int(int_value(self)); });

  add_getset(float_type, "real", [](Interpreter&, const ObjPtr& self) { return self; });
  add_getset(float_type, "imag", [](Interpreter&, const ObjPtr&) { return make_float(0.0); });
  add_method(float_type, "conjugate", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return self; });
  add_method(float_type, "is_integer", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("is_integer", args, 0, 0);
    double d = float_value(self);
    return make_bool(std::isfinite(d) && d == std::floor(d));
  });
  add_method(float_type, "as_integer_ratio", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    double d = float_value(self);
    if (std::isinf(d)) raise_overflow_error("cannot convert Infinity to integer ratio");
    if (std::isnan(d)) raise_value_error("cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(d, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
      m *= 2.0;
      --e;
    }
    int64_t num = double_to_int(m), den = 1;
    if (e > 0) num = int_mul(num, int_pow(2, e));
    else
      den = int_pow(2, -e);
    return make_tuple({make_int(num), make_int(den)});
  });
}

}  // namespace sl
