// fft_rfftp.cpp — real FFT passes (FFTPACK's radf*/radb*: radix 2, 3, 4, 5 and generic)
// and the RfftpPlan chaining them (see fft_internal.hpp). Data is in halfcomplex order
// (r0, r1, i1, r2, i2, ...). Arithmetic is pocketfft's, operation for operation.
#include <cmath>
#include <cstring>
#include <utility>

#include "core/fft_internal.hpp"

namespace sl {
namespace fft {
namespace {

inline void pm(double& a, double& b, double c, double d) {
  a = c + d;
  b = c - d;
}
// (a+ib) = conj(c+id) * (e+if)
inline void mulpm(double& a, double& b, double c, double d, double e, double f) {
  a = c * e + d * f;
  b = c * f - d * e;
}

// Forward passes: CC(a,b,c) = cc[a + ido*(b + l1*c)], CH(a,b,c) = ch[a + ido*(b + cdim*c)]
struct FGeo {
  size_t ido, l1, cdim;
  size_t cc(size_t a, size_t b, size_t c) const { return a + ido * (b + l1 * c); }
  size_t ch(size_t a, size_t b, size_t c) const { return a + ido * (b + cdim * c); }
  size_t wa(size_t x, size_t i) const { return i + x * (ido - 1); }
};
// Backward passes: CC(a,b,c) = cc[a + ido*(b + cdim*c)], CH(a,b,c) = ch[a + ido*(b + l1*c)]
struct BGeo {
  size_t ido, l1, cdim;
  size_t cc(size_t a, size_t b, size_t c) const { return a + ido * (b + cdim * c); }
  size_t ch(size_t a, size_t b, size_t c) const { return a + ido * (b + l1 * c); }
  size_t wa(size_t x, size_t i) const { return i + x * (ido - 1); }
};

void radf2(size_t ido, size_t l1, const double* cc, double* ch, const double* wa) {
  const FGeo g{ido, l1, 2};
  for (size_t k = 0; k < l1; k++) pm(ch[g.ch(0, 0, k)], ch[g.ch(ido - 1, 1, k)], cc[g.cc(0, k, 0)], cc[g.cc(0, k, 1)]);
  if ((ido & 1) == 0)
    for (size_t k = 0; k < l1; k++) {
      ch[g.ch(0, 1, k)] = -cc[g.cc(ido - 1, k, 1)];
      ch[g.ch(ido - 1, 0, k)] = cc[g.cc(ido - 1, k, 0)];
    }
  if (ido <= 2) return;
  for (size_t k = 0; k < l1; k++)
    for (size_t i = 2; i < ido; i += 2) {
      const size_t ic = ido - i;
      double tr2, ti2;
      mulpm(tr2, ti2, wa[g.wa(0, i - 2)], wa[g.wa(0, i - 1)], cc[g.cc(i - 1, k, 1)], cc[g.cc(i, k, 1)]);
      pm(ch[g.ch(i - 1, 0, k)], ch[g.ch(ic - 1, 1, k)], cc[g.cc(i - 1, k, 0)], tr2);
      pm(ch[g.ch(i, 0, k)], ch[g.ch(ic, 1, k)], ti2, cc[g.cc(i, k, 0)]);
    }
}

void radf3(size_t ido, size_t l1, const double* cc, double* ch, const double* wa) {
  const FGeo g{ido, l1, 3};
  const double taur = -0.5, taui = 0.86602540378443864676;
  for (size_t k = 0; k < l1; k++) {
    const double cr2 = cc[g.cc(0, k, 1)] + cc[g.cc(0, k, 2)];
    ch[g.ch(0, 0, k)] = cc[g.cc(0, k, 0)] + cr2;
    ch[g.ch(0, 2, k)] = taui * (cc[g.cc(0, k, 2)] - cc[g.cc(0, k, 1)]);
    ch[g.ch(ido - 1, 1, k)] = cc[g.cc(0, k, 0)] + taur * cr2;
  }
  if (ido == 1) return;
  for (size_t k = 0; k < l1; k++)
    for (size_t i = 2; i < ido; i += 2) {
      const size_t ic = ido - i;
      double di2, di3, dr2, dr3;
      mulpm(dr2, di2, wa[g.wa(0, i - 2)], wa[g.wa(0, i - 1)], cc[g.cc(i - 1, k, 1)], cc[g.cc(i, k, 1)]);
      mulpm(dr3, di3, wa[g.wa(1, i - 2)], wa[g.wa(1, i - 1)], cc[g.cc(i - 1, k, 2)], cc[g.cc(i, k, 2)]);
      const double cr2 = dr2 + dr3, ci2 = di2 + di3;
      ch[g.ch(i - 1, 0, k)] = cc[g.cc(i - 1, k, 0)] + cr2;
      ch[g.ch(i, 0, k)] = cc[g.cc(i, k, 0)] + ci2;
      const double tr2 = cc[g.cc(i - 1, k, 0)] + taur * cr2;
      const double ti2 = cc[g.cc(i, k, 0)] + taur * ci2;
      const double tr3 = taui * (di2 - di3);
      const double ti3 = taui * (dr3 - dr2);
      pm(ch[g.ch(i - 1, 2, k)], ch[g.ch(ic - 1, 1, k)], tr2, tr3);
      pm(ch[g.ch(i, 2, k)], ch[g.ch(ic, 1, k)], ti3, ti2);
    }
}

void radf4(size_t ido, size_t l1, const double* cc, double* ch, const double* wa) {
  const FGeo g{ido, l1, 4};
  const double hsqt2 = 0.70710678118654752440;
  for (size_t k = 0; k < l1; k++) {
    double tr1, tr2;
    pm(tr1, ch[g.ch(0, 2, k)], cc[g.cc(0, k, 3)], cc[g.cc(0, k, 1)]);
    pm(tr2, ch[g.ch(ido - 1, 1, k)], cc[g.cc(0, k, 0)], cc[g.cc(0, k, 2)]);
    pm(ch[g.ch(0, 0, k)], ch[g.ch(ido - 1, 3, k)], tr2, tr1);
  }
  if ((ido & 1) == 0)
    for (size_t k = 0; k < l1; k++) {
      const double ti1 = -hsqt2 * (cc[g.cc(ido - 1, k, 1)] + cc[g.cc(ido - 1, k, 3)]);
      const double tr1 = hsqt2 * (cc[g.cc(ido - 1, k, 1)] - cc[g.cc(ido - 1, k, 3)]);
      pm(ch[g.ch(ido - 1, 0, k)], ch[g.ch(ido - 1, 2, k)], cc[g.cc(ido - 1, k, 0)], tr1);
      pm(ch[g.ch(0, 3, k)], ch[g.ch(0, 1, k)], ti1, cc[g.cc(ido - 1, k, 2)]);
    }
  if (ido <= 2) return;
  for (size_t k = 0; k < l1; k++)
    for (size_t i = 2; i < ido; i += 2) {
      const size_t ic = ido - i;
      double ci2, ci3, ci4, cr2, cr3, cr4, ti1, ti2, ti3, ti4, tr1, tr2, tr3, tr4;
      mulpm(cr2, ci2, wa[g.wa(0, i - 2)], wa[g.wa(0, i - 1)], cc[g.cc(i - 1, k, 1)], cc[g.cc(i, k, 1)]);
      mulpm(cr3, ci3, wa[g.wa(1, i - 2)], wa[g.wa(1, i - 1)], cc[g.cc(i - 1, k, 2)], cc[g.cc(i, k, 2)]);
      mulpm(cr4, ci4, wa[g.wa(2, i - 2)], wa[g.wa(2, i - 1)], cc[g.cc(i - 1, k, 3)], cc[g.cc(i, k, 3)]);
      pm(tr1, tr4, cr4, cr2);
      pm(ti1, ti4, ci2, ci4);
      pm(tr2, tr3, cc[g.cc(i - 1, k, 0)], cr3);
      pm(ti2, ti3, cc[g.cc(i, k, 0)], ci3);
      pm(ch[g.ch(i - 1, 0, k)], ch[g.ch(ic - 1, 3, k)], tr2, tr1);
      pm(ch[g.ch(i, 0, k)], ch[g.ch(ic, 3, k)], ti1, ti2);
      pm(ch[g.ch(i - 1, 2, k)], ch[g.ch(ic - 1, 1, k)], tr3, ti4);
      pm(ch[g.ch(i, 2, k)], ch[g.ch(ic, 1, k)], tr4, ti3);
    }
}

void radf5(size_t ido, size_t l1, const double* cc, double* ch, const double* wa) {
  const FGeo g{ido, l1, 5};
  const double tr11 = 0.3090169943749474241, ti11 = 0.95105651629515357212, tr12 = -0.8090169943749474241,
               ti12 = 0.58778525229247312917;
  for (size_t k = 0; k < l1; k++) {
    double cr2, cr3, ci4, ci5;
    pm(cr2, ci5, cc[g.cc(0, k, 4)], cc[g.cc(0, k, 1)]);
    pm(cr3, ci4, cc[g.cc(0, k, 3)], cc[g.cc(0, k, 2)]);
    ch[g.ch(0, 0, k)] = cc[g.cc(0, k, 0)] + cr2 + cr3;
    ch[g.ch(ido - 1, 1, k)] = cc[g.cc(0, k, 0)] + tr11 * cr2 + tr12 * cr3;
    ch[g.ch(0, 2, k)] = ti11 * ci5 + ti12 * ci4;
    ch[g.ch(ido - 1, 3, k)] = cc[g.cc(0, k, 0)] + tr12 * cr2 + tr11 * cr3;
    ch[g.ch(0, 4, k)] = ti12 * ci5 - ti11 * ci4;
  }
  if (ido == 1) return;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 2; i < ido; i += 2) {
      double ci2, di2, ci4, ci5, di3, di4, di5, ci3, cr2, cr3, dr2, dr3, dr4, dr5, cr5, cr4, ti2, ti3, ti5, ti4,
          tr2, tr3, tr4, tr5;
      const size_t ic = ido - i;
      mulpm(dr2, di2, wa[g.wa(0, i - 2)], wa[g.wa(0, i - 1)], cc[g.cc(i - 1, k, 1)], cc[g.cc(i, k, 1)]);
      mulpm(dr3, di3, wa[g.wa(1, i - 2)], wa[g.wa(1, i - 1)], cc[g.cc(i - 1, k, 2)], cc[g.cc(i, k, 2)]);
      mulpm(dr4, di4, wa[g.wa(2, i - 2)], wa[g.wa(2, i - 1)], cc[g.cc(i - 1, k, 3)], cc[g.cc(i, k, 3)]);
      mulpm(dr5, di5, wa[g.wa(3, i - 2)], wa[g.wa(3, i - 1)], cc[g.cc(i - 1, k, 4)], cc[g.cc(i, k, 4)]);
      pm(cr2, ci5, dr5, dr2);
      pm(ci2, cr5, di2, di5);
      pm(cr3, ci4, dr4, dr3);
      pm(ci3, cr4, di3, di4);
      ch[g.ch(i - 1, 0, k)] = cc[g.cc(i - 1, k, 0)] + cr2 + cr3;
      ch[g.ch(i, 0, k)] = cc[g.cc(i, k, 0)] + ci2 + ci3;
      tr2 = cc[g.cc(i - 1, k, 0)] + tr11 * cr2 + tr12 * cr3;
      ti2 = cc[g.cc(i, k, 0)] + tr11 * ci2 + tr12 * ci3;
      tr3 = cc[g.cc(i - 1, k, 0)] + tr12 * cr2 + tr11 * cr3;
      ti3 = cc[g.cc(i, k, 0)] + tr12 * ci2 + tr11 * ci3;
      mulpm(tr5, tr4, cr5, cr4, ti11, ti12);
      mulpm(ti5, ti4, ci5, ci4, ti11, ti12);
      pm(ch[g.ch(i - 1, 2, k)], ch[g.ch(ic - 1, 1, k)], tr2, tr5);
      pm(ch[g.ch(i, 2, k)], ch[g.ch(ic, 1, k)], ti5, ti2);
      pm(ch[g.ch(i - 1, 4, k)], ch[g.ch(ic - 1, 3, k)], tr3, tr4);
      pm(ch[g.ch(i, 4, k)], ch[g.ch(ic, 3, k)], ti4, ti3);
    }
}

// Generic odd radix, forward; the result ends in cc.
void radfg(size_t ido, size_t ip, size_t l1, double* cc, double* ch, const double* wa, const double* csarr) {
  const size_t cdim = ip, ipph = (ip + 1) / 2, idl1 = ido * l1;
  auto c1 = [&](size_t a, size_t b, size_t c) -> double& { return cc[a + ido * (b + l1 * c)]; };
  auto c2 = [&](size_t a, size_t b) -> double& { return cc[a + idl1 * b]; };
  auto ch2 = [&](size_t a, size_t b) -> double& { return ch[a + idl1 * b]; };
  auto ccr = [&](size_t a, size_t b, size_t c) -> double& { return cc[a + ido * (b + cdim * c)]; };
  auto chr = [&](size_t a, size_t b, size_t c) -> double& { return ch[a + ido * (b + l1 * c)]; };

  if (ido > 1) {
    for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
      const size_t is = (j - 1) * (ido - 1), is2 = (jc - 1) * (ido - 1);
      for (size_t k = 0; k < l1; ++k) {
        size_t idij = is, idij2 = is2;
        for (size_t i = 1; i <= ido - 2; i += 2) {
          const double t1 = c1(i, k, j), t2 = c1(i + 1, k, j), t3 = c1(i, k, jc), t4 = c1(i + 1, k, jc);
          const double x1 = wa[idij] * t1 + wa[idij + 1] * t2, x2 = wa[idij] * t2 - wa[idij + 1] * t1,
                       x3 = wa[idij2] * t3 + wa[idij2 + 1] * t4, x4 = wa[idij2] * t4 - wa[idij2 + 1] * t3;
          c1(i, k, j) = x1 + x3;
          c1(i, k, jc) = x2 - x4;
          c1(i + 1, k, j) = x2 + x4;
          c1(i + 1, k, jc) = x3 - x1;
          idij += 2;
          idij2 += 2;
        }
      }
    }
  }
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
    for (size_t k = 0; k < l1; ++k) {
      const double t1 = c1(0, k, j), t2 = c1(0, k, jc);
      c1(0, k, j) = t1 + t2;
      c1(0, k, jc) = t2 - t1;
    }
  for (size_t l = 1, lc = ip - 1; l < ipph; ++l, --lc) {
    for (size_t ik = 0; ik < idl1; ++ik) {
      ch2(ik, l) = c2(ik, 0) + csarr[2 * l] * c2(ik, 1) + csarr[4 * l] * c2(ik, 2);
      ch2(ik, lc) = csarr[2 * l + 1] * c2(ik, ip - 1) + csarr[4 * l + 1] * c2(ik, ip - 2);
    }
    size_t iang = 2 * l;
    size_t j = 3, jc = ip - 3;
    for (; j < ipph - 3; j += 4, jc -= 4) {
      iang += l;
      if (iang >= ip) iang -= ip;
      const double ar1 = csarr[2 * iang], ai1 = csarr[2 * iang + 1];
      iang += l;
      if (iang >= ip) iang -= ip;
      const double ar2 = csarr[2 * iang], ai2 = csarr[2 * iang + 1];
      iang += l;
      if (iang >= ip) iang -= ip;
      const double ar3 = csarr[2 * iang], ai3 = csarr[2 * iang + 1];
      iang += l;
      if (iang >= ip) iang -= ip;
      const double ar4 = csarr[2 * iang], ai4 = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        ch2(ik, l) += ar1 * c2(ik, j) + ar2 * c2(ik, j + 1) + ar3 * c2(ik, j + 2) + ar4 * c2(ik, j + 3);
        ch2(ik, lc) += ai1 * c2(ik, jc) + ai2 * c2(ik, jc - 1) + ai3 * c2(ik, jc - 2) + ai4 * c2(ik, jc - 3);
      }
    }
    for (; j < ipph - 1; j += 2, jc -= 2) {
      iang += l;
      if (iang >= ip) iang -= ip;
      const double ar1 = csarr[2 * iang], ai1 = csarr[2 * iang + 1];
      iang += l;
      if (iang >= ip) iang -= ip;
      const double ar2 = csarr[2 * iang], ai2 = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        ch2(ik, l) += ar1 * c2(ik, j) + ar2 * c2(ik, j + 1);
        ch2(ik, lc) += ai1 * c2(ik, jc) + ai2 * c2(ik, jc - 1);
      }
    }
    for (; j < ipph; ++j, --jc) {
      iang += l;
      if (iang >= ip) iang -= ip;
      const double ar = csarr[2 * iang], ai = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        ch2(ik, l) += ar * c2(ik, j);
        ch2(ik, lc) += ai * c2(ik, jc);
      }
    }
  }
  for (size_t ik = 0; ik < idl1; ++ik) ch2(ik, 0) = c2(ik, 0);
  for (size_t j = 1; j < ipph; ++j)
    for (size_t ik = 0; ik < idl1; ++ik) ch2(ik, 0) += c2(ik, j);
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) ccr(i, 0, k) = chr(i, k, 0);
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    const size_t j2 = 2 * j - 1;
    for (size_t k = 0; k < l1; ++k) {
      ccr(ido - 1, j2, k) = chr(0, k, j);
      ccr(0, j2 + 1, k) = chr(0, k, jc);
    }
  }
  if (ido == 1) return;
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    const size_t j2 = 2 * j - 1;
    for (size_t k = 0; k < l1; ++k)
      for (size_t i = 1, ic = ido - i - 2; i <= ido - 2; i += 2, ic -= 2) {
        ccr(i, j2 + 1, k) = chr(i, k, j) + chr(i, k, jc);
        ccr(ic, j2, k) = chr(i, k, j) - chr(i, k, jc);
        ccr(i + 1, j2 + 1, k) = chr(i + 1, k, j) + chr(i + 1, k, jc);
        ccr(ic + 1, j2, k) = chr(i + 1, k, jc) - chr(i + 1, k, j);
      }
  }
}

