// fft_cfftp.cpp — complex FFT passes (radix 2, 3, 4, 5, 7, 11 and generic odd) and the
// CfftpPlan that chains them (see fft_internal.hpp). `sign` is -1 forward, +1 backward;
// forward passes multiply by the conjugated twiddles. Arithmetic is pocketfft's,
// operation for operation.
#include <cmath>
#include <cstring>
#include <utility>

#include "core/fft_internal.hpp"

namespace sl {
namespace fft {
namespace {

inline void pmc(cmplx& a, cmplx& b, const cmplx& c, const cmplx& d) {
  a.r = c.r + d.r;
  a.i = c.i + d.i;
  b.r = c.r - d.r;
  b.i = c.i - d.i;
}
inline void rot90(cmplx& a) {
  const double t = a.r;
  a.r = -a.i;
  a.i = t;
}
inline void rotm90(cmplx& a) {
  const double t = -a.r;
  a.r = a.i;
  a.i = t;
}
// a = b*c (backward) or a = conj(b)*c (forward)
template <bool Fwd>
inline void mul_tw(cmplx& a, const cmplx& b, const cmplx& c) {
  if constexpr (Fwd) {
    a.r = b.r * c.r + b.i * c.i;
    a.i = b.r * c.i - b.i * c.r;
  } else {
    a.r = b.r * c.r - b.i * c.i;
    a.i = b.r * c.i + b.i * c.r;
  }
}
// a = b*c with the imaginary part of b scaled by sign (passes 7, 11, generic)
inline void mul_sign(cmplx& a, const cmplx& b, const cmplx& c, int sign) {
  a.r = b.r * c.r - sign * b.i * c.i;
  a.i = b.r * c.i + sign * b.i * c.r;
}

// Index helpers: CH(a,b,c) = ch[a + ido*(b + l1*c)], CC(a,b,c) = cc[a + ido*(b + cdim*c)],
// WA(x,i) = wa[i-1 + x*(ido-1)]
struct Geo {
  size_t ido, l1, cdim;
  size_t ch(size_t a, size_t b, size_t c) const { return a + ido * (b + l1 * c); }
  size_t cc(size_t a, size_t b, size_t c) const { return a + ido * (b + cdim * c); }
  size_t wa(size_t x, size_t i) const { return i - 1 + x * (ido - 1); }
};

template <bool Fwd>
void pass2(size_t ido, size_t l1, const cmplx* cc, cmplx* ch, const cmplx* wa) {
  const Geo g{ido, l1, 2};
  for (size_t k = 0; k < l1; ++k) {
    pmc(ch[g.ch(0, k, 0)], ch[g.ch(0, k, 1)], cc[g.cc(0, 0, k)], cc[g.cc(0, 1, k)]);
    for (size_t i = 1; i < ido; ++i) {
      cmplx t;
      pmc(ch[g.ch(i, k, 0)], t, cc[g.cc(i, 0, k)], cc[g.cc(i, 1, k)]);
      mul_tw<Fwd>(ch[g.ch(i, k, 1)], wa[g.wa(0, i)], t);
    }
  }
}

template <bool Fwd>
void pass3(size_t ido, size_t l1, const cmplx* cc, cmplx* ch, const cmplx* wa) {
  const Geo g{ido, l1, 3};
  const double tw1r = -0.5, tw1i = (Fwd ? -1 : 1) * 0.86602540378443864676;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      const cmplx t0 = cc[g.cc(i, 0, k)];
      cmplx t1, t2;
      pmc(t1, t2, cc[g.cc(i, 1, k)], cc[g.cc(i, 2, k)]);
      ch[g.ch(i, k, 0)].r = t0.r + t1.r;
      ch[g.ch(i, k, 0)].i = t0.i + t1.i;
      cmplx ca, cb;
      ca.r = t0.r + tw1r * t1.r;
      ca.i = t0.i + tw1r * t1.i;
      cb.i = tw1i * t2.r;
      cb.r = -(tw1i * t2.i);
      if (i == 0) {
        pmc(ch[g.ch(0, k, 1)], ch[g.ch(0, k, 2)], ca, cb);
      } else {
        cmplx da, db;
        pmc(da, db, ca, cb);
        mul_tw<Fwd>(ch[g.ch(i, k, 1)], wa[g.wa(0, i)], da);
        mul_tw<Fwd>(ch[g.ch(i, k, 2)], wa[g.wa(1, i)], db);
      }
    }
}

template <bool Fwd>
void pass4(size_t ido, size_t l1, const cmplx* cc, cmplx* ch, const cmplx* wa) {
  const Geo g{ido, l1, 4};
  for (size_t k = 0; k < l1; ++k) {
    {
      cmplx t1, t2, t3, t4;
      pmc(t2, t1, cc[g.cc(0, 0, k)], cc[g.cc(0, 2, k)]);
      pmc(t3, t4, cc[g.cc(0, 1, k)], cc[g.cc(0, 3, k)]);
      if (Fwd) rotm90(t4);
      else rot90(t4);
      pmc(ch[g.ch(0, k, 0)], ch[g.ch(0, k, 2)], t2, t3);
      pmc(ch[g.ch(0, k, 1)], ch[g.ch(0, k, 3)], t1, t4);
    }
    for (size_t i = 1; i < ido; ++i) {
      cmplx c2, c3, c4, t1, t2, t3, t4;
      const cmplx cc0 = cc[g.cc(i, 0, k)], cc1 = cc[g.cc(i, 1, k)], cc2 = cc[g.cc(i, 2, k)], cc3 = cc[g.cc(i, 3, k)];
      pmc(t2, t1, cc0, cc2);
      pmc(t3, t4, cc1, cc3);
      if (Fwd) rotm90(t4);
      else rot90(t4);
      const cmplx wa0 = wa[g.wa(0, i)], wa1 = wa[g.wa(1, i)], wa2 = wa[g.wa(2, i)];
      pmc(ch[g.ch(i, k, 0)], c3, t2, t3);
      pmc(c2, c4, t1, t4);
      mul_tw<Fwd>(ch[g.ch(i, k, 1)], wa0, c2);
      mul_tw<Fwd>(ch[g.ch(i, k, 2)], wa1, c3);
      mul_tw<Fwd>(ch[g.ch(i, k, 3)], wa2, c4);
    }
  }
}

template <bool Fwd>
void pass5(size_t ido, size_t l1, const cmplx* cc, cmplx* ch, const cmplx* wa) {
  const Geo g{ido, l1, 5};
  const double s = Fwd ? -1 : 1;
  const double tw1r = 0.3090169943749474241, tw1i = s * 0.95105651629515357212,
               tw2r = -0.8090169943749474241, tw2i = s * 0.58778525229247312917;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      const cmplx t0 = cc[g.cc(i, 0, k)];
      cmplx t1, t2, t3, t4;
      pmc(t1, t4, cc[g.cc(i, 1, k)], cc[g.cc(i, 4, k)]);
      pmc(t2, t3, cc[g.cc(i, 2, k)], cc[g.cc(i, 3, k)]);
      ch[g.ch(i, k, 0)].r = t0.r + t1.r + t2.r;
      ch[g.ch(i, k, 0)].i = t0.i + t1.i + t2.i;
      // (u1, u2, twar, twbr, twai, twbi): (1,4, tw1r,tw2r, +tw1i,+tw2i), (2,3, tw2r,tw1r, +tw2i,-tw1i)
      auto step = [&](size_t u1, size_t u2, double twar, double twbr, double twai, double twbi) {
        cmplx ca, cb;
        ca.r = t0.r + twar * t1.r + twbr * t2.r;
        ca.i = t0.i + twar * t1.i + twbr * t2.i;
        cb.i = twai * t4.r + twbi * t3.r;
        cb.r = -(twai * t4.i + twbi * t3.i);
        if (i == 0) {
          pmc(ch[g.ch(0, k, u1)], ch[g.ch(0, k, u2)], ca, cb);
        } else {
          cmplx da, db;
          pmc(da, db, ca, cb);
          mul_tw<Fwd>(ch[g.ch(i, k, u1)], wa[g.wa(u1 - 1, i)], da);
          mul_tw<Fwd>(ch[g.ch(i, k, u2)], wa[g.wa(u2 - 1, i)], db);
        }
      };
      step(1, 4, tw1r, tw2r, +tw1i, +tw2i);
      step(2, 3, tw2r, tw1r, +tw2i, -tw1i);
    }
}

void pass7(size_t ido, size_t l1, const cmplx* cc, cmplx* ch, const cmplx* wa, int sign) {
  const Geo g{ido, l1, 7};
  const double tw1r = 0.623489801858733530525, tw1i = sign * 0.7818314824680298087084,
               tw2r = -0.222520933956314404289, tw2i = sign * 0.9749279121818236070181,
               tw3r = -0.9009688679024191262361, tw3i = sign * 0.4338837391175581204758;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      const cmplx t1 = cc[g.cc(i, 0, k)];
      cmplx t2, t3, t4, t5, t6, t7;
      pmc(t2, t7, cc[g.cc(i, 1, k)], cc[g.cc(i, 6, k)]);
      pmc(t3, t6, cc[g.cc(i, 2, k)], cc[g.cc(i, 5, k)]);
      pmc(t4, t5, cc[g.cc(i, 3, k)], cc[g.cc(i, 4, k)]);
      ch[g.ch(i, k, 0)].r = t1.r + t2.r + t3.r + t4.r;
      ch[g.ch(i, k, 0)].i = t1.i + t2.i + t3.i + t4.i;
      auto step = [&](size_t u1, size_t u2, double x1, double x2, double x3, double y1, double y2, double y3) {
        cmplx ca, cb;
        ca.r = t1.r + x1 * t2.r + x2 * t3.r + x3 * t4.r;
        ca.i = t1.i + x1 * t2.i + x2 * t3.i + x3 * t4.i;
        cb.i = y1 * t7.r + y2 * t6.r + y3 * t5.r;
        cb.r = -(y1 * t7.i + y2 * t6.i + y3 * t5.i);
        if (i == 0) {
          pmc(ch[g.ch(0, k, u1)], ch[g.ch(0, k, u2)], ca, cb);
        } else {
          cmplx da, db;
          pmc(da, db, ca, cb);
          mul_sign(ch[g.ch(i, k, u1)], wa[g.wa(u1 - 1, i)], da, sign);
          mul_sign(ch[g.ch(i, k, u2)], wa[g.wa(u2 - 1, i)], db, sign);
        }
      };
      step(1, 6, tw1r, tw2r, tw3r, +tw1i, +tw2i, +tw3i);
      step(2, 5, tw2r, tw3r, tw1r, +tw2i, -tw3i, -tw1i);
      step(3, 4, tw3r, tw1r, tw2r, +tw3i, -tw1i, +tw2i);
    }
}

