// types_int.cpp — Python's int: int64 arithmetic that moves to BigInt exactly when a result
// leaves int64 (and back when it fits again: make_int(BigInt) normalises), CPython's
// ZeroDivisionError/ValueError/OverflowError messages, correctly rounded true division,
// hashing, text conversion with sys.int_max_str_digits, int() and the int methods
// (bit_length, to_bytes, from_bytes, ...). bool shares the slots (bool_type derives from
// int); the hidden bigint_type inherits everything from int_type.
#include <cmath>
#include <cstring>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"

namespace sl {

namespace {
constexpr uint64_t kHashModulus = (1ULL << 61) - 1;
// No result may need more bits than this (2**35 bits = 4 GiB): MemoryError before trying.
constexpr uint64_t kMaxResultBits = 1ULL << 35;

[[noreturn]] void raise_digit_limit_to_str() {
  raise_value_error("Exceeds the limit (" + std::to_string(int_max_str_digits()) +
                    " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
}

bool abs_le_2_53(int64_t v) { return v >= -(int64_t(1) << 53) && v <= (int64_t(1) << 53); }

double checked_true_divide(const BigInt& x, const BigInt& y) {
  if (y.is_zero()) raise(ErrorType::ZeroDivisionError, "division by zero");
  double d;
  if (!BigInt::true_divide(x, y, &d)) raise_overflow_error("integer division result too large for a float");
  return d;
}

ObjPtr float_power(double a, double b) {
  if (a == 0.0 && b < 0.0) raise(ErrorType::ZeroDivisionError, "0.0 cannot be raised to a negative power");
  return make_float(std::pow(a, b));
}

ObjPtr big_binop(BinOp op, const BigInt& x, const BigInt& y, const ObjPtr& a, const ObjPtr& b) {
  switch (op) {
    case BinOp::Add: return make_int(x + y);
    case BinOp::Sub: return make_int(x - y);
    case BinOp::Mul:
      if (x.bit_length() + y.bit_length() > kMaxResultBits) raise_memory_error("");
      return make_int(x * y);
    case BinOp::TrueDiv: return make_float(checked_true_divide(x, y));
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y.is_zero())
        raise(ErrorType::ZeroDivisionError,
              op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      BigInt q, r;
      BigInt::divmod_floor(x, y, &q, &r);
      return make_int(op == BinOp::FloorDiv ? q : r);
    }
    case BinOp::Pow: {
      if (y.is_neg()) return float_power(int_to_double(a), int_to_double(b));
      if (x.is_zero() || x == BigInt(1)) return make_int(y.is_zero() ? BigInt(1) : x);
      if (x == BigInt(-1)) return make_int(y.is_odd() ? x : BigInt(1));
      uint64_t e, bits = x.bit_length() - 1;  // >= 1: |x| >= 2 here
      if (!y.to_uint64(&e) || e > kMaxResultBits / bits) raise_memory_error("");
      return make_int(x.pow(e));
    }
    case BinOp::LShift: {
      if (y.is_neg()) raise_value_error("negative shift count");
      if (x.is_zero()) return make_int(0);
      uint64_t n;
      if (!y.to_uint64(&n) || n > kMaxResultBits) raise_overflow_error("too many digits in integer");
      return make_int(x.shl(n));
    }
    case BinOp::RShift: {
      if (y.is_neg()) raise_value_error("negative shift count");
      uint64_t n;
      if (!y.to_uint64(&n)) return make_int(x.is_neg() ? -1 : 0);
      return make_int(x.shr_floor(n));
    }
    case BinOp::And: return make_int(x & y);
    case BinOp::Or: return make_int(x | y);
    case BinOp::Xor: return make_int(x ^ y);
    default: return nullptr;
  }
}

// Small operands; overflow moves to BigInt.
ObjPtr small_binop(BinOp op, int64_t x, int64_t y, const ObjPtr& a, const ObjPtr& b) {
  int64_t r;
  switch (op) {
    case BinOp::Add:
      if (!__builtin_add_overflow(x, y, &r)) return make_int(r);
      break;
    case BinOp::Sub:
      if (!__builtin_sub_overflow(x, y, &r)) return make_int(r);
      break;
    case BinOp::Mul:
      if (!__builtin_mul_overflow(x, y, &r)) return make_int(r);
      break;
    case BinOp::TrueDiv:
      if (y == 0) raise(ErrorType::ZeroDivisionError, "division by zero");
      // both exactly representable: IEEE division is the correctly rounded quotient
      if (abs_le_2_53(x) && abs_le_2_53(y)) return make_float(static_cast<double>(x) / static_cast<double>(y));
      break;
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y == 0)
        raise(ErrorType::ZeroDivisionError,
              op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      if (y == -1) {
        if (op == BinOp::Mod) return make_int(0);
        if (x == INT64_MIN) break;  // 2**63
        return make_int(-x);
      }
      int64_t q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        --q;
        m += y;
      }
      return make_int(op == BinOp::FloorDiv ? q : m);
    }
    case BinOp::Pow: {
      if (y < 0) return float_power(static_cast<double>(x), static_cast<double>(y));
      int64_t result = 1, base = x, e = y;
      bool ok = true;
      while (e > 0 && ok) {
        if (e & 1) ok = !__builtin_mul_overflow(result, base, &result);
        e >>= 1;
        if (e && ok) ok = !__builtin_mul_overflow(base, base, &base);
      }
      if (ok) return make_int(result);
      break;
    }
    case BinOp::LShift:
      if (y < 0) raise_value_error("negative shift count");
      if (x == 0) return make_int(0);
      if (y < 63 && (x > 0 ? x <= (INT64_MAX >> y) : x >= (INT64_MIN >> y)))
        return make_int(static_cast<int64_t>(static_cast<uint64_t>(x) << y));
      break;
    case BinOp::RShift:
      if (y < 0) raise_value_error("negative shift count");
      return make_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
    case BinOp::And: return make_int(x & y);
    case BinOp::Or: return make_int(x | y);
    case BinOp::Xor: return make_int(x ^ y);
    default: return nullptr;
  }
  return big_binop(op, BigInt(x), BigInt(y), a, b);
}

