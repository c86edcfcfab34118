// random_params.cpp — parameter checks and the scalar/broadcast planning of _common.pyx.
#include "core/random_params.hpp"

#include <cstdint>

#include "core/assign.hpp"
#include "core/buffer.hpp"
#include "core/errors.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {
// Largest lam NumPy accepts: int64 max minus ten standard deviations (both RandomState,
// where C long is 64-bit on the reference platform, and Generator).
const double kPoissonLamMax =
    static_cast<double>(INT64_MAX) - std::sqrt(static_cast<double>(INT64_MAX)) * 10;

template <class Pred>
bool any_of(const ArrayPtr& a, Pred&& pred) {  // a is float64
  bool hit = false;
  for_each_offset(a->shape, a->strides, a->offset, [&](int64_t off) {
    double v;
    std::memcpy(&v, a->buffer->data() + off, sizeof v);
    if (!hit && pred(v)) hit = true;
  });
  return hit;
}
}  // namespace

DistArg::DistArg(ArrayPtr a) {
  if (a && a->ndim() == 0) {
    value = a->item0().as_double();
  } else {
    array = std::move(a);
  }
}

ArrayPtr DistArg::as_float_array() const {
  if (!array) return array_from_scalar(Scalar::from_double(value));
  return array->dtype == DType::Float64 ? array : astype(array, DType::Float64);
}

