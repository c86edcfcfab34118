#include "core/text_io.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/format_scalar.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {

// ---- text helpers ---------------------------------------------------------------------

namespace {

// Py_UNICODE_ISSPACE
bool py_isspace(char32_t c) {
  if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
         c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// str.isprintable() for one non-ASCII code point (approximation of the Unicode tables:
// controls, separators other than space, format characters, surrogates, private use).
bool py_isprintable_nonascii(char32_t c) {
  if (c < 0xa1 || c == 0xad) return false;
  if (py_isspace(c)) return false;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x206f) || c == 0xfeff) return false;
  if ((c >= 0xd800 && c <= 0xf8ff) || (c >= 0xfff9 && c <= 0xfffb)) return false;
  if (c >= 0xf0000 || c > 0x10ffff) return false;
  return true;
}

std::string hex_escape(const char* prefix, uint32_t v, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, v);
  return buf;
}

}  // namespace

std::u32string utf8_decode(const std::string& s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
    bool ok = len > 0 && i + len <= n;
    for (int k = 1; ok && k < len; ++k) {
      if ((p[i + k] & 0xc0) != 0x80) ok = false;
      else cp = (cp << 6) | (p[i + k] & 0x3f);
    }
    if (!ok) { out += static_cast<char32_t>(c); ++i; continue; }  // latin-1 fallback
    out += cp;
    i += len;
  }
  return out;
}

std::string utf8_encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) { out += static_cast<char>(0xc0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3f)); }
    else if (c < 0x10000) {
      out += static_cast<char>(0xe0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (c & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (c & 0x3f));
    }
  }
  return out;
}

std::string python_str_repr(const std::u32string& s) {
  const bool has_single = s.find(U'\'') != std::u32string::npos;
  const bool has_double = s.find(U'"') != std::u32string::npos;
  const char32_t q = (has_single && !has_double) ? U'"' : U'\'';
  std::u32string out(1, q);
  std::string tmp;
  for (char32_t c : s) {
    if (c == q || c == U'\\') { out += U'\\'; out += c; }
    else if (c == U'\t') out += U"\\t";
    else if (c == U'\n') out += U"\\n";
    else if (c == U'\r') out += U"\\r";
    else if (c < 0x20 || c == 0x7f) { tmp = hex_escape("\\x", c, 2); out += utf8_decode(tmp); }
    else if (c < 0x7f || py_isprintable_nonascii(c)) out += c;
    else {
      tmp = c <= 0xff ? hex_escape("\\x", c, 2) : c <= 0xffff ? hex_escape("\\u", c, 4) : hex_escape("\\U", c, 8);
      out += utf8_decode(tmp);
    }
  }
  out += q;
  return utf8_encode(out);
}

std::string python_str_repr(const std::string& utf8) { return python_str_repr(utf8_decode(utf8)); }

std::string python_bytes_repr(const std::string& bytes) {
  const bool has_single = bytes.find('\'') != std::string::npos;
  const bool has_double = bytes.find('"') != std::string::npos;
  const char q = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : bytes) {
    if (c == q || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += hex_escape("\\x", c, 2);
    else out += static_cast<char>(c);
  }
  out += q;
  return out;
}

// ---- CPython %-formatting ---------------------------------------------------------------