void pass11(size_t ido, size_t l1, const cmplx* cc, cmplx* ch, const cmplx* wa, int sign) {
  const Geo g{ido, l1, 11};
  const double tw1r = 0.8412535328311811688618, tw1i = sign * 0.5406408174555975821076,
               tw2r = 0.4154150130018864255293, tw2i = sign * 0.9096319953545183714117,
               tw3r = -0.1423148382732851404438, tw3i = sign * 0.9898214418809327323761,
               tw4r = -0.6548607339452850640569, tw4i = sign * 0.755749574354258283774,
               tw5r = -0.9594929736144973898904, tw5i = sign * 0.2817325568414296977114;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      const cmplx t1 = cc[g.cc(i, 0, k)];
      cmplx t2, t3, t4, t5, t6, t7, t8, t9, t10, t11;
      pmc(t2, t11, cc[g.cc(i, 1, k)], cc[g.cc(i, 10, k)]);
      pmc(t3, t10, cc[g.cc(i, 2, k)], cc[g.cc(i, 9, k)]);
      pmc(t4, t9, cc[g.cc(i, 3, k)], cc[g.cc(i, 8, k)]);
      pmc(t5, t8, cc[g.cc(i, 4, k)], cc[g.cc(i, 7, k)]);
      pmc(t6, t7, cc[g.cc(i, 5, k)], cc[g.cc(i, 6, k)]);
      ch[g.ch(i, k, 0)].r = t1.r + t2.r + t3.r + t4.r + t5.r + t6.r;
      ch[g.ch(i, k, 0)].i = t1.i + t2.i + t3.i + t4.i + t5.i + t6.i;
      auto step = [&](size_t u1, size_t u2, double x1, double x2, double x3, double x4, double x5, double y1,
                      double y2, double y3, double y4, double y5) {
        cmplx ca, cb;
        ca.r = t1.r + x1 * t2.r + x2 * t3.r + x3 * t4.r + x4 * t5.r + x5 * t6.r;
        ca.i = t1.i + x1 * t2.i + x2 * t3.i + x3 * t4.i + x4 * t5.i + x5 * t6.i;
        cb.i = y1 * t11.r + y2 * t10.r + y3 * t9.r + y4 * t8.r + y5 * t7.r;
        cb.r = -(y1 * t11.i + y2 * t10.i + y3 * t9.i + y4 * t8.i + y5 * t7.i);
        if (i == 0) {
          pmc(ch[g.ch(0, k, u1)], ch[g.ch(0, k, u2)], ca, cb);
        } else {
          cmplx da, db;
          pmc(da, db, ca, cb);
          mul_sign(ch[g.ch(i, k, u1)], wa[g.wa(u1 - 1, i)], da, sign);
          mul_sign(ch[g.ch(i, k, u2)], wa[g.wa(u2 - 1, i)], db, sign);
        }
      };
      step(1, 10, tw1r, tw2r, tw3r, tw4r, tw5r, +tw1i, +tw2i, +tw3i, +tw4i, +tw5i);
      step(2, 9, tw2r, tw4r, tw5r, tw3r, tw1r, +tw2i, +tw4i, -tw5i, -tw3i, -tw1i);
      step(3, 8, tw3r, tw5r, tw2r, tw1r, tw4r, +tw3i, -tw5i, -tw2i, +tw1i, +tw4i);
      step(4, 7, tw4r, tw3r, tw1r, tw5r, tw2r, +tw4i, -tw3i, +tw1i, +tw5i, -tw2i);
      step(5, 6, tw5r, tw1r, tw4r, tw2r, tw3r, +tw5i, -tw1i, +tw4i, -tw2i, +tw3i);
    }
}

