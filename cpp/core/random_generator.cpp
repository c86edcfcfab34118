// random_generator.cpp — Generator methods (numpy/random/_generator.pyx).
#include "core/random_generator.hpp"

#include <cstring>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/random_bounded.hpp"
#include "core/random_sampling.hpp"
#include "core/views.hpp"

namespace sl {

Generator default_rng(const std::vector<int64_t>& seed) {
  std::vector<uint32_t> entropy;
  for (int64_t v : seed) {
    if (v < 0) raise_value_error("expected non-negative integer");
    for (uint32_t w : SeedSequence::int_words(static_cast<uint64_t>(v))) entropy.push_back(w);
  }
  return Generator(SeedSequence(entropy));
}

Generator default_rng() { return Generator(SeedSequence::from_os_entropy()); }

// ---------------------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------------------
ArrayPtr Generator::random(const SizeArg& size, DType dtype) {
  if (dtype != DType::Float64 && dtype != DType::Float32)
    raise_type_error("Unsupported dtype " + dtype_repr(dtype) + " for random");
  ArrayPtr out = new_array(size_shape(size), dtype);
  const int64_t n = out->size();
  if (dtype == DType::Float64) {
    double* d = reinterpret_cast<double*>(out->data());
    for (int64_t i = 0; i < n; ++i) d[i] = bg_->next_double();
  } else {
    float* f = reinterpret_cast<float*>(out->data());
    for (int64_t i = 0; i < n; ++i) f[i] = bg_->next_float();
  }
  return out;
}

ArrayPtr Generator::standard_normal(const SizeArg& size, DType dtype) {
  if (dtype != DType::Float64 && dtype != DType::Float32)
    raise_type_error("Unsupported dtype " + dtype_repr(dtype) + " for standard_normal");
  ArrayPtr out = new_array(size_shape(size), dtype);
  const int64_t n = out->size();
  if (dtype == DType::Float64) {
    double* d = reinterpret_cast<double*>(out->data());
    for (int64_t i = 0; i < n; ++i) d[i] = rnd::standard_normal(*bg_);
  } else {
    float* f = reinterpret_cast<float*>(out->data());
    for (int64_t i = 0; i < n; ++i) f[i] = rnd::standard_normal_f(*bg_);
  }
  return out;
}

ArrayPtr Generator::normal(const DistArg& loc, const DistArg& scale, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{loc, "", Constraint::None}, {scale, "scale", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return pl.at(0, i) + pl.at(1, i) * rnd::standard_normal(*bg_); });
}

ArrayPtr Generator::uniform(const DistArg& low, const DistArg& high, const SizeArg& size) {
  DistArg range = uniform_range(low, high, "high - low range exceeds valid bounds");
  ParamPlan pl = plan_params(size, {{low, "", Constraint::None}, {range, "high - low", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return pl.at(0, i) + pl.at(1, i) * bg_->next_double(); });
}

ArrayPtr Generator::standard_exponential(const SizeArg& size) {
  ParamPlan pl = plan_params(size, {});
  return fill_double(pl, [&](int64_t) { return rnd::standard_exponential(*bg_); });
}

ArrayPtr Generator::exponential(const DistArg& scale, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{scale, "scale", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return pl.at(0, i) * rnd::standard_exponential(*bg_); });
}

ArrayPtr Generator::standard_gamma(const DistArg& shape, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{shape, "shape", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return rnd::standard_gamma(*bg_, pl.at(0, i)); });
}

ArrayPtr Generator::gamma(const DistArg& shape, const DistArg& scale, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{shape, "shape", Constraint::NonNegative},
                                    {scale, "scale", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return pl.at(1, i) * rnd::standard_gamma(*bg_, pl.at(0, i)); });
}

// ---------------------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------------------
ArrayPtr Generator::poisson(const DistArg& lam, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{lam, "lam", Constraint::Poisson}});
  return fill_int64(pl, [&](int64_t i) { return rnd::poisson(*bg_, pl.at(0, i)); });
}

ArrayPtr Generator::binomial(const DistArg& n, const DistArg& p, const SizeArg& size) {
  // n is read as int64 (truncated) before its check, as NumPy converts it first
  DistArg nn = n.is_scalar() ? DistArg(std::trunc(n.value))
                             : DistArg(n.array->dtype == DType::Int64 ? n.array : astype(n.array, DType::Int64));
  ParamPlan pl = plan_params(size, {{p, "p", Constraint::Bounded01}, {nn, "n", Constraint::NonNegative}});
  return fill_int64(pl, [&](int64_t i) {
    return rnd::binomial(*bg_, pl.at(0, i), static_cast<int64_t>(pl.at(1, i)), binomial_);
  });
}

