// numpy_fft.cpp — the numpy.fft module: fft/ifft/rfft/irfft/hfft/ihfft, their 2-d and n-d
// forms (NumPy 1.24's _raw_fftnd / _cook_nd_args order of axes), norm=, and the helpers
// fftfreq/rfftfreq/fftshift/ifftshift. The transforms are core/fft.hpp.
#include "core/complex_ops.hpp"
#include "core/creation.hpp"
#include "core/fft.hpp"
#include "core/shape_ops.hpp"
#include "core/ufunc.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

struct Norm {
  bool given = false;
  std::string value;
  const std::string* ptr() const { return given ? &value : nullptr; }
};

Norm norm_arg(const BoundArgs& b, size_t i) {
  Norm n;
  if (b.given(i)) {
    if (!is_str(b[i]))
      raise_value_error("Invalid norm value " + repr(b[i]) + "; should be \"backward\",\"ortho\" or \"forward\".");
    n.given = true;
    n.value = str_value(b[i]);
  }
  return n;
}

// norm for the "swapped direction" transforms (hfft, ihfft)
Norm swap_direction(const Norm& n) {
  Norm r;
  r.given = true;
  if (!n.given || n.value == "backward") r.value = "forward";
  else if (n.value == "ortho") r.value = "ortho";
  else if (n.value == "forward") r.value = "backward";
  else
    raise_value_error("Invalid norm value " + n.value + "; should be \"backward\", \"ortho\" or \"forward\".");
  return r;
}

// a.shape[axis] as Python indexes the shape tuple
int64_t axis_len(const ArrayPtr& a, int64_t axis) {
  const int64_t nd = a->ndim();
  if (axis < -nd || axis >= nd) raise_index_error("tuple index out of range");
  return a->shape[static_cast<size_t>(axis < 0 ? axis + nd : axis)];
}

enum class Kind { Fft, Ifft, Rfft, Irfft };

ArrayPtr transform(Kind k, ArrayPtr a, std::optional<int64_t> n_opt, int64_t axis, const Norm& norm) {
  int64_t n;
  if (n_opt) n = *n_opt;
  else n = k == Kind::Irfft ? (axis_len(a, axis) - 1) * 2 : axis_len(a, axis);
  const bool forward = k == Kind::Fft || k == Kind::Rfft;
  const double inv = fft_inv_norm(n, norm.ptr(), forward);
  return raw_fft(a, n, axis, k == Kind::Rfft || k == Kind::Irfft, forward, inv);
}

std::optional<int64_t> n_arg(const BoundArgs& b, size_t i) {
  if (!b.given(i)) return std::nullopt;
  return to_int64(b[i]);
}

// _cook_nd_args: s defaults to the lengths of `axes` (all axes by default); irfftn's last
// length defaults to 2*(m-1).
void cook_nd(const ArrayPtr& a, const ObjPtr& s_obj, const ObjPtr& axes_obj, bool invreal,
             std::vector<int64_t>* s, std::vector<int64_t>* axes) {
  const bool shapeless = !s_obj || is_none(s_obj);
  const bool axes_given = axes_obj && !is_none(axes_obj);
  if (axes_given) *axes = to_axes(axes_obj);
  if (shapeless) {
    if (!axes_given) {
      *s = a->shape;
    } else {
      s->clear();
      for (int64_t ax : *axes) {
        int64_t n = static_cast<int64_t>(a->shape.size());
        if (ax < -n || ax >= n)
          raise_index_error("index " + std::to_string(ax) + " is out of bounds for axis 0 with size " + std::to_string(n));
        s->push_back(a->shape[static_cast<size_t>(ax < 0 ? ax + n : ax)]);
      }
    }
  } else {
    *s = to_axes(s_obj);
  }
  if (!axes_given) {
    axes->clear();
    for (int64_t k = -static_cast<int64_t>(s->size()); k < 0; ++k) axes->push_back(k);
  }
  if (s->size() != axes->size()) raise_value_error("Shape and axes have different lengths.");
  if (invreal && shapeless) s->back() = (a->shape[normalize_axis(axes->back(), a->ndim())] - 1) * 2;
}