// Generic odd radix; the result ends in cc (the caller swaps buffers once more).
void passg(size_t ido, size_t ip, size_t l1, cmplx* cc, cmplx* ch, const cmplx* wa, const cmplx* csarr,
           int sign) {
  const Geo g{ido, l1, ip};
  const size_t ipph = (ip + 1) / 2, idl1 = ido * l1;
  auto cx = [&](size_t a, size_t b, size_t c) -> cmplx& { return cc[a + ido * (b + l1 * c)]; };
  auto cx2 = [&](size_t a, size_t b) -> cmplx& { return cc[a + idl1 * b]; };
  auto ch2 = [&](size_t a, size_t b) -> cmplx& { return ch[a + idl1 * b]; };
  std::vector<cmplx> wal(ip);
  wal[0] = cmplx{1., 0.};
  for (size_t i = 1; i < ip; ++i) wal[i] = cmplx{csarr[i].r, sign * csarr[i].i};

  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) ch[g.ch(i, k, 0)] = cc[g.cc(i, 0, k)];
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
    for (size_t k = 0; k < l1; ++k)
      for (size_t i = 0; i < ido; ++i) pmc(ch[g.ch(i, k, j)], ch[g.ch(i, k, jc)], cc[g.cc(i, j, k)], cc[g.cc(i, jc, k)]);
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      cmplx tmp = ch[g.ch(i, k, 0)];
      for (size_t j = 1; j < ipph; ++j) {
        tmp.r = tmp.r + ch[g.ch(i, k, j)].r;
        tmp.i = tmp.i + ch[g.ch(i, k, j)].i;
      }
      cx(i, k, 0) = tmp;
    }
  for (size_t l = 1, lc = ip - 1; l < ipph; ++l, --lc) {
    for (size_t ik = 0; ik < idl1; ++ik) {  // j = 0
      cx2(ik, l).r = ch2(ik, 0).r + wal[l].r * ch2(ik, 1).r + wal[2 * l].r * ch2(ik, 2).r;
      cx2(ik, l).i = ch2(ik, 0).i + wal[l].r * ch2(ik, 1).i + wal[2 * l].r * ch2(ik, 2).i;
      cx2(ik, lc).r = -wal[l].i * ch2(ik, ip - 1).i - wal[2 * l].i * ch2(ik, ip - 2).i;
      cx2(ik, lc).i = wal[l].i * ch2(ik, ip - 1).r + wal[2 * l].i * ch2(ik, ip - 2).r;
    }
    size_t iwal = 2 * l;
    size_t j = 3, jc = ip - 3;
    for (; j < ipph - 1; j += 2, jc -= 2) {
      iwal += l;
      if (iwal > ip) iwal -= ip;
      const cmplx xwal = wal[iwal];
      iwal += l;
      if (iwal > ip) iwal -= ip;
      const cmplx xwal2 = wal[iwal];
      for (size_t ik = 0; ik < idl1; ++ik) {
        cx2(ik, l).r += ch2(ik, j).r * xwal.r + ch2(ik, j + 1).r * xwal2.r;
        cx2(ik, l).i += ch2(ik, j).i * xwal.r + ch2(ik, j + 1).i * xwal2.r;
        cx2(ik, lc).r -= ch2(ik, jc).i * xwal.i + ch2(ik, jc - 1).i * xwal2.i;
        cx2(ik, lc).i += ch2(ik, jc).r * xwal.i + ch2(ik, jc - 1).r * xwal2.i;
      }
    }
    for (; j < ipph; ++j, --jc) {
      iwal += l;
      if (iwal > ip) iwal -= ip;
      const cmplx xwal = wal[iwal];
      for (size_t ik = 0; ik < idl1; ++ik) {
        cx2(ik, l).r += ch2(ik, j).r * xwal.r;
        cx2(ik, l).i += ch2(ik, j).i * xwal.r;
        cx2(ik, lc).r -= ch2(ik, jc).i * xwal.i;
        cx2(ik, lc).i += ch2(ik, jc).r * xwal.i;
      }
    }
  }
  // shuffling and twiddling
  if (ido == 1) {
    for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
      for (size_t ik = 0; ik < idl1; ++ik) {
        const cmplx t1 = cx2(ik, j), t2 = cx2(ik, jc);
        pmc(cx2(ik, j), cx2(ik, jc), t1, t2);
      }
  } else {
    for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
      for (size_t k = 0; k < l1; ++k) {
        const cmplx t1 = cx(0, k, j), t2 = cx(0, k, jc);
        pmc(cx(0, k, j), cx(0, k, jc), t1, t2);
        for (size_t i = 1; i < ido; ++i) {
          cmplx x1, x2;
          pmc(x1, x2, cx(i, k, j), cx(i, k, jc));
          size_t idij = (j - 1) * (ido - 1) + i - 1;
          mul_sign(cx(i, k, j), wa[idij], x1, sign);
          idij = (jc - 1) * (ido - 1) + i - 1;
          mul_sign(cx(i, k, jc), wa[idij], x2, sign);
        }
      }
  }
}

}  // namespace