void check_constraint(double v, const std::string& name, Constraint c) {
  switch (c) {
    case Constraint::None:
      return;
    case Constraint::NonNegative:
      if (!std::isnan(v) && std::signbit(v)) raise_value_error(name + " < 0");
      return;
    case Constraint::Positive:
    case Constraint::PositiveNotNan:
      if (c == Constraint::PositiveNotNan && std::isnan(v)) raise_value_error(name + " must not be NaN");
      if (v <= 0) raise_value_error(name + " <= 0");
      return;
    case Constraint::Bounded01:
      if (!(v >= 0) || !(v <= 1))
        raise_value_error(name + " < 0, " + name + " > 1 or " + name + " is NaN");
      return;
    case Constraint::BoundedGt01:
      if (!(v > 0) || !(v <= 1))
        raise_value_error(name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
      return;
    case Constraint::Gt1:
      if (!(v > 1)) raise_value_error(name + " <= 1 or " + name + " is NaN");
      return;
    case Constraint::Gte1:
      if (!(v >= 1)) raise_value_error(name + " < 1 or " + name + " is NaN");
      return;
    case Constraint::BoundedLt01:
      if (!(v >= 0) || !(v < 1))
        raise_value_error(name + " < 0, " + name + " >= 1 or " + name + " is NaN");
      return;
    case Constraint::Poisson:
    case Constraint::LegacyPoisson:
      if (!(v >= 0)) raise_value_error(name + " < 0 or " + name + " is NaN");
      if (!(v <= kPoissonLamMax)) raise_value_error(name + " value too large");
      return;
  }
}

void check_array_constraint(const ArrayPtr& a, const std::string& name, Constraint c) {
  switch (c) {
    case Constraint::None:
      return;
    case Constraint::NonNegative:
      if (any_of(a, [](double v) { return !std::isnan(v) && std::signbit(v); }))
        raise_value_error(name + " < 0");
      return;
    case Constraint::Positive:
    case Constraint::PositiveNotNan:
      if (c == Constraint::PositiveNotNan && any_of(a, [](double v) { return std::isnan(v); }))
        raise_value_error(name + " must not be NaN");
      if (any_of(a, [](double v) { return v <= 0; })) raise_value_error(name + " <= 0");
      return;
    case Constraint::Bounded01:
      if (any_of(a, [](double v) { return !(v >= 0) || !(v <= 1); }))
        raise_value_error(name + " < 0, " + name + " > 1 or " + name + " contains NaNs");
      return;
    case Constraint::BoundedGt01:
      if (any_of(a, [](double v) { return !(v > 0) || !(v <= 1); }))
        raise_value_error(name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
      return;
    case Constraint::Gt1:
      if (any_of(a, [](double v) { return !(v > 1); }))
        raise_value_error(name + " <= 1 or " + name + " contains NaNs");
      return;
    case Constraint::Gte1:
      if (any_of(a, [](double v) { return !(v >= 1); }))
        raise_value_error(name + " < 1 or " + name + " contains NaNs");
      return;
    case Constraint::BoundedLt01:
      if (any_of(a, [](double v) { return !(v >= 0) || !(v < 1); }))
        raise_value_error(name + " < 0, " + name + " >= 1 or " + name + " contains NaNs");
      return;
    case Constraint::Poisson:
    case Constraint::LegacyPoisson:
      if (any_of(a, [](double v) { return !(v <= kPoissonLamMax); }))
        raise_value_error(name + " value too large");
      if (any_of(a, [](double v) { return !(v >= 0); }))
        raise_value_error(name + " < 0 or " + name + " contains NaNs");
      return;
  }
}

Shape size_shape(const SizeArg& size) {
  if (!size) return Shape{};
  shape_size(*size);  // "negative dimensions are not allowed"
  return *size;
}

DistArg uniform_range(const DistArg& low, const DistArg& high, const char* scalar_msg) {
  if (low.is_scalar() && high.is_scalar()) {
    const double r = high.value - low.value;
    if (!std::isfinite(r)) raise_overflow_error(scalar_msg);
    return DistArg(r);
  }
  ArrayPtr lo = low.as_float_array(), hi = high.as_float_array();
  Shape shape;
  try {
    shape = broadcast_shapes({hi->shape, lo->shape});
  } catch (const PyError&) {
    raise_value_error("operands could not be broadcast together with shapes " +
                      shape_str_compact(hi->shape) + " " + shape_str_compact(lo->shape) + " ");
  }
  ArrayPtr out = new_array(shape, DType::Float64);
  ArrayPtr hb = broadcast_to(hi, shape), lb = broadcast_to(lo, shape);
  double* d = reinterpret_cast<double*>(out->data());
  std::vector<double> hv, lv;
  auto collect = [](const ArrayPtr& v, std::vector<double>& dst) {
    for_each_offset(v->shape, v->strides, v->offset, [&](int64_t off) {
      double x;
      std::memcpy(&x, v->buffer->data() + off, sizeof x);
      dst.push_back(x);
    });
  };
  collect(hb, hv);
  collect(lb, lv);
  bool finite = true;
  for (size_t i = 0; i < hv.size(); ++i) {
    d[i] = hv[i] - lv[i];
    finite = finite && std::isfinite(d[i]);
  }
  if (!finite) raise_overflow_error("Range exceeds valid bounds");
  return DistArg(out);
}

ParamPlan plan_params(const SizeArg& size, const std::vector<Param>& params) {
  ParamPlan plan;
  bool all_scalar = true;
  for (const Param& p : params) all_scalar = all_scalar && p.arg.is_scalar();
  if (all_scalar) {
    for (const Param& p : params) {
      check_constraint(p.arg.value, p.name, p.cons);
      plan.scalars.push_back(p.arg.value);
    }
    plan.out_shape = size_shape(size);
    plan.size = shape_size(plan.out_shape);
    return plan;
  }
  plan.scalar = false;
  std::vector<ArrayPtr> arrays;
  for (const Param& p : params) {
    arrays.push_back(p.arg.as_float_array());
    check_array_constraint(arrays.back(), p.name, p.cons);
  }
  std::vector<Shape> shapes;
  for (const ArrayPtr& a : arrays) shapes.push_back(a->shape);
  plan.out_shape = size ? size_shape(size) : broadcast_shapes(shapes);
  // NumPy iterates (out, params...) together and insists the output is not broadcast.
  shapes.insert(shapes.begin(), plan.out_shape);
  Shape it_shape = broadcast_shapes(shapes);
  if (it_shape != plan.out_shape)
    raise_value_error("Output size " + shape_to_string(plan.out_shape) +
                      " is not compatible with broadcast dimensions of inputs " +
                      shape_to_string(it_shape) + ".");
  plan.size = shape_size(plan.out_shape);
  for (const ArrayPtr& a : arrays) {
    ArrayPtr v = broadcast_to(a, plan.out_shape);
    std::vector<double> col;
    col.reserve(alloc_count(plan.size));
    for_each_offset(v->shape, v->strides, v->offset, [&](int64_t off) {
      double x;
      std::memcpy(&x, v->buffer->data() + off, sizeof x);
      col.push_back(x);
    });
    plan.columns.push_back(std::move(col));
  }
  return plan;
}

}  // namespace sl
