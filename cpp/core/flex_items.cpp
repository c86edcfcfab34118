// flex_items.cpp — see flex_items.hpp.
#include "core/flex_items.hpp"

#include <algorithm>
#include <cstring>

#include "core/errors.hpp"
#include "core/text_io.hpp"

namespace sl {

std::string load_bytes_item(const uint8_t* p, int64_t itemsize) {
  int64_t n = itemsize;
  while (n > 0 && p[n - 1] == 0) --n;
  return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
}

std::string load_str_item(const uint8_t* p, int64_t itemsize) {
  int64_t n = itemsize / 4;
  std::u32string cps;
  cps.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    uint32_t c;
    std::memcpy(&c, p + 4 * i, 4);
    cps.push_back(static_cast<char32_t>(c));
  }
  while (!cps.empty() && cps.back() == 0) cps.pop_back();
  return utf8_encode(cps);
}

void store_bytes_item(uint8_t* p, int64_t itemsize, const std::string& bytes) {
  const int64_t n = std::min<int64_t>(itemsize, static_cast<int64_t>(bytes.size()));
  std::memset(p, 0, static_cast<size_t>(itemsize));
  std::memcpy(p, bytes.data(), static_cast<size_t>(n));
}

void store_str_item(uint8_t* p, int64_t itemsize, const std::string& utf8) {
  const std::u32string cps = utf8_decode(utf8);
  const int64_t n = std::min<int64_t>(itemsize / 4, static_cast<int64_t>(cps.size()));
  std::memset(p, 0, static_cast<size_t>(itemsize));
  for (int64_t i = 0; i < n; ++i) {
    const uint32_t c = static_cast<uint32_t>(cps[static_cast<size_t>(i)]);
    std::memcpy(p + 4 * i, &c, 4);
  }
}

ArrayPtr field_view(const ArrayPtr& a, const std::string& name) {
  const Descr d = a->descr();
  if (!d.has_fields())
    raise_index_error(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
        "boolean arrays are valid indices");
  for (const Field& f : d.fields()) {
    if (f.name != name) continue;
    Shape shape = a->shape;
    Strides strides = a->strides;
    Descr t = f.type;
    if (t.is_subarray()) {
      const Descr base = t.subarray_base();
      const std::vector<int64_t>& sub = t.subarray_shape();
      Strides inner(sub.size());
      int64_t step = base.itemsize();
      for (size_t k = sub.size(); k-- > 0;) {
        inner[k] = step;
        step *= sub[k];
      }
      shape.insert(shape.end(), sub.begin(), sub.end());
      strides.insert(strides.end(), inner.begin(), inner.end());
      t = base;
    }
    return make_view(a, a->offset + f.offset, std::move(shape), std::move(strides), t);
  }
  raise_value_error("no field of name " + name);
}

ArrayPtr fields_view(const ArrayPtr& a, const std::vector<std::string>& names) {
  const Descr d = a->descr();
  if (!d.has_fields())
    raise_index_error(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
        "boolean arrays are valid indices");
  auto info = std::make_shared<FlexInfo>(*d.flex);  // itemsize, alignment, align flag stay
  info->fields.clear();
  for (const std::string& name : names) {
    const Field* found = nullptr;
    for (const Field& f : d.fields())
      if (f.name == name) found = &f;
    if (!found) raise(ErrorType::KeyError, name);
    for (const Field& g : info->fields)
      if (g.name == name) raise_value_error("duplicate field of name '" + name + "'");
    info->fields.push_back(*found);
  }
  return make_view(a, a->offset, a->shape, a->strides, Descr(DType::Void, info));
}

}  // namespace sl
