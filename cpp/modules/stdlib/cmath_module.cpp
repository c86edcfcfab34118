// cmath_module.cpp — the `cmath` module: sqrt, exp, log (with base), log10, the
// trigonometric and hyperbolic functions and their inverses, phase, polar, rect, isfinite,
// isinf, isnan, isclose and the constants, with CPython 3.11's formulas for finite
// arguments (cmathmodule.c: scaled c_sqrt, c_log near |z| = 1 through log1p, the large-
// argument branches), so results agree with CPython to the last bit, and its errors
// ("math domain error", "math range error", "must be real number, not str").
//
// Non-finite arguments follow C99 Annex G through <complex> (CPython's special-value
// tables encode the same rules).
#include <cfloat>
#include <cmath>
#include <complex>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/complex.hpp"
#include "lang/module.hpp"

namespace sl {

namespace {

using C = PyComplex;

constexpr double kLargeDouble = DBL_MAX / 4.;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;

bool finite(C z) { return std::isfinite(z.re) && std::isfinite(z.im); }
C from_std(std::complex<double> v) { return C{v.real(), v.imag()}; }
std::complex<double> to_std(C z) { return {z.re, z.im}; }

C arg_complex(const ObjPtr& o) {
  C z;
  if (!to_complex(o, &z)) raise_type_error("must be real number, not " + type_name(o));
  return z;
}

C c_sqrt(C z) {
  if (!finite(z)) return from_std(std::sqrt(to_std(z)));
  if (z.re == 0. && z.im == 0.) return C{0., z.im};
  double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.;
    s = 2. * std::sqrt(ax + std::hypot(ax, ay / 8.));
  }
  double d = ay / (2. * s);
  if (z.re >= 0.) return C{s, std::copysign(d, z.im)};
  return C{d, std::copysign(s, z.im)};
}

C c_exp(C z) {
  if (!finite(z)) return from_std(std::exp(to_std(z)));
  C r;
  if (z.re > kLogLargeDouble) {
    double l = std::exp(z.re - 1.);
    r.re = l * std::cos(z.im) * M_E;
    r.im = l * std::sin(z.im) * M_E;
  } else {
    double l = std::exp(z.re);
    r.re = l * std::cos(z.im);
    r.im = l * std::sin(z.im);
  }
  if (!finite(r)) raise_overflow_error("math range error");
  return r;
}

C c_log(C z) {
  if (!finite(z)) return from_std(std::log(to_std(z)));
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  C r;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    r.re = std::log(std::hypot(ax / 2., ay / 2.)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0. || ay > 0.)
      r.re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * kLn2;
    else
      raise_value_error("math domain error");  // log(0)
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      r.re = std::log1p((am - 1) * (am + 1) + an * an) / 2.;
    } else {
      r.re = std::log(h);
    }
  }
  r.im = std::atan2(z.im, z.re);
  return r;
}

C c_sinh(C z) {
  if (!finite(z)) return from_std(std::sinh(to_std(z)));
  C r;
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x_minus_one = z.re - std::copysign(1., z.re);
    r.re = std::cos(z.im) * std::sinh(x_minus_one) * M_E;
    r.im = std::sin(z.im) * std::cosh(x_minus_one) * M_E;
  } else {
    r.re = std::cos(z.im) * std::sinh(z.re);
    r.im = std::sin(z.im) * std::cosh(z.re);
  }
  if (!finite(r)) raise_overflow_error("math range error");
  return r;
}

C c_cosh(C z) {
  if (!finite(z)) return from_std(std::cosh(to_std(z)));
  C r;
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x_minus_one = z.re - std::copysign(1., z.re);
    r.re = std::cos(z.im) * std::cosh(x_minus_one) * M_E;
    r.im = std::sin(z.im) * std::sinh(x_minus_one) * M_E;
  } else {
    r.re = std::cos(z.im) * std::cosh(z.re);
    r.im = std::sin(z.im) * std::sinh(z.re);
  }
  if (!finite(r)) raise_overflow_error("math range error");
  return r;
}

