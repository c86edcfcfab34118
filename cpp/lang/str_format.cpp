// str_format.cpp — Python's format-spec mini-language (format(), f-strings, str.format)
// for int, float and str, and printf-style `%` formatting. Objects of other types with a
// `__format__` method (native or Python) are delegated to it; objects with __float__ /
// __index__ (e.g. NumPy scalars) fall back to the float/int rules.
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/format_float.hpp"
#include "lang/builtin_types.hpp"
#include "lang/complex.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

struct Spec {
  uint32_t fill = ' ';
  char align = 0;  // '<' '>' '^' '='
  char sign = 0;   // '+' '-' ' '
  bool alt = false;
  bool zero = false;
  int64_t width = -1;
  char grouping = 0;  // ',' '_'
  int64_t precision = -1;
  char type = 0;
  bool z = false;  // coerce negative zero (floats only)
};

[[noreturn]] void unknown_code(char code, const char* tname) {
  raise_value_error(std::string("Unknown format code '") + code + "' for object of type '" + tname + "'");
}

[[noreturn]] void bad_spec(const std::string& spec, const char* tname) {
  raise_value_error(std::string("Invalid format specifier '") + spec + "' for object of type '" + tname + "'");
}

// accumulated * 10 + digit, or CPython's ValueError once it would pass PY_SSIZE_T_MAX (the
// format-spec and %-format parsers check exactly there, each with its own message).
int64_t append_decimal_digit(int64_t accumulated, uint32_t digit_char, const char* too_big) {
  const int64_t d = static_cast<int64_t>(digit_char - '0');
  if (accumulated > (INT64_MAX - d) / 10) raise_value_error(too_big);
  return accumulated * 10 + d;
}

Spec parse_spec(const std::string& s, const char* tname) {
  Spec sp;
  std::vector<uint32_t> cps = utf8_codepoints(s);
  size_t i = 0, n = cps.size();
  auto is_align = [](uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (n >= 2 && is_align(cps[1])) {
    sp.fill = cps[0];
    sp.align = static_cast<char>(cps[1]);
    i = 2;
  } else if (n >= 1 && is_align(cps[0])) {
    sp.align = static_cast<char>(cps[0]);
    i = 1;
  }
  if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) sp.sign = static_cast<char>(cps[i++]);
  if (i < n && cps[i] == 'z') {
    sp.z = true;
    ++i;
  }
  if (i < n && cps[i] == '#') {
    sp.alt = true;
    ++i;
  }
  if (i < n && cps[i] == '0') {
    sp.zero = true;
    ++i;
  }
  if (i < n && cps[i] >= '0' && cps[i] <= '9') {
    sp.width = 0;
    while (i < n && cps[i] >= '0' && cps[i] <= '9')
      sp.width = append_decimal_digit(sp.width, cps[i++], "Too many decimal digits in format string");
  }
  if (i < n && (cps[i] == ',' || cps[i] == '_')) sp.grouping = static_cast<char>(cps[i++]);
  if (i < n && cps[i] == '.') {
    ++i;
    if (i >= n || cps[i] < '0' || cps[i] > '9') raise_value_error("Format specifier missing precision");
    sp.precision = 0;
    while (i < n && cps[i] >= '0' && cps[i] <= '9')
      sp.precision = append_decimal_digit(sp.precision, cps[i++], "Too many decimal digits in format string");
  }
  if (i < n) sp.type = static_cast<char>(cps[i++]);
  if (i < n) bad_spec(s, tname);
  if (sp.zero && !sp.align) {
    sp.fill = '0';
    sp.align = '=';
  }
  return sp;
}