CfftpPlan::CfftpPlan(size_t length) : length_(length) {
  if (length <= 1) return;
  // factorize: 4s first, one 2 moved to the front, then odd factors
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
  // twiddles
  size_t twsize = 0, l1 = 1;
  for (const Factor& f : fact_) {
    const size_t ip = f.fct, ido = length / (l1 * ip);
    twsize += (ip - 1) * (ido - 1);
    if (ip > 11) twsize += ip;
    l1 *= ip;
  }
  mem_.resize(twsize);
  std::vector<double> twid(2 * length);
  sincos_2pibyn(length, twid.data());
  l1 = 1;
  size_t memofs = 0;
  for (Factor& f : fact_) {
    const size_t ip = f.fct, ido = length / (l1 * ip);
    f.tw = memofs;
    memofs += (ip - 1) * (ido - 1);
    for (size_t j = 1; j < ip; ++j)
      for (size_t i = 1; i < ido; ++i) {
        mem_[f.tw + (j - 1) * (ido - 1) + i - 1].r = twid[2 * j * l1 * i];
        mem_[f.tw + (j - 1) * (ido - 1) + i - 1].i = twid[2 * j * l1 * i + 1];
      }
    if (ip > 11) {
      f.tws = memofs;
      memofs += ip;
      for (size_t j = 0; j < ip; ++j) {
        mem_[f.tws + j].r = twid[2 * j * l1 * ido];
        mem_[f.tws + j].i = twid[2 * j * l1 * ido + 1];
      }
    }
    l1 *= ip;
  }
}