namespace {

struct Spec {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  int width = -1, prec = -1;
  char conv = 0;
};

std::string np_type_name(DType t) { return std::string("numpy.") + dtype_name(t); }

// sign + body padded to spec.width as CPython's formatter does (zero padding goes after the
// sign and any 0x/0o prefix).
std::string pad(const Spec& sp, const std::string& sign, const std::string& prefix, const std::string& body) {
  std::string s = sign + prefix + body;
  const int len = static_cast<int>(utf8_decode(s).size());
  if (sp.width <= len) return s;
  const std::string fill(alloc_count(sp.width - len), sp.zero && !sp.left ? '0' : ' ');
  if (sp.left) return s + std::string(static_cast<size_t>(sp.width - len), ' ');
  if (sp.zero) return sign + prefix + fill + body;
  return fill + s;
}

std::string format_int(const Spec& sp, const Scalar& v) {
  bool neg = false;
  std::string digits;
  const char kind = dtype_kind(v.dtype);
  const bool index_conv = sp.conv == 'o' || sp.conv == 'x' || sp.conv == 'X';
  if (kind == 'f') {
    if (index_conv)
      raise_type_error(std::string("%") + sp.conv + " format: an integer is required, not " +
                       np_type_name(v.dtype));
    double d = v.as_double();
    if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(d)) raise_overflow_error("cannot convert float infinity to integer");
    d = std::trunc(d);
    neg = d < 0;
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(d));  // exact integer digits
    digits = buf;
    if (digits == "0") neg = false;
    if (!index_conv) return pad(sp, neg ? "-" : sp.plus ? "+" : sp.space ? " " : "", "",
                                std::string(sp.prec > static_cast<int>(digits.size()) ? sp.prec - digits.size() : 0, '0') + digits);
  }
  uint64_t mag;
  if (kind == 'u') mag = v.as_uint64();
  else {
    int64_t i = v.as_int64();
    neg = i < 0;
    mag = neg ? static_cast<uint64_t>(0) - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  }
  const int base = sp.conv == 'o' ? 8 : (sp.conv == 'x' || sp.conv == 'X') ? 16 : 10;
  const char* dig = sp.conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  do { digits.insert(digits.begin(), dig[mag % base]); mag /= base; } while (mag);
  if (sp.prec > static_cast<int>(digits.size())) digits.insert(0, sp.prec - digits.size(), '0');
  std::string prefix;
  if (sp.alt && base == 16) prefix = sp.conv == 'X' ? "0X" : "0x";
  if (sp.alt && base == 8) prefix = "0o";
  return pad(sp, neg ? "-" : sp.plus ? "+" : sp.space ? " " : "", prefix, digits);
}

std::string format_float(const Spec& sp, const Scalar& v) {
  const double d = v.as_double();
  const bool upper = sp.conv == 'E' || sp.conv == 'F' || sp.conv == 'G';
  std::string body;
  bool neg = std::signbit(d) && !std::isnan(d);
  if (std::isnan(d)) body = upper ? "NAN" : "nan";
  else if (std::isinf(d)) body = upper ? "INF" : "inf";
  else {
    char f[16], buf[512];
    std::snprintf(f, sizeof f, "%%%s.*%c", sp.alt ? "#" : "", sp.conv);
    std::snprintf(buf, sizeof buf, f, sp.prec < 0 ? 6 : std::min(sp.prec, 400), std::fabs(d));
    body = buf;
  }
  return pad(sp, neg ? "-" : sp.plus ? "+" : sp.space ? " " : "", "", body);
}

std::string format_one(const Spec& sp, const Scalar& v) {
  switch (sp.conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return format_int(sp, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return format_float(sp, v);
    case 's': case 'r': case 'a': {
      std::u32string s = utf8_decode(sp.conv == 's' ? scalar_str(v) : scalar_repr(v));
      if (sp.prec >= 0 && static_cast<size_t>(sp.prec) < s.size()) s.resize(alloc_count(sp.prec));
      Spec sp2 = sp;
      sp2.zero = false;
      return pad(sp2, "", "", utf8_encode(s));
    }
    case 'c': {
      if (dtype_kind(v.dtype) == 'f') raise_type_error("%c requires int or char");
      int64_t c = v.as_int64();
      if (c < 0 || c > 0x10ffff) raise_overflow_error("%c arg not in range(0x110000)");
      Spec sp2 = sp;
      sp2.zero = false;
      return pad(sp2, "", "", utf8_encode(std::u32string(1, static_cast<char32_t>(c))));
    }
    default: return {};
  }
}

}  // namespace

