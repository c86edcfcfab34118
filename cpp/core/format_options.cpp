#include "core/format_options.hpp"

#include "core/errors.hpp"

namespace sl {

PrintOptions& print_options() {
  static PrintOptions options;
  return options;
}

ElementFormatter formatter_for(const PrintOptions& o, DType t) {
  if (o.formatter.empty()) return nullptr;
  // NumPy's _get_formatdict: 'all' covers every kind, '<kind>_kind' its kind, then the
  // exact key wins.
  const char kind = dtype_kind(t);
  const char* exact = kind == 'b' ? "bool" : kind == 'f' ? "float" : kind == 'c' ? "complexfloat"
                    : (kind == 'i' || kind == 'u') ? "int" : (kind == 'S' || kind == 'U') ? "numpystr" : "void";
  const char* family = kind == 'f' ? "float_kind" : kind == 'c' ? "complex_kind"
                     : (kind == 'i' || kind == 'u') ? "int_kind" : (kind == 'S' || kind == 'U') ? "str_kind" : nullptr;
  ElementFormatter f;
  auto pick = [&](const char* key) {
    if (!key) return;
    auto it = o.formatter.find(key);
    if (it != o.formatter.end() && it->second) f = it->second;
  };
  pick("all");
  pick(family);
  pick(exact);
  return f;
}

void check_floatmode(const std::string& floatmode) {
  static const char* const kModes[] = {"fixed", "unique", "maxprec", "maxprec_equal"};
  for (const char* m : kModes)
    if (floatmode == m) return;
  raise_value_error(
      "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"");
}

void check_sign(const std::string& sign) {
  if (sign == "-" || sign == "+" || sign == " ") return;
  raise_value_error("sign option must be one of ' ', '+', or '-'");
}

}  // namespace sl
