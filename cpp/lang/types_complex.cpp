// types_complex.cpp — Python's complex type (see complex.hpp).
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/errors.hpp"
#include "core/format_float.hpp"
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/complex.hpp"

namespace sl {

TypeObject* complex_type = nullptr;

ObjPtr make_complex(double re, double im) { return ObjPtr(new ComplexObject(re, im)); }

namespace {

PyComplex cval(const ObjPtr& o) {
  auto* c = static_cast<ComplexObject*>(o.get());
  return {c->re, c->im};
}
ObjPtr make(PyComplex c) { return make_complex(c.re, c.im); }

// PyOS_double_to_string(x, 'r', 0, flags, NULL) without Py_DTSF_ADD_DOT_0: repr digits,
// no ".0" for integral values; `sign` adds '+' to non-negative numbers (and nan).
std::string component(double x, bool sign) {
  std::string s;
  if (std::isnan(x)) {
    s = "nan";
  } else {
    s = python_float_repr(x);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  }
  if (sign && s[0] != '-') s = "+" + s;
  return s;
}

PyComplex c_powu(PyComplex x, long n) {
  PyComplex r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

// _Py_c_pow; sets *edom for 0 to a negative or complex power.
PyComplex c_pow_general(PyComplex a, PyComplex b, bool* edom) {
  PyComplex r;
  if (b.re == 0. && b.im == 0.) {
    r = {1., 0.};
  } else if (a.re == 0. && a.im == 0.) {
    if (b.im != 0. || b.re < 0.) *edom = true;
    r = {0., 0.};
  } else {
    const double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    const double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= std::exp(at * b.im);
      phase += b.im * std::log(vabs);
    }
    r = {len * std::cos(phase), len * std::sin(phase)};
  }
  return r;
}

// Python float syntax at s[i]: [sign] digits[.digits][e[sign]digits] | inf | infinity |
// nan, underscores between digits. Returns the end index, or i when there is no float.
size_t scan_float(const std::string& s, size_t i, double* out) {
  size_t p = i;
  std::string text;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) text += s[p++];
  auto word = [&](const char* w) {
    size_t n = std::strlen(w);
    if (s.size() - p < n) return false;
    for (size_t k = 0; k < n; ++k)
      if (std::tolower(static_cast<unsigned char>(s[p + k])) != w[k]) return false;
    return true;
  };
  if (word("infinity")) { *out = text == "-" ? -INFINITY : INFINITY; return p + 8; }
  if (word("inf")) { *out = text == "-" ? -INFINITY : INFINITY; return p + 3; }
  if (word("nan")) { *out = text == "-" ? -NAN : NAN; return p + 3; }
  auto digits = [&]() {
    size_t n = 0;
    while (p < s.size()) {
      if (std::isdigit(static_cast<unsigned char>(s[p]))) {
        text += s[p++];
        ++n;
      } else if (s[p] == '_' && n > 0 && p + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[p + 1]))) {
        ++p;
      } else {
        break;
      }
    }
    return n;
  };
  size_t nd = digits();
  if (p < s.size() && s[p] == '.') {
    text += s[p++];
    nd += digits();
  }
  if (nd == 0) return i;
  if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
    size_t save = p;
    std::string save_text = text;
    text += s[p++];
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) text += s[p++];
    if (digits() == 0) {
      p = save;
      text = save_text;
    }
  }
  *out = std::strtod(text.c_str(), nullptr);
  return p;
}

[[noreturn]] void malformed() { raise_value_error("complex() arg is a malformed string"); }