std::string python_percent_format(const std::string& fmt, const std::vector<Scalar>& values) {
  std::string out;
  size_t argi = 0;
  auto next_arg = [&]() -> const Scalar& {
    if (argi >= values.size()) raise_type_error("not enough arguments for format string");
    return values[argi++];
  };
  const std::u32string f = utf8_decode(fmt);
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != U'%') { out += utf8_encode(std::u32string(1, f[i])); continue; }
    const size_t start = i;
    if (++i >= f.size()) raise_value_error("incomplete format");
    if (f[i] == U'(') raise_type_error("format requires a mapping");
    Spec sp;
    for (; i < f.size(); ++i) {
      if (f[i] == U'-') sp.left = true;
      else if (f[i] == U'+') sp.plus = true;
      else if (f[i] == U' ') sp.space = true;
      else if (f[i] == U'#') sp.alt = true;
      else if (f[i] == U'0') sp.zero = true;
      else break;
    }
    auto number = [&](int& dst) {
      if (i < f.size() && f[i] == U'*') {
        int64_t w = next_arg().as_int64();
        if (&dst == &sp.width && w < 0) { sp.left = true; w = -w; }
        dst = static_cast<int>(std::max<int64_t>(w, 0));
        ++i;
        return;
      }
      if (i < f.size() && f[i] >= U'0' && f[i] <= U'9') {
        int64_t w = 0;
        while (i < f.size() && f[i] >= U'0' && f[i] <= U'9') w = std::min<int64_t>(w * 10 + (f[i++] - U'0'), 1 << 20);
        dst = static_cast<int>(w);
      }
    };
    number(sp.width);
    if (i < f.size() && f[i] == U'.') {
      ++i;
      sp.prec = 0;
      number(sp.prec);
    }
    while (i < f.size() && (f[i] == U'h' || f[i] == U'l' || f[i] == U'L')) ++i;
    if (i >= f.size()) raise_value_error("incomplete format");
    const char32_t c = f[i];
    if (c == U'%') { out += '%'; continue; }
    if (c > 0x7f || !std::strchr("diuoxXeEfFgGsrac", static_cast<char>(c))) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "unsupported format character '%s' (0x%x) at index %zu",
                    utf8_encode(std::u32string(1, c)).c_str(), static_cast<unsigned>(c), i);
      (void)start;
      raise_value_error(buf);
    }
    sp.conv = static_cast<char>(c);
    out += format_one(sp, next_arg());
  }
  if (argi < values.size()) raise_type_error("not all arguments converted during string formatting");
  return out;
}

// ---- savetxt ----------------------------------------------------------------------------

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  if (from.empty()) return s;
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
  return s;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

}  // namespace

std::string savetxt(const ArrayPtr& a, const SavetxtOptions& opt) {
  if (a->ndim() == 0 || a->ndim() > 2)
    raise_value_error("Expected 1D or 2D array, got " + std::to_string(a->ndim()) + "D array instead");
  // 1-d: one value per row (np.atleast_2d(X).T)
  const int64_t nrow = a->shape[0];
  const int64_t ncol = a->ndim() == 1 ? 1 : a->shape[1];
  const int64_t rstride = a->strides[0], cstride = a->ndim() == 1 ? 0 : a->strides[1];
  std::string format;
  if (opt.fmt_list) {
    if (static_cast<int64_t>(opt.fmt_list->size()) != ncol) {
      std::vector<std::string> reprs;
      for (const std::string& f : *opt.fmt_list) reprs.push_back(python_str_repr(f));
      raise(ErrorType::AttributeError, "fmt has wrong shape.  [" + join(reprs, ", ") + "]");
    }
    format = join(*opt.fmt_list, opt.delimiter);
  } else {
    int64_t n_fmt = 0;
    for (char c : opt.fmt) n_fmt += c == '%';
    if (n_fmt == 1) format = join(std::vector<std::string>(static_cast<size_t>(ncol), opt.fmt), opt.delimiter);
    else if (n_fmt != ncol) raise_value_error("fmt has wrong number of % formats:  " + opt.fmt);
    else format = opt.fmt;
  }
  std::string out;
  if (!opt.header.empty())
    out += opt.comments + replace_all(opt.header, "\n", "\n" + opt.comments) + opt.newline;
  std::vector<Scalar> row(alloc_count(ncol, sizeof(Scalar)));
  for (int64_t r = 0; r < nrow; ++r) {
    for (int64_t c = 0; c < ncol; ++c)
      row[c] = Scalar::load(a->buffer->data() + a->offset + r * rstride + c * cstride, a->dtype);
    try {
      out += python_percent_format(format, row) + opt.newline;
    } catch (const PyError& e) {
      if (e.type != ErrorType::TypeError) throw;
      raise_type_error(std::string("Mismatch between array dtype ('") + dtype_name(a->dtype) +
                       "') and format specifier ('" + format + "')");
    }
  }
  if (!opt.footer.empty())
    out += opt.comments + replace_all(opt.footer, "\n", "\n" + opt.comments) + opt.newline;
  return out;
}

// ---- loadtxt ----------------------------------------------------------------------------