ArrayPtr fftnd(const ArrayPtr& a, const BoundArgs& b, Kind k) {
  std::vector<int64_t> s, axes;
  cook_nd(a, b[1], b[2], false, &s, &axes);
  const Norm norm = norm_arg(b, 3);
  ArrayPtr r = a;
  for (size_t ii = axes.size(); ii-- > 0;) r = transform(k, r, s[ii], axes[ii], norm);
  return r;
}

ArrayPtr rfftnd(const ArrayPtr& a, const BoundArgs& b) {
  std::vector<int64_t> s, axes;
  cook_nd(a, b[1], b[2], false, &s, &axes);
  const Norm norm = norm_arg(b, 3);
  ArrayPtr r = transform(Kind::Rfft, a, s.back(), axes.back(), norm);
  for (size_t ii = 0; ii + 1 < axes.size(); ++ii) r = transform(Kind::Fft, r, s[ii], axes[ii], norm);
  return r;
}

ArrayPtr irfftnd(const ArrayPtr& a, const BoundArgs& b) {
  std::vector<int64_t> s, axes;
  cook_nd(a, b[1], b[2], true, &s, &axes);
  const Norm norm = norm_arg(b, 3);
  ArrayPtr r = a;
  for (size_t ii = 0; ii + 1 < axes.size(); ++ii) r = transform(Kind::Ifft, r, s[ii], axes[ii], norm);
  return transform(Kind::Irfft, r, s.back(), axes.back(), norm);
}

// fftfreq/rfftfreq: n must be an int (ValueError otherwise); results * (1/(n*d))
int64_t freq_n(const ObjPtr& o) {
  if (!is_int(o) && !(is_numpy_scalar(o) && dtype_is_integer(to_array(o)->dtype)))
    raise_value_error("n should be an integer");
  return to_int64(o);
}

ObjPtr shift(const BoundArgs& b, bool inverse) {
  ArrayPtr x = to_array(b[0]);
  std::vector<int64_t> axes, shifts;
  if (!b.given(1)) {
    for (int k = 0; k < x->ndim(); ++k) {
      axes.push_back(k);
      shifts.push_back(inverse ? -(x->shape[k] / 2) : x->shape[k] / 2);
    }
  } else if (is_int(b[1])) {
    const int64_t ax = to_int64(b[1]);
    axes.push_back(ax);
    const int64_t len = x->shape[normalize_axis(ax, x->ndim())];
    shifts.push_back(inverse ? -(len / 2) : len / 2);
  } else {
    axes = to_axes(b[1]);
    for (int64_t ax : axes) {
      const int64_t len = x->shape[normalize_axis(ax, x->ndim())];
      shifts.push_back(inverse ? -(len / 2) : len / 2);
    }
  }
  ArrayPtr sh = new_array({static_cast<int64_t>(shifts.size())}, DType::Int64);
  for (size_t k = 0; k < shifts.size(); ++k) reinterpret_cast<int64_t*>(sh->data())[k] = shifts[k];
  return wrap_array(roll(x, sh, axes));
}

