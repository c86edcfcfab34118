// ufunc_loops_complex.cpp — the complex64/complex128 loops, with NumPy's formulas
// (numpy/_core/src/umath/loops.c.src and funcs.inc.src): componentwise add/subtract,
// (ar*br - ai*bi, ar*bi + ai*br) products, Smith's division with a reciprocal scale,
// lexicographic comparisons (NaN-aware as NumPy's CLT/CGE macros), maximum/minimum
// propagating NaN, abs = hypot (a float output), integer powers by repeated squaring, and
// the elementary functions through the C99 formulas (csqrt, cexp, clog as glibc computes
// them on the common paths). The add reduction uses NumPy's complex pairwise summation.
#include <cmath>

#include "core/ufunc_loops.hpp"

namespace sl {
namespace {

template <class F>
struct Cx {
  F re, im;
};

template <class F>
inline Cx<F> ldc(const char* p) {
  Cx<F> c;
  std::memcpy(&c.re, p, sizeof(F));
  std::memcpy(&c.im, p + sizeof(F), sizeof(F));
  return c;
}
template <class F>
inline void stc(char* p, Cx<F> c) {
  std::memcpy(p, &c.re, sizeof(F));
  std::memcpy(p + sizeof(F), &c.im, sizeof(F));
}

template <class F>
inline Cx<F> cmul(Cx<F> a, Cx<F> b) {
  return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// NumPy's complex divide loop
template <class F>
inline Cx<F> cdiv(Cx<F> a, Cx<F> b) {
  const F br_abs = std::fabs(b.re), bi_abs = std::fabs(b.im);
  if (br_abs >= bi_abs) {
    if (br_abs == 0 && bi_abs == 0) return {a.re / br_abs, a.im / br_abs};
    const F rat = b.im / b.re;
    const F scl = F(1.0) / (b.re + b.im * rat);
    return {(a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl};
  }
  const F rat = b.re / b.im;
  const F scl = F(1.0) / (b.im + b.re * rat);
  return {(a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl};
}

template <class F>
inline bool clt(Cx<F> x, Cx<F> y) {
  return (x.re < y.re && !std::isnan(x.im) && !std::isnan(y.im)) || (x.re == y.re && x.im < y.im);
}
template <class F>
inline bool cle(Cx<F> x, Cx<F> y) {
  return (x.re < y.re && !std::isnan(x.im) && !std::isnan(y.im)) || (x.re == y.re && x.im <= y.im);
}
template <class F>
inline bool cgt(Cx<F> x, Cx<F> y) {
  return (x.re > y.re && !std::isnan(x.im) && !std::isnan(y.im)) || (x.re == y.re && x.im > y.im);
}
template <class F>
inline bool cge(Cx<F> x, Cx<F> y) {
  return (x.re > y.re && !std::isnan(x.im) && !std::isnan(y.im)) || (x.re == y.re && x.im >= y.im);
}
template <class F>
inline bool cnan(Cx<F> x) {
  return std::isnan(x.re) || std::isnan(x.im);
}

// glibc's csqrt on finite inputs (no rescaling of extreme magnitudes)
template <class F>
Cx<F> csqrt_(Cx<F> x) {
  if (std::isinf(x.im)) return {F(INFINITY), x.im};
  if (std::isnan(x.re) || std::isnan(x.im)) {
    if (std::isinf(x.re)) return x.re < 0 ? Cx<F>{std::fabs(x.im - x.im), std::copysign(F(INFINITY), x.im)} : Cx<F>{x.re, std::copysign(x.im - x.im, x.im)};
    return {F(NAN), F(NAN)};
  }
  if (std::isinf(x.re)) {
    if (x.re < 0) return {F(0), std::copysign(F(INFINITY), x.im)};
    return {x.re, std::copysign(F(0), x.im)};
  }
  if (x.im == 0) {
    if (x.re < 0) return {F(0), std::copysign(std::sqrt(-x.re), x.im)};
    return {std::fabs(std::sqrt(x.re)), std::copysign(F(0), x.im)};
  }
  if (x.re == 0) {
    const F r = std::fabs(x.im) >= F(2) * std::numeric_limits<F>::min()
                    ? std::sqrt(F(0.5) * std::fabs(x.im))
                    : F(0.5) * std::sqrt(F(2) * std::fabs(x.im));
    return {r, std::copysign(r, x.im)};
  }
  const F d = std::hypot(x.re, x.im);
  F r, s;
  if (x.re > 0) {
    r = std::sqrt(F(0.5) * (d + x.re));
    s = F(0.5) * (x.im / r);
  } else {
    s = std::sqrt(F(0.5) * (d - x.re));
    r = std::fabs(F(0.5) * (x.im / s));
  }
  return {r, std::copysign(s, x.im)};
}

template <class F>
Cx<F> cexp_(Cx<F> x) {
  if (std::isfinite(x.re) && std::isfinite(x.im)) {
    const F e = std::exp(x.re);
    if (x.im == 0) return {e, x.im * e};
    return {e * std::cos(x.im), e * std::sin(x.im)};
  }
  // glibc's cexp (NumPy calls it): the zero takes the sign of the infinite or NaN imaginary part
  if (std::isinf(x.re) && x.re < 0 && !std::isfinite(x.im)) return {F(0), std::copysign(F(0), x.im)};
  if (std::isinf(x.re) && x.re > 0 && !std::isfinite(x.im)) return {x.re, F(NAN)};
  if (x.im == 0) return {std::exp(x.re), x.im};
  const F e = std::exp(x.re);
  return {e * std::cos(x.im), e * std::sin(x.im)};
}

template <class F>
Cx<F> clog_(Cx<F> x) {
  const F ax = std::fabs(x.re), ay = std::fabs(x.im);
  const F im = std::atan2(x.im, x.re);
  if (std::isinf(ax) || std::isinf(ay)) return {F(INFINITY), im};
  if (std::isnan(ax) || std::isnan(ay)) return {F(NAN), F(NAN)};
  if (ax == 0 && ay == 0) return {-F(1) / ax, im};
  const F big = std::max(ax, ay), small = std::min(ax, ay);
  F re;
  if (big == 1) {
    re = std::log1p(small * small) / 2;
  } else if (big > 1 && big < 2 && small < 1) {
    F d2m1 = (big - 1) * (big + 1);
    if (small >= std::numeric_limits<F>::epsilon()) d2m1 += small * small;
    re = std::log1p(d2m1) / 2;
  } else {
    re = std::log(std::hypot(ax, ay));
  }
  return {re, im};
}

template <class F>
Cx<F> cpow_(Cx<F> a, Cx<F> b) {
  if (b.re == 0 && b.im == 0) return {F(1), F(0)};
  if (a.re == 0 && a.im == 0) {
    if (b.re > 0 && b.im == 0) return {F(0), F(0)};
    return {F(NAN), F(NAN)};
  }
  // small integral real exponents: repeated multiplication (NumPy's cpow). The range test
  // comes first: converting NaN or a huge value to int64 is UB (fuzz_array_ops).
  if (b.im == 0 && b.re > -100 && b.re < 100) {
    const int64_t n = static_cast<int64_t>(b.re);
    if (static_cast<F>(n) == b.re) {
      if (n == 1) return a;
      if (n == 2) return cmul(a, a);
      if (n == 3) return cmul(a, cmul(a, a));
      if (n > -100 && n < 100) {
        int64_t m = n < 0 ? -n : n, mask = 1;
        Cx<F> aa{F(1), F(0)}, p = a;
        for (;;) {
          if (m & mask) aa = cmul(aa, p);
          mask <<= 1;
          if (m < mask || mask <= 0) break;
          p = cmul(p, p);
        }
        if (b.re < 0) aa = cdiv(Cx<F>{F(1), F(0)}, aa);
        return aa;
      }
    }
  }
  // cpow: exp(b * log(a))
  return cexp_(cmul(b, clog_(a)));
}

template <class F>
Cx<F> csin_(Cx<F> x) { return {std::sin(x.re) * std::cosh(x.im), std::cos(x.re) * std::sinh(x.im)}; }
template <class F>
Cx<F> ccos_(Cx<F> x) { return {std::cos(x.re) * std::cosh(x.im), -std::sin(x.re) * std::sinh(x.im)}; }
template <class F>
Cx<F> csinh_(Cx<F> x) { return {std::sinh(x.re) * std::cos(x.im), std::cosh(x.re) * std::sin(x.im)}; }
template <class F>
Cx<F> ccosh_(Cx<F> x) { return {std::cosh(x.re) * std::cos(x.im), std::sinh(x.re) * std::sin(x.im)}; }
template <class F>
Cx<F> ctanh_(Cx<F> x) {
  // glibc's formula: (sinh 2x, sin 2y) / (cosh 2x + cos 2y), via sinh/cosh of x
  if (std::fabs(x.re) > F(20)) return {std::copysign(F(1), x.re), std::copysign(F(0), std::sin(x.im) * std::cos(x.im))};
  const F s = std::sinh(x.re), c = std::cosh(x.re);
  const F sy = std::sin(x.im), cy = std::cos(x.im);
  const F den = s * s + cy * cy;
  return {s * c / den, sy * cy / den};
}
template <class F>
Cx<F> ctan_(Cx<F> x) {
  Cx<F> t = ctanh_(Cx<F>{-x.im, x.re});  // tan z = -i tanh(iz)
  return {t.im, -t.re};
}
// inverse functions through logarithms (C99 Annex G identities)
template <class F>
Cx<F> casinh_(Cx<F> x) {  // log(z + sqrt(z*z + 1))
  Cx<F> z2 = cmul(x, x);
  Cx<F> s = csqrt_(Cx<F>{z2.re + 1, z2.im});
  return clog_(Cx<F>{x.re + s.re, x.im + s.im});
}
template <class F>
Cx<F> casin_(Cx<F> x) {  // -i asinh(iz)
  // on the real segment [-1, 1] C99's casin is (asin x, +-0 with y's sign) exactly
  if (x.im == 0 && std::fabs(x.re) <= 1) return {std::asin(x.re), x.im};
  Cx<F> r = casinh_(Cx<F>{-x.im, x.re});
  return {r.im, -r.re};
}
template <class F>
Cx<F> cacos_(Cx<F> x) {  // pi/2 - asin z
  // on the real segment [-1, 1] C99's cacos is (acos x, -0 for +0): conj(cacos z) = cacos conj z
  if (x.im == 0 && std::fabs(x.re) <= 1) return {std::acos(x.re), -x.im};
  Cx<F> a = casin_(x);
  return {F(M_PI_2) - a.re, -a.im};
}
template <class F>
Cx<F> catanh_(Cx<F> x) {  // (log(1+z) - log(1-z)) / 2
  Cx<F> a = clog_(Cx<F>{1 + x.re, x.im}), b = clog_(Cx<F>{1 - x.re, -x.im});
  return {(a.re - b.re) / 2, (a.im - b.im) / 2};
}
template <class F>
Cx<F> catan_(Cx<F> x) {  // -i atanh(iz)
  Cx<F> r = catanh_(Cx<F>{-x.im, x.re});
  return {r.im, -r.re};
}
template <class F>
Cx<F> cacosh_(Cx<F> x) {  // log(z + sqrt(z+1) sqrt(z-1))
  Cx<F> p = csqrt_(Cx<F>{x.re + 1, x.im}), m = csqrt_(Cx<F>{x.re - 1, x.im});
  Cx<F> pm = cmul(p, m);
  return clog_(Cx<F>{x.re + pm.re, x.im + pm.im});
}

// ---- loop skeletons -------------------------------------------------------------------
template <class F, class Op>
void cbinary(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *b = args[1], *o = args[2];
  for (int64_t i = 0; i < n; ++i, a += s[0], b += s[1], o += s[2]) stc<F>(o, Op::template call<F>(ldc<F>(a), ldc<F>(b)));
}
template <class F, class Op>
void ccompare(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *b = args[1], *o = args[2];
  for (int64_t i = 0; i < n; ++i, a += s[0], b += s[1], o += s[2]) {
    const bool r = Op::template call<F>(ldc<F>(a), ldc<F>(b));
    std::memcpy(o, &r, 1);
  }
}
template <class F, class Op>
void cunary(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *o = args[1];
  for (int64_t i = 0; i < n; ++i, a += s[0], o += s[1]) stc<F>(o, Op::template call<F>(ldc<F>(a)));
}
template <class F, class Op>
void cunary_bool(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *o = args[1];
  for (int64_t i = 0; i < n; ++i, a += s[0], o += s[1]) {
    const bool r = Op::template call<F>(ldc<F>(a));
    std::memcpy(o, &r, 1);
  }
}

// NumPy's complex pairwise summation over interleaved (re, im) floats
template <class F>
void cpairwise(F* rr, F* ri, const char* a, int64_t m, int64_t stride) {
  auto re = [&](int64_t k) { F v; std::memcpy(&v, a + k * stride, sizeof(F)); return v; };
  auto im = [&](int64_t k) { F v; std::memcpy(&v, a + k * stride + sizeof(F), sizeof(F)); return v; };
  const int64_t n = 2 * m;  // NumPy counts floats
  if (n < 8) {
    *rr = 0;
    *ri = 0;
    for (int64_t k = 0; k < m; ++k) {
      *rr += re(k);
      *ri += im(k);
    }
    return;
  }
  if (n <= 128) {
    F r[8];
    for (int j = 0; j < 4; ++j) {
      r[2 * j] = re(j);
      r[2 * j + 1] = im(j);
    }
    int64_t i = 8;
    for (; i < n - (n % 8); i += 8)
      for (int j = 0; j < 4; ++j) {
        r[2 * j] += re(i / 2 + j);
        r[2 * j + 1] += im(i / 2 + j);
      }
    *rr = ((r[0] + r[2]) + (r[4] + r[6]));
    *ri = ((r[1] + r[3]) + (r[5] + r[7]));
    for (; i < n; i += 2) {
      *rr += re(i / 2);
      *ri += im(i / 2);
    }
    return;
  }
  int64_t n2 = n / 2;
  n2 -= n2 % 8;
  F rr1, ri1, rr2, ri2;
  cpairwise<F>(&rr1, &ri1, a, n2 / 2, stride);
  cpairwise<F>(&rr2, &ri2, a + (n2 / 2) * stride, m - n2 / 2, stride);
  *rr = rr1 + rr2;
  *ri = ri1 + ri2;
}

template <class F>
void cadd(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *b = args[1], *o = args[2];
  if (s[0] == 0 && s[2] == 0 && a == o) {  // reduce
    F rr, ri;
    cpairwise<F>(&rr, &ri, b, n, s[1]);
    Cx<F> acc = ldc<F>(o);
    stc<F>(o, Cx<F>{acc.re + rr, acc.im + ri});
    return;
  }
  for (int64_t i = 0; i < n; ++i, a += s[0], b += s[1], o += s[2]) {
    Cx<F> x = ldc<F>(a), y = ldc<F>(b);
    stc<F>(o, Cx<F>{x.re + y.re, x.im + y.im});
  }
}

#define SL_CBIN(Name, expr)                                       \
  struct Name {                                                   \
    template <class F>                                            \
    static Cx<F> call(Cx<F> a, Cx<F> b) { return expr; }          \
  };
SL_CBIN(CSub, (Cx<F>{a.re - b.re, a.im - b.im}))
SL_CBIN(CMul, cmul(a, b))
SL_CBIN(CDiv, cdiv(a, b))
SL_CBIN(CPow, cpow_(a, b))
SL_CBIN(CMax, (cnan(a) || cge(a, b)) ? a : b)
SL_CBIN(CMin, (cnan(a) || cle(a, b)) ? a : b)
SL_CBIN(CFmax, (cnan(b) || cge(a, b)) ? a : b)
SL_CBIN(CFmin, (cnan(b) || cle(a, b)) ? a : b)
#undef SL_CBIN

#define SL_CCMP(Name, expr)                                       \
  struct Name {                                                   \
    template <class F>                                            \
    static bool call(Cx<F> a, Cx<F> b) { return expr; }           \
  };
SL_CCMP(CEq, a.re == b.re && a.im == b.im)
SL_CCMP(CNe, a.re != b.re || a.im != b.im)
SL_CCMP(CLt, clt(a, b))
SL_CCMP(CLe, cle(a, b))
SL_CCMP(CGt, cgt(a, b))
SL_CCMP(CGe, cge(a, b))
SL_CCMP(CAnd, (a.re || a.im) && (b.re || b.im))
SL_CCMP(COr, (a.re || a.im) || (b.re || b.im))
SL_CCMP(CXor, (a.re || a.im) != (b.re || b.im))
#undef SL_CCMP

#define SL_CUN(Name, expr)                                        \
  struct Name {                                                   \
    template <class F>                                            \
    static Cx<F> call(Cx<F> x) { return expr; }                   \
  };
SL_CUN(CNeg, (Cx<F>{-x.re, -x.im}))
SL_CUN(CPos, x)
SL_CUN(CConj, (Cx<F>{x.re, -x.im}))
SL_CUN(CSquare, cmul(x, x))
SL_CUN(CSqrt, csqrt_(x))
SL_CUN(CExp, cexp_(x))
SL_CUN(CLog, clog_(x))
SL_CUN(CLog10, (Cx<F>{clog_(x).re * F(M_LOG10E), clog_(x).im * F(M_LOG10E)}))
SL_CUN(CLog2, (Cx<F>{clog_(x).re * F(M_LOG2E), clog_(x).im * F(M_LOG2E)}))
SL_CUN(CSin, csin_(x))
SL_CUN(CCos, ccos_(x))
SL_CUN(CTan, ctan_(x))
SL_CUN(CSinh, csinh_(x))
SL_CUN(CCosh, ccosh_(x))
SL_CUN(CTanh, ctanh_(x))
SL_CUN(CArcsin, casin_(x))
SL_CUN(CArccos, cacos_(x))
SL_CUN(CArctan, catan_(x))
SL_CUN(CArcsinh, casinh_(x))
SL_CUN(CArccosh, cacosh_(x))
SL_CUN(CArctanh, catanh_(x))
SL_CUN(CRint, (Cx<F>{std::nearbyint(x.re), std::nearbyint(x.im)}))
#undef SL_CUN

struct CExpm1 {
  template <class F>
  static Cx<F> call(Cx<F> x) {
    const F a = std::sin(x.im / 2);
    return {std::expm1(x.re) * std::cos(x.im) - 2 * a * a, std::exp(x.re) * std::sin(x.im)};
  }
};
struct CLog1p {
  template <class F>
  static Cx<F> call(Cx<F> x) {
    const F l = std::hypot(x.re + 1, x.im);
    return {std::log(l), std::atan2(x.im, x.re + 1)};
  }
};
struct CReciprocal {
  template <class F>
  static Cx<F> call(Cx<F> x) {
    if (std::fabs(x.im) <= std::fabs(x.re)) {
      const F r = x.im / x.re, d = x.re + x.im * r;
      return {1 / d, -r / d};
    }
    const F r = x.re / x.im, d = x.re * r + x.im;
    return {r / d, -1 / d};
  }
};
// NumPy 2: sign(z) = z / |z| (0 for 0)
struct CSign {
  template <class F>
  static Cx<F> call(Cx<F> x) {
    const F a = std::hypot(x.re, x.im);
    if (a == 0) return {F(0), F(0)};
    if (std::isnan(a)) return {F(NAN), F(NAN)};
    if (std::isinf(a)) {
      if (std::isinf(x.re) && std::isinf(x.im)) return {F(NAN), F(NAN)};
      return {std::isinf(x.re) ? std::copysign(F(1), x.re) : F(0), std::isinf(x.im) ? std::copysign(F(1), x.im) : F(0)};
    }
    return {x.re / a, x.im / a};
  }
};

#define SL_CBOOL(Name, expr)                                      \
  struct Name {                                                   \
    template <class F>                                            \
    static bool call(Cx<F> x) { return expr; }                    \
  };
SL_CBOOL(CIsNan, std::isnan(x.re) || std::isnan(x.im))
SL_CBOOL(CIsInf, std::isinf(x.re) || std::isinf(x.im))
SL_CBOOL(CIsFinite, std::isfinite(x.re) && std::isfinite(x.im))
SL_CBOOL(CNot, !(x.re || x.im))
#undef SL_CBOOL

template <class F>
void cabs_loop(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *o = args[1];
  for (int64_t i = 0; i < n; ++i, a += s[0], o += s[1]) {
    Cx<F> x = ldc<F>(a);
    const F r = std::hypot(x.re, x.im);
    std::memcpy(o, &r, sizeof(F));
  }
}

template <class F>
LoopFn loop_for(UFuncId id) {
  switch (id) {
    case UFuncId::Add: return &cadd<F>;
    case UFuncId::Subtract: return &cbinary<F, CSub>;
    case UFuncId::Multiply: return &cbinary<F, CMul>;
    case UFuncId::TrueDivide: return &cbinary<F, CDiv>;
    case UFuncId::Power: return &cbinary<F, CPow>;
    case UFuncId::Maximum: return &cbinary<F, CMax>;
    case UFuncId::Minimum: return &cbinary<F, CMin>;
    case UFuncId::Fmax: return &cbinary<F, CFmax>;
    case UFuncId::Fmin: return &cbinary<F, CFmin>;
    case UFuncId::Equal: return &ccompare<F, CEq>;
    case UFuncId::NotEqual: return &ccompare<F, CNe>;
    case UFuncId::Less: return &ccompare<F, CLt>;
    case UFuncId::LessEqual: return &ccompare<F, CLe>;
    case UFuncId::Greater: return &ccompare<F, CGt>;
    case UFuncId::GreaterEqual: return &ccompare<F, CGe>;
    case UFuncId::LogicalAnd: return &ccompare<F, CAnd>;
    case UFuncId::LogicalOr: return &ccompare<F, COr>;
    case UFuncId::LogicalXor: return &ccompare<F, CXor>;
    case UFuncId::LogicalNot: return &cunary_bool<F, CNot>;
    case UFuncId::IsNan: return &cunary_bool<F, CIsNan>;
    case UFuncId::IsInf: return &cunary_bool<F, CIsInf>;
    case UFuncId::IsFinite: return &cunary_bool<F, CIsFinite>;
    case UFuncId::Negative: return &cunary<F, CNeg>;
    case UFuncId::Conjugate: return &cunary<F, CConj>;
    case UFuncId::Positive: return &cunary<F, CPos>;
    case UFuncId::Absolute: return &cabs_loop<F>;
    case UFuncId::Square: return &cunary<F, CSquare>;
    case UFuncId::Reciprocal: return &cunary<F, CReciprocal>;
    case UFuncId::Sign: return &cunary<F, CSign>;
    case UFuncId::Sqrt: return &cunary<F, CSqrt>;
    case UFuncId::Exp: return &cunary<F, CExp>;
    case UFuncId::Expm1: return &cunary<F, CExpm1>;
    case UFuncId::Log: return &cunary<F, CLog>;
    case UFuncId::Log1p: return &cunary<F, CLog1p>;
    case UFuncId::Log2: return &cunary<F, CLog2>;
    case UFuncId::Log10: return &cunary<F, CLog10>;
    case UFuncId::Sin: return &cunary<F, CSin>;
    case UFuncId::Cos: return &cunary<F, CCos>;
    case UFuncId::Tan: return &cunary<F, CTan>;
    case UFuncId::Arcsin: return &cunary<F, CArcsin>;
    case UFuncId::Arccos: return &cunary<F, CArccos>;
    case UFuncId::Arctan: return &cunary<F, CArctan>;
    case UFuncId::Arcsinh: return &cunary<F, CArcsinh>;
    case UFuncId::Arccosh: return &cunary<F, CArccosh>;
    case UFuncId::Arctanh: return &cunary<F, CArctanh>;
    case UFuncId::Sinh: return &cunary<F, CSinh>;
    case UFuncId::Cosh: return &cunary<F, CCosh>;
    case UFuncId::Tanh: return &cunary<F, CTanh>;
    case UFuncId::Rint: return &cunary<F, CRint>;
    default: return nullptr;
  }
}

}  // namespace

bool ufunc_has_complex_loops(UFuncId id) {
  switch (id) {
    case UFuncId::FloorDivide: case UFuncId::Remainder: case UFuncId::Invert:
    case UFuncId::BitwiseAnd: case UFuncId::BitwiseOr: case UFuncId::BitwiseXor:
    case UFuncId::LeftShift: case UFuncId::RightShift: case UFuncId::Arctan2:
    case UFuncId::Hypot: case UFuncId::Floor: case UFuncId::Ceil: case UFuncId::Trunc:
      return false;
    default:
      return loop_for<double>(id) != nullptr;
  }
}

LoopFn find_loop_complex(UFuncId id, DType t) {
  if (t == DType::Complex64) return loop_for<float>(id);
  if (t == DType::Complex128) return loop_for<double>(id);
  return nullptr;
}

}  // namespace sl
