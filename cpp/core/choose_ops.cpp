#include "core/choose_ops.hpp"

#include <cmath>
#include <cstring>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/views.hpp"

namespace sl {

ArrayPtr choose(const ArrayPtr& index, const std::vector<ArrayPtr>& choices, const std::string& mode,
                const ArrayPtr& out) {
  if (choices.empty()) raise_value_error("0-length sequence.");
  std::vector<Shape> shapes{index->shape};
  for (const ArrayPtr& c : choices) shapes.push_back(c->shape);
  const Shape shape = broadcast_shapes(shapes);
  const DType t = choices[0]->dtype;
  ArrayPtr idx = broadcast_to(index, shape);
  std::vector<ArrayPtr> bc;
  for (const ArrayPtr& c : choices) bc.push_back(broadcast_to(c, shape));
  ArrayPtr r = new_array(shape, t);
  const int64_t n = static_cast<int64_t>(choices.size());
  const int isz = r->itemsize();
  // element offsets of every broadcast operand, in C order
  std::vector<std::vector<int64_t>> offs(choices.size());
  for (size_t k = 0; k < bc.size(); ++k)
    for_each_offset(shape, bc[k]->strides, bc[k]->offset, [&](int64_t p) { offs[k].push_back(p); });
  int64_t e = 0;
  for_each_offset(shape, idx->strides, idx->offset, [&](int64_t p) {
    int64_t m = Scalar::load(idx->buffer->data() + p, idx->dtype).as_int64();
    if (m < 0 || m >= n) {
      if (mode == "wrap") {
        m %= n;
        if (m < 0) m += n;
      } else if (mode == "clip") {
        m = m < 0 ? 0 : n - 1;
      } else {
        raise_value_error("invalid entry in choice array");
      }
    }
    const ArrayPtr& src = bc[static_cast<size_t>(m)];
    std::memcpy(r->data() + e * isz, src->buffer->data() + offs[static_cast<size_t>(m)][static_cast<size_t>(e)],
                static_cast<size_t>(isz));
    ++e;
  });
  if (out) {
    assign_array(out, r);
    return out;
  }
  return r;
}

void nan_to_num_inplace(const ArrayPtr& a, double nan, double posinf, double neginf) {
  if (!a->writeable) raise_value_error("assignment destination is read-only");
  const Scalar vn = Scalar::from_double(nan).cast(a->dtype);
  const Scalar vp = Scalar::from_double(posinf).cast(a->dtype);
  const Scalar vm = Scalar::from_double(neginf).cast(a->dtype);
  uint8_t* b = a->buffer->data();
  for_each_offset(a->shape, a->strides, a->offset, [&](int64_t p) {
    const double x = Scalar::load(b + p, a->dtype).as_double();
    if (std::isnan(x)) vn.store(b + p);
    else if (std::isinf(x)) (x > 0 ? vp : vm).store(b + p);
  });
}

namespace {

// The array as C-ordered lanes along `axis` (moved last); returns the moved view.
ArrayPtr lanes_last(const ArrayPtr& a, int ax) {
  std::vector<int64_t> perm;
  for (int k = 0; k < a->ndim(); ++k)
    if (k != ax) perm.push_back(k);
  perm.push_back(ax);
  return copy_array(transpose(a, &perm), 'C');
}

// Undo lanes_last: a C-ordered array whose last axis is `ax` of the result.
ArrayPtr move_last_to(const ArrayPtr& a, int ax) {
  std::vector<int64_t> perm;
  const int nd = a->ndim();
  for (int k = 0, src = 0; k < nd; ++k) perm.push_back(k == ax ? nd - 1 : src++);
  return copy_array(transpose(a, &perm), 'C');
}

bool little_order(const std::string& bitorder) {
  if (bitorder == "little") return true;
  if (bitorder == "big") return false;
  raise_value_error("'order' must be either 'little' or 'big'");
}

}  // namespace

ArrayPtr packbits(const ArrayPtr& a_in, std::optional<int64_t> axis, const std::string& bitorder) {
  if (!dtype_is_integer(a_in->dtype) && a_in->dtype != DType::Bool)
    raise_type_error("Expected an input array of integer or boolean data type");
  const bool little = little_order(bitorder);
  ArrayPtr a = axis ? a_in : ravel(a_in, 'C');
  if (a->ndim() == 0) {
    if (axis) raise_axis_error("axis " + std::to_string(*axis) + " is out of bounds for array of dimension 0");
    a = reshape(a, {1});
  }
  const int ax = normalize_axis(axis ? *axis : 0, a->ndim());
  ArrayPtr l = lanes_last(a, ax);
  const int64_t n = l->shape.back();
  const int64_t nb = (n + 7) / 8;
  Shape os = l->shape;
  os.back() = nb;
  ArrayPtr o = new_array(os, DType::UInt8);
  const int64_t lanes = n == 0 ? o->size() / std::max<int64_t>(nb, 1) : l->size() / n;
  const int isz = l->itemsize();
  for (int64_t lane = 0; lane < lanes && nb > 0; ++lane) {
    const uint8_t* src = l->data() + lane * n * isz;
    uint8_t* dst = o->data() + lane * nb;
    for (int64_t i = 0; i < n; ++i) {
      bool bit = false;
      for (int k = 0; k < isz; ++k) bit |= src[i * isz + k] != 0;
      if (bit) dst[i / 8] |= static_cast<uint8_t>(little ? 1u << (i % 8) : 0x80u >> (i % 8));
    }
  }
  return move_last_to(o, ax);
}

ArrayPtr unpackbits(const ArrayPtr& a_in, std::optional<int64_t> axis, std::optional<int64_t> count,
                    const std::string& bitorder) {
  if (a_in->dtype != DType::UInt8) raise_type_error("Expected an input array of unsigned byte data type");
  const bool little = little_order(bitorder);
  ArrayPtr a = axis ? a_in : ravel(a_in, 'C');
  if (a->ndim() == 0) {
    if (axis) raise_axis_error("axis " + std::to_string(*axis) + " is out of bounds for array of dimension 0");
    a = reshape(a, {1});
  }
  const int ax = normalize_axis(axis ? *axis : 0, a->ndim());
  ArrayPtr l = lanes_last(a, ax);
  const int64_t nb = l->shape.back();
  int64_t bits = nb * 8;
  if (count) {
    if (*count >= 0) bits = *count;
    else {
      bits += *count;
      if (bits < 0) raise_value_error("-count larger than number of elements");
    }
  }
  Shape os = l->shape;
  os.back() = bits;
  ArrayPtr o = new_array(os, DType::UInt8);
  const int64_t lanes = nb == 0 ? (bits == 0 ? 0 : o->size() / bits) : l->size() / nb;
  for (int64_t lane = 0; lane < lanes; ++lane) {
    const uint8_t* src = l->data() + lane * nb;
    uint8_t* dst = o->data() + lane * bits;
    for (int64_t i = 0; i < bits && i < nb * 8; ++i) {
      const uint8_t byte = src[i / 8];
      dst[i] = static_cast<uint8_t>(little ? (byte >> (i % 8)) & 1u : (byte >> (7 - i % 8)) & 1u);
    }
  }
  return move_last_to(o, ax);
}

}  // namespace sl