void radb2(size_t ido, size_t l1, const double* cc, double* ch, const double* wa) {
  const BGeo g{ido, l1, 2};
  for (size_t k = 0; k < l1; k++) pm(ch[g.ch(0, k, 0)], ch[g.ch(0, k, 1)], cc[g.cc(0, 0, k)], cc[g.cc(ido - 1, 1, k)]);
  if ((ido & 1) == 0)
    for (size_t k = 0; k < l1; k++) {
      ch[g.ch(ido - 1, k, 0)] = 2. * cc[g.cc(ido - 1, 0, k)];
      ch[g.ch(ido - 1, k, 1)] = -2. * cc[g.cc(0, 1, k)];
    }
  if (ido <= 2) return;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 2; i < ido; i += 2) {
      const size_t ic = ido - i;
      double ti2, tr2;
      pm(ch[g.ch(i - 1, k, 0)], tr2, cc[g.cc(i - 1, 0, k)], cc[g.cc(ic - 1, 1, k)]);
      pm(ti2, ch[g.ch(i, k, 0)], cc[g.cc(i, 0, k)], cc[g.cc(ic, 1, k)]);
      mulpm(ch[g.ch(i, k, 1)], ch[g.ch(i - 1, k, 1)], wa[g.wa(0, i - 2)], wa[g.wa(0, i - 1)], ti2, tr2);
    }
}