PyComplex parse_complex_text(const std::string& in) {
  auto strip = [](const std::string& t) {
    size_t a = 0, b = t.size();
    while (a < b && std::isspace(static_cast<unsigned char>(t[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(t[b - 1]))) --b;
    return t.substr(a, b - a);
  };
  std::string s = strip(in);
  if (!s.empty() && s.front() == '(') {
    if (s.back() != ')') malformed();
    s = strip(s.substr(1, s.size() - 2));
  }
  if (s.empty()) malformed();
  PyComplex r;
  auto is_j = [&](size_t p) { return p < s.size() && (s[p] == 'j' || s[p] == 'J'); };
  double x;
  size_t p = scan_float(s, 0, &x);
  if (p > 0) {
    if (is_j(p)) {
      r.im = x;
      ++p;
    } else if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
      r.re = x;
      double y;
      size_t q = scan_float(s, p, &y);
      if (q > p && is_j(q)) {
        r.im = y;
        p = q + 1;
      } else if (is_j(p + 1)) {
        r.im = s[p] == '-' ? -1.0 : 1.0;
        p += 2;
      } else {
        malformed();
      }
    } else {
      r.re = x;
    }
  } else if (!s.empty() && (s[0] == '+' || s[0] == '-') && is_j(1)) {
    r.im = s[0] == '-' ? -1.0 : 1.0;
    p = 2;
  } else if (is_j(0)) {
    r.im = 1.0;
    p = 1;
  } else {
    malformed();
  }
  if (p != s.size()) malformed();
  return r;
}

// CPython's TO_COMPLEX: only complex, float and int operands (and their subclasses) take
// part in complex arithmetic; anything else (an ndarray, a NumPy scalar) gets
// NotImplemented so that its reflected method runs.
bool operand_complex(const ObjPtr& o, PyComplex* out) {
  if (is_complex(o)) { *out = cval(o); return true; }
  if (o->type()->is_subtype_of(float_type)) { *out = {to_double(o), 0.0}; return true; }
  if (o->type()->is_subtype_of(int_type)) { *out = {to_double(o), 0.0}; return true; }
  return false;
}

ObjPtr complex_binop(BinOp op, const ObjPtr& x, const ObjPtr& y) {
  PyComplex a, b;
  if (!operand_complex(x, &a) || !operand_complex(y, &b)) return NotImplemented();
  switch (op) {
    case BinOp::Add: return make(PyComplex{a.re + b.re, a.im + b.im});
    case BinOp::Sub: return make(PyComplex{a.re - b.re, a.im - b.im});
    case BinOp::Mul: return make(c_prod(a, b));
    case BinOp::TrueDiv: return make(c_quot(a, b));
    case BinOp::Pow: return make(c_pow(a, b));
    default: return NotImplemented();
  }
}

template <int K>
ObjPtr binop_slot(Interpreter&, const ObjPtr& a, const ObjPtr& b) {
  return complex_binop(static_cast<BinOp>(K), a, b);
}
template <int K>
ObjPtr rbinop_slot(Interpreter&, const ObjPtr& self, const ObjPtr& other) {
  return complex_binop(static_cast<BinOp>(K), other, self);
}
template <int... K>
void fill_binops(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->binop[K] = &binop_slot<K>), ...);
  ((t->rbinop[K] = &rbinop_slot<K>), ...);
}

ObjPtr complex_eq(bool eq, const ObjPtr& self, const ObjPtr& other) {
  PyComplex a = cval(self), b;
  if (!to_complex(other, &b) || !(is_complex(other) || other->type() == float_type ||
                                  other->type()->is_subtype_of(int_type)))
    return NotImplemented();
  // CPython compares an int exactly (a huge int is not rounded through a double)
  bool same = a.re == b.re && a.im == b.im;
  return make_bool(same == eq);
}

ObjPtr complex_construct(Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) {
  static const Signature sig("complex", {"real=", "imag="});
  BoundArgs a = sig.bind(args, kwargs);
  if (!a.has(0) && !a.has(1)) return make_complex(0.0, 0.0);
  const ObjPtr r = a.has(0) ? a[0] : make_int(0);
  if (is_str(r)) {
    if (a.has(1)) raise_type_error("complex() can't take second arg if first is a string");
    PyComplex c = parse_complex_text(str_value(r));
    return make_complex(c.re, c.im);
  }
  PyComplex cr;
  if (!to_complex(r, &cr))
    raise_type_error("complex() first argument must be a string or a number, not '" + type_name(r) + "'");
  if (!a.has(1)) return is_complex(r) ? r : make_complex(cr.re, cr.im);
  if (is_str(r)) raise_type_error("complex() can't take second arg if first is a string");
  const ObjPtr& i = a[1];
  if (is_str(i)) raise_type_error("complex() second argument must be a number, not 'str'");
  PyComplex ci;
  if (!to_complex(i, &ci))
    raise_type_error("complex() second argument must be a number, not '" + type_name(i) + "'");
  // as CPython: only a complex part adds (complex(-1, -0.0) keeps the -0.0 imaginary part)
  double re = is_complex(i) ? cr.re - ci.im : cr.re;
  double im = is_complex(r) ? cr.im + ci.re : ci.re;
  return make_complex(re, im);
}

}  // namespace

PyComplex c_prod(PyComplex a, PyComplex b) {
  return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

PyComplex c_quot(PyComplex a, PyComplex b) {
  PyComplex r;
  const double abs_breal = b.re < 0 ? -b.re : b.re;
  const double abs_bimag = b.im < 0 ? -b.im : b.im;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) raise(ErrorType::ZeroDivisionError, "complex division by zero");
    const double ratio = b.im / b.re;
    const double denom = b.re + b.im * ratio;
    r.re = (a.re + a.im * ratio) / denom;
    r.im = (a.im - a.re * ratio) / denom;
  } else if (abs_bimag >= abs_breal) {
    const double ratio = b.re / b.im;
    const double denom = b.re * ratio + b.im;
    r.re = (a.re * ratio + a.im) / denom;
    r.im = (a.im * ratio - a.re) / denom;
  } else {
    r.re = r.im = NAN;  // a NaN in b
  }
  return r;
}