int64_t cp_len(const std::string& s) {
  int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string repeat_cp(uint32_t cp, int64_t n) {
  if (n > (int64_t(1) << 30)) raise_memory_error("");
  std::string one = utf8_from_codepoints(cp), out;
  for (int64_t i = 0; i < n; ++i) out += one;
  return out;
}

// Pads `body` (with sign/prefix `head` for '=' alignment) to the spec's width.
std::string pad(const Spec& sp, const std::string& head, const std::string& body, char default_align) {
  char align = sp.align ? sp.align : default_align;
  int64_t len = cp_len(head) + cp_len(body);
  if (sp.width <= len) return head + body;
  int64_t fill = sp.width - len;
  switch (align) {
    case '<': return head + body + repeat_cp(sp.fill, fill);
    case '^': return repeat_cp(sp.fill, fill / 2) + head + body + repeat_cp(sp.fill, fill - fill / 2);
    case '=': return head + repeat_cp(sp.fill, fill) + body;
    default: return repeat_cp(sp.fill, fill) + head + body;
  }
}

std::string group_digits(const std::string& digits, char sep, int every) {
  std::string out;
  int64_t n = static_cast<int64_t>(digits.size());
  for (int64_t i = 0; i < n; ++i) {
    out += digits[i];
    int64_t rem = n - 1 - i;
    if (rem > 0 && rem % every == 0) out += sep;
  }
  return out;
}

// Any int (small or big). Returns "" for the float presentation types (caller switches).
std::string format_int(const ObjPtr& v, const Spec& sp, const std::string& spec) {
  char t = sp.type ? sp.type : 'd';
  if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%')
    return "";  // caller switches to float formatting
  if (sp.precision >= 0) raise_value_error("Precision not allowed in integer format specifier");
  if (sp.z) raise_value_error("Negative zero coercion (z) not allowed in integer format specifier");
  if (t == 'c') {
    if (is_big_int(v)) raise_overflow_error("Python int too large to convert to C long");
    int64_t c = int_value(v);
    if (c < 0 || c > 0x10ffff) raise_overflow_error("%c arg not in range(0x110000)");
    return pad(sp, "", utf8_from_codepoints(static_cast<uint32_t>(c)), '<');
  }
  int base = 10;
  const char* prefix = "";
  switch (t) {
    case 'd': case 'n': break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'b': base = 2; prefix = "0b"; break;
    default: unknown_code(t, "int");
  }
  const bool neg = int_sign(v) < 0;
  std::string digits;
  if (base == 10) {
    digits = int_repr(v);  // applies sys.int_max_str_digits like CPython
    if (neg) digits.erase(0, 1);
  } else {
    digits = int_to_string(v, base);
    if (neg) digits.erase(0, 1);
    if (t == 'X')
      for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (sp.grouping) digits = group_digits(digits, sp.grouping, base == 10 ? 3 : 4);
  std::string head;
  if (neg) head = "-";
  else if (sp.sign == '+') head = "+";
  else if (sp.sign == ' ') head = " ";
  if (sp.alt) head += prefix;
  (void)spec;
  return pad(sp, head, digits, '>');
}

// printf-style formatting of one double with a '*' precision, sized to its result (a fixed
// buffer cut '.600f' at 511 characters); CPython refuses precisions past INT_MAX.
std::string c_format_double(const char* fmt, int64_t prec, double a) {
  if (prec > INT_MAX) raise_value_error("precision too big");
  const int n = std::snprintf(nullptr, 0, fmt, static_cast<int>(prec), a);
  if (n < 0) raise_memory_error("");
  std::string out(alloc_count(n), '\0');
  std::snprintf(&out[0], out.size() + 1, fmt, static_cast<int>(prec), a);
  return out;
}

// Python's float formatting for types e/E/f/F/g/G/%/n and none.
std::string format_float_body(double v, const Spec& sp, char t, const std::string& spec) {
  double a = std::fabs(v);
  std::string body;
  if (std::isnan(v)) {
    body = (t == 'E' || t == 'F' || t == 'G') ? "NAN" : "nan";
  } else if (std::isinf(v)) {
    body = (t == 'E' || t == 'F' || t == 'G') ? "INF" : "inf";
  } else {
    int64_t prec = sp.precision;
    switch (t) {
      case 'e': case 'E': case 'f': case 'F': {
        if (prec < 0) prec = 6;
        char fmt[16];
        std::snprintf(fmt, sizeof fmt, "%%%s.*%c", sp.alt ? "#" : "", t);
        body = c_format_double(fmt, prec, a);
        break;
      }
      case '%': {
        if (prec < 0) prec = 6;
        body = c_format_double(sp.alt ? "%#.*f" : "%.*f", prec, a * 100.0) + "%";
        break;
      }
      case 'g': case 'G': case 'n': {
        if (prec < 0) prec = 6;
        if (prec == 0) prec = 1;
        char fmt[16];
        std::snprintf(fmt, sizeof fmt, "%%%s.*%c", sp.alt ? "#" : "", t == 'G' ? 'G' : 'g');
        body = c_format_double(fmt, prec, a);
        break;
      }
      default: {  // no type: repr, or 'g'-like with at least one decimal digit
        if (prec < 0) {
          body = python_float_repr(a);
        } else {
          if (prec == 0) prec = 1;
          body = c_format_double("%.*g", prec, a);
          if (body.find_first_of(".eni") == std::string::npos) body += ".0";
          else if (body.find('e') != std::string::npos && body.find('.') == std::string::npos) {
            // 1e+10 stays as is (Python prints '1e+10')
          }
        }
        break;
      }
    }
  }
  if (sp.grouping && std::isfinite(v)) {
    size_t end = body.find_first_of(".eE%");
    if (end == std::string::npos) end = body.size();
    body = group_digits(body.substr(0, end), sp.grouping, 3) + body.substr(end);
  }
  std::string head;
  bool neg = std::signbit(v) && !std::isnan(v);
  if (neg && sp.z) {
    // 'z': a value that rounds to (negative) zero prints without its sign
    bool nonzero = false;
    for (char c : body) {
      if (c == 'e' || c == 'E' || c == '%') break;
      if (c >= '1' && c <= '9') nonzero = true;
    }
    if (!nonzero) neg = false;
  }
  if (neg) head = "-";
  else if (sp.sign == '+') head = "+";
  else if (sp.sign == ' ') head = " ";
  (void)spec;
  return pad(sp, head, body, '>');
}

std::string format_float(double v, const Spec& sp, const std::string& spec) {
  char t = sp.type;
  switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: unknown_code(t, "float");
  }
  return format_float_body(v, sp, t, spec);
}

std::string format_str(const std::string& s, const Spec& sp, const std::string& spec) {
  if (sp.type && sp.type != 's') unknown_code(sp.type, "str");
  if (sp.grouping) raise_value_error(std::string("Cannot specify '") + sp.grouping + "' with 's'.");
  if (sp.sign) raise_value_error("Sign not allowed in string format specifier");
  if (sp.align == '=') raise_value_error("'=' alignment not allowed in string format specifier");
  std::string body = s;
  if (sp.precision >= 0 && cp_len(body) > sp.precision) {
    std::vector<uint32_t> cps = utf8_codepoints(body);
    cps.resize(alloc_count(sp.precision));
    body = utf8_from_codepoints(cps);
  }
  return pad(sp, "", body, '<');
}

// One part of a formatted complex (CPython's format_complex_internal): the digits of |v| for
// type 'r' (repr without a trailing ".0"), e/E/f/F/g/G with precision `prec`.
std::string complex_part(double v, char t, int64_t prec, const Spec& sp) {
  double a = std::fabs(v);
  bool upper = t == 'E' || t == 'F' || t == 'G';
  std::string body;
  if (std::isnan(v)) return upper ? "NAN" : "nan";
  if (std::isinf(v)) return upper ? "INF" : "inf";
  if (t == 'r') {
    body = python_float_repr(a);
    if (body.size() > 2 && body.compare(body.size() - 2, 2, ".0") == 0) body.resize(body.size() - 2);
  } else {
    if ((t == 'g' || t == 'G') && prec == 0) prec = 1;
    char fmt[16];
    std::snprintf(fmt, sizeof fmt, "%%%s.*%c", sp.alt ? "#" : "", t);
    body = c_format_double(fmt, prec, a);
  }
  if (sp.grouping) {
    size_t end = body.find_first_of(".eE");
    if (end == std::string::npos) end = body.size();
    body = group_digits(body.substr(0, end), sp.grouping, 3) + body.substr(end);
  }
  return body;
}

}  // namespace

