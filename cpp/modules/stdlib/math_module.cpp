// math_module.cpp — the `math` module (CPython 3.11's function set): the float functions
// with CPython's domain/range errors ("math domain error", "math range error") and
// argument messages, the constants, and the registration of the integer functions
// (math_integer.cpp) and the exact sums (math_sum.cpp).
#include <cfloat>
#include <cmath>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/math_parts.hpp"

namespace sl {

namespace {

using D1 = double (*)(double);

void one_arg(const char* name, PosArgs args, KwArgs kw) {
  check_no_kwargs(name, kw);
  if (args.size() != 1)
    raise_type_error(std::string("math.") + name + "() takes exactly one argument (" + std::to_string(args.size()) +
                     " given)");
}

void n_args(const char* name, PosArgs args, KwArgs kw, size_t n) {
  check_no_kwargs(name, kw);
  if (args.size() != n)
    raise_type_error(std::string(name) + " expected " + std::to_string(n) + " arguments, got " +
                     std::to_string(args.size()));
}

// CPython's math_1: domain check, then OverflowError when a finite x gives an infinity
ObjPtr math1(const char* name, PosArgs args, KwArgs kw, D1 f, bool (*domain)(double), bool can_overflow) {
  one_arg(name, args, kw);
  double x = to_double(args[0]);
  if (domain && !domain(x)) raise_value_error("math domain error");
  double r = f(x);
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) raise_overflow_error("math range error");
    raise_value_error("math domain error");
  }
  if (std::isnan(r) && !std::isnan(x)) raise_value_error("math domain error");
  return make_float(r);
}

bool positive(double x) { return x > 0 || std::isnan(x); }
bool nonneg(double x) { return x >= 0 || std::isnan(x); }
bool unit(double x) { return (x >= -1 && x <= 1) || std::isnan(x); }
bool finite_or_nan(double x) { return !std::isinf(x); }

// float -> int object; int() handles values beyond int64 as the interpreter's ints do
ObjPtr float_to_int(double r) {
  if (std::isnan(r)) raise_value_error("cannot convert float NaN to integer");
  if (std::isinf(r)) raise_overflow_error("cannot convert float infinity to integer");
  if (r > -9223372036854775808.0 && r < 9223372036854775808.0) return make_int(static_cast<int64_t>(r));
  return call(ObjPtr(int_type), {make_float(r)});
}

// floor/ceil/trunc: ints pass through, a __floor__/__ceil__/__trunc__ method wins, else float
NativeFn rounding(const char* name, const char* dunder, D1 f) {
  return [name, dunder, f](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs(name, kw);
    check_nargs(name, a, 1, 1);
    if (a[0]->type() == int_type) return a[0];
    if (is_bool(a[0])) return make_int(int_value(a[0]));
    if (!is_float(a[0]) && type_lookup(a[0]->type(), dunder)) return call_method(a[0], dunder);
    if (std::string(name) == "trunc" && !is_float(a[0]))
      raise_type_error("type " + type_name(a[0]) + " doesn't define __trunc__ method");
    return float_to_int(f(to_double(a[0])));
  };
}

double log_of(const ObjPtr& x, D1 f) {
  double v = to_double(x);
  if (!positive(v)) raise_value_error("math domain error");
  return f(v);
}

}  // namespace