PyComplex c_pow(PyComplex a, PyComplex b) {
  bool edom = false;
  PyComplex p;
  if (b.im == 0. && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    const long n = static_cast<long>(b.re);
    if (n > 0) {
      p = c_powu(a, n);
    } else {
      PyComplex d = c_powu(a, -n);
      if (d.re == 0.0 && d.im == 0.0) edom = true;
      else p = c_quot(PyComplex{1.0, 0.0}, d);
    }
  } else {
    p = c_pow_general(a, b, &edom);
  }
  if (edom) raise(ErrorType::ZeroDivisionError, "0.0 to a negative or complex power");
  if ((std::isinf(p.re) || std::isinf(p.im)) && std::isfinite(a.re) && std::isfinite(a.im) &&
      std::isfinite(b.re) && std::isfinite(b.im))
    raise(ErrorType::OverflowError, "complex exponentiation");
  return p;
}

std::string complex_repr(double re, double im) {
  if (re == 0.0 && !std::signbit(re)) return component(im, false) + "j";
  return "(" + component(re, false) + component(im, true) + "j)";
}

bool to_complex(const ObjPtr& o, PyComplex* out) {
  if (is_complex(o)) { *out = cval(o); return true; }
  if (o->type() == float_type) { *out = {float_value(o), 0.0}; return true; }
  if (o->type()->is_subtype_of(int_type)) { *out = {to_double(o), 0.0}; return true; }
  if (ObjPtr m = getattr_or_null(o, "__complex__")) {
    ObjPtr c = call(m, {});
    if (!is_complex(c))
      raise_type_error("__complex__ returned non-complex (type " + type_name(c) + ")");
    *out = cval(c);
    return true;
  }
  if (is_number(o)) { *out = {to_double(o), 0.0}; return true; }
  return false;
}

void init_complex_type() {
  if (complex_type) return;
  complex_type = new_type("complex", "builtins");
  TypeObject* t = complex_type;
  fill_binops(t, std::make_integer_sequence<int, kNumBinOps>());
  t->compare[static_cast<int>(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) {
    return complex_eq(true, a, b);
  };
  t->compare[static_cast<int>(CmpOp::Ne)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) {
    return complex_eq(false, a, b);
  };
  t->construct = complex_construct;
  t->repr = [](Interpreter&, const ObjPtr& self) {
    PyComplex c = cval(self);
    return make_str(complex_repr(c.re, c.im));
  };
  t->hash = [](Interpreter&, const ObjPtr& self) -> int64_t {
    PyComplex c = cval(self);
    const uint64_t hr = static_cast<uint64_t>(hash_double(c.re, self.get()));
    const uint64_t hi = static_cast<uint64_t>(hash_double(c.im, self.get()));
    int64_t h = static_cast<int64_t>(hr + 1000003ULL * hi);
    return h == -1 ? -2 : h;
  };
  t->truth = [](Interpreter&, const ObjPtr& self) {
    PyComplex c = cval(self);
    return c.re != 0.0 || c.im != 0.0;
  };
  t->neg = [](Interpreter&, const ObjPtr& self) {
    PyComplex c = cval(self);
    return make_complex(-c.re, -c.im);
  };
  t->pos = [](Interpreter&, const ObjPtr& self) {
    PyComplex c = cval(self);
    return make_complex(c.re, c.im);
  };
  t->abs = [](Interpreter&, const ObjPtr& self) {
    PyComplex c = cval(self);
    const double r = std::hypot(c.re, c.im);
    if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im))
      raise(ErrorType::OverflowError, "absolute value too large");
    return make_float(r);
  };
  add_getset(t, "real", [](Interpreter&, const ObjPtr& self) { return make_float(cval(self).re); });
  add_getset(t, "imag", [](Interpreter&, const ObjPtr& self) { return make_float(cval(self).im); });
  add_method(t, "conjugate", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("conjugate", args, 0, 0);
    PyComplex c = cval(self);
    return make_complex(c.re, -c.im);
  });
  add_method(t, "__complex__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    PyComplex c = cval(self);
    return make_complex(c.re, c.im);
  });
  add_method(t, "__format__", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("__format__", args, 1, 1);
    if (!is_str(args[0])) raise_type_error("__format__() argument must be str, not " + type_name(args[0]));
    PyComplex c = cval(self);
    if (str_value(args[0]).empty()) return make_str(complex_repr(c.re, c.im));
    return make_str(format_complex(c.re, c.im, str_value(args[0])));
  });
}

}  // namespace sl