void radb3(size_t ido, size_t l1, const double* cc, double* ch, const double* wa) {
  const BGeo g{ido, l1, 3};
  const double taur = -0.5, taui = 0.86602540378443864676;
  for (size_t k = 0; k < l1; k++) {
    const double tr2 = 2. * cc[g.cc(ido - 1, 1, k)];
    const double cr2 = cc[g.cc(0, 0, k)] + taur * tr2;
    ch[g.ch(0, k, 0)] = cc[g.cc(0, 0, k)] + tr2;
    const double ci3 = 2. * taui * cc[g.cc(0, 2, k)];
    pm(ch[g.ch(0, k, 2)], ch[g.ch(0, k, 1)], cr2, ci3);
  }
  if (ido == 1) return;
  for (size_t k = 0; k < l1; k++)
    for (size_t i = 2; i < ido; i += 2) {
      const size_t ic = ido - i;
      const double tr2 = cc[g.cc(i - 1, 2, k)] + cc[g.cc(ic - 1, 1, k)];
      const double ti2 = cc[g.cc(i, 2, k)] - cc[g.cc(ic, 1, k)];
      const double cr2 = cc[g.cc(i - 1, 0, k)] + taur * tr2;
      const double ci2 = cc[g.cc(i, 0, k)] + taur * ti2;
      ch[g.ch(i - 1, k, 0)] = cc[g.cc(i - 1, 0, k)] + tr2;
      ch[g.ch(i, k, 0)] = cc[g.cc(i, 0, k)] + ti2;
      const double cr3 = taui * (cc[g.cc(i - 1, 2, k)] - cc[g.cc(ic - 1, 1, k)]);
      const double ci3 = taui * (cc[g.cc(i, 2, k)] + cc[g.cc(ic, 1, k)]);
      double di2, di3, dr2, dr3;
      pm(dr3, dr2, cr2, ci3);
      pm(di2, di3, ci2, cr3);
      mulpm(ch[g.ch(i, k, 1)], ch[g.ch(i - 1, k, 1)], wa[g.wa(0, i - 2)], wa[g.wa(0, i - 1)], di2, dr2);
      mulpm(ch[g.ch(i, k, 2)], ch[g.ch(i - 1, k, 2)], wa[g.wa(1, i - 2)], wa[g.wa(1, i - 1)], di3, dr3);
    }
}

