#include "core/spaces.hpp"

#include <cmath>

#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/ufunc.hpp"

namespace sl {

ArrayPtr logspace(double start, double stop, int64_t num, bool endpoint, double base, std::optional<DType> dtype) {
  ArrayPtr y = linspace(start, stop, num, endpoint, std::nullopt);
  // np.power(np.array(base), y): a strong float64 base (NumPy 2 turns base into an array)
  ArrayPtr r = apply_ufunc(UFuncId::Power, {Operand::of(array_from_scalar(Scalar::from_double(base))), Operand::of(y)});
  if (dtype && *dtype != r->dtype) r = astype(r, *dtype);
  return r;
}

ArrayPtr geomspace(double start, double stop, int64_t num, bool endpoint, std::optional<DType> dtype) {
  if (start == 0 || stop == 0) raise_value_error("Geometric sequence cannot include zero");
  // out_sign = sign(start); start /= out_sign; stop = stop / out_sign
  const double sign = std::isnan(start) ? start : (start > 0 ? 1.0 : -1.0);
  start /= sign;
  stop /= sign;
  ArrayPtr r = logspace(std::log10(start), std::log10(stop), num, endpoint, 10.0, std::nullopt);
  double* p = reinterpret_cast<double*>(r->data());
  if (num > 0) {
    p[0] = start;
    if (num > 1 && endpoint) p[num - 1] = stop;
  }
  for (int64_t i = 0; i < num; ++i) p[i] *= sign;
  if (dtype && *dtype != r->dtype) r = astype(r, *dtype);
  return r;
}

}  // namespace sl
