// format_options.hpp — NumPy's global print options (np.set_printoptions /
// np.get_printoptions / np.printoptions), read by the array formatting code.
//
// `formatter` holds element-formatting callbacks under NumPy's keys; the layer above wraps
// the user's Python callables into them. Of the `legacy` modes only the scalar repr of
// '1.21' and '1.25' (bare values instead of np.float64(...)) is honoured; '1.13' layout is
// absent. Validation of user input (NumPy's messages for a bad floatmode or sign) is
// offered as helpers so the interpreter raises exactly what NumPy raises.
#pragma once
#include <climits>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "core/ndarray.hpp"

namespace sl {

constexpr int kNoLegacyPrint = INT_MAX;  // legacy=False; NumPy keeps sys.maxsize

// Formats one element (the embedding layer calls the user's function on a NumPy scalar).
using ElementFormatter = std::function<std::string(const Scalar&)>;

struct PrintOptions {
  int precision = 8;
  int64_t threshold = 1000;
  int edgeitems = 3;
  int linewidth = 75;
  bool suppress = false;
  std::string nanstr = "nan", infstr = "inf";
  char sign = '-';                  // '-', '+' or ' '
  std::string floatmode = "maxprec";  // 'fixed', 'unique', 'maxprec', 'maxprec_equal'
  int legacy = kNoLegacyPrint;        // 113, 121, 125, 201 for '1.13' ... '2.1'
  // formatter=: NumPy's keys ('all', 'bool', 'int', 'int_kind', 'float', 'float_kind',
  // 'longfloat', 'complexfloat', 'complex_kind', 'numpystr', 'str_kind', ...) -> function.
  // An array's dtype picks one as NumPy's _get_format_function does; its output is used
  // as is (no common padding).
  std::map<std::string, ElementFormatter> formatter;
  // The embedding layer's own state (the Python objects behind the options, for
  // np.get_printoptions); opaque here, copied and swapped with the options.
  std::shared_ptr<void> host;
};

// The formatter= function for elements of dtype `t` (empty when none applies).
ElementFormatter formatter_for(const PrintOptions& o, DType t);

// The process-wide options (np.set_printoptions writes them, printing reads them).
PrintOptions& print_options();

// Raise ValueError with NumPy's message when the value is not accepted.
void check_floatmode(const std::string& floatmode);
void check_sign(const std::string& sign);

}  // namespace sl