ArrayPtr Generator::integers(const ArrayPtr& low, const ArrayPtr& high, const SizeArg& size,
                             DType dtype, bool endpoint) {
  if (!dtype_is_integer(dtype) && dtype != DType::Bool)
    raise_type_error("Unsupported dtype " + dtype_repr(dtype) + " for integers");
  if (!high)
    return bounded_integers(*bg_, array_from_scalar(Scalar::from_int(0)), low, size, dtype, false, endpoint);
  return bounded_integers(*bg_, low, high, size, dtype, false, endpoint);
}

ArrayPtr Generator::integers(int64_t low, std::optional<int64_t> high, const SizeArg& size,
                             DType dtype, bool endpoint) {
  ArrayPtr lo = array_from_scalar(Scalar::from_int(low));
  return integers(lo, high ? array_from_scalar(Scalar::from_int(*high)) : nullptr, size, dtype, endpoint);
}

// ---------------------------------------------------------------------------------------
// choice / permutation / shuffle
// ---------------------------------------------------------------------------------------
void Generator::shuffle_int(int64_t n, int64_t first, int64_t* data) {
  for (int64_t i = n - 1; i >= first; --i) {
    const int64_t j = static_cast<int64_t>(rnd::bounded_uint64(*bg_, 0, static_cast<uint64_t>(i), false));
    const int64_t t = data[j];
    data[j] = data[i];
    data[i] = t;
  }
}

ArrayPtr Generator::choice(const ArrayPtr& a, const SizeArg& size, bool replace, const ArrayPtr& p,
                           int64_t axis, bool shuffle) {
  bool nonzero_samples = true;  // np.prod(size) != 0; np.prod(None) is None
  if (size) {
    int64_t prod = 1;
    for (int64_t d : *size) prod *= d;
    nonzero_samples = prod != 0;
  }
  int64_t pop_size;
  if (a->ndim() == 0) {
    if (dtype_is_float(a->dtype))
      raise_value_error("a must be a sequence or an integer, not <class 'float'>");
    pop_size = a->item0().as_int64();
    if (pop_size <= 0 && nonzero_samples)
      raise_value_error("a must be a positive integer unless no samples are taken");
  } else {
    // a.shape[axis]: Python tuple indexing
    if (axis < -a->ndim() || axis >= a->ndim()) raise_index_error("tuple index out of range");
    if (axis < 0) axis += a->ndim();
    pop_size = a->shape[axis];
    if (pop_size == 0 && nonzero_samples) raise_value_error("a cannot be empty unless no samples are taken");
  }
  std::vector<double> pv;
  if (p) pv = rnd::checked_probabilities(p, pop_size, false);

  const Shape shape = size ? *size : Shape{};
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  ArrayPtr idx;
  if (replace) {
    if (p) {
      shape_size(shape);
      idx = rnd::indices_from_p(*bg_, pv, shape);
    } else {
      idx = integers(0, pop_size, SizeArg(shape), DType::Int64);
    }
  } else {
    if (n > pop_size)
      raise_value_error("Cannot take a larger sample than population when replace is False");
    if (n < 0) raise_value_error("negative dimensions are not allowed");
    if (p) {
      idx = rnd::unique_indices_from_p(*bg_, pv, shape);
    } else {
      idx = new_array(shape, DType::Int64);
      int64_t* out = reinterpret_cast<int64_t*>(idx->data());
      const int64_t cutoff = shuffle ? 50 : 20;  // NumPy's tuning, part of the stream
      if (pop_size > 10000 && n > pop_size / cutoff) {
        // Tail shuffle: the last n slots of a partially shuffled arange
        ArrayPtr all = rnd::arange_int64(pop_size);
        int64_t* d = reinterpret_cast<int64_t*>(all->data());
        shuffle_int(pop_size, std::max<int64_t>(pop_size - n, 1), d);
        if (n > 0) std::memcpy(out, d + (pop_size - n), static_cast<size_t>(n) * sizeof(int64_t));
      } else {
        // Floyd's algorithm with NumPy's open-addressing set (size: power of 2 > 1.2 n)
        const uint64_t mask = rnd::gen_mask(static_cast<uint64_t>(1.2 * static_cast<double>(n)));
        const uint64_t empty = ~0ULL;
        std::vector<uint64_t> set(mask + 1, empty);
        for (int64_t j = pop_size - n; j < pop_size; ++j) {
          const uint64_t val = rnd::bounded_uint64(*bg_, 0, static_cast<uint64_t>(j), false);
          uint64_t loc = val & mask;
          while (set[loc] != empty && set[loc] != val) loc = (loc + 1) & mask;
          if (set[loc] == empty) {
            set[loc] = val;
            out[j - pop_size + n] = static_cast<int64_t>(val);
          } else {  // val already taken: take j itself
            loc = static_cast<uint64_t>(j) & mask;
            while (set[loc] != empty) loc = (loc + 1) & mask;
            set[loc] = static_cast<uint64_t>(j);
            out[j - pop_size + n] = j;
          }
        }
        if (shuffle) shuffle_int(n, 1, out);
      }
    }
  }
  if (a->ndim() == 0) return idx;
  return rnd::take_along(a, idx, static_cast<int>(axis));
}

