// format_options.hpp — NumPy's global print options (np.set_printoptions /
// np.get_printoptions / np.printoptions), read by the array formatting code.
//
// Only the fields stridelab's printing honours are here; `formatter` callbacks and the
// `legacy` modes ('1.13', '1.21') are deliberately absent (printing always follows
// legacy=False). Validation of user input (NumPy's messages for a bad floatmode or sign)
// is offered as helpers so the interpreter raises exactly what NumPy raises.
#pragma once
#include <cstdint>
#include <string>

namespace sl {

struct PrintOptions {
  int precision = 8;
  int64_t threshold = 1000;
  int edgeitems = 3;
  int linewidth = 75;
  bool suppress = false;
  std::string nanstr = "nan", infstr = "inf";
  char sign = '-';                  // '-', '+' or ' '
  std::string floatmode = "maxprec";  // 'fixed', 'unique', 'maxprec', 'maxprec_equal'
};

// The process-wide options (np.set_printoptions writes them, printing reads them).
PrintOptions& print_options();

// Raise ValueError with NumPy's message when the value is not accepted.
void check_floatmode(const std::string& floatmode);
void check_sign(const std::string& sign);

}  // namespace sl