namespace {

constexpr char32_t kNoChar = 0xffffffff;  // "None" control character

// NumPy's tokenizer (textreading/tokenize.cpp) without quoting: the input comes as buffers,
// either one buffer holding the whole text (a file) or one buffer per line (NumPy's
// iterable path, used after multi-character comments were stripped).
class Tokenizer {
 public:
  enum BufState { MayContainNewline, IsLinend, IsFileend };
  Tokenizer(std::vector<std::u32string> bufs, bool line_buffers, char32_t delimiter, char32_t comment)
      : bufs_(std::move(bufs)), line_buffers_(line_buffers), delim_(delimiter), comment_(comment),
        ws_(delimiter == kNoChar) {}

  std::vector<std::u32string> fields;

  void goto_line_end() { state_ = GotoLineEnd; }

  // Tokenizes one row into `fields`; returns true when the end of the input was reached.
  bool next_row() {
    bool finished = false;
    fields.clear();
    for (;;) {
      if (state_ == Init) { fields.emplace_back(); state_ = CheckQuoted; }
      if (pos_ >= end_) {
        if (buf_state_ == IsLinend) break;
        if (next_buf_ >= bufs_.size()) { buf_state_ = IsFileend; finished = true; pos_ = end_; break; }
        cur_ = &bufs_[next_buf_++];
        pos_ = 0;
        end_ = cur_->size();
        buf_state_ = line_buffers_ ? IsLinend : MayContainNewline;
        if (pos_ == end_) break;  // an empty line
      }
      core();
      if (state_ == LineEnd) break;
    }
    if (buf_state_ == IsLinend) {
      buf_state_ = MayContainNewline;
      if (pos_ < end_)
        raise_value_error("Found an unquoted embedded newline within a single line of input.  "
                          "This is currently not supported.");
    }
    // A lone empty field is an empty line; whitespace splitting drops a trailing empty field.
    if ((fields.size() == 1 || (!fields.empty() && ws_)) && fields.back().empty()) fields.pop_back();
    state_ = Init;
    return finished;
  }

 private:
  enum State { Init, CheckQuoted, Unquoted, GotoLineEnd, EatCrlf, LineEnd };

  void core() {
    const std::u32string& s = *cur_;
    size_t pos = pos_;
    const size_t stop = end_;
    if (state_ == CheckQuoted) {
      if (ws_) {
        while (pos < stop && py_isspace(s[pos]) && s[pos] != U'\r' && s[pos] != U'\n') ++pos;
        if (pos == stop) { pos_ = pos; return; }
      }
      state_ = Unquoted;
    }
    switch (state_) {
      case Unquoted: {
        const size_t chunk = pos;
        for (; pos < stop; ++pos) {
          const char32_t c = s[pos];
          if (c == U'\r') { state_ = EatCrlf; break; }
          if (c == U'\n') { state_ = LineEnd; break; }
          if (ws_ ? py_isspace(c) : c == delim_) { state_ = Init; break; }
          if (c == comment_) { state_ = GotoLineEnd; break; }
        }
        fields.back().append(s, chunk, pos - chunk);
        ++pos;
        break;
      }
      case GotoLineEnd:
        if (buf_state_ != MayContainNewline) { pos = stop; state_ = LineEnd; break; }
        for (; pos < stop; ++pos) {
          if (s[pos] == U'\r') { state_ = EatCrlf; break; }
          if (s[pos] == U'\n') { state_ = LineEnd; break; }
        }
        ++pos;
        break;
      case EatCrlf:
        if (s[pos] == U'\n') ++pos;
        state_ = LineEnd;
        break;
      default: break;
    }
    pos_ = pos;
  }