// int(text, base): sign, whitespace, prefixes and single underscores between digits as in
// Python literals. Returns null for text that is not a valid literal.
ObjPtr parse_int_text(const std::string& text, int base) {
  size_t a = 0, b = text.size();
  while (a < b && std::isspace(static_cast<unsigned char>(text[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(text[b - 1]))) --b;
  size_t i = a;
  bool neg = false;
  if (i < b && (text[i] == '+' || text[i] == '-')) neg = text[i++] == '-';
  bool prefixed = false;
  if ((base == 0 || base == 16 || base == 8 || base == 2) && i + 1 < b && text[i] == '0') {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + 1])));
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      prefixed = true;
    }
  }
  bool base0 = base == 0;
  if (base0) base = 10;
  std::string digits;
  bool us_ok = prefixed;  // one underscore may follow a base prefix or a digit
  bool last_us = false;
  for (; i < b; ++i) {
    char c = text[i];
    if (c == '_') {
      if (!us_ok) return nullptr;
      us_ok = false;
      last_us = true;
      continue;
    }
    int d = (c >= '0' && c <= '9') ? c - '0'
            : (c >= 'a' && c <= 'z') ? c - 'a' + 10
            : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : 99;
    if (d >= base) return nullptr;
    digits.push_back(c);
    us_ok = true;
    last_us = false;
  }
  if (digits.empty() || last_us) return nullptr;
  if (base0) {
    // base 0: no leading zeros on a non-zero decimal literal
    if (digits.size() > 1 && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos) return nullptr;
  }
  if ((base & (base - 1)) != 0 && int_max_str_digits() > 0 &&
      static_cast<int64_t>(digits.size()) > int_max_str_digits())
    raise_value_error("Exceeds the limit (" + std::to_string(int_max_str_digits()) +
                      " digits) for integer string conversion: value has " + std::to_string(digits.size()) +
                      " digits; use sys.set_int_max_str_digits() to increase the limit");
  if (digits.size() <= 15 && base == 10) {
    int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return make_int(neg ? -v : v);
  }
  BigInt v;
  BigInt::parse_digits(digits.data(), digits.size(), base, &v);
  return make_int(neg ? -v : v);
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
    ObjPtr bo = a[1];
    int64_t base = is_big_int(bo) ? 99 : to_int64(bo);
    if (!is_str(x) && !is_bytes(x)) raise_type_error("int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36)) raise_value_error("int() base must be >= 2 and <= 36, or 0");
    const std::string& text = is_str(x) ? str_value(x) : static_cast<BytesObject*>(x.get())->value;
    if (ObjPtr v = parse_int_text(text, static_cast<int>(base))) return v;
    raise_value_error("invalid literal for int() with base " + std::to_string(base) + ": " +
                      (is_str(x) ? str_repr(text) : bytes_repr(text)));
  }
  if (x->type() == int_type || x->type() == bigint_type) return x;
  if (x->type() == bool_type) return make_int(int_value(x));
  if (is_float(x)) return double_to_int_obj(float_value(x));
  if (is_str(x) || is_bytes(x)) {
    const std::string& text = is_str(x) ? str_value(x) : static_cast<BytesObject*>(x.get())->value;
    if (ObjPtr v = parse_int_text(text, 10)) return v;
    raise_value_error("invalid literal for int() with base 10: " + (is_str(x) ? str_repr(text) : bytes_repr(text)));
  }
  if (UnaryFn f = find_slot(x->type(), &TypeObject::to_int)) {
    ObjPtr r = f(current_interpreter(), x);
    if (!is_int(r)) raise_type_error("__int__ returned non-int (type " + type_name(r) + ")");
    return r;
  }
  if (find_slot(x->type(), &TypeObject::index)) return make_int(to_bigint(x));
  if (UnaryFn f = find_slot(x->type(), &TypeObject::to_float)) {
    ObjPtr r = f(current_interpreter(), x);
    return double_to_int_obj(to_double(r));
  }
  raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                   type_name(x) + "'");
}