void radb4(size_t ido, size_t l1, const double* cc, double* ch, const double* wa) {
  const BGeo g{ido, l1, 4};
  const double sqrt2 = 1.41421356237309504880;
  for (size_t k = 0; k < l1; k++) {
    double tr1, tr2;
    pm(tr2, tr1, cc[g.cc(0, 0, k)], cc[g.cc(ido - 1, 3, k)]);
    const double tr3 = 2. * cc[g.cc(ido - 1, 1, k)];
    const double tr4 = 2. * cc[g.cc(0, 2, k)];
    pm(ch[g.ch(0, k, 0)], ch[g.ch(0, k, 2)], tr2, tr3);
    pm(ch[g.ch(0, k, 3)], ch[g.ch(0, k, 1)], tr1, tr4);
  }
  if ((ido & 1) == 0)
    for (size_t k = 0; k < l1; k++) {
      double tr1, tr2, ti1, ti2;
      pm(ti1, ti2, cc[g.cc(0, 3, k)], cc[g.cc(0, 1, k)]);
      pm(tr2, tr1, cc[g.cc(ido - 1, 0, k)], cc[g.cc(ido - 1, 2, k)]);
      ch[g.ch(ido - 1, k, 0)] = tr2 + tr2;
      ch[g.ch(ido - 1, k, 1)] = sqrt2 * (tr1 - ti1);
      ch[g.ch(ido - 1, k, 2)] = ti2 + ti2;
      ch[g.ch(ido - 1, k, 3)] = -sqrt2 * (tr1 + ti1);
    }
  if (ido <= 2) return;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 2; i < ido; i += 2) {
      double ci2, ci3, ci4, cr2, cr3, cr4, ti1, ti2, ti3, ti4, tr1, tr2, tr3, tr4;
      const size_t ic = ido - i;
      pm(tr2, tr1, cc[g.cc(i - 1, 0, k)], cc[g.cc(ic - 1, 3, k)]);
      pm(ti1, ti2, cc[g.cc(i, 0, k)], cc[g.cc(ic, 3, k)]);
      pm(tr4, ti3, cc[g.cc(i, 2, k)], cc[g.cc(ic, 1, k)]);
      pm(tr3, ti4, cc[g.cc(i - 1, 2, k)], cc[g.cc(ic - 1, 1, k)]);
      pm(ch[g.ch(i - 1, k, 0)], cr3, tr2, tr3);
      pm(ch[g.ch(i, k, 0)], ci3, ti2, ti3);
      pm(cr4, cr2, tr1, tr4);
      pm(ci2, ci4, ti1, ti4);
      mulpm(ch[g.ch(i, k, 1)], ch[g.ch(i - 1, k, 1)], wa[g.wa(0, i - 2)], wa[g.wa(0, i - 1)], ci2, cr2);
      mulpm(ch[g.ch(i, k, 2)], ch[g.ch(i - 1, k, 2)], wa[g.wa(1, i - 2)], wa[g.wa(1, i - 1)], ci3, cr3);
      mulpm(ch[g.ch(i, k, 3)], ch[g.ch(i - 1, k, 3)], wa[g.wa(2, i - 2)], wa[g.wa(2, i - 1)], ci4, cr4);
    }
}