void init_fft(Interpreter&, ModuleObject& m) {
  init_numpy_types();
  auto one = [&m](const char* name, Kind k) {
    def_function(m, name, {"a", "n=", "axis=", "norm="}, [k](const BoundArgs& b) {
      const int64_t axis = b.given(2) ? to_int64(b[2]) : -1;
      return wrap_array(transform(k, to_array(b[0]), n_arg(b, 1), axis, norm_arg(b, 3)));
    });
  };
  one("fft", Kind::Fft);
  one("ifft", Kind::Ifft);
  one("rfft", Kind::Rfft);
  one("irfft", Kind::Irfft);
  def_function(m, "hfft", {"a", "n=", "axis=", "norm="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    const int64_t axis = b.given(2) ? to_int64(b[2]) : -1;
    std::optional<int64_t> n = n_arg(b, 1);
    if (!n) n = (axis_len(a, axis) - 1) * 2;
    return wrap_array(transform(Kind::Irfft, conjugate(a), n, axis, swap_direction(norm_arg(b, 3))));
  });
  def_function(m, "ihfft", {"a", "n=", "axis=", "norm="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    const int64_t axis = b.given(2) ? to_int64(b[2]) : -1;
    return wrap_array(conjugate(transform(Kind::Rfft, a, n_arg(b, 1), axis, swap_direction(norm_arg(b, 3)))));
  });
  auto nd = [&m](const char* name, bool two, Kind k) {
    std::initializer_list<const char*> params = {"a", "s=", "axes=", "norm="};
    def_function(m, name, params, [two, k](const BoundArgs& b) {
      ArrayPtr a = to_array(b[0]);
      if (two && !b.given(2)) {
        // axes=(-2, -1) by default
        BoundArgs c = b;
        c.values[2] = make_tuple({make_int(-2), make_int(-1)});
        if (k == Kind::Rfft) return wrap_array(rfftnd(a, c));
        if (k == Kind::Irfft) return wrap_array(irfftnd(a, c));
        return wrap_array(fftnd(a, c, k));
      }
      if (k == Kind::Rfft) return wrap_array(rfftnd(a, b));
      if (k == Kind::Irfft) return wrap_array(irfftnd(a, b));
      return wrap_array(fftnd(a, b, k));
    });
  };
  nd("fftn", false, Kind::Fft);
  nd("ifftn", false, Kind::Ifft);
  nd("fft2", true, Kind::Fft);
  nd("ifft2", true, Kind::Ifft);
  nd("rfftn", false, Kind::Rfft);
  nd("irfftn", false, Kind::Irfft);
  nd("rfft2", true, Kind::Rfft);
  nd("irfft2", true, Kind::Irfft);

  def_function(m, "fftfreq", {"n", "d=", "device="}, [](const BoundArgs& b) {
    const int64_t n = freq_n(b[0]);
    // val = 1.0 / (n * d); results = [0, 1, ..., N-1, -(n//2), ..., -1] * val
    ObjPtr val = binary_op(BinOp::TrueDiv, make_float(1.0), binary_op(BinOp::Mul, make_int(n), b.given(1) ? b[1] : make_float(1.0)));
    ArrayPtr results = new_array({n < 0 ? 0 : n}, DType::Int64);
    int64_t* p = reinterpret_cast<int64_t*>(results->data());
    const int64_t N = (n - 1 >= 0 ? (n - 1) / 2 : -((-(n - 1) + 1) / 2)) + 1;  // (n-1)//2 + 1
    for (int64_t i = 0; i < n; ++i) p[i] = i < N ? i : i - n;
    return binary_op(BinOp::Mul, wrap_array(results), val);
  });
  def_function(m, "rfftfreq", {"n", "d=", "device="}, [](const BoundArgs& b) {
    const int64_t n = freq_n(b[0]);
    ObjPtr val = binary_op(BinOp::TrueDiv, make_float(1.0), binary_op(BinOp::Mul, make_int(n), b.given(1) ? b[1] : make_float(1.0)));
    const int64_t N = n / 2 + 1;
    ArrayPtr results = new_array({N < 0 ? 0 : N}, DType::Int64);
    int64_t* p = reinterpret_cast<int64_t*>(results->data());
    for (int64_t i = 0; i < N; ++i) p[i] = i;
    return binary_op(BinOp::Mul, wrap_array(results), val);
  });
  def_function(m, "fftshift", {"x", "axes="}, [](const BoundArgs& b) { return shift(b, false); });
  def_function(m, "ifftshift", {"x", "axes="}, [](const BoundArgs& b) { return shift(b, true); });
}

}  // namespace

void register_numpy_fft() { register_numpy_part("numpy.fft", init_fft); }

}  // namespace sl