C c_tanh(C z) {
  if (!finite(z)) return from_std(std::tanh(to_std(z)));
  C r;
  if (std::fabs(z.re) > kLogLargeDouble) {
    r.re = std::copysign(1., z.re);
    r.im = 4. * std::sin(z.im) * std::cos(z.im) * std::exp(-2. * std::fabs(z.re));
  } else {
    double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1. / std::cosh(z.re);
    double txty = tx * ty, denom = 1. + txty * txty;
    r.re = tx * (1. + ty * ty) / denom;
    r.im = ((ty / denom) * cx) * cx;
  }
  return r;
}

C c_asinh(C z) {
  if (!finite(z)) return from_std(std::asinh(to_std(z)));
  C r;
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double l = std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2.;
    r.re = z.im >= 0 ? std::copysign(l, z.re) : -std::copysign(l, -z.re);
    r.im = std::atan2(z.im, std::fabs(z.re));
  } else {
    C s1 = c_sqrt(C{1. + z.im, -z.re}), s2 = c_sqrt(C{1. - z.im, z.re});
    r.re = std::asinh(s1.re * s2.im - s2.re * s1.im);
    r.im = std::atan2(z.im, s1.re * s2.re - s1.im * s2.im);
  }
  return r;
}

C c_acosh(C z) {
  if (!finite(z)) return from_std(std::acosh(to_std(z)));
  C r;
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    r.re = std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2.;
    r.im = std::atan2(z.im, z.re);
  } else {
    C s1 = c_sqrt(C{z.re - 1., z.im}), s2 = c_sqrt(C{z.re + 1., z.im});
    r.re = std::asinh(s1.re * s2.re + s1.im * s2.im);
    r.im = 2. * std::atan2(s1.im, s2.re);
  }
  return r;
}

C c_acos(C z) {
  if (!finite(z)) return from_std(std::acos(to_std(z)));
  C r;
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    r.re = std::atan2(std::fabs(z.im), z.re);
    double l = std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2.;
    r.im = z.re < 0 ? -std::copysign(l, z.im) : std::copysign(l, -z.im);
  } else {
    C s1 = c_sqrt(C{1. - z.re, -z.im}), s2 = c_sqrt(C{1. + z.re, z.im});
    r.re = 2. * std::atan2(s1.re, s2.re);
    r.im = std::asinh(s2.re * s1.im - s2.im * s1.re);
  }
  return r;
}

C c_atanh(C z) {
  if (!finite(z)) return from_std(std::atanh(to_std(z)));
  if (z.re < 0.) {  // the formulas below assume z.re >= 0
    C r = c_atanh(C{-z.re, -z.im});
    return C{-r.re, -r.im};
  }
  C r;
  double ay = std::fabs(z.im);
  if (z.re > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = std::hypot(z.re / 2., z.im / 2.);
    r.re = z.re / 4. / h / h;
    r.im = -std::copysign(M_PI / 2., -z.im);
  } else if (z.re == 1. && ay < kSqrtDblMin) {
    if (ay == 0.) raise_value_error("math domain error");
    r.re = -std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.)));
    r.im = std::copysign(std::atan2(2., -ay) / 2, z.im);
  } else {
    r.re = std::log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.;
    r.im = -std::atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.;
  }
  return r;
}

// sin, cos, tan, asin, atan through their hyperbolic counterparts at i*z, as CPython
C c_sin(C z) {
  C r = c_sinh(C{-z.im, z.re});
  return C{r.im, -r.re};
}
C c_cos(C z) { return c_cosh(C{-z.im, z.re}); }
C c_tan(C z) {
  C r = c_tanh(C{-z.im, z.re});
  return C{r.im, -r.re};
}
C c_asin(C z) {
  C r = c_asinh(C{-z.im, z.re});
  return C{r.im, -r.re};
}
C c_atan(C z) {
  C r = c_atanh(C{-z.im, z.re});
  return C{r.im, -r.re};
}

double c_phase(C z) { return std::atan2(z.im, z.re); }

double c_abs(C z) {
  double r = std::hypot(z.re, z.im);
  if (std::isinf(r) && finite(z)) raise_overflow_error("absolute value too large");
  return r;
}

ObjPtr box(C z) { return make_complex(z.re, z.im); }

void one_arg(const char* name, PosArgs args, KwArgs kw) {
  check_no_kwargs(name, kw);
  if (args.size() != 1)
    raise_type_error(std::string(name) + "() takes exactly one argument (" + std::to_string(args.size()) + " given)");
}

}  // namespace