void radb5(size_t ido, size_t l1, const double* cc, double* ch, const double* wa) {
  const BGeo g{ido, l1, 5};
  const double tr11 = 0.3090169943749474241, ti11 = 0.95105651629515357212, tr12 = -0.8090169943749474241,
               ti12 = 0.58778525229247312917;
  for (size_t k = 0; k < l1; k++) {
    const double ti5 = cc[g.cc(0, 2, k)] + cc[g.cc(0, 2, k)];
    const double ti4 = cc[g.cc(0, 4, k)] + cc[g.cc(0, 4, k)];
    const double tr2 = cc[g.cc(ido - 1, 1, k)] + cc[g.cc(ido - 1, 1, k)];
    const double tr3 = cc[g.cc(ido - 1, 3, k)] + cc[g.cc(ido - 1, 3, k)];
    ch[g.ch(0, k, 0)] = cc[g.cc(0, 0, k)] + tr2 + tr3;
    const double cr2 = cc[g.cc(0, 0, k)] + tr11 * tr2 + tr12 * tr3;
    const double cr3 = cc[g.cc(0, 0, k)] + tr12 * tr2 + tr11 * tr3;
    double ci4, ci5;
    mulpm(ci5, ci4, ti5, ti4, ti11, ti12);
    pm(ch[g.ch(0, k, 4)], ch[g.ch(0, k, 1)], cr2, ci5);
    pm(ch[g.ch(0, k, 3)], ch[g.ch(0, k, 2)], cr3, ci4);
  }
  if (ido == 1) return;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 2; i < ido; i += 2) {
      const size_t ic = ido - i;
      double tr2, tr3, tr4, tr5, ti2, ti3, ti4, ti5;
      pm(tr2, tr5, cc[g.cc(i - 1, 2, k)], cc[g.cc(ic - 1, 1, k)]);
      pm(ti5, ti2, cc[g.cc(i, 2, k)], cc[g.cc(ic, 1, k)]);
      pm(tr3, tr4, cc[g.cc(i - 1, 4, k)], cc[g.cc(ic - 1, 3, k)]);
      pm(ti4, ti3, cc[g.cc(i, 4, k)], cc[g.cc(ic, 3, k)]);
      ch[g.ch(i - 1, k, 0)] = cc[g.cc(i - 1, 0, k)] + tr2 + tr3;
      ch[g.ch(i, k, 0)] = cc[g.cc(i, 0, k)] + ti2 + ti3;
      const double cr2 = cc[g.cc(i - 1, 0, k)] + tr11 * tr2 + tr12 * tr3;
      const double ci2 = cc[g.cc(i, 0, k)] + tr11 * ti2 + tr12 * ti3;
      const double cr3 = cc[g.cc(i - 1, 0, k)] + tr12 * tr2 + tr11 * tr3;
      const double ci3 = cc[g.cc(i, 0, k)] + tr12 * ti2 + tr11 * ti3;
      double ci4, ci5, cr5, cr4;
      mulpm(cr5, cr4, tr5, tr4, ti11, ti12);
      mulpm(ci5, ci4, ti5, ti4, ti11, ti12);
      double dr2, dr3, dr4, dr5, di2, di3, di4, di5;
      pm(dr4, dr3, cr3, ci4);
      pm(di3, di4, ci3, cr4);
      pm(dr5, dr2, cr2, ci5);
      pm(di2, di5, ci2, cr5);
      mulpm(ch[g.ch(i, k, 1)], ch[g.ch(i - 1, k, 1)], wa[g.wa(0, i - 2)], wa[g.wa(0, i - 1)], di2, dr2);
      mulpm(ch[g.ch(i, k, 2)], ch[g.ch(i - 1, k, 2)], wa[g.wa(1, i - 2)], wa[g.wa(1, i - 1)], di3, dr3);
      mulpm(ch[g.ch(i, k, 3)], ch[g.ch(i - 1, k, 3)], wa[g.wa(2, i - 2)], wa[g.wa(2, i - 1)], di4, dr4);
      mulpm(ch[g.ch(i, k, 4)], ch[g.ch(i - 1, k, 4)], wa[g.wa(3, i - 2)], wa[g.wa(3, i - 1)], di5, dr5);
    }
}

