#include "core/fp_status.hpp"

#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>
#include <string>

#include "core/fp_errors.hpp"

namespace sl {
namespace {

enum class Pole : uint8_t { None, SecondZero, FirstZero, FirstMinusOne, FirstUnit, ZeroToNegative };

struct Rule {
  bool int_division = false;  // floor_divide, remainder, fmod, divmod
  Pole pole = Pole::None;
};

Rule rule_for(UFuncId id) {
  const std::string n = ufunc_name(id);
  Rule r;
  if (n == "floor_divide" || n == "remainder" || n == "fmod" || n == "divmod") r.int_division = true;
  if (n == "divide" || n == "true_divide" || n == "floor_divide" || n == "divmod") r.pole = Pole::SecondZero;
  else if (n == "log" || n == "log2" || n == "log10" || n == "reciprocal") r.pole = Pole::FirstZero;
  else if (n == "log1p") r.pole = Pole::FirstMinusOne;
  else if (n == "arctanh") r.pole = Pole::FirstUnit;
  else if (n == "power" || n == "float_power") r.pole = Pole::ZeroToNegative;
  return r;
}

double load_double(const char* p, DType t) { return Scalar::load(reinterpret_cast<const uint8_t*>(p), t).as_double(); }

// Whether any of n values of T at o + i * so is an infinity or a NaN: the exponent field is
// all ones. Branch-free on the bits so that the contiguous case vectorises (this scan runs
// after every float loop): adding one unit of the exponent to the masked field carries into
// the sign bit exactly when the field was all ones.
template <class T>
bool any_non_finite(const char* o, int64_t n, int64_t so) {
  using U = std::conditional_t<sizeof(T) == 8, uint64_t, uint32_t>;
  constexpr int kMant = std::numeric_limits<T>::digits - 1;  // 52 / 23
  constexpr U kExp = static_cast<U>((U(1) << (sizeof(U) * 8 - 1)) - (U(1) << kMant));
  constexpr U kOne = U(1) << kMant;
  U acc = 0;
  if (so == static_cast<int64_t>(sizeof(T))) {
    for (int64_t i = 0; i < n; ++i) {
      U b;
      std::memcpy(&b, o + i * sizeof(T), sizeof b);
      acc |= (b & kExp) + kOne;
    }
  } else {
    for (int64_t i = 0; i < n; ++i) {
      U b;
      std::memcpy(&b, o + i * so, sizeof b);
      acc |= (b & kExp) + kOne;
    }
  }
  return (acc >> (sizeof(U) * 8 - 1)) != 0;
}

template <class T>
class FloatObserver : public LoopObserver {
 public:
  FloatObserver(const LoopTypes& lt, int nin, Rule rule) : lt_(lt), nin_(nin), rule_(rule) {}
  void after(char* const* args, int64_t n, const int64_t* steps) override {
    const char* o = args[nin_];
    const int64_t so = steps[nin_];
    if (!any_non_finite<T>(o, n, so)) return;
    int flags = 0;
    for (int64_t i = 0; i < n; ++i) {
      T v;
      std::memcpy(&v, o + i * so, sizeof v);
      if (std::isfinite(v)) continue;
      double in[3] = {0, 0, 0};
      bool in_nan = false, in_inf = false;
      for (int k = 0; k < nin_ && k < 3; ++k) {
        in[k] = load_double(args[k] + i * steps[k], lt_.in[k]);
        in_nan |= std::isnan(in[k]);
        in_inf |= std::isinf(in[k]);
      }
      if (std::isnan(v)) {
        if (!in_nan) flags |= fp_error_bit(FPError::Invalid);
      } else if (!in_nan && !in_inf) {
        flags |= fp_error_bit(at_pole(in) ? FPError::Divide : FPError::Over);
      }
    }
    if (flags) raise_fp_flags(flags);
  }

 private:
  bool at_pole(const double* in) const {
    switch (rule_.pole) {
      case Pole::None: return false;
      case Pole::SecondZero: return in[1] == 0;
      case Pole::FirstZero: return in[0] == 0;
      case Pole::FirstMinusOne: return in[0] == -1;
      case Pole::FirstUnit: return std::fabs(in[0]) == 1;
      case Pole::ZeroToNegative: return in[0] == 0 && in[1] < 0;
    }
    return false;
  }
  LoopTypes lt_;
  int nin_;
  Rule rule_;
};

class IntDivisionObserver : public LoopObserver {
 public:
  explicit IntDivisionObserver(DType t) : t_(t) {}
  void after(char* const* args, int64_t n, const int64_t* steps) override {
    int flags = 0;
    for (int64_t i = 0; i < n; ++i) {
      const Scalar b = Scalar::load(reinterpret_cast<const uint8_t*>(args[1] + i * steps[1]), t_);
      if (b.v.u == 0) {  // Scalar holds every integer dtype widened to 64 bits
        flags |= fp_error_bit(FPError::Divide);
      } else if (dtype_is_signed(t_) && b.v.i == -1) {
        const Scalar a = Scalar::load(reinterpret_cast<const uint8_t*>(args[0] + i * steps[0]), t_);
        const int bits = dtype_itemsize(t_) * 8;
        const int64_t min = bits == 64 ? INT64_MIN : -(int64_t(1) << (bits - 1));
        if (a.v.i == min) flags |= fp_error_bit(FPError::Over);
      }
    }
    if (flags) raise_fp_flags(flags);
  }

 private:
  DType t_;
};

}  // namespace

std::unique_ptr<LoopObserver> fp_status_observer(UFuncId id, const LoopTypes& lt) {
  const int nin = ufunc_nin(id);
  const Rule rule = rule_for(id);
  if (lt.out == DType::Float64) return std::make_unique<FloatObserver<double>>(lt, nin, rule);
  if (lt.out == DType::Float32) return std::make_unique<FloatObserver<float>>(lt, nin, rule);
  if (rule.int_division && nin == 2 && dtype_is_integer(lt.in[1]) && lt.in[0] == lt.in[1])
    return std::make_unique<IntDivisionObserver>(lt.in[1]);
  return nullptr;
}

}  // namespace sl
