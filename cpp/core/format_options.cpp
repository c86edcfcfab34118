#include "core/format_options.hpp"

#include "core/errors.hpp"

namespace sl {

PrintOptions& print_options() {
  static PrintOptions options;
  return options;
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