  std::vector<std::u32string> bufs_;
  bool line_buffers_;
  char32_t delim_, comment_;
  bool ws_;
  State state_ = Init;
  BufState buf_state_ = MayContainNewline;
  const std::u32string* cur_ = nullptr;
  size_t next_buf_ = 0, pos_ = 0, end_ = 0;
};

// Python's float syntax as PyOS_string_to_double parses a prefix of `s`: returns the number
// of characters used (0: no number).
size_t parse_py_float(const std::string& s, double* out) {
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  auto ieq = [&](size_t at, const char* w) {
    size_t n = std::strlen(w);
    if (at + n > s.size()) return false;
    for (size_t k = 0; k < n; ++k)
      if (std::tolower(static_cast<unsigned char>(s[at + k])) != w[k]) return false;
    return true;
  };
  if (ieq(i, "inf")) {
    *out = neg ? -INFINITY : INFINITY;
    return i + (ieq(i, "infinity") ? 8 : 3);
  }
  if (ieq(i, "nan")) {
    *out = neg ? -std::nan("") : std::nan("");
    return i + 3;
  }
  const size_t start = i;
  size_t ndig = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; ++ndig; }
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; ++ndig; }
  }
  if (ndig == 0) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      i = j;
    }
  }
  const std::string num = s.substr(start, i - start);
  const double v = std::strtod(num.c_str(), nullptr);
  *out = neg ? -v : v;
  return i;
}

// npy_to_double: whitespace around the number allowed, nothing else.
bool field_to_double(const std::u32string& f, double* out) {
  size_t a = 0, b = f.size();
  while (a < b && py_isspace(f[a])) ++a;
  if (a == b) return false;
  std::string ascii;
  size_t k = a;
  for (; k < b && f[k] < 128; ++k) ascii += static_cast<char>(f[k]);
  size_t used = parse_py_float(ascii, out);
  if (used == 0) return false;
  size_t p = a + used;
  while (p < b && py_isspace(f[p])) ++p;
  return p == b;
}

// NumPy's to_complex_int: "re", "imj", "re+imj" / "re-imj" (unit 'j' only), optionally in
// parentheses, whitespace around the number and inside the parentheses allowed.
bool field_to_complex(const std::u32string& f, double* re, double* im) {
  size_t p = 0, n = f.size();
  while (p < n && py_isspace(f[p])) ++p;
  const bool paren = p < n && f[p] == U'(';
  if (paren)
    for (++p; p < n && py_isspace(f[p]);) ++p;
  auto number = [&](double* out) {  // a float prefix at p (no surrounding whitespace)
    std::string ascii;
    for (size_t k = p; k < n && f[k] < 128; ++k) ascii += static_cast<char>(f[k]);
    const size_t used = parse_py_float(ascii, out);
    p += used;
    return used != 0;
  };
  if (!number(re)) return false;
  *im = 0.0;
  if (p < n && f[p] == U'j') {
    *im = *re;
    *re = 0.0;
    ++p;
  } else if (p < n && (f[p] == U'+' || f[p] == U'-')) {
    if (f[p] == U'+') ++p;  // "+-" is accepted, as in NumPy
    if (!number(im) || p >= n || f[p] != U'j') return false;
    ++p;
  }
  if (paren) {
    while (p < n && py_isspace(f[p])) ++p;
    if (p >= n || f[p] != U')') return false;
    ++p;
  }
  while (p < n && py_isspace(f[p])) ++p;
  return p == n;
}

// str_to_int64 / str_to_uint64 of NumPy: strict decimal integers in [lo, hi].
bool field_to_int(const std::u32string& f, bool is_unsigned, int64_t lo, uint64_t hi, Scalar* out) {
  size_t p = 0, n = f.size();
  while (p < n && py_isspace(f[p])) ++p;
  bool neg = false;
  if (p < n && f[p] == U'-') {
    if (is_unsigned) return false;
    neg = true;
    ++p;
  } else if (p < n && f[p] == U'+') {
    ++p;
  }
  if (p >= n || f[p] < U'0' || f[p] > U'9') return false;
  const uint64_t limit = neg ? static_cast<uint64_t>(-(lo + 1)) + 1 : hi;
  uint64_t num = 0;
  while (p < n && f[p] >= U'0' && f[p] <= U'9') {
    const uint64_t d = f[p] - U'0';
    if (num > (limit - d) / 10) return false;
    num = num * 10 + d;
    ++p;
  }
  while (p < n && py_isspace(f[p])) ++p;
  if (p != n) return false;
  if (is_unsigned) *out = Scalar::from_uint(num);
  else *out = Scalar::from_int(neg ? static_cast<int64_t>(0 - num) : static_cast<int64_t>(num));
  return true;
}

const char* kIntViaFloat =
    "loadtxt(): Parsing an integer via a float is deprecated.  To avoid this warning, you can:\n"
    "    * make sure the original data is stored as integers.\n"
    "    * use the `converters=` keyword argument.  If you only use\n"
    "      NumPy 1.23 or later, `converters=float` will normally work.\n"
    "    * Use `np.loadtxt(...).astype(np.int64)` parsing the file as\n"
    "      floating point and then convert it.  (On all NumPy versions.)\n"
    "  (Deprecated NumPy 1.23)";

