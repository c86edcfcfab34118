#include "core/split_ops.hpp"

#include "core/errors.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

// ary.shape[axis] with Python tuple indexing (IndexError "tuple index out of range").
int checked_axis(const NDArray& a, int64_t axis) {
  const int nd = a.ndim();
  if (axis < -nd || axis >= nd) raise_index_error("tuple index out of range");
  return static_cast<int>(axis < 0 ? axis + nd : axis);
}

// The pieces a[..., div[i]:div[i+1], ...] along `ax`.
std::vector<ArrayPtr> pieces(const ArrayPtr& a, int ax, const std::vector<int64_t>& div) {
  std::vector<ArrayPtr> out;
  for (size_t i = 0; i + 1 < div.size(); ++i) {
    std::vector<BasicIndex> idx(ax, BasicIndex::make_slice({}));
    idx.push_back(BasicIndex::make_slice({div[i], div[i + 1], std::nullopt}));
    out.push_back(basic_index(a, idx));
  }
  return out;
}

enum class Kind { H, V, D };
const char* kind_error(Kind k) {
  switch (k) {
    case Kind::H: return "hsplit only works on arrays of 1 or more dimensions";
    case Kind::V: return "vsplit only works on arrays of 2 or more dimensions";
    default: return "dsplit only works on arrays of 3 or more dimensions";
  }
}
int64_t kind_axis(const NDArray& a, Kind k) {
  const int need = k == Kind::H ? 1 : k == Kind::V ? 2 : 3;
  if (a.ndim() < need) raise_value_error(kind_error(k));
  if (k == Kind::H) return a.ndim() > 1 ? 1 : 0;
  return k == Kind::V ? 0 : 2;
}

}  // namespace

std::vector<ArrayPtr> array_split(const ArrayPtr& a, int64_t sections, int64_t axis) {
  const int ax = checked_axis(*a, axis);
  if (sections <= 0) raise_value_error("number sections must be larger than 0.");
  const int64_t total = a->shape[ax], each = total / sections, extras = total % sections;
  std::vector<int64_t> div{0};
  for (int64_t i = 0; i < sections; ++i) div.push_back(div.back() + each + (i < extras ? 1 : 0));
  return pieces(a, ax, div);
}

std::vector<ArrayPtr> array_split(const ArrayPtr& a, const std::vector<int64_t>& indices, int64_t axis) {
  const int ax = checked_axis(*a, axis);
  std::vector<int64_t> div{0};
  div.insert(div.end(), indices.begin(), indices.end());
  div.push_back(a->shape[ax]);
  return pieces(a, ax, div);
}

std::vector<ArrayPtr> split(const ArrayPtr& a, int64_t sections, int64_t axis) {
  const int ax = checked_axis(*a, axis);
  if (sections == 0) raise(ErrorType::ZeroDivisionError, "integer modulo by zero");
  int64_t r = a->shape[ax] % sections;  // Python's modulo (sign of the divisor)
  if (r != 0 && ((r < 0) != (sections < 0))) r += sections;
  if (r) raise_value_error("array split does not result in an equal division");
  return array_split(a, sections, axis);
}

std::vector<ArrayPtr> split(const ArrayPtr& a, const std::vector<int64_t>& indices, int64_t axis) {
  return array_split(a, indices, axis);
}

std::vector<ArrayPtr> hsplit(const ArrayPtr& a, int64_t s) { return split(a, s, kind_axis(*a, Kind::H)); }
std::vector<ArrayPtr> hsplit(const ArrayPtr& a, const std::vector<int64_t>& i) {
  return split(a, i, kind_axis(*a, Kind::H));
}
std::vector<ArrayPtr> vsplit(const ArrayPtr& a, int64_t s) { return split(a, s, kind_axis(*a, Kind::V)); }
std::vector<ArrayPtr> vsplit(const ArrayPtr& a, const std::vector<int64_t>& i) {
  return split(a, i, kind_axis(*a, Kind::V));
}
std::vector<ArrayPtr> dsplit(const ArrayPtr& a, int64_t s) { return split(a, s, kind_axis(*a, Kind::D)); }
std::vector<ArrayPtr> dsplit(const ArrayPtr& a, const std::vector<int64_t>& i) {
  return split(a, i, kind_axis(*a, Kind::D));
}

}  // namespace sl