// Generic odd radix, backward.
void radbg(size_t ido, size_t ip, size_t l1, double* cc, double* ch, const double* wa, const double* csarr) {
  const size_t cdim = ip, ipph = (ip + 1) / 2, idl1 = ido * l1;
  auto ccr = [&](size_t a, size_t b, size_t c) -> double& { return cc[a + ido * (b + cdim * c)]; };
  auto chr = [&](size_t a, size_t b, size_t c) -> double& { return ch[a + ido * (b + l1 * c)]; };
  auto c1 = [&](size_t a, size_t b, size_t c) -> double& { return cc[a + ido * (b + l1 * c)]; };
  auto c2 = [&](size_t a, size_t b) -> double& { return cc[a + idl1 * b]; };
  auto ch2 = [&](size_t a, size_t b) -> double& { return ch[a + idl1 * b]; };

  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) chr(i, k, 0) = ccr(i, 0, k);
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    const size_t j2 = 2 * j - 1;
    for (size_t k = 0; k < l1; ++k) {
      chr(0, k, j) = 2 * ccr(ido - 1, j2, k);
      chr(0, k, jc) = 2 * ccr(0, j2 + 1, k);
    }
  }
  if (ido != 1) {
    for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
      const size_t j2 = 2 * j - 1;
      for (size_t k = 0; k < l1; ++k)
        for (size_t i = 1, ic = ido - i - 2; i <= ido - 2; i += 2, ic -= 2) {
          chr(i, k, j) = ccr(i, j2 + 1, k) + ccr(ic, j2, k);
          chr(i, k, jc) = ccr(i, j2 + 1, k) - ccr(ic, j2, k);
          chr(i + 1, k, j) = ccr(i + 1, j2 + 1, k) - ccr(ic + 1, j2, k);
          chr(i + 1, k, jc) = ccr(i + 1, j2 + 1, k) + ccr(ic + 1, j2, k);
        }
    }
  }
  for (size_t l = 1, lc = ip - 1; l < ipph; ++l, --lc) {
    for (size_t ik = 0; ik < idl1; ++ik) {
      c2(ik, l) = ch2(ik, 0) + csarr[2 * l] * ch2(ik, 1) + csarr[4 * l] * ch2(ik, 2);
      c2(ik, lc) = csarr[2 * l + 1] * ch2(ik, ip - 1) + csarr[4 * l + 1] * ch2(ik, ip - 2);
    }
    size_t iang = 2 * l;
    size_t j = 3, jc = ip - 3;
    for (; j < ipph - 3; j += 4, jc -= 4) {
      iang += l;
      if (iang > ip) iang -= ip;
      const double ar1 = csarr[2 * iang], ai1 = csarr[2 * iang + 1];
      iang += l;
      if (iang > ip) iang -= ip;
      const double ar2 = csarr[2 * iang], ai2 = csarr[2 * iang + 1];
      iang += l;
      if (iang > ip) iang -= ip;
      const double ar3 = csarr[2 * iang], ai3 = csarr[2 * iang + 1];
      iang += l;
      if (iang > ip) iang -= ip;
      const double ar4 = csarr[2 * iang], ai4 = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        c2(ik, l) += ar1 * ch2(ik, j) + ar2 * ch2(ik, j + 1) + ar3 * ch2(ik, j + 2) + ar4 * ch2(ik, j + 3);
        c2(ik, lc) += ai1 * ch2(ik, jc) + ai2 * ch2(ik, jc - 1) + ai3 * ch2(ik, jc - 2) + ai4 * ch2(ik, jc - 3);
      }
    }
    for (; j < ipph - 1; j += 2, jc -= 2) {
      iang += l;
      if (iang > ip) iang -= ip;
      const double ar1 = csarr[2 * iang], ai1 = csarr[2 * iang + 1];
      iang += l;
      if (iang > ip) iang -= ip;
      const double ar2 = csarr[2 * iang], ai2 = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        c2(ik, l) += ar1 * ch2(ik, j) + ar2 * ch2(ik, j + 1);
        c2(ik, lc) += ai1 * ch2(ik, jc) + ai2 * ch2(ik, jc - 1);
      }
    }
    for (; j < ipph; ++j, --jc) {
      iang += l;
      if (iang > ip) iang -= ip;
      const double war = csarr[2 * iang], wai = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        c2(ik, l) += war * ch2(ik, j);
        c2(ik, lc) += wai * ch2(ik, jc);
      }
    }
  }
  for (size_t j = 1; j < ipph; ++j)
    for (size_t ik = 0; ik < idl1; ++ik) ch2(ik, 0) += ch2(ik, j);
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
    for (size_t k = 0; k < l1; ++k) {
      chr(0, k, j) = c1(0, k, j) - c1(0, k, jc);
      chr(0, k, jc) = c1(0, k, j) + c1(0, k, jc);
    }
  if (ido == 1) return;
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
    for (size_t k = 0; k < l1; ++k)
      for (size_t i = 1; i <= ido - 2; i += 2) {
        chr(i, k, j) = c1(i, k, j) - c1(i + 1, k, jc);
        chr(i, k, jc) = c1(i, k, j) + c1(i + 1, k, jc);
        chr(i + 1, k, j) = c1(i + 1, k, j) + c1(i, k, jc);
        chr(i + 1, k, jc) = c1(i + 1, k, j) - c1(i, k, jc);
      }
  for (size_t j = 1; j < ip; ++j) {
    const size_t is = (j - 1) * (ido - 1);
    for (size_t k = 0; k < l1; ++k) {
      size_t idij = is;
      for (size_t i = 1; i <= ido - 2; i += 2) {
        const double t1 = chr(i, k, j), t2 = chr(i + 1, k, j);
        chr(i, k, j) = wa[idij] * t1 - wa[idij + 1] * t2;
        chr(i + 1, k, j) = wa[idij] * t2 + wa[idij + 1] * t1;
        idij += 2;
      }
    }
  }
}