void register_cmath_module() {
  register_module("cmath", [](Interpreter&, ModuleObject& m) {
    m.set("pi", make_float(M_PI));
    m.set("e", make_float(M_E));
    m.set("tau", make_float(2 * M_PI));
    m.set("inf", make_float(HUGE_VAL));
    m.set("nan", make_float(NAN));
    m.set("infj", make_complex(0., HUGE_VAL));
    m.set("nanj", make_complex(0., NAN));
#define SL_CMATH1(name, fn)                                                    \
  m.add_function(name, [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) { \
    one_arg(name, a, kw);                                                      \
    return box(fn(arg_complex(a[0])));                                         \
  })
    SL_CMATH1("sqrt", c_sqrt);
    SL_CMATH1("exp", c_exp);
    SL_CMATH1("sin", c_sin);
    SL_CMATH1("cos", c_cos);
    SL_CMATH1("tan", c_tan);
    SL_CMATH1("asin", c_asin);
    SL_CMATH1("acos", c_acos);
    SL_CMATH1("atan", c_atan);
    SL_CMATH1("sinh", c_sinh);
    SL_CMATH1("cosh", c_cosh);
    SL_CMATH1("tanh", c_tanh);
    SL_CMATH1("asinh", c_asinh);
    SL_CMATH1("acosh", c_acosh);
    SL_CMATH1("atanh", c_atanh);
#undef SL_CMATH1
    m.add_function("log10", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("log10", a, kw);
      C r = c_log(arg_complex(a[0]));
      return box(C{r.re / kLn10, r.im / kLn10});
    });
    m.add_function("log", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      static const Signature sig("log", {"x", "base="});
      BoundArgs b = sig.bind(a, kw);
      C r = c_log(arg_complex(b[0]));
      if (b.has(1)) r = c_quot(r, c_log(arg_complex(b[1])));
      return box(r);
    });
    m.add_function("phase", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("phase", a, kw);
      return make_float(c_phase(arg_complex(a[0])));
    });
    m.add_function("polar", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("polar", a, kw);
      C z = arg_complex(a[0]);
      double r = c_abs(z);
      return make_tuple({make_float(r), make_float(c_phase(z))});
    });
    m.add_function("rect", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      check_no_kwargs("rect", kw);
      if (a.size() != 2) raise_type_error("rect expected 2 arguments, got " + std::to_string(a.size()));
      double r = to_double(a[0]), phi = to_double(a[1]);
      if (!std::isfinite(r) || !std::isfinite(phi)) return box(from_std(std::polar(r, phi)));
      if (phi == 0.0) return box(C{r, r * phi});
      return box(C{r * std::cos(phi), r * std::sin(phi)});
    });
    m.add_function("isfinite", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("isfinite", a, kw);
      return make_bool(finite(arg_complex(a[0])));
    });
    m.add_function("isnan", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("isnan", a, kw);
      C z = arg_complex(a[0]);
      return make_bool(std::isnan(z.re) || std::isnan(z.im));
    });
    m.add_function("isinf", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      one_arg("isinf", a, kw);
      C z = arg_complex(a[0]);
      return make_bool(std::isinf(z.re) || std::isinf(z.im));
    });
    m.add_function("isclose", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) {
      static const Signature sig("isclose", {"a", "b", "*", "rel_tol=", "abs_tol="});
      BoundArgs b = sig.bind(a, kw);
      C x = arg_complex(b[0]), y = arg_complex(b[1]);
      double rel_tol = b.has(2) ? to_double(b[2]) : 1e-09, abs_tol = b.has(3) ? to_double(b[3]) : 0.0;
      if (rel_tol < 0.0 || abs_tol < 0.0) raise_value_error("tolerances must be non-negative");
      if (x.re == y.re && x.im == y.im) return make_bool(true);
      if (std::isinf(x.re) || std::isinf(x.im) || std::isinf(y.re) || std::isinf(y.im)) return make_bool(false);
      double diff = std::hypot(y.re - x.re, y.im - x.im);
      return make_bool((diff <= rel_tol * std::hypot(y.re, y.im)) || (diff <= rel_tol * std::hypot(x.re, x.im)) ||
                       diff <= abs_tol);
    });
  });
}

}  // namespace sl
