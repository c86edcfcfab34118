#include "core/string_compare.hpp"

#include <cstring>

#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

// <0, 0, >0 for items of na / nb units (code points or bytes), NUL-padded to the longer one.
template <class U>
int compare_padded(const uint8_t* a, int64_t na, const uint8_t* b, int64_t nb) {
  const int64_t n = na > nb ? na : nb;
  for (int64_t k = 0; k < n; ++k) {
    U x = 0, y = 0;
    if (k < na) std::memcpy(&x, a + k * sizeof(U), sizeof(U));
    if (k < nb) std::memcpy(&y, b + k * sizeof(U), sizeof(U));
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

bool holds(UFuncId op, int r) {
  switch (op) {
    case UFuncId::Less: return r < 0;
    case UFuncId::LessEqual: return r <= 0;
    case UFuncId::Equal: return r == 0;
    case UFuncId::NotEqual: return r != 0;
    case UFuncId::Greater: return r > 0;
    default: return r >= 0;  // GreaterEqual
  }
}

}  // namespace

bool is_string_array(const NDArray& a) { return a.dtype == DType::Str || a.dtype == DType::Bytes; }

ArrayPtr compare_strings(const ArrayPtr& a, const ArrayPtr& b, UFuncId op) {
  const Shape shape = broadcast_shapes({a->shape, b->shape});
  ArrayPtr out = new_array(shape, DType::Bool);
  if (a->dtype != b->dtype) {
    if (op != UFuncId::Equal && op != UFuncId::NotEqual)
      raise(ErrorType::UFuncNoLoopError, std::string("ufunc '") + ufunc_name(op) +
                                             "' did not contain a loop with signature matching types (<class 'numpy.dtypes." +
                                             dtype_class_name(a->dtype) + "'>, <class 'numpy.dtypes." +
                                             dtype_class_name(b->dtype) + "'>) -> None");
    if (op == UFuncId::NotEqual && out->size() > 0) std::memset(out->data(), 1, static_cast<size_t>(out->size()));
    return out;
  }
  const ArrayPtr x = broadcast_to(a, shape), y = broadcast_to(b, shape);
  const bool unicode = a->dtype == DType::Str;
  const int64_t unit = unicode ? 4 : 1;
  const int64_t na = x->itemsize() / unit, nb = y->itemsize() / unit;
  uint8_t* o = out->data();
  const uint8_t* xb = x->buffer->data();
  const uint8_t* yb = y->buffer->data();
  std::vector<int64_t> xo, yo;
  xo.reserve(static_cast<size_t>(out->size()));
  for_each_offset(shape, x->strides, x->offset, [&](int64_t p) { xo.push_back(p); });
  for_each_offset(shape, y->strides, y->offset, [&](int64_t p) { yo.push_back(p); });
  for (size_t i = 0; i < xo.size(); ++i) {
    if ((i & 0xffff) == 0) check_interrupt();
    const int r = unicode ? compare_padded<uint32_t>(xb + xo[i], na, yb + yo[i], nb)
                          : compare_padded<uint8_t>(xb + xo[i], na, yb + yo[i], nb);
    o[i] = holds(op, r) ? 1 : 0;
  }
  return out;
}

}  // namespace sl