std::string format_complex(double re, double im, const std::string& spec) {
  Spec sp = parse_spec(spec, "complex");
  if (sp.fill == '0') raise_value_error("Zero padding is not allowed in complex format specifier");
  if (sp.align == '=') raise_value_error("'=' alignment flag is not allowed in complex format specifier");
  char t = sp.type;
  switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: unknown_code(t, "complex");
  }
  bool skip_re = false, parens = false;
  int64_t prec = sp.precision;
  if (t == 0) {  // like str(z), with the precision applied 'g'-style
    t = 'r';
    if (re == 0.0 && !std::signbit(re)) skip_re = true;
    else parens = true;
  }
  if (t == 'n') t = 'g';
  if (prec < 0) prec = t == 'r' ? 0 : 6;
  else if (t == 'r') t = 'g';
  auto sign_of = [](double v, char sign) -> std::string {
    if (std::signbit(v) && !std::isnan(v)) return "-";
    if (sign == '+') return "+";
    if (sign == ' ') return " ";
    return "";
  };
  std::string body = parens ? "(" : "";
  if (!skip_re) body += sign_of(re, sp.sign) + complex_part(re, t, prec, sp);
  body += sign_of(im, skip_re ? sp.sign : '+') + complex_part(im, t, prec, sp) + "j";
  if (parens) body += ")";
  return pad(sp, "", body, '>');
}

