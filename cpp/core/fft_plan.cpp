// fft_plan.cpp — Bluestein's algorithm, the choice between it and the packed passes
// (pocketfft's cost model), and the array-level _raw_fft (fft.hpp).
#include <cmath>
#include <cstring>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/fft.hpp"
#include "core/fft_internal.hpp"
#include "core/interrupt.hpp"
#include "core/views.hpp"

namespace sl {
namespace fft {

BluePlan::BluePlan(size_t length) : n_(length), n2_(good_size(length * 2 - 1)), plan_(n2_) {
  bk_.assign(2 * n_, 0.);
  bkf_.assign(2 * n2_, 0.);
  // b_k = exp(i*pi*k^2/n) through sin/cos of 2*pi*coeff/(2n), coeff = k^2 mod 2n
  std::vector<double> tmp(4 * n_);
  sincos_2pibyn(2 * n_, tmp.data());
  bk_[0] = 1;
  bk_[1] = 0;
  size_t coeff = 0;
  for (size_t m = 1; m < n_; ++m) {
    coeff += 2 * m - 1;
    if (coeff >= 2 * n_) coeff -= 2 * n_;
    bk_[2 * m] = tmp[2 * coeff];
    bk_[2 * m + 1] = tmp[2 * coeff + 1];
  }
  // the zero-padded, Fourier transformed b_k, normalised
  const double xn2 = 1. / static_cast<double>(n2_);
  bkf_[0] = bk_[0] * xn2;
  bkf_[1] = bk_[1] * xn2;
  for (size_t m = 2; m < 2 * n_; m += 2) {
    bkf_[m] = bkf_[2 * n2_ - m] = bk_[m] * xn2;
    bkf_[m + 1] = bkf_[2 * n2_ - m + 1] = bk_[m + 1] * xn2;
  }
  for (size_t m = 2 * n_; m <= (2 * n2_ - 2 * n_ + 1); ++m) bkf_[m] = 0.;
  plan_.forward(reinterpret_cast<cmplx*>(bkf_.data()), 1.);
}

void BluePlan::fft(double* c, int isign, double fct) const {
  const size_t n = n_, n2 = n2_;
  const double* bk = bk_.data();
  const double* bkf = bkf_.data();
  std::vector<double> akfv(2 * n2);
  double* akf = akfv.data();
  // a_k, then its FFT
  if (isign > 0) {
    for (size_t m = 0; m < 2 * n; m += 2) {
      akf[m] = c[m] * bk[m] - c[m + 1] * bk[m + 1];
      akf[m + 1] = c[m] * bk[m + 1] + c[m + 1] * bk[m];
    }
  } else {
    for (size_t m = 0; m < 2 * n; m += 2) {
      akf[m] = c[m] * bk[m] + c[m + 1] * bk[m + 1];
      akf[m + 1] = -c[m] * bk[m + 1] + c[m + 1] * bk[m];
    }
  }
  for (size_t m = 2 * n; m < 2 * n2; ++m) akf[m] = 0;
  plan_.forward(reinterpret_cast<cmplx*>(akf), fct);
  // the convolution
  if (isign > 0) {
    for (size_t m = 0; m < 2 * n2; m += 2) {
      const double im = -akf[m] * bkf[m + 1] + akf[m + 1] * bkf[m];
      akf[m] = akf[m] * bkf[m] + akf[m + 1] * bkf[m + 1];
      akf[m + 1] = im;
    }
  } else {
    for (size_t m = 0; m < 2 * n2; m += 2) {
      const double im = akf[m] * bkf[m + 1] + akf[m + 1] * bkf[m];
      akf[m] = akf[m] * bkf[m] - akf[m + 1] * bkf[m + 1];
      akf[m + 1] = im;
    }
  }
  plan_.backward(reinterpret_cast<cmplx*>(akf), 1.);
  // multiply by b_k
  if (isign > 0) {
    for (size_t m = 0; m < 2 * n; m += 2) {
      c[m] = bk[m] * akf[m] - bk[m + 1] * akf[m + 1];
      c[m + 1] = bk[m + 1] * akf[m] + bk[m] * akf[m + 1];
    }
  } else {
    for (size_t m = 0; m < 2 * n; m += 2) {
      c[m] = bk[m] * akf[m] + bk[m + 1] * akf[m + 1];
      c[m + 1] = -bk[m + 1] * akf[m] + bk[m] * akf[m + 1];
    }
  }
}

void BluePlan::rfft_backward(double* c, double fct) const {
  const size_t n = n_;
  std::vector<double> tmp(2 * n);
  tmp[0] = c[0];
  tmp[1] = 0.;
  std::memcpy(tmp.data() + 2, c + 1, (n - 1) * sizeof(double));
  if ((n & 1) == 0) tmp[n + 1] = 0.;
  for (size_t m = 2; m < n; m += 2) {
    tmp[2 * n - m] = tmp[m];
    tmp[2 * n - m + 1] = -tmp[m + 1];
  }
  fft(tmp.data(), 1, fct);
  for (size_t m = 0; m < n; ++m) c[m] = tmp[2 * m];
}

void BluePlan::rfft_forward(double* c, double fct) const {
  const size_t n = n_;
  std::vector<double> tmp(2 * n);
  for (size_t m = 0; m < n; ++m) {
    tmp[2 * m] = c[m];
    tmp[2 * m + 1] = 0.;
  }
  fft(tmp.data(), -1, fct);
  c[0] = tmp[0];
  std::memcpy(c + 1, tmp.data() + 2, (n - 1) * sizeof(double));
}

namespace {
// pocketfft: packed passes for short lengths and smooth ones, else whichever the cost
// model prefers (Bluestein's cost scaled by a 1.5 fudge factor).
bool use_bluestein(size_t length, double own_cost_scale) {
  if ((length < 50) || (static_cast<double>(largest_prime_factor(length)) <= std::sqrt(static_cast<double>(length))))
    return false;
  const double comp1 = own_cost_scale * cost_guess(length);
  double comp2 = 2 * cost_guess(good_size(2 * length - 1));
  comp2 *= 1.5;
  return comp2 < comp1;
}
}  // namespace

CfftPlan::CfftPlan(size_t length) {
  if (use_bluestein(length, 1.0)) blue_ = new BluePlan(length);
  else pack_ = new CfftpPlan(length);
}
CfftPlan::~CfftPlan() {
  delete pack_;
  delete blue_;
}
void CfftPlan::forward(double* c, double fct) const {
  if (pack_) pack_->forward(reinterpret_cast<cmplx*>(c), fct);
  else blue_->fft(c, -1, fct);
}
void CfftPlan::backward(double* c, double fct) const {
  if (pack_) pack_->backward(reinterpret_cast<cmplx*>(c), fct);
  else blue_->fft(c, 1, fct);
}

RfftPlan::RfftPlan(size_t length) {
  if (use_bluestein(length, 0.5)) blue_ = new BluePlan(length);
  else pack_ = new RfftpPlan(length);
}
RfftPlan::~RfftPlan() {
  delete pack_;
  delete blue_;
}
void RfftPlan::forward(double* c, double fct) const {
  if (pack_) pack_->forward(c, fct);
  else blue_->rfft_forward(c, fct);
}
void RfftPlan::backward(double* c, double fct) const {
  if (pack_) pack_->backward(c, fct);
  else blue_->rfft_backward(c, fct);
}

}  // namespace fft

// ---- array level -------------------------------------------------------------------------

double fft_inv_norm(int64_t n, const std::string* norm, bool forward) {
  if (n < 1) raise_value_error("Invalid number of FFT data points (" + std::to_string(n) + ") specified.");
  if (!norm || *norm == "backward") return forward ? 1.0 : static_cast<double>(n);
  if (*norm == "ortho") return std::sqrt(static_cast<double>(n));
  if (*norm == "forward") return forward ? static_cast<double>(n) : 1.0;
  raise_value_error("Invalid norm value " + *norm + "; should be \"backward\"," + (forward ? "" : " ") +
                    "\"ortho\" or \"forward\".");
}

ArrayPtr raw_fft(const ArrayPtr& a_in, int64_t n, int64_t axis_in, bool is_real, bool is_forward, double inv_norm) {
  ArrayPtr a = as_native(a_in);
  if (a->ndim() == 0) raise_value_error("Invalid number of FFT data points (" + std::to_string(n) + ") specified.");
  const int axis = normalize_axis(axis_in, a->ndim());
  const double fct = 1 / inv_norm;
  // zero-pad or truncate the axis to n
  if (a->shape[axis] != n) {
    if (a->shape[axis] > n) {
      std::vector<BasicIndex> idx(a->ndim(), BasicIndex::make_slice({}));
      idx[axis] = BasicIndex::make_slice({0, n, std::nullopt});
      a = basic_index(a, idx);
    } else {
      Shape s = a->shape;
      s[axis] = n;
      ArrayPtr z = new_array(s, a->dtype);
      std::vector<BasicIndex> idx(a->ndim(), BasicIndex::make_slice({}));
      idx[axis] = BasicIndex::make_slice({0, a->shape[axis], std::nullopt});
      assign_array(basic_index(z, idx), a);
      a = z;
    }
  }
  const bool last = axis == a->ndim() - 1;
  if (!last) a = swapaxes(a, axis, -1);
  const int64_t npts = a->shape[a->ndim() - 1];
  ArrayPtr r;
  if (!is_real) {  // complex in, complex out (a C-ordered complex128 copy transformed in place)
    r = astype(a, DType::Complex128, 'C');  // always a fresh array
    const int64_t rows = npts ? r->size() / npts : 0;
    fft::CfftPlan plan(static_cast<size_t>(npts));
    double* p = reinterpret_cast<double*>(r->data());
    for (int64_t i = 0; i < rows; ++i, p += 2 * npts) {
      check_interrupt();
      is_forward ? plan.forward(p, fct) : plan.backward(p, fct);
    }
  } else if (is_forward) {  // real in, n//2+1 complex out
    ArrayPtr d = astype(a, DType::Float64, 'C');
    Shape s = d->shape;
    s.back() = npts / 2 + 1;
    r = new_array(s, DType::Complex128);
    const int64_t rows = npts ? d->size() / npts : 0, rstep = 2 * (npts / 2 + 1);
    fft::RfftPlan plan(static_cast<size_t>(npts));
    double* rp = reinterpret_cast<double*>(r->data());
    const double* dp = reinterpret_cast<const double*>(d->data());
    for (int64_t i = 0; i < rows; ++i, rp += rstep, dp += npts) {
      check_interrupt();
      rp[rstep - 1] = 0.0;
      std::memcpy(rp + 1, dp, static_cast<size_t>(npts) * sizeof(double));
      plan.forward(rp + 1, fct);
      rp[0] = rp[1];
      rp[1] = 0.0;
    }
  } else {  // complex in (n points of it), real out
    ArrayPtr d = astype(a, DType::Complex128, 'C');
    r = new_array(d->shape, DType::Float64);
    const int64_t rows = npts ? r->size() / npts : 0;
    fft::RfftPlan plan(static_cast<size_t>(npts));
    double* rp = reinterpret_cast<double*>(r->data());
    const double* dp = reinterpret_cast<const double*>(d->data());
    for (int64_t i = 0; i < rows; ++i, rp += npts, dp += 2 * npts) {
      check_interrupt();
      std::memcpy(rp + 1, dp + 2, static_cast<size_t>(npts - 1) * sizeof(double));
      rp[0] = dp[0];
      plan.backward(rp, fct);
    }
  }
  if (!last) r = swapaxes(r, axis, -1);
  return r;
}

}  // namespace sl