// Converts one field to `dt` and stores it; false when NumPy's parser would fail.
bool convert_field(const std::u32string& f, DType dt, uint8_t* dst, bool* warned,
                   std::vector<TextWarning>* warnings) {
  Scalar v;
  const char kind = dtype_kind(dt);
  if (kind == 'f') {
    double d;
    if (!field_to_double(f, &d)) return false;
    v = Scalar::from_double(d);
  } else if (kind == 'b') {
    if (!field_to_int(f, false, INT64_MIN, INT64_MAX, &v)) return false;
    v = Scalar::from_bool(v.v.i != 0);
  } else if (kind == 'c') {
    double re, im;
    if (!field_to_complex(f, &re, &im)) return false;
    v = Scalar::from_complex(re, im);
  } else if (kind != 'i' && kind != 'u') {
    return false;  // no text parser for this dtype (the module layer rejects it first)
  } else {
    const int bits = dtype_itemsize(dt) * 8;
    const bool u = kind == 'u';
    const int64_t lo = u ? 0 : bits == 64 ? INT64_MIN : -(int64_t(1) << (bits - 1));
    const uint64_t hi = u ? (bits == 64 ? UINT64_MAX : (uint64_t(1) << bits) - 1)
                          : (bits == 64 ? uint64_t(INT64_MAX) : (uint64_t(1) << (bits - 1)) - 1);
    if (!field_to_int(f, u, lo, hi, &v)) {
      double d;  // deprecated path: parse as float, C-cast
      if (!field_to_double(f, &d)) return false;
      if (!*warned && warnings) warnings->push_back({ErrorType::DeprecationWarning, kIntViaFloat});
      *warned = true;
      v = Scalar::from_double(d);
    }
  }
  v.cast(dt).store(dst);
  return true;
}

std::u32string single_char(const std::string& s, const char* what_for) {
  std::u32string c = utf8_decode(s);
  if (c.size() != 1)
    raise_type_error("Text reading control character must be a single unicode character or None; "
                     "but got: " + utf8_encode(utf8_decode(python_str_repr(c)).substr(0, 100)));
  (void)what_for;
  return c;
}

}  // namespace