std::string format_value(const ObjPtr& value, const std::string& spec) {
  TypeObject* t = value->type();
  if (t == int_type || t == bool_type || t == bigint_type) {
    if (spec.empty()) return str(value);
    Spec sp = parse_spec(spec, t->name.c_str());
    std::string r = format_int(value, sp, spec);
    if (!r.empty() || sp.type == 'c') return r;
    return format_float(int_to_double(value), sp, spec);
  }
  if (t == float_type) {
    if (spec.empty()) return str(value);
    return format_float(float_value(value), parse_spec(spec, "float"), spec);
  }
  if (t == str_type) {
    if (spec.empty()) return str_value(value);
    return format_str(str_value(value), parse_spec(spec, "str"), spec);
  }
  if (ObjPtr f = type_lookup(t, "__format__")) {
    ObjPtr m = getattr(value, "__format__");
    ObjPtr arg = make_str(spec);
    ObjPtr r = call(m, PosArgs(&arg, 1));
    if (!is_str(r)) raise_type_error("__format__ must return a str, not " + type_name(r));
    return str_value(r);
  }
  if (spec.empty()) return str(value);
  if (find_slot(t, &TypeObject::index)) {
    Spec sp = parse_spec(spec, t->name.c_str());
    std::string r = format_int(make_int(to_bigint(value)), sp, spec);
    if (!r.empty() || sp.type == 'c') return r;
    return format_float(to_double(value), sp, spec);
  }
  if (find_slot(t, &TypeObject::to_float)) return format_float(to_double(value), parse_spec(spec, "float"), spec);
  raise_type_error("unsupported format string passed to " + t->name + ".__format__");
}

// ---------------------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------------------
namespace {
// str.format field evaluation: "0", "name", "0.attr", "name[key]"
ObjPtr resolve_field(const std::string& field, PosArgs args, KwArgs kwargs, size_t* auto_idx, bool* used_auto,
                     bool* used_manual) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string first = field.substr(0, i);
  ObjPtr obj;
  if (first.empty()) {
    if (*used_manual) raise_value_error("cannot switch from manual field specification to automatic field numbering");
    *used_auto = true;
    size_t k = (*auto_idx)++;
    if (k >= args.size()) raise_index_error("Replacement index " + std::to_string(k) + " out of range for positional args tuple");
    obj = args[k];
  } else if (std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (*used_auto) raise_value_error("cannot switch from automatic field numbering to manual field specification");
    *used_manual = true;
    size_t k = std::stoul(first);
    if (k >= args.size()) raise_index_error("Replacement index " + std::to_string(k) + " out of range for positional args tuple");
    obj = args[k];
  } else {
    for (auto& kw : kwargs)
      if (kw.name == first) obj = kw.value;
    if (!obj) throw_exception(make_exception(exception_type(ErrorType::KeyError), {make_str(first)}));
  }
  while (i < field.size()) {
    if (field[i] == '.') {
      size_t j = i + 1;
      while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
      obj = getattr(obj, field.substr(i + 1, j - i - 1));
      i = j;
    } else {
      size_t j = field.find(']', i);
      if (j == std::string::npos) raise_value_error("Missing ']' in format string");
      std::string key = field.substr(i + 1, j - i - 1);
      bool digits = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
      obj = getitem(obj, digits ? make_int(std::stoll(key)) : make_str(key));
      i = j + 1;
    }
  }
  return obj;
}