ArrayPtr Generator::permutation(int64_t n) {
  ArrayPtr arr = rnd::arange_int64(n);
  shuffle(arr);
  return arr;
}

ArrayPtr Generator::permutation(const ArrayPtr& x, int64_t axis) {
  const int ax = normalize_axis(axis, x->ndim());
  if (x->ndim() == 1) {
    ArrayPtr arr = copy_array(x, 'C');
    shuffle(arr);
    return arr;
  }
  ArrayPtr idx = rnd::arange_int64(x->shape[ax]);
  shuffle(idx);
  return rnd::take_along(x, idx, ax);
}

void Generator::shuffle(const ArrayPtr& x, int64_t axis) {
  rnd::array_len(x);  // len(x) is evaluated first: TypeError for 0-d
  if (!x->writeable) raise_value_error("array is read-only");
  const int ax = normalize_axis(axis, x->ndim());
  if (x->size() == 0) return;
  rnd::shuffle_axis0(*bg_, ax == 0 ? x : swapaxes(x, 0, ax));
}

}  // namespace sl

namespace sl {

namespace {
// Fisher-Yates over n items at data + k * stride (NumPy's _shuffle_raw with first = 1)
void shuffle_lane(BitGenerator& bg, uint8_t* data, int64_t n, int64_t stride, int itemsize) {
  uint8_t buf[64];
  for (int64_t i = n - 1; i >= 1; --i) {
    const int64_t j = static_cast<int64_t>(rnd::random_interval(bg, static_cast<uint64_t>(i)));
    uint8_t* a = data + i * stride;
    uint8_t* b = data + j * stride;
    std::memcpy(buf, a, static_cast<size_t>(itemsize));
    std::memcpy(a, b, static_cast<size_t>(itemsize));
    std::memcpy(b, buf, static_cast<size_t>(itemsize));
  }
}
}  // namespace

ArrayPtr Generator::permuted(const ArrayPtr& x, std::optional<int64_t> axis, const ArrayPtr& out_arg) {
  ArrayPtr out = out_arg;
  if (!out) {
    out = copy_array(x, 'K');
  } else {
    if (!out->writeable) raise_value_error("out is read-only");
    if (out->shape != x->shape) raise_value_error("out must have the same shape as x");
    assign_array(out, x);
  }
  if (out->itemsize() > 64) raise_type_error("permuted: item size too large");  // flexible dtypes
  if (!axis) {
    // Every element: the flat memory order of a contiguous out (ravel(order='A')), else
    // C order through a contiguous copy written back.
    const bool contiguous = out->ndim() <= 1 || out->is_c_contiguous() || out->is_f_contiguous();
    if (out->ndim() <= 1) {
      if (out->size() > 0)
        shuffle_lane(*bg_, out->data(), out->size(), out->ndim() ? out->strides[0] : 0, out->itemsize());
    } else if (contiguous) {
      shuffle_lane(*bg_, out->data(), out->size(), out->itemsize(), out->itemsize());
    } else {
      ArrayPtr tmp = copy_array(out, 'C');
      shuffle_lane(*bg_, tmp->data(), tmp->size(), tmp->itemsize(), tmp->itemsize());
      assign_array(out, tmp);
    }
    return out;
  }
  const int ax = normalize_axis(*axis, out->ndim());
  const int64_t axlen = out->shape[ax], axstride = out->strides[ax];
  Shape lanes = out->shape;
  lanes[ax] = 1;
  if (out->size() == 0) return out;
  uint8_t* base = out->buffer->data();
  const int itemsize = out->itemsize();
  for_each_offset(lanes, out->strides, out->offset,
                  [&](int64_t off) { shuffle_lane(*bg_, base + off, axlen, axstride, itemsize); });
  return out;
}

}  // namespace sl
