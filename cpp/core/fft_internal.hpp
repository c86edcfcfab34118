// fft_internal.hpp — the pieces of the FFT engine (fft.hpp is the array-level API). The
// algorithm is pocketfft's as NumPy 1.24 ships it (numpy/fft/_pocketfft.c): Cooper-Tukey
// passes of radix 2, 3, 4, 5, 7, 11 plus a generic odd radix for complex data, radix 2,
// 3, 4, 5 plus generic for real data (FFTPACK's halfcomplex order), Bluestein's algorithm
// for lengths with a large prime factor, and twiddle factors from a polynomial sin/cos of
// pi*x on the first octant extended by symmetry. Every arithmetic step is done in the same
// order as there, so results are bit-identical to NumPy's (and its printed digits are).
//
// Internal header: only the fft_*.cpp files include it.
#pragma once
#include <cstddef>
#include <vector>

namespace sl {
namespace fft {

struct cmplx {
  double r, i;
};

// res[2k], res[2k+1] = cos, sin of 2*pi*k/n for k in [0, n)  (res holds 2n doubles)
void sincos_2pibyn(size_t n, double* res);
// the same for k in [0, n/2] (enough for real transforms)
void sincos_2pibyn_half(size_t n, double* res);
size_t largest_prime_factor(size_t n);
double cost_guess(size_t n);
size_t good_size(size_t n);  // smallest 2^a 3^b 5^c 7^d 11^e >= n

// Complex transform of a length whose factors the passes handle.
class CfftpPlan {
 public:
  explicit CfftpPlan(size_t length);
  void forward(cmplx* c, double fct) const { pass_all(c, fct, -1); }
  void backward(cmplx* c, double fct) const { pass_all(c, fct, 1); }

 private:
  struct Factor {
    size_t fct;
    size_t tw, tws;  // offsets into mem_ (tws only for generic factors)
  };
  void pass_all(cmplx* c, double fct, int sign) const;
  size_t length_;
  std::vector<Factor> fact_;
  std::vector<cmplx> mem_;
};

// Real transform (halfcomplex order: r0, r1, i1, r2, i2, ...).
class RfftpPlan {
 public:
  explicit RfftpPlan(size_t length);
  void forward(double* c, double fct) const;
  void backward(double* c, double fct) const;

 private:
  struct Factor {
    size_t fct;
    size_t tw, tws;
  };
  size_t length_;
  std::vector<Factor> fact_;
  std::vector<double> mem_;
};

// Bluestein's algorithm (chirp-z through a convolution of padded length good_size(2n-1)).
class BluePlan {
 public:
  explicit BluePlan(size_t length);
  void fft(double* c, int isign, double fct) const;  // c: n interleaved complex values
  void rfft_forward(double* c, double fct) const;
  void rfft_backward(double* c, double fct) const;

 private:
  size_t n_, n2_;
  CfftpPlan plan_;
  std::vector<double> bk_, bkf_;
};

// Length-generic plans: packed passes or Bluestein, chosen by pocketfft's cost model.
class CfftPlan {
 public:
  explicit CfftPlan(size_t length);
  ~CfftPlan();
  void forward(double* c, double fct) const;
  void backward(double* c, double fct) const;

 private:
  CfftpPlan* pack_ = nullptr;
  BluePlan* blue_ = nullptr;
};

class RfftPlan {
 public:
  explicit RfftPlan(size_t length);
  ~RfftPlan();
  void forward(double* c, double fct) const;
  void backward(double* c, double fct) const;

 private:
  RfftpPlan* pack_ = nullptr;
  BluePlan* blue_ = nullptr;
};

}  // namespace fft
}  // namespace sl
