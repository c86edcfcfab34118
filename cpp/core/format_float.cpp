#include "core/format_float.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sl {

ShortestDigits shortest_digits(double value, bool is_float32) {
  double a = std::fabs(value);
  char buf[64];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, a);
    bool ok = is_float32 ? (std::strtof(buf, nullptr) == static_cast<float>(a))
                         : (std::strtod(buf, nullptr) == a);
    if (ok || prec == 17) {
      // buf = "d.ddde[+-]XX"
      ShortestDigits out;
      const char* e = buf;
      while (*e && *e != 'e') {
        if (*e >= '0' && *e <= '9') out.digits += *e;
        ++e;
      }
      int exp = std::atoi(e + 1);
      while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
      out.exp10 = exp + 1;
      return out;
    }
  }
  return {};
}

namespace {
std::string repr_from_digits(bool negative, const ShortestDigits& d) {
  std::string s = negative ? "-" : "";
  const int n = static_cast<int>(d.digits.size());
  const int decpt = d.exp10;  // position of the decimal point relative to the digits
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      s += "0.";
      s.append(static_cast<size_t>(-decpt), '0');
      s += d.digits;
    } else if (decpt >= n) {
      s += d.digits;
      s.append(static_cast<size_t>(decpt - n), '0');
      s += ".0";
    } else {
      s += d.digits.substr(0, decpt);
      s += '.';
      s += d.digits.substr(decpt);
    }
    return s;
  }
  s += d.digits[0];
  if (n > 1) {
    s += '.';
    s += d.digits.substr(1);
  }
  int e = decpt - 1;
  char buf[16];
  std::snprintf(buf, sizeof buf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
  return s + buf;
}

std::string special_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  return std::signbit(value) ? "-0.0" : "0.0";
}
}  // namespace

std::string python_float_repr(double value) {
  if (!std::isfinite(value) || value == 0) return special_repr(value);
  return repr_from_digits(value < 0, shortest_digits(value, false));
}

std::string python_float32_repr(float value) {
  if (!std::isfinite(value) || value == 0) return special_repr(value);
  return repr_from_digits(value < 0, shortest_digits(value, true));
}

}  // namespace sl
