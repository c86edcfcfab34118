// math_integer.cpp — the integer functions of `math`: factorial, comb, perm, isqrt, gcd,
// lcm, with CPython's messages. Arithmetic stays in int64 while it fits and otherwise goes
// through the interpreter's int operators (binary_op), so results beyond 64 bits follow the
// interpreter's int type.
#include <cmath>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/math_parts.hpp"

namespace sl {

namespace {

// The argument as an int object (__index__), TypeError for floats and others.
ObjPtr index_arg(const ObjPtr& o) {
  if (o->type() == int_type) return o;
  if (is_bool(o)) return make_int(int_value(o));
  UnaryFn f = find_slot(o->type(), &TypeObject::index);
  if (!f) raise_type_error("'" + type_name(o) + "' object cannot be interpreted as an integer");
  return f(current_interpreter(), o);
}

bool small(const ObjPtr& o) { return o->type() == int_type; }  // an IntObject (int64 value)
const ObjPtr& zero() { return detail::g_small_ints[-detail::kSmallIntMin]; }
bool is_negative(const ObjPtr& n) { return compare_bool(CmpOp::Lt, n, zero()); }
bool is_zero(const ObjPtr& n) { return compare_bool(CmpOp::Eq, n, zero()); }

ObjPtr mul(const ObjPtr& a, const ObjPtr& b) {
  int64_t r;
  if (small(a) && small(b) && !__builtin_mul_overflow(int_value(a), int_value(b), &r)) return make_int(r);
  return binary_op(BinOp::Mul, a, b);
}

// product of the integers lo, lo+1, ..., hi (lo <= hi), by binary splitting so that big
// operands multiply in balanced pairs
ObjPtr range_product(int64_t lo, int64_t hi) {
  if (hi - lo < 16) {
    ObjPtr acc = make_int(lo);
    for (int64_t i = lo + 1; i <= hi; ++i) {
      acc = mul(acc, make_int(i));
      if ((i & 1023) == 0) check_interrupt();
    }
    return acc;
  }
  int64_t mid = lo + (hi - lo) / 2;
  return mul(range_product(lo, mid), range_product(mid + 1, hi));
}

ObjPtr factorial_of(const ObjPtr& n) {
  if (is_negative(n)) raise_value_error("factorial() not defined for negative values");
  if (!small(n)) raise_overflow_error("factorial() argument should not exceed 9223372036854775807");
  int64_t v = int_value(n);
  if (v < 2) return make_int(1);
  return range_product(2, v);
}

ObjPtr gcd2(ObjPtr a, ObjPtr b) {
  if (small(a) && small(b) && int_value(a) != INT64_MIN && int_value(b) != INT64_MIN) {
    int64_t x = std::llabs(int_value(a)), y = std::llabs(int_value(b));
    while (y) {
      int64_t t = x % y;
      x = y;
      y = t;
    }
    return make_int(x);
  }
  a = abs_op(a);
  b = abs_op(b);
  while (!is_zero(b)) {
    ObjPtr t = binary_op(BinOp::Mod, a, b);
    a = b;
    b = t;
    check_interrupt();
  }
  return a;
}

// comb(n, k) for 0 <= k <= n, k the smaller side: prod (n-k+i)/i, exact at every step
ObjPtr comb_of(const ObjPtr& n, int64_t k) {
  ObjPtr r = make_int(1);
  ObjPtr base = binary_op(BinOp::Sub, n, make_int(k));
  for (int64_t i = 1; i <= k; ++i) {
    r = mul(r, binary_op(BinOp::Add, base, make_int(i)));
    r = binary_op(BinOp::FloorDiv, r, make_int(i));
    if ((i & 1023) == 0) check_interrupt();
  }
  return r;
}

ObjPtr perm_of(const ObjPtr& n, int64_t k) {
  ObjPtr r = make_int(1);
  for (int64_t i = 0; i < k; ++i) {
    r = mul(r, binary_op(BinOp::Sub, n, make_int(i)));
    if ((i & 1023) == 1023) check_interrupt();
  }
  return r;
}

// k as int64 for comb/perm: CPython's limit message
int64_t k_value(const ObjPtr& k) {
  if (!small(k)) raise_overflow_error("min(n - k, k) must not exceed 9223372036854775807");
  return int_value(k);
}

ObjPtr isqrt_of(const ObjPtr& n) {
  if (is_negative(n)) raise_value_error("isqrt() argument must be nonnegative");
  if (small(n)) {
    uint64_t v = static_cast<uint64_t>(int_value(n));
    uint64_t r = static_cast<uint64_t>(std::sqrt(static_cast<double>(v)));
    while (r > 0 && (r > UINT32_MAX || r * r > v)) --r;
    while (r + 1 <= UINT32_MAX && (r + 1) * (r + 1) <= v) ++r;
    return make_int(static_cast<int64_t>(r));
  }
  // Newton's iteration from a power of two above the root
  int64_t bits = to_int64(call_method(n, "bit_length"));
  ObjPtr x = binary_op(BinOp::LShift, make_int(1), make_int((bits + 1) / 2));
  for (;;) {
    ObjPtr y = binary_op(BinOp::RShift, binary_op(BinOp::Add, x, binary_op(BinOp::FloorDiv, n, x)), make_int(1));
    if (!compare_bool(CmpOp::Lt, y, x)) return x;
    x = y;
    check_interrupt();
  }
}

}  // namespace

void add_math_integer_functions(ModuleObject& m) {
  m.add_function("factorial", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("factorial", kw);
    check_nargs("factorial", a, 1, 1);
    return factorial_of(index_arg(a[0]));
  });
  m.add_function("comb", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("comb", kw);
    check_nargs("comb", a, 2, 2);
    ObjPtr n = index_arg(a[0]), k = index_arg(a[1]);
    if (is_negative(n)) raise_value_error("n must be a non-negative integer");
    if (is_negative(k)) raise_value_error("k must be a non-negative integer");
    if (compare_bool(CmpOp::Gt, k, n)) return make_int(0);
    ObjPtr other = binary_op(BinOp::Sub, n, k);
    if (compare_bool(CmpOp::Lt, other, k)) k = other;
    return comb_of(n, k_value(k));
  });
  m.add_function("perm", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("perm", kw);
    check_nargs("perm", a, 1, 2);
    ObjPtr n = index_arg(a[0]);
    if (a.size() == 1 || is_none(a[1])) return factorial_of(n);
    ObjPtr k = index_arg(a[1]);
    if (is_negative(n)) raise_value_error("n must be a non-negative integer");
    if (is_negative(k)) raise_value_error("k must be a non-negative integer");
    if (compare_bool(CmpOp::Gt, k, n)) return make_int(0);
    return perm_of(n, k_value(k));
  });
  m.add_function("isqrt", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("isqrt", kw);
    check_nargs("isqrt", a, 1, 1);
    return isqrt_of(index_arg(a[0]));
  });
  m.add_function("gcd", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("gcd", kw);
    ObjPtr g = make_int(0);
    for (auto& x : a) g = gcd2(g, index_arg(x));
    return g;
  });
  m.add_function("lcm", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("lcm", kw);
    ObjPtr l = make_int(1);
    for (auto& x : a) {
      ObjPtr v = index_arg(x);
      if (is_zero(v) || is_zero(l)) {
        l = make_int(0);
        continue;
      }
      ObjPtr g = gcd2(l, v);
      l = abs_op(mul(binary_op(BinOp::FloorDiv, l, g), v));
    }
    return l;
  });
}

}  // namespace sl