void register_math_module() {
  register_module("math", [](Interpreter&, ModuleObject& m) {
    m.set("pi", make_float(M_PI));
    m.set("e", make_float(M_E));
    m.set("tau", make_float(2 * M_PI));
    m.set("inf", make_float(HUGE_VAL));
    m.set("nan", make_float(NAN));
#define SL_MATH1(name, fn, dom, ovf)                                         \
  m.add_function(name, [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) { \
    return math1(name, a, kw, fn, dom, ovf);                                 \
  })
    SL_MATH1("sqrt", static_cast<D1>(std::sqrt), nonneg, false);
    SL_MATH1("cbrt", static_cast<D1>(std::cbrt), nullptr, false);
    SL_MATH1("exp", static_cast<D1>(std::exp), nullptr, true);
    SL_MATH1("exp2", static_cast<D1>(std::exp2), nullptr, true);
    SL_MATH1("expm1", static_cast<D1>(std::expm1), nullptr, true);
    SL_MATH1("sin", static_cast<D1>(std::sin), finite_or_nan, false);
    SL_MATH1("cos", static_cast<D1>(std::cos), finite_or_nan, false);
    SL_MATH1("tan", static_cast<D1>(std::tan), finite_or_nan, false);
    SL_MATH1("asin", static_cast<D1>(std::asin), unit, false);
    SL_MATH1("acos", static_cast<D1>(std::acos), unit, false);
    SL_MATH1("atan", static_cast<D1>(std::atan), nullptr, false);
    SL_MATH1("sinh", static_cast<D1>(std::sinh), nullptr, true);
    SL_MATH1("cosh", static_cast<D1>(std::cosh), nullptr, true);
    SL_MATH1("tanh", static_cast<D1>(std::tanh), nullptr, false);
    SL_MATH1("asinh", static_cast<D1>(std::asinh), nullptr, false);
    SL_MATH1("acosh", static_cast<D1>(std::acosh), [](double x) { return x >= 1 || std::isnan(x); }, false);
    SL_MATH1("atanh", static_cast<D1>(std::atanh), [](double x) { return (x > -1 && x < 1) || std::isnan(x); },
             false);
    SL_MATH1("fabs", static_cast<D1>(std::fabs), nullptr, false);
    SL_MATH1("degrees", [](double x) { return x * (180.0 / M_PI); }, nullptr, true);
    SL_MATH1("radians", [](double x) { return x * (M_PI / 180.0); }, nullptr, false);
    SL_MATH1("erf", static_cast<D1>(std::erf), nullptr, false);
    SL_MATH1("erfc", static_cast<D1>(std::erfc), nullptr, false);
    SL_MATH1("log1p", static_cast<D1>(std::log1p), [](double x) { return x > -1 || std::isnan(x); }, false);
#undef SL_MATH1
    m.add_function("log2", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("log2", a, kw);
      return make_float(log_of(a[0], static_cast<D1>(std::log2)));
    });
    m.add_function("log10", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("log10", a, kw);
      return make_float(log_of(a[0], static_cast<D1>(std::log10)));
    });
    m.add_function("log", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      check_no_kwargs("log", kw);
      check_nargs("log", a, 1, 2);
      double r = log_of(a[0], static_cast<D1>(std::log));
      if (a.size() == 2) {
        double lb = log_of(a[1], static_cast<D1>(std::log));
        if (lb == 0) raise(ErrorType::ZeroDivisionError, "float division by zero");
        r /= lb;
      }
      return make_float(r);
    });
    m.add_function("pow", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      n_args("pow", a, kw, 2);
      double x = to_double(a[0]), y = to_double(a[1]);
      if (std::isfinite(x) && std::isfinite(y)) {
        if (x == 0 && y < 0) raise_value_error("math domain error");
        if (x < 0 && y != std::floor(y)) raise_value_error("math domain error");
      }
      double r = std::pow(x, y);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise_overflow_error("math range error");
      return make_float(r);
    });
    m.add_function("atan2", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      n_args("atan2", a, kw, 2);
      return make_float(std::atan2(to_double(a[0]), to_double(a[1])));
    });
    m.add_function("fmod", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      n_args("fmod", a, kw, 2);
      double x = to_double(a[0]), y = to_double(a[1]);
      if (std::isinf(y) && std::isfinite(x)) return make_float(x);
      if (!std::isnan(x) && !std::isnan(y) && (y == 0 || std::isinf(x))) raise_value_error("math domain error");
      return make_float(std::fmod(x, y));
    });
    m.add_function("remainder", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      n_args("remainder", a, kw, 2);
      double x = to_double(a[0]), y = to_double(a[1]);
      if (!std::isnan(x) && !std::isnan(y) && (y == 0 || std::isinf(x))) raise_value_error("math domain error");
      return make_float(std::remainder(x, y));
    });
    m.add_function("copysign", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      n_args("copysign", a, kw, 2);
      return make_float(std::copysign(to_double(a[0]), to_double(a[1])));
    });
    m.add_function("nextafter", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      n_args("nextafter", a, kw, 2);
      return make_float(std::nextafter(to_double(a[0]), to_double(a[1])));
    });
    m.add_function("ulp", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("ulp", a, kw);
      double x = std::fabs(to_double(a[0]));
      if (std::isnan(x) || std::isinf(x)) return make_float(x);
      double up = std::nextafter(x, HUGE_VAL);
      if (std::isinf(up)) return make_float(x - std::nextafter(x, -HUGE_VAL));
      return make_float(up - x);
    });
    m.add_function("frexp", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("frexp", a, kw);
      double x = to_double(a[0]);
      int e = 0;
      double mant = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
      return make_tuple({make_float(mant), make_int(e)});
    });
    m.add_function("ldexp", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      n_args("ldexp", a, kw, 2);
      double x = to_double(a[0]);
      if (is_float(a[1])) raise_type_error("Expected an int as second argument to ldexp.");
      int64_t e;
      try {
        e = to_int64(a[1]);
      } catch (PyError& err) {
        if (err.type != ErrorType::OverflowError) throw;
        e = compare_bool(CmpOp::Lt, a[1], make_int(0)) ? INT64_MIN : INT64_MAX;
      }
      if (x == 0 || !std::isfinite(x)) return make_float(x);
      int ei = e > 100000 ? 100000 : e < -100000 ? -100000 : static_cast<int>(e);
      double r = std::ldexp(x, ei);
      if (std::isinf(r)) raise_overflow_error("math range error");
      return make_float(r);
    });
    m.add_function("modf", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("modf", a, kw);
      double x = to_double(a[0]);
      if (std::isinf(x)) return make_tuple({make_float(std::copysign(0.0, x)), make_float(x)});
      double ip;
      double fp = std::modf(x, &ip);
      return make_tuple({make_float(fp), make_float(ip)});
    });
    m.add_function("floor", rounding("floor", "__floor__", static_cast<D1>(std::floor)));
    m.add_function("ceil", rounding("ceil", "__ceil__", static_cast<D1>(std::ceil)));
    m.add_function("trunc", rounding("trunc", "__trunc__", static_cast<D1>(std::trunc)));
    m.add_function("isnan", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("isnan", a, kw);
      return make_bool(std::isnan(to_double(a[0])));
    });
    m.add_function("isinf", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("isinf", a, kw);
      return make_bool(std::isinf(to_double(a[0])));
    });
    m.add_function("isfinite", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("isfinite", a, kw);
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
    add_math_integer_functions(m);
    add_math_sum_functions(m);
    add_math_gamma_functions(m);
  });
}

}  // namespace sl