void copy_and_norm(double* c, double* p1, size_t n, double fct) {
  if (p1 != c) {
    if (fct != 1.) {
      for (size_t i = 0; i < n; ++i) c[i] = fct * p1[i];
    } else {
      std::memcpy(c, p1, n * sizeof(double));
    }
  } else if (fct != 1.) {
    for (size_t i = 0; i < n; ++i) c[i] *= fct;
  }
}

}  // namespace

RfftpPlan::RfftpPlan(size_t length) : length_(length) {
  if (length <= 1) return;
  size_t len = length;
  while ((len % 4) == 0) {
    fact_.push_back({4, 0, 0});
    len >>= 2;
  }
  if ((len % 2) == 0) {
    len >>= 1;
    fact_.push_back({2, 0, 0});
    std::swap(fact_[0].fct, fact_.back().fct);
  }
  size_t maxl = static_cast<size_t>(std::sqrt(static_cast<double>(len))) + 1;
  for (size_t divisor = 3; (len > 1) && (divisor < maxl); divisor += 2)
    if ((len % divisor) == 0) {
      while ((len % divisor) == 0) {
        fact_.push_back({divisor, 0, 0});
        len /= divisor;
      }
      maxl = static_cast<size_t>(std::sqrt(static_cast<double>(len))) + 1;
    }
  if (len > 1) fact_.push_back({len, 0, 0});
  size_t twsize = 0, l1 = 1;
  for (const Factor& f : fact_) {
    const size_t ip = f.fct, ido = length / (l1 * ip);
    twsize += (ip - 1) * (ido - 1);
    if (ip > 5) twsize += 2 * ip;
    l1 *= ip;
  }
  mem_.resize(twsize);
  std::vector<double> twid(2 * length);
  sincos_2pibyn_half(length, twid.data());
  l1 = 1;
  size_t ptr = 0;
  for (size_t k = 0; k < fact_.size(); ++k) {
    Factor& f = fact_[k];
    const size_t ip = f.fct, ido = length / (l1 * ip);
    if (k < fact_.size() - 1) {  // the last factor needs no twiddles
      f.tw = ptr;
      ptr += (ip - 1) * (ido - 1);
      for (size_t j = 1; j < ip; ++j)
        for (size_t i = 1; i <= (ido - 1) / 2; ++i) {
          mem_[f.tw + (j - 1) * (ido - 1) + 2 * i - 2] = twid[2 * j * l1 * i];
          mem_[f.tw + (j - 1) * (ido - 1) + 2 * i - 1] = twid[2 * j * l1 * i + 1];
        }
    }
    if (ip > 5) {  // the generic passes' extra factors
      f.tws = ptr;
      ptr += 2 * ip;
      double* tws = mem_.data() + f.tws;
      tws[0] = 1.;
      tws[1] = 0.;
      for (size_t i = 1; i <= (ip >> 1); ++i) {
        tws[2 * i] = twid[2 * i * (length / ip)];
        tws[2 * i + 1] = twid[2 * i * (length / ip) + 1];
        tws[2 * (ip - i)] = twid[2 * i * (length / ip)];
        tws[2 * (ip - i) + 1] = -twid[2 * i * (length / ip) + 1];
      }
    }
    l1 *= ip;
  }
}