bool byteorder_little(const ObjPtr& o) {
  const std::string& s = to_str(o, "to_bytes() argument 'byteorder'");
  if (s == "little") return true;
  if (s == "big") return false;
  raise_value_error("byteorder must be either 'little' or 'big'");
}

ObjPtr int_to_bytes(Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
  static const Signature sig("to_bytes", {"length=", "byteorder=", "*", "signed="});
  BoundArgs a = sig.bind(args, kwargs);
  int64_t n = a.has(0) ? to_int64(a[0]) : 1;
  if (n < 0) raise_value_error("length argument must be non-negative");
  bool little = a.has(1) ? byteorder_little(a[1]) : false;
  bool is_signed = a.has(2) && is_true(a[2]);
  if (n > (int64_t(1) << 31)) raise_memory_error("");
  BigInt v = int_to_bigint(self);
  if (v.is_neg() && !is_signed) raise_overflow_error("can't convert negative int to unsigned");
  std::string out;
  if (!v.to_bytes(static_cast<size_t>(n), little, is_signed, &out)) raise_overflow_error("int too big to convert");
  return make_bytes(std::move(out));
}

ObjPtr int_from_bytes(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  static const Signature sig("from_bytes", {"bytes", "byteorder=", "*", "signed="});
  BoundArgs a = sig.bind(args, kwargs);
  std::string data;
  const ObjPtr& src = a[0];
  if (is_bytes(src)) {
    data = static_cast<BytesObject*>(src.get())->value;
  } else if (is_str(src)) {
    raise_type_error("cannot convert 'str' object to bytes");
  } else {
    for (const ObjPtr& x : iterate(src)) {
      if (!is_int(x) && !has_index(x)) raise_type_error("'" + type_name(x) + "' object cannot be interpreted as an integer");
      int64_t b = is_big_int(x) ? 256 : to_int64(x);
      if (b < 0 || b > 255) raise_value_error("bytes must be in range(0, 256)");
      data.push_back(static_cast<char>(b));
    }
  }
  bool little = a.has(1) ? byteorder_little(a[1]) : false;
  bool is_signed = a.has(2) && is_true(a[2]);
  return make_int(BigInt::from_bytes(reinterpret_cast<const unsigned char*>(data.data()), data.size(), little, is_signed));
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Shared int operations (builtin_types.hpp)
// ---------------------------------------------------------------------------------------
int64_t hash_int(int64_t v) {
  uint64_t a = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(a % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_int_obj(const ObjPtr& o) {
  return is_big_int(o) ? bigint_value(o).hash() : hash_int(int_value(o));
}

ObjPtr int_binop(BinOp op, const ObjPtr& a, const ObjPtr& b) {
  if (is_small_int(a) && is_small_int(b)) {
    ObjPtr r = small_binop(op, int_value(a), int_value(b), a, b);
    // bool & | ^ bool stays bool
    if (r && a->type() == bool_type && b->type() == bool_type &&
        (op == BinOp::And || op == BinOp::Or || op == BinOp::Xor))
      return make_bool(int_value(r) != 0);
    return r;
  }
  return big_binop(op, int_to_bigint(a), int_to_bigint(b), a, b);
}

int int_compare(const ObjPtr& a, const ObjPtr& b) {
  if (is_small_int(a) && is_small_int(b)) {
    int64_t x = int_value(a), y = int_value(b);
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  return BigInt::cmp(int_to_bigint(a), int_to_bigint(b));
}

int cmp_int_double(const ObjPtr& i, double d) {
  if (std::isnan(d)) return 2;
  if (is_big_int(i)) return bigint_value(i).cmp_double(d);
  int64_t v = int_value(i);
  if (d >= 9223372036854775808.0) return -1;
  if (d < -9223372036854775808.0) return 1;
  double fl = std::floor(d);
  int64_t t = static_cast<int64_t>(fl);
  if (v < t) return -1;
  if (v > t) return 1;
  return fl < d ? -1 : 0;
}

ObjPtr int_neg(const ObjPtr& a) {
  if (is_small_int(a) && int_value(a) != INT64_MIN) return make_int(-int_value(a));
  return make_int(-int_to_bigint(a));
}

ObjPtr int_abs(const ObjPtr& a) {
  return int_sign(a) < 0 ? int_neg(a) : (a->type() == bool_type ? make_int(int_value(a)) : a);
}

ObjPtr int_divmod(const ObjPtr& a, const ObjPtr& b) {
  return make_tuple({int_binop(BinOp::FloorDiv, a, b), int_binop(BinOp::Mod, a, b)});
}

ObjPtr int_powmod(const ObjPtr& a, const ObjPtr& b, const ObjPtr& m) {
  if (int_sign(m) == 0) raise_value_error("pow() 3rd argument cannot be 0");
  BigInt mod = int_to_bigint(m), base = int_to_bigint(a), e = int_to_bigint(b);
  if (e.is_neg()) {
    BigInt inv;
    if (!BigInt::modinv(base, mod.abs(), &inv)) raise_value_error("base is not invertible for the given modulus");
    base = inv;
    e = -e;
  }
  return make_int(BigInt::powmod(base, e, mod));
}

ObjPtr int_round(const ObjPtr& x, const ObjPtr& ndigits) {
  ObjPtr self = x->type() == bool_type ? make_int(int_value(x)) : x;
  if (!ndigits || is_none(ndigits)) return self;
  BigInt nd = to_bigint(ndigits);
  if (!nd.is_neg()) return self;
  BigInt v = int_to_bigint(x);
  // 10**k > 2 * |v| once k exceeds the digit count: the result is 0
  uint64_t k;
  if (!(-nd).to_uint64(&k) || k > v.bit_length() / 3 + 2) return make_int(0);
  BigInt p = BigInt(10).pow(k), q, r;
  BigInt::divmod_floor(v, p, &q, &r);
  int c = BigInt::cmp(r + r, p);
  if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
  return make_int(q * p);
}

ObjPtr double_to_int_obj(double d) {
  if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) raise_overflow_error("cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t < 9223372036854775808.0 && t >= -9223372036854775808.0) return make_int(static_cast<int64_t>(t));
  return make_int(BigInt::from_double(t));
}

double int_true_divide(const ObjPtr& a, const ObjPtr& b) {
  return checked_true_divide(int_to_bigint(a), int_to_bigint(b));
}

std::string int_repr(const ObjPtr& o) {
  if (!is_big_int(o)) return std::to_string(int_value(o));
  const BigInt& v = bigint_value(o);
  int64_t limit = int_max_str_digits();
  // log10(2) < 0.30103: a value with this many bits has more digits than the limit
  if (limit > 0 && static_cast<double>(v.bit_length() - 1) * 0.30102999566398 >= static_cast<double>(limit) + 1)
    raise_digit_limit_to_str();
  std::string s = v.to_string(10);
  if (limit > 0 && static_cast<int64_t>(s.size()) - (v.is_neg() ? 1 : 0) > limit) raise_digit_limit_to_str();
  return s;
}

ObjPtr parse_int_literal(const std::string& text, int base) { return parse_int_text(text, base); }

// ---------------------------------------------------------------------------------------
// Slots and methods
// ---------------------------------------------------------------------------------------
void init_int_type() {
  int_type->construct = int_construct;
  int_type->repr = [](Interpreter&, const ObjPtr& self) { return make_str(int_repr(self)); };
  bool_type->repr = [](Interpreter&, const ObjPtr& self) { return make_str(int_value(self) ? "True" : "False"); };
  int_type->hash = [](Interpreter&, const ObjPtr& self) { return hash_int_obj(self); };
  int_type->truth = [](Interpreter&, const ObjPtr& self) { return int_sign(self) != 0; };
  int_type->index = [](Interpreter&, const ObjPtr& self) {
    return self->type() == bool_type ? make_int(int_value(self)) : self;
  };
  int_type->to_int = int_type->index;
  int_type->to_float = [](Interpreter&, const ObjPtr& self) { return make_float(int_to_double(self)); };
  int_type->neg = [](Interpreter&, const ObjPtr& self) { return int_neg(self); };
  int_type->pos = int_type->index;
  int_type->invert = [](Interpreter&, const ObjPtr& self) {
    if (is_small_int(self)) return make_int(~int_value(self));
    return make_int(bigint_value(self).invert());
  };
  int_type->abs = [](Interpreter&, const ObjPtr& self) { return int_abs(self); };

  auto int_self = [](Interpreter&, const ObjPtr& self) {
    return self->type() == bool_type ? make_int(int_value(self)) : self;
  };
  add_getset(int_type, "real", int_self);
  add_getset(int_type, "imag", [](Interpreter&, const ObjPtr&) { return make_int(0); });
  add_getset(int_type, "numerator", int_self);
  add_getset(int_type, "denominator", [](Interpreter&, const ObjPtr&) { return make_int(1); });
  add_method(int_type, "conjugate", [int_self](Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("conjugate", args, 0, 0);
    return int_self(in, self);
  });
  add_method(int_type, "bit_length", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("bit_length", args, 0, 0);
    return make_int_u64(int_to_bigint(self).bit_length());
  });
  add_method(int_type, "bit_count", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("bit_count", args, 0, 0);
    return make_int_u64(int_to_bigint(self).bit_count());
  });
  add_method(int_type, "as_integer_ratio", [int_self](Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("as_integer_ratio", args, 0, 0);
    return make_tuple({int_self(in, self), make_int(1)});
  });
  add_method(int_type, "to_bytes", int_to_bytes);
  add_static_method(int_type, "from_bytes", int_from_bytes);
  add_method(int_type, "__index__", [int_self](Interpreter& in, const ObjPtr& self, PosArgs, KwArgs) {
    return int_self(in, self);
  });
  auto same = [int_self](Interpreter& in, const ObjPtr& self, PosArgs, KwArgs) { return int_self(in, self); };
  add_method(int_type, "__trunc__", same);
  add_method(int_type, "__floor__", same);
  add_method(int_type, "__ceil__", same);
  add_method(int_type, "__round__", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("__round__", args, 0, 1);
    return int_round(self, args.empty() ? nullptr : args[0]);
  });
}

}  // namespace sl
