#include "core/elementwise_special.hpp"

#include <cmath>

#include "core/assign.hpp"
#include "core/ufunc.hpp"
#include "core/ufunc_loops.hpp"

namespace sl {
namespace {

const double kI0A[] = {
    -4.41534164647933937950E-18, 3.33079451882223809783E-17, -2.43127984654795469359E-16,
    1.71539128555513303061E-15,  -1.16853328779934516808E-14, 7.67618549860493561688E-14,
    -4.85644678311192946090E-13, 2.95505266312963983461E-12, -1.72682629144155570723E-11,
    9.67580903537323691224E-11,  -5.18979560163526290666E-10, 2.65982372468238665035E-9,
    -1.30002500998624804212E-8,  6.04699502254191894932E-8,  -2.67079385394061173391E-7,
    1.11738753912010371815E-6,   -4.41673835845875056359E-6, 1.64484480707288970893E-5,
    -5.75419501008210370398E-5,  1.88502885095841655729E-4,  -5.76375574538582365885E-4,
    1.63947561694133579842E-3,   -4.32430999505057594430E-3, 1.05464603945949983183E-2,
    -2.37374148058994688156E-2,  4.93052842396707084878E-2,  -9.49010970480476444210E-2,
    1.71620901522208775349E-1,   -3.04682672343198398683E-1, 6.76795274409476084995E-1};
const double kI0B[] = {
    -7.23318048787475395456E-18, -4.83050448594418207126E-18, 4.46562142029675999901E-17,
    3.46122286769746109310E-17,  -2.82762398051658348494E-16, -3.42548561967721913462E-16,
    1.77256013305652638360E-15,  3.81168066935262242075E-15,  -9.55484669882830764870E-15,
    -4.15056934728722208663E-14, 1.54008621752140982691E-14,  3.85277838274214270114E-13,
    7.18012445138366623367E-13,  -1.79417853150680611778E-12, -1.32158118404477131188E-11,
    -3.14991652796324136454E-11, 1.18891471078464383424E-11,  4.94060238822496958910E-10,
    3.39623202570838634515E-9,   2.26666899049817806459E-8,   2.04891858946906374183E-7,
    2.89137052083475648297E-6,   6.88975834691682398426E-5,   3.36911647825569408990E-3,
    8.04490411014108831608E-1};

// _chbevl with every intermediate in T (the Python floats are weak: NEP 50).
template <class T, size_t N>
T chbevl(T x, const double (&vals)[N]) {
  T b0 = static_cast<T>(vals[0]), b1 = 0, b2 = 0;
  for (size_t i = 1; i < N; ++i) {
    b2 = b1;
    b1 = b0;
    b0 = static_cast<T>(static_cast<T>(x * b1) - b2) + static_cast<T>(vals[i]);
  }
  return static_cast<T>(T(0.5) * static_cast<T>(b0 - b2));
}

template <class T>
T i0_value(T v) {
  const T x = std::fabs(v);
  if (x <= T(8.0)) return std::exp(x) * chbevl(static_cast<T>(x / T(2.0) - T(2)), kI0A);
  return static_cast<T>(std::exp(x) * chbevl(static_cast<T>(T(32.0) / x - T(2.0)), kI0B)) / std::sqrt(x);
}

}  // namespace

ArrayPtr sinc(const ArrayPtr& x) {
  ArrayPtr zero = apply_ufunc(UFuncId::Equal, {Operand(x), Operand::py_int(0)});
  ArrayPtr y = where_select(Operand(zero), Operand::py_float(1.0e-20), Operand(x));
  y = apply_ufunc(UFuncId::Multiply, {Operand::py_float(M_PI), Operand(y)});
  ArrayPtr s = apply_ufunc(UFuncId::Sin, {Operand(y)});
  return apply_ufunc(UFuncId::TrueDivide, {Operand(s), Operand(y)});
}

ArrayPtr i0(const ArrayPtr& x_in) {
  ArrayPtr x = dtype_is_float(x_in->dtype) ? copy_array(x_in, 'K') : astype(x_in, DType::Float64);
  uint8_t* base = x->buffer->data();
  visit_dtype(x->dtype, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      for_each_offset(x->shape, x->strides, x->offset, [&](int64_t p) {
        T v;
        std::memcpy(&v, base + p, sizeof(T));
        v = i0_value(v);
        std::memcpy(base + p, &v, sizeof(T));
      });
    }
  });
  return x;
}

ArrayPtr fix(const ArrayPtr& x, ArrayPtr out) {
  ArrayPtr res = apply_ufunc(UFuncId::Ceil, {Operand(x)}, out);
  ArrayPtr pos = apply_ufunc(UFuncId::GreaterEqual, {Operand(x), Operand::py_int(0)});
  return apply_ufunc(UFuncId::Floor, {Operand(x)}, res, pos);
}

ArrayPtr isposinf(const ArrayPtr& x, ArrayPtr out) {
  ArrayPtr inf = apply_ufunc(UFuncId::IsInf, {Operand(x)});
  ArrayPtr neg = apply_ufunc(UFuncId::Signbit, {Operand(x)});
  ArrayPtr pos = apply_ufunc(UFuncId::LogicalNot, {Operand(neg)});
  return apply_ufunc(UFuncId::LogicalAnd, {Operand(inf), Operand(pos)}, out);
}

ArrayPtr isneginf(const ArrayPtr& x, ArrayPtr out) {
  ArrayPtr inf = apply_ufunc(UFuncId::IsInf, {Operand(x)});
  ArrayPtr neg = apply_ufunc(UFuncId::Signbit, {Operand(x)});
  return apply_ufunc(UFuncId::LogicalAnd, {Operand(inf), Operand(neg)}, out);
}

}  // namespace sl