void RfftpPlan::forward(double* c, double fct) const {
  if (length_ <= 1) return;
  const size_t n = length_;
  size_t l1 = n;
  std::vector<double> chv(n);
  double *p1 = c, *p2 = chv.data();
  for (size_t k1 = 0; k1 < fact_.size(); ++k1) {
    const Factor& f = fact_[fact_.size() - k1 - 1];
    const size_t ip = f.fct, ido = n / l1;
    l1 /= ip;
    const double* tw = mem_.data() + f.tw;
    if (ip == 4) radf4(ido, l1, p1, p2, tw);
    else if (ip == 2) radf2(ido, l1, p1, p2, tw);
    else if (ip == 3) radf3(ido, l1, p1, p2, tw);
    else if (ip == 5) radf5(ido, l1, p1, p2, tw);
    else {
      radfg(ido, ip, l1, p1, p2, tw, mem_.data() + f.tws);
      std::swap(p1, p2);
    }
    std::swap(p1, p2);
  }
  copy_and_norm(c, p1, n, fct);
}

void RfftpPlan::backward(double* c, double fct) const {
  if (length_ <= 1) return;
  const size_t n = length_;
  size_t l1 = 1;
  std::vector<double> chv(n);
  double *p1 = c, *p2 = chv.data();
  for (const Factor& f : fact_) {
    const size_t ip = f.fct, ido = n / (ip * l1);
    const double* tw = mem_.data() + f.tw;
    if (ip == 4) radb4(ido, l1, p1, p2, tw);
    else if (ip == 2) radb2(ido, l1, p1, p2, tw);
    else if (ip == 3) radb3(ido, l1, p1, p2, tw);
    else if (ip == 5) radb5(ido, l1, p1, p2, tw);
    else radbg(ido, ip, l1, p1, p2, tw, mem_.data() + f.tws);
    std::swap(p1, p2);
    l1 *= ip;
  }
  copy_and_norm(c, p1, n, fct);
}

}  // namespace fft
}  // namespace sl
