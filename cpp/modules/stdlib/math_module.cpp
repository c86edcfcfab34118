// math_module.cpp — the `math` module: common functions and constants with CPython's domain
// errors ("math domain error").
#include <chrono>
#include <cmath>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"

namespace sl {

namespace {

using D1 = double (*)(double);

ObjPtr math1(PosArgs args, const char* name, D1 f, bool (*domain)(double)) {
  check_nargs(name, args, 1, 1);
  double x = to_double(args[0]);
  if (domain && !domain(x)) raise_value_error("math domain error");
  double r = f(x);
  if (std::isinf(r) && std::isfinite(x)) raise_overflow_error("math range error");
  return make_float(r);
}

bool positive(double x) { return x > 0 || std::isnan(x) || (std::isinf(x) && x > 0); }
bool nonneg(double x) { return x >= 0 || std::isnan(x); }
bool unit(double x) { return (x >= -1 && x <= 1) || std::isnan(x); }
bool finite_or_nan(double x) { return !std::isinf(x); }

int64_t int_arg(const ObjPtr& o, const char* fname) {
  if (is_float(o)) raise_type_error("'float' object cannot be interpreted as an integer");
  (void)fname;
  return to_int64(o);
}

}  // namespace

void register_math_module() {
  register_module("math", [](Interpreter&, ModuleObject& m) {
    m.set("pi", make_float(M_PI));
    m.set("e", make_float(M_E));
    m.set("tau", make_float(2 * M_PI));
    m.set("inf", make_float(HUGE_VAL));
    m.set("nan", make_float(NAN));
#define SL_MATH1(name, fn, dom) \
  m.add_function(name, [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) { return math1(a, name, fn, dom); })
    SL_MATH1("sqrt", static_cast<D1>(std::sqrt), nonneg);
    SL_MATH1("exp", static_cast<D1>(std::exp), nullptr);
    SL_MATH1("sin", static_cast<D1>(std::sin), finite_or_nan);
    SL_MATH1("cos", static_cast<D1>(std::cos), finite_or_nan);
    SL_MATH1("tan", static_cast<D1>(std::tan), finite_or_nan);
    SL_MATH1("asin", static_cast<D1>(std::asin), unit);
    SL_MATH1("acos", static_cast<D1>(std::acos), unit);
    SL_MATH1("atan", static_cast<D1>(std::atan), nullptr);
    SL_MATH1("sinh", static_cast<D1>(std::sinh), nullptr);
    SL_MATH1("cosh", static_cast<D1>(std::cosh), nullptr);
    SL_MATH1("tanh", static_cast<D1>(std::tanh), nullptr);
    SL_MATH1("log2", static_cast<D1>(std::log2), positive);
    SL_MATH1("log10", static_cast<D1>(std::log10), positive);
    SL_MATH1("log1p", static_cast<D1>(std::log1p), [](double x) { return x > -1 || std::isnan(x); });
    SL_MATH1("expm1", static_cast<D1>(std::expm1), nullptr);
    SL_MATH1("fabs", static_cast<D1>(std::fabs), nullptr);
    SL_MATH1("degrees", [](double x) { return x * 180.0 / M_PI; }, nullptr);
    SL_MATH1("radians", [](double x) { return x * M_PI / 180.0; }, nullptr);
    SL_MATH1("erf", static_cast<D1>(std::erf), nullptr);
    SL_MATH1("erfc", static_cast<D1>(std::erfc), nullptr);
    SL_MATH1("gamma", static_cast<D1>(std::tgamma), [](double x) { return !(x <= 0 && x == std::floor(x)); });
    SL_MATH1("lgamma", static_cast<D1>(std::lgamma), [](double x) { return !(x <= 0 && x == std::floor(x)); });
#undef SL_MATH1
    m.add_function("log", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("log", a, 1, 2);
      double x = to_double(a[0]);
      if (!positive(x)) raise_value_error("math domain error");
      double r = std::log(x);
      if (a.size() == 2) {
        double b = to_double(a[1]);
        if (!positive(b)) raise_value_error("math domain error");
        double lb = std::log(b);
        if (lb == 0) raise(ErrorType::ZeroDivisionError, "float division by zero");
        r /= lb;
      }
      return make_float(r);
    });
    m.add_function("pow", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("pow", a, 2, 2);
      double x = to_double(a[0]), y = to_double(a[1]);
      if (x == 0 && y < 0) raise_value_error("math domain error");
      if (x < 0 && y != std::floor(y) && std::isfinite(y)) raise_value_error("math domain error");
      return make_float(std::pow(x, y));
    });
    m.add_function("atan2", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("atan2", a, 2, 2);
      return make_float(std::atan2(to_double(a[0]), to_double(a[1])));
    });
    m.add_function("hypot", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      double acc = 0;
      for (auto& x : a) acc = std::hypot(acc, to_double(x));
      return make_float(acc);
    });
    m.add_function("fmod", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("fmod", a, 2, 2);
      double x = to_double(a[0]), y = to_double(a[1]);
      if (y == 0 || std::isinf(x)) raise_value_error("math domain error");
      return make_float(std::fmod(x, y));
    });
    m.add_function("copysign", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("copysign", a, 2, 2);
      return make_float(std::copysign(to_double(a[0]), to_double(a[1])));
    });
    auto to_int_fn = [](const char* name, double (*f)(double)) {
      return [name, f](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) -> ObjPtr {
        check_nargs(name, a, 1, 1);
        if (is_int(a[0])) return a[0];
        double x = to_double(a[0]);
        if (std::isnan(x)) raise_value_error("cannot convert float NaN to integer");
        if (std::isinf(x)) raise_overflow_error("cannot convert float infinity to integer");
        return double_to_int_obj(f(x));
      };
    };
    m.add_function("floor", to_int_fn("floor", static_cast<D1>(std::floor)));
    m.add_function("ceil", to_int_fn("ceil", static_cast<D1>(std::ceil)));
    m.add_function("trunc", to_int_fn("trunc", static_cast<D1>(std::trunc)));
    m.add_function("isnan", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("isnan", a, 1, 1);
      return make_bool(std::isnan(to_double(a[0])));
    });
    m.add_function("isinf", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("isinf", a, 1, 1);
      return make_bool(std::isinf(to_double(a[0])));
    });
    m.add_function("isfinite", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("isfinite", a, 1, 1);
      return make_bool(std::isfinite(to_double(a[0])));
    });
    m.add_function("isclose", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      static const Signature sig("isclose", {"a", "b", "*", "rel_tol=", "abs_tol="});
      BoundArgs b = sig.bind(a, kw);
      double x = to_double(b[0]), y = to_double(b[1]);
      double rt = b.has(2) ? to_double(b[2]) : 1e-9, at = b.has(3) ? to_double(b[3]) : 0.0;
      if (rt < 0 || at < 0) raise_value_error("tolerances must be non-negative");
      if (x == y) return True();
      if (std::isinf(x) || std::isinf(y)) return False();
      double d = std::fabs(y - x);
      return make_bool(d <= std::fabs(rt * y) || d <= std::fabs(rt * x) || d <= at);
    });
    m.add_function("factorial", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("factorial", a, 1, 1);
      int64_t n = int_arg(a[0], "factorial");
      if (n < 0) raise_value_error("factorial() not defined for negative values");
      int64_t r = 1;
      for (int64_t i = 2; i <= n; ++i) r = int_mul(r, i);
      return make_int(r);
    });
    m.add_function("gcd", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      int64_t g = 0;
      for (auto& x : a) {
        int64_t v = int_arg(x, "gcd");
        v = v < 0 ? -v : v;
        while (v) {
          int64_t t = g % v;
          g = v;
          v = t;
        }
      }
      return make_int(g);
    });
    m.add_function("comb", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("comb", a, 2, 2);
      int64_t n = int_arg(a[0], "comb"), k = int_arg(a[1], "comb");
      if (n < 0) raise_value_error("n must be a non-negative integer");
      if (k < 0) raise_value_error("k must be a non-negative integer");
      if (k > n) return make_int(0);
      if (k > n - k) k = n - k;
      int64_t r = 1;
      for (int64_t i = 1; i <= k; ++i) r = int_mul(r, n - k + i) / i;
      return make_int(r);
    });
    m.add_function("prod", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      static const Signature sig("prod", {"iterable", "/", "*", "start="});
      BoundArgs b = sig.bind(a, kw);
      ObjPtr acc = b.has(1) ? b[1] : make_int(1);
      for_each(b[0], [&](const ObjPtr& x) {
        acc = binary_op(BinOp::Mul, acc, x);
        return true;
      });
      return acc;
    });
    m.add_function("fsum", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("fsum", a, 1, 1);
      // Neumaier summation: exact enough for the common cases (CPython uses Shewchuk)
      double s = 0, c = 0;
      for_each(a[0], [&](const ObjPtr& x) {
        double v = to_double(x), t = s + v;
        c += std::fabs(s) >= std::fabs(v) ? (s - t) + v : (v - t) + s;
        s = t;
        return true;
      });
      return make_float(s + c);
    });
  });
}

}  // namespace sl