void CfftpPlan::pass_all(cmplx* c, double fct, int sign) const {
  if (length_ <= 1) return;
  const size_t len = length_;
  size_t l1 = 1;
  std::vector<cmplx> chv(len);
  cmplx* ch = chv.data();
  cmplx *p1 = c, *p2 = ch;
  for (const Factor& f : fact_) {
    const size_t ip = f.fct, l2 = ip * l1, ido = len / l2;
    const cmplx* tw = mem_.data() + f.tw;
    const bool fwd = sign < 0;
    if (ip == 4) fwd ? pass4<true>(ido, l1, p1, p2, tw) : pass4<false>(ido, l1, p1, p2, tw);
    else if (ip == 2) fwd ? pass2<true>(ido, l1, p1, p2, tw) : pass2<false>(ido, l1, p1, p2, tw);
    else if (ip == 3) fwd ? pass3<true>(ido, l1, p1, p2, tw) : pass3<false>(ido, l1, p1, p2, tw);
    else if (ip == 5) fwd ? pass5<true>(ido, l1, p1, p2, tw) : pass5<false>(ido, l1, p1, p2, tw);
    else if (ip == 7) pass7(ido, l1, p1, p2, tw, sign);
    else if (ip == 11) pass11(ido, l1, p1, p2, tw, sign);
    else {
      passg(ido, ip, l1, p1, p2, tw, mem_.data() + f.tws, sign);
      std::swap(p1, p2);
    }
    std::swap(p1, p2);
    l1 = l2;
  }
  if (p1 != c) {
    if (fct != 1.) {
      for (size_t i = 0; i < len; ++i) {
        c[i].r = ch[i].r * fct;
        c[i].i = ch[i].i * fct;
      }
    } else {
      std::memcpy(c, p1, len * sizeof(cmplx));
    }
  } else if (fct != 1.) {
    for (size_t i = 0; i < len; ++i) {
      c[i].r *= fct;
      c[i].i *= fct;
    }
  }
}

}  // namespace fft
}  // namespace sl