std::string do_format(const std::string& fmt, PosArgs args, KwArgs kwargs, size_t* auto_idx, bool* ua, bool* um,
                      int depth) {
  if (depth > 2) raise_value_error("Max string recursion exceeded");
  std::string out;
  size_t i = 0, n = fmt.size();
  while (i < n) {
    char c = fmt[i];
    if (c == '{') {
      if (i + 1 < n && fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      size_t j = i + 1;
      int level = 1;
      while (j < n && level) {
        if (fmt[j] == '{') ++level;
        else if (fmt[j] == '}') --level;
        if (level) ++j;
      }
      if (j >= n) raise_value_error("expected '}' before end of string");
      std::string inner = fmt.substr(i + 1, j - i - 1);
      i = j + 1;
      // split field[!conv][:spec]
      size_t k = 0;
      int br = 0;
      while (k < inner.size()) {
        if (inner[k] == '[') ++br;
        else if (inner[k] == ']') --br;
        else if (br == 0 && (inner[k] == '!' || inner[k] == ':')) break;
        ++k;
      }
      std::string field = inner.substr(0, k);
      char conv = 0;
      std::string spec;
      if (k < inner.size() && inner[k] == '!') {
        if (k + 1 >= inner.size()) raise_value_error("end of string while looking for conversion specifier");
        conv = inner[k + 1];
        k += 2;
        if (k < inner.size() && inner[k] != ':') raise_value_error("expected ':' after conversion specifier");
      }
      if (k < inner.size() && inner[k] == ':') spec = inner.substr(k + 1);
      ObjPtr v = resolve_field(field, args, kwargs, auto_idx, ua, um);
      if (conv == 'r') v = make_str(repr(v));
      else if (conv == 'a') v = make_str(ascii_repr(repr(v)));
      else if (conv == 's') v = make_str(str(v));
      else if (conv) raise_value_error(std::string("Unknown conversion specifier ") + conv);
      if (spec.find('{') != std::string::npos) spec = do_format(spec, args, kwargs, auto_idx, ua, um, depth + 1);
      out += format_value(v, spec);
    } else if (c == '}') {
      if (i + 1 < n && fmt[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      raise_value_error("Single '}' encountered in format string");
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string str_format_method(const std::string& fmt, PosArgs args, KwArgs kwargs) {
  size_t auto_idx = 0;
  bool ua = false, um = false;
  return do_format(fmt, args, kwargs, &auto_idx, &ua, &um, 0);
}

std::string int_to_base(const ObjPtr& v, int base, bool prefix) {
  Spec sp;
  sp.alt = prefix;
  sp.type = base == 16 ? 'x' : base == 8 ? 'o' : base == 2 ? 'b' : 'd';
  return format_int(v, sp, "");
}

// ---------------------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------------------
ObjPtr str_percent_format(const std::string& fmt, const ObjPtr& args) {
  std::vector<ObjPtr> items;
  ObjPtr mapping;
  if (is_tuple(args)) items = tuple_items(args);
  else {
    items.push_back(args);
    if (is_dict(args)) mapping = args;
  }
  size_t argi = 0;
  auto next_arg = [&]() -> ObjPtr {
    if (argi >= items.size()) raise_type_error("not enough arguments for format string");
    return items[argi++];
  };
  std::string out;
  bool used_mapping = false;
  size_t i = 0, n = fmt.size();
  while (i < n) {
    char c = fmt[i];
    if (c != '%') {
      out += c;
      ++i;
      continue;
    }
    ++i;
    if (i >= n) raise_value_error("incomplete format");
    ObjPtr value;
    if (fmt[i] == '(') {
      if (!mapping) raise_type_error("format requires a mapping");
      size_t depth = 1, j = i + 1;
      while (j < n && depth) {
        if (fmt[j] == '(') ++depth;
        else if (fmt[j] == ')') --depth;
        ++j;
      }
      if (depth) raise_value_error("incomplete format key");
      std::string key = fmt.substr(i + 1, j - i - 2);
      value = getitem(mapping, make_str(key));
      used_mapping = true;
      i = j;
    }
    Spec sp;
    bool left = false;
    for (; i < n; ++i) {
      char f = fmt[i];
      if (f == '-') left = true;
      else if (f == '+') sp.sign = '+';
      else if (f == ' ') { if (sp.sign != '+') sp.sign = ' '; }
      else if (f == '#') sp.alt = true;
      else if (f == '0') sp.zero = true;
      else break;
    }
    if (i < n && fmt[i] == '*') {
      sp.width = to_int64(next_arg());
      ++i;
    } else if (i < n && std::isdigit(static_cast<unsigned char>(fmt[i]))) {
      sp.width = 0;
      while (i < n && std::isdigit(static_cast<unsigned char>(fmt[i])))
        sp.width = append_decimal_digit(sp.width, fmt[i++], "width too big");
    }
    if (i < n && fmt[i] == '.') {
      ++i;
      sp.precision = 0;
      if (i < n && fmt[i] == '*') {
        sp.precision = to_int64(next_arg());
        ++i;
      } else {
        while (i < n && std::isdigit(static_cast<unsigned char>(fmt[i])))
          sp.precision = append_decimal_digit(sp.precision, fmt[i++], "precision too big");
      }
    }
    while (i < n && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) ++i;
    if (i >= n) raise_value_error("incomplete format");
    char conv = fmt[i++];
    if (conv == '%') {
      out += '%';
      continue;
    }
    if (!value) value = next_arg();
    if (left) {
      sp.align = '<';
      sp.zero = false;
    } else {
      sp.align = sp.zero ? '=' : '>';
      if (sp.zero) sp.fill = '0';
    }
    std::string piece;
    switch (conv) {
      case 's': case 'r': case 'a': {
        std::string s = conv == 's' ? str(value) : conv == 'a' ? ascii_repr(repr(value)) : repr(value);
        if (sp.precision >= 0 && cp_len(s) > sp.precision) {
          auto cps = utf8_codepoints(s);
          cps.resize(alloc_count(sp.precision));
          s = utf8_from_codepoints(cps);
        }
        Spec ss = sp;
        ss.fill = ' ';
        if (ss.align == '=') ss.align = '>';
        piece = pad(ss, "", s, '>');
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        if (!is_number(value))
          raise_type_error(std::string("%") + conv + " format: a " +
                           (conv == 'd' || conv == 'i' || conv == 'u' ? "real number" : "integer") +
                           " is required, not " + type_name(value));
        ObjPtr iv;
        if (is_float(value)) {
          if (conv != 'd' && conv != 'i' && conv != 'u')
            raise_type_error(std::string("%") + conv + " format: an integer is required, not float");
          iv = double_to_int_obj(float_value(value));
        } else {
          iv = has_index(value) ? make_int(to_bigint(value)) : double_to_int_obj(to_double(value));
        }
        Spec is = sp;
        is.type = conv == 'i' || conv == 'u' ? 'd' : conv;
        int64_t prec = is.precision;
        is.precision = -1;
        piece = format_int(iv, is, "");
        if (prec > 0) {
          // precision = minimum digits
          Spec raw;
          raw.type = is.type;
          raw.alt = is.alt;
          const bool neg = int_sign(iv) < 0;
          std::string digits = format_int(neg ? int_neg(iv) : iv, raw, "");
          size_t pfx = is.alt ? 2 : 0;
          std::string num = digits.substr(pfx);
          // one insert (a prepend per digit was quadratic: '%.88888888x' ran for minutes)
          if (static_cast<int64_t>(num.size()) < prec)
            num.insert(0, alloc_count(prec - static_cast<int64_t>(num.size())), '0');
          std::string head = neg ? "-" : (is.sign == '+' ? "+" : (is.sign == ' ' ? " " : ""));
          head += digits.substr(0, pfx);
          piece = pad(is, head, num, '>');
        }
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        if (!is_number(value))
          raise_type_error(std::string("must be real number, not ") + type_name(value));
        Spec fs = sp;
        fs.type = conv;
        if (fs.precision < 0) fs.precision = 6;
        piece = format_float_body(to_double(value), fs, conv, "");
        break;
      }
      case 'c': {
        if (is_str(value)) {
          if (cast<StrObject>(value)->length != 1) raise_type_error("%c requires int or char");
          piece = pad(sp, "", str_value(value), '>');
        } else {
          int64_t cp = to_int64(value);
          piece = pad(sp, "", utf8_from_codepoints(static_cast<uint32_t>(cp)), '>');
        }
        break;
      }
      default: {
        char buf[96];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", conv,
                      static_cast<unsigned>(static_cast<unsigned char>(conv)), i - 1);
        raise_value_error(buf);
      }
    }
    out += piece;
  }
  if (!used_mapping && argi < items.size() && !mapping)
    raise_type_error("not all arguments converted during string formatting");
  return make_str(out);
}

}  // namespace sl