ArrayPtr loadtxt(const std::string& text, const LoadtxtOptions& opt) {
  if (opt.ndmin < 0 || opt.ndmin > 2)
    raise_value_error("Illegal value of ndmin keyword: " + std::to_string(opt.ndmin));
  // comments: one single character goes to the tokenizer; anything else is stripped from
  // each line beforehand (NumPy's _preprocess_comments).
  char32_t comment = kNoChar;
  std::vector<std::u32string> multi;
  for (const std::string& c : opt.comments)
    if (c.empty())
      raise_value_error("comments cannot be an empty string. Use comments=None to disable comments.");
  if (opt.comments.size() == 1 && utf8_decode(opt.comments[0]).size() == 1) {
    comment = utf8_decode(opt.comments[0])[0];
  } else if (!opt.comments.empty()) {
    std::vector<std::string> reprs;
    bool has_delim = false;
    for (const std::string& c : opt.comments) {
      multi.push_back(utf8_decode(c));
      reprs.push_back(python_str_repr(c));
      has_delim |= opt.delimiter && *opt.delimiter == c;
    }
    if (has_delim) {
      std::string tuple = "(" + reprs[0] + (reprs.size() == 1 ? "," : "");
      for (size_t i = 1; i < reprs.size(); ++i) tuple += ", " + reprs[i];
      raise_type_error("Comment characters '" + tuple + ")' cannot include the delimiter '" + *opt.delimiter + "'");
    }
  }
  if (opt.skiprows < 0) raise_value_error("argument must be nonnegative");
  if (opt.max_rows && *opt.max_rows < 0) raise_value_error("argument must be nonnegative");
  const char32_t delim = opt.delimiter ? single_char(*opt.delimiter, "delimiter")[0] : kNoChar;
  // NumPy's error_if_matching_control_characters (no quote character here)
  if (comment != kNoChar) {
    if (comment == U'\r' || comment == U'\n')
      raise_type_error("control character 'comment' cannot be a newline (`\\r` or `\\n`).");
    if (comment == delim)
      raise_type_error("The values for control characters 'comment' and 'delimiter' are incompatible");
  }
  if (delim == U'\r' || delim == U'\n')
    raise_type_error("control character 'delimiter' cannot be a newline (`\\r` or `\\n`).");
  if (delim == kNoChar && comment != kNoChar && py_isspace(comment))
    raise_type_error("The values for control characters 'delimiter' and 'comment' are incompatible");

  const std::u32string all = utf8_decode(text);
  std::vector<std::u32string> bufs;
  if (multi.empty()) {
    bufs.push_back(all);
  } else {
    // iterate lines (keeping their newline), cut each at the first of every comment marker
    size_t i = 0;
    while (i < all.size()) {
      size_t j = i;
      while (j < all.size() && all[j] != U'\n' && all[j] != U'\r') ++j;
      if (j < all.size()) j += (all[j] == U'\r' && j + 1 < all.size() && all[j + 1] == U'\n') ? 2 : 1;
      std::u32string line = all.substr(i, j - i);
      for (const std::u32string& c : multi) {
        size_t at = line.find(c);
        if (at != std::u32string::npos) line.resize(at);
      }
      bufs.push_back(line);
      i = j;
    }
  }
  Tokenizer tok(std::move(bufs), !multi.empty(), delim, comment);

  bool done = false;
  for (int64_t i = 0; i < opt.skiprows && !done; ++i) {
    tok.goto_line_end();
    done = tok.next_row();
  }
  const DType dt = opt.dtype;
  const int item = dtype_itemsize(dt);
  int64_t ncols = opt.usecols ? static_cast<int64_t>(opt.usecols->size()) : -1;
  std::vector<uint8_t> data;
  int64_t rows = 0;
  bool warned = false;
  while ((!opt.max_rows || rows < *opt.max_rows) && !done) {
    done = tok.next_row();
    const int64_t nf = static_cast<int64_t>(tok.fields.size());
    if (nf == 0) continue;
    if (ncols == -1) ncols = nf;
    if (!opt.usecols && ncols != nf)
      raise_value_error("the number of columns changed from " + std::to_string(ncols) + " to " +
                        std::to_string(nf) + " at row " + std::to_string(rows + 1) +
                        "; use `usecols` to select a subset and avoid this error");
    data.resize(data.size() + static_cast<size_t>(ncols * item));
    uint8_t* row = data.data() + rows * ncols * item;
    for (int64_t i = 0; i < ncols; ++i) {
      int64_t col = i;
      if (opt.usecols) {
        col = (*opt.usecols)[i];
        if (col < 0) col += nf;
        if (col < 0 || col >= nf)
          raise_value_error("invalid column index " + std::to_string((*opt.usecols)[i]) + " at row " +
                            std::to_string(rows + 1) + " with " + std::to_string(nf) + " columns");
      }
      if (!convert_field(tok.fields[col], dt, row + i * item, &warned, opt.warnings)) {
        std::u32string r = utf8_decode(python_str_repr(tok.fields[col]));
        raise_value_error("could not convert string " + utf8_encode(r.substr(0, 100)) + " to " +
                          dtype_name(dt) + " at row " + std::to_string(rows) + ", column " +
                          std::to_string(col + 1) + ".");
      }
    }
    ++rows;
  }
  ArrayPtr arr = new_array({rows, ncols == -1 ? 1 : ncols}, dt);
  if (!data.empty()) std::memcpy(arr->data(), data.data(), data.size());

  // _ensure_ndmin_ndarray
  if (arr->ndim() > opt.ndmin) arr = squeeze(arr);
  if (arr->ndim() < opt.ndmin) {
    if (opt.ndmin == 1) arr = reshape(arr, {1});
    else if (arr->ndim() == 0) arr = reshape(arr, {1, 1});
    else arr = transpose(reshape(arr, {1, arr->shape[0]}));  // np.atleast_2d(a).T
  }
  if (arr->ndim() > 0 && arr->shape[0] == 0 && opt.warnings)
    opt.warnings->push_back({ErrorType::UserWarning, "loadtxt: input contained no data: \"" + opt.fname_repr + "\""});
  if (opt.unpack) arr = transpose(arr);
  return arr;
}

}  // namespace sl
