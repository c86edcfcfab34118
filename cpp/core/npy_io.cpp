#include "core/npy_io.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/format_float.hpp"
#include "core/text_io.hpp"
#include "core/views.hpp"

namespace sl {

namespace {

const char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicLen = 8;       // prefix + major + minor
constexpr int kArrayAlign = 64;
constexpr int kGrowthAxisMaxDigits = 21;
constexpr size_t kMaxHeaderSize = 10000;
constexpr int64_t kBufferSize = int64_t(1) << 18;

[[noreturn]] void eof(const char* what, size_t expected, size_t got) {
  raise_value_error(std::string("EOF: reading ") + what + ", expected " + std::to_string(expected) +
                    " bytes got " + std::to_string(got));
}

// ---- a Python literal (what ast.literal_eval accepts in .npy headers) -------------------

struct Lit {
  enum Kind { Dict, Tuple, List, Str, Bytes, Int, Float, Bool, None } kind = None;
  std::u32string s;        // Str, Bytes (code points 0..255)
  std::string digits;      // Int: decimal text (with '-')
  int64_t i = 0;
  bool fits = true;        // Int fits in int64
  double f = 0;
  bool b = false;
  std::vector<Lit> items;  // Tuple, List; Dict: key, value, key, value, ...
};

std::string repr(const Lit& v) {
  switch (v.kind) {
    case Lit::Str: return python_str_repr(v.s);
    case Lit::Bytes: {
      std::string raw;
      for (char32_t c : v.s) raw += static_cast<char>(c);
      return python_bytes_repr(raw);
    }
    case Lit::Int: return v.digits;
    case Lit::Float: return python_float_repr(v.f);
    case Lit::Bool: return v.b ? "True" : "False";
    case Lit::None: return "None";
    case Lit::Tuple: case Lit::List: {
      std::string out = v.kind == Lit::Tuple ? "(" : "[";
      for (size_t k = 0; k < v.items.size(); ++k) out += (k ? ", " : "") + repr(v.items[k]);
      if (v.kind == Lit::Tuple && v.items.size() == 1) out += ",";
      return out + (v.kind == Lit::Tuple ? ")" : "]");
    }
    case Lit::Dict: {
      std::string out = "{";
      for (size_t k = 0; k + 1 < v.items.size(); k += 2)
        out += (k ? ", " : "") + repr(v.items[k]) + ": " + repr(v.items[k + 1]);
      return out + "}";
    }
  }
  return "";
}

bool lit_equal(const Lit& a, const Lit& b) {
  return a.kind == b.kind && a.s == b.s && a.digits == b.digits && a.b == b.b && a.kind != Lit::Float;
}

struct ParseError {};

class LitParser {
 public:
  LitParser(const std::u32string& text, bool drop_long_suffix) : t_(text), drop_l_(drop_long_suffix) {}

  Lit parse_all() {
    Lit v = value();
    skip_ws();
    if (p_ != t_.size()) throw ParseError{};
    return v;
  }

 private:
  void skip_ws() {
    while (p_ < t_.size()) {
      char32_t c = t_[p_];
      if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f') ++p_;
      else if (c == U'#') { while (p_ < t_.size() && t_[p_] != U'\n') ++p_; }
      else break;
    }
  }
  bool eat(char32_t c) {
    skip_ws();
    if (p_ < t_.size() && t_[p_] == c) { ++p_; return true; }
    return false;
  }
  static bool ident(char32_t c) { return c == U'_' || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'); }

  // items until `close`, comma separated, trailing comma allowed; returns whether any comma
  // was seen (distinguishes "(1)" from "(1,)").
  bool sequence(char32_t close, std::vector<Lit>& out, bool dict) {
    bool comma = false;
    for (;;) {
      if (eat(close)) return comma;
      out.push_back(value());
      if (dict) {
        if (!eat(U':')) throw ParseError{};
        out.push_back(value());
      }
      if (eat(U',')) { comma = true; continue; }
      if (eat(close)) return comma;
      throw ParseError{};
    }
  }

  Lit value() {
    skip_ws();
    if (p_ >= t_.size()) throw ParseError{};
    Lit v;
    const char32_t c = t_[p_];
    if (c == U'{' || c == U'(' || c == U'[') {
      // CPython's tokenizer allows 200 nested brackets (MAXLEVEL); deeper is its
      // SyntaxError "too many nested parentheses", i.e. NumPy's "Cannot parse header"
      if (++depth_ > kMaxNesting) throw ParseError{};
    }
    struct Leave {
      int* d;
      bool on;
      ~Leave() { if (on) --*d; }
    } leave{&depth_, c == U'{' || c == U'(' || c == U'['};
    if (c == U'{') {
      ++p_;
      v.kind = Lit::Dict;
      std::vector<Lit> raw;
      sequence(U'}', raw, true);
      for (size_t k = 0; k < raw.size(); k += 2) {  // later duplicates replace the value
        bool found = false;
        for (size_t j = 0; j < v.items.size(); j += 2)
          if (lit_equal(v.items[j], raw[k])) { v.items[j + 1] = raw[k + 1]; found = true; }
        if (!found) { v.items.push_back(raw[k]); v.items.push_back(raw[k + 1]); }
      }
      return v;
    }
    if (c == U'(' || c == U'[') {
      ++p_;
      std::vector<Lit> items;
      bool comma = sequence(c == U'(' ? U')' : U']', items, false);
      if (c == U'(' && items.size() == 1 && !comma) return items[0];  // parenthesised value
      v.kind = c == U'(' ? Lit::Tuple : Lit::List;
      v.items = std::move(items);
      return v;
    }
    if (c == U'-' || c == U'+' || (c >= U'0' && c <= U'9') || c == U'.') return number();
    if (ident(c)) {
      size_t q = p_;
      while (q < t_.size() && ident(t_[q])) ++q;
      std::u32string word = t_.substr(p_, q - p_);
      if (word == U"True" || word == U"False") { p_ = q; v.kind = Lit::Bool; v.b = word == U"True"; return v; }
      if (word == U"None") { p_ = q; v.kind = Lit::None; return v; }
      bool bytes = false;
      if (q < t_.size() && (t_[q] == U'\'' || t_[q] == U'"') && word.size() <= 2) {
        for (char32_t w : word) {
          if (w == U'b' || w == U'B') bytes = true;
          else if (w != U'u' && w != U'U' && w != U'r' && w != U'R') throw ParseError{};
        }
        p_ = q;
        return string(bytes, word.find_first_of(U"rR") != std::u32string::npos);
      }
      throw ParseError{};
    }
    if (c == U'\'' || c == U'"') return string(false, false);
    throw ParseError{};
  }

  Lit string(bool bytes, bool raw) {
    const char32_t q = t_[p_++];
    Lit v;
    v.kind = bytes ? Lit::Bytes : Lit::Str;
    for (;;) {
      if (p_ >= t_.size() || t_[p_] == U'\n') throw ParseError{};
      char32_t c = t_[p_++];
      if (c == q) break;
      if (c == U'\\' && !raw) {
        if (p_ >= t_.size()) throw ParseError{};
        char32_t e = t_[p_++];
        auto hex = [&](int n) {
          uint32_t x = 0;
          for (int k = 0; k < n; ++k, ++p_) {
            if (p_ >= t_.size()) throw ParseError{};
            char32_t h = t_[p_];
            int d = (h >= U'0' && h <= U'9') ? h - U'0' : (h >= U'a' && h <= U'f') ? h - U'a' + 10
                    : (h >= U'A' && h <= U'F') ? h - U'A' + 10 : -1;
            if (d < 0) throw ParseError{};
            x = x * 16 + d;
          }
          return static_cast<char32_t>(x);
        };
        switch (e) {
          case U'n': v.s += U'\n'; break;
          case U't': v.s += U'\t'; break;
          case U'r': v.s += U'\r'; break;
          case U'0': v.s += U'\0'; break;
          case U'\\': case U'\'': case U'"': v.s += e; break;
          case U'\n': break;
          case U'x': v.s += hex(2); break;
          case U'u': if (bytes) { v.s += U'\\'; v.s += e; } else v.s += hex(4); break;
          default: v.s += U'\\'; v.s += e;
        }
        continue;
      }
      if (bytes && c > 0x7f) throw ParseError{};  // bytes literals are ASCII
      v.s += c;
    }
    return v;
  }

  Lit number() {
    bool neg = false;
    while (p_ < t_.size() && (t_[p_] == U'-' || t_[p_] == U'+')) {
      if (t_[p_] == U'-') neg = !neg;
      ++p_;
      skip_ws();
    }
    size_t start = p_;
    bool is_float = false;
    while (p_ < t_.size() && ((t_[p_] >= U'0' && t_[p_] <= U'9') || t_[p_] == U'.' || t_[p_] == U'e' ||
                              t_[p_] == U'E' || ((t_[p_] == U'+' || t_[p_] == U'-') && (t_[p_ - 1] == U'e' || t_[p_ - 1] == U'E')))) {
      if (t_[p_] == U'.' || t_[p_] == U'e' || t_[p_] == U'E') is_float = true;
      ++p_;
    }
    std::string text;
    for (size_t k = start; k < p_; ++k) text += static_cast<char>(t_[k]);
    if (text.empty() || text == ".") throw ParseError{};
    if (p_ < t_.size() && ident(t_[p_])) {
      // Python 2's long suffix, removed by NumPy's _filter_header for versions 1.0 / 2.0
      if (drop_l_ && !is_float && t_[p_] == U'L' && (p_ + 1 >= t_.size() || !ident(t_[p_ + 1]))) ++p_;
      else throw ParseError{};
    }
    Lit v;
    if (is_float) {
      char* end = nullptr;
      v.kind = Lit::Float;
      v.f = std::strtod(text.c_str(), &end);
      if (*end) throw ParseError{};
      if (neg) v.f = -v.f;
      return v;
    }
    if (text.size() > 1 && text[0] == '0' && text.find_first_not_of('0') != std::string::npos)
      throw ParseError{};  // "007" is a SyntaxError in Python 3
    v.kind = Lit::Int;
    size_t nz = text.find_first_not_of('0');
    v.digits = (neg && nz != std::string::npos ? "-" : "") + (nz == std::string::npos ? "0" : text.substr(nz));
    uint64_t mag = 0;
    for (char d : text) {
      if (mag > (uint64_t(1) << 63) / 10) { v.fits = false; break; }
      mag = mag * 10 + (d - '0');
    }
    if (v.fits && (mag > (uint64_t(1) << 63) || (!neg && mag == (uint64_t(1) << 63)))) v.fits = false;
    v.i = neg ? static_cast<int64_t>(0 - mag) : static_cast<int64_t>(mag);
    return v;
  }

  static constexpr int kMaxNesting = 200;
  const std::u32string& t_;
  bool drop_l_;
  size_t p_ = 0;
  int depth_ = 0;
};

// Whether the descr names an object type anywhere ('O' as a string, in fields or
// subarrays): NumPy refuses those before anything else. Bounded by the parser's nesting limit.
bool descr_has_object(const Lit& d) {
  if (d.kind == Lit::Str) {
    std::u32string body = d.s;
    if (!body.empty() && (body[0] == U'<' || body[0] == U'>' || body[0] == U'|' || body[0] == U'='))
      body = body.substr(1);
    return body == U"O" || body == U"O8" || body == U"O4" || body == U"object";
  }
  if (d.kind == Lit::List || d.kind == Lit::Tuple) {
    for (const Lit& x : d.items)
      if (descr_has_object(x)) return true;
  }
  return false;
}

struct BadDescr {};

std::string lit_ascii(const Lit& d) {
  std::string s;
  for (char32_t c : d.s) s += c < 0x80 ? static_cast<char>(c) : '?';
  return s;
}

// A subarray shape as numpy.dtype((dt, shape)) takes it: an int or a tuple of ints.
std::vector<int64_t> subarray_shape(const Lit& s) {
  std::vector<int64_t> shape;
  if (s.kind == Lit::Int) {
    if (!s.fits) throw BadDescr{};
    shape.push_back(s.i);
    return shape;
  }
  if (s.kind != Lit::Tuple) throw BadDescr{};
  for (const Lit& x : s.items) {
    if (x.kind != Lit::Int || !x.fits) throw BadDescr{};
    shape.push_back(x.i);
  }
  return shape;
}

// numpy/lib/format.py descr_to_dtype: a dtype string, a (descr, shape) subarray tuple, or a
// list of (name, descr[, shape]) fields laid out one after another, where ('', '|V<n>')
// entries are padding (skipped, but their bytes count) and a name may be (title, name). The
// result is the dict form with explicit offsets and itemsize, so padding survives and the
// dtype is not an aligned struct. Recursion follows the header's nesting (at most 200).
Descr lit_to_descr(const Lit& d) {
  if (d.kind == Lit::Str) {
    const std::string s = lit_ascii(d);
    std::string body = s;
    if (!body.empty() && std::strchr("<>|=", body[0])) body = body.substr(1);
    if (!body.empty() && std::strchr("Mm", body[0]))
      raise_value_error("dtype " + repr(d) + " of this .npy file is not supported by stridelab");
    try {
      return parse_descr(s);
    } catch (const PyError& e) {
      if (e.type != ErrorType::TypeError) throw;
      throw BadDescr{};
    }
  }
  if (d.kind == Lit::Tuple) {
    if (d.items.size() != 2) throw BadDescr{};
    return subarray_descr(lit_to_descr(d.items[0]), subarray_shape(d.items[1]));
  }
  if (d.kind != Lit::List) throw BadDescr{};
  std::vector<FieldSpec> fields;
  std::vector<int64_t> offsets;
  int64_t offset = 0;
  for (const Lit& f : d.items) {
    if (f.kind != Lit::Tuple && f.kind != Lit::List) throw BadDescr{};
    // format.py unpacks `name, descr_str[, shape] = field`: Python's unpacking errors
    if (f.items.size() < 2)
      raise_value_error("not enough values to unpack (expected 3, got " + std::to_string(f.items.size()) + ")");
    if (f.items.size() > 3) raise_value_error("too many values to unpack (expected 3)");
    Descr t = lit_to_descr(f.items[1]);
    if (f.items.size() == 3) t = subarray_descr(t, subarray_shape(f.items[2]));
    const Lit& name = f.items[0];
    std::string title, fname;
    if (name.kind == Lit::Str) {
      fname = utf8_encode(name.s);
    } else if (name.kind == Lit::Tuple && name.items.size() == 2 && name.items[0].kind == Lit::Str &&
               name.items[1].kind == Lit::Str) {
      title = utf8_encode(name.items[0].s);
      fname = utf8_encode(name.items[1].s);
    } else {
      raise_value_error("field names must be strings");
    }
    const bool pad = name.kind == Lit::Str && fname.empty() && t.type == DType::Void && !t.has_fields();
    if (!pad) {
      for (const FieldSpec& g : fields)
        if (g.name == fname || (!g.title.empty() && g.title == fname) || (!title.empty() && (g.name == title || g.title == title)))
          raise_value_error("name already used as a name or title");
      fields.push_back(FieldSpec{fname, t, title});
      offsets.push_back(offset);
    }
    if (__builtin_add_overflow(offset, t.itemsize(), &offset) || offset > (int64_t(1) << 40))
      raise_value_error("dtype size in bytes must fit into a C int.");
  }
  return struct_descr_offsets(fields, offsets, offset, false);
}

Descr descr_from_header(const Lit& d) {
  if (descr_has_object(d)) raise_value_error("Object arrays cannot be loaded when allow_pickle=False");
  try {
    return lit_to_descr(d);
  } catch (const BadDescr&) {
    raise_value_error("descr is not a valid dtype descriptor: " + repr(d));
  }
}

// A bool byte other than 0/1 (a file may hold any byte) is True: store it as 1, since
// kernels treat bool bytes as 0/1 integers. Walks fields and subarrays of each record.
bool descr_has_bool(const Descr& d) {
  if (!d.flex) return d.type == DType::Bool;
  if (d.is_subarray()) return descr_has_bool(d.subarray_base());
  for (const Field& f : d.fields())
    if (descr_has_bool(f.type)) return true;
  return false;
}

void normalize_bools(uint8_t* p, const Descr& d) {
  if (!d.flex) {
    if (d.type == DType::Bool) *p = *p != 0;
    return;
  }
  if (d.is_subarray()) {
    const Descr& base = d.subarray_base();
    const int64_t n = base.itemsize() == 0 ? 0 : d.itemsize() / base.itemsize();
    for (int64_t k = 0; k < n; ++k) normalize_bools(p + k * base.itemsize(), base);
    return;
  }
  for (const Field& f : d.fields()) normalize_bools(p + f.offset, f.type);
}

std::string tuple_repr(const Shape& s) {
  std::string out = "(";
  for (size_t k = 0; k < s.size(); ++k) out += (k ? ", " : "") + std::to_string(s[k]);
  if (s.size() == 1) out += ",";
  return out + ")";
}

}  // namespace

ArrayPtr read_npy(const uint8_t* data, size_t size, NpySource source) {
  if (size < kMagicLen) eof("magic string", kMagicLen, size);
  const std::string prefix(reinterpret_cast<const char*>(data), 6);
  if (prefix != std::string(kMagic, 6))
    raise_value_error("the magic string is not correct; expected b'\\x93NUMPY', got " + python_bytes_repr(prefix));
  const int major = data[6], minor = data[7];
  if (!((major == 1 || major == 2 || major == 3) && minor == 0))
    raise_value_error("we only support format version (1,0), (2,0), and (3,0), not (" +
                      std::to_string(major) + ", " + std::to_string(minor) + ")");
  size_t pos = kMagicLen;
  const size_t len_size = major == 1 ? 2 : 4;
  if (size - pos < len_size) eof("array header length", len_size, size - pos);
  size_t hlen = 0;
  for (size_t k = 0; k < len_size; ++k) hlen |= static_cast<size_t>(data[pos + k]) << (8 * k);
  pos += len_size;
  if (size - pos < hlen) eof("array header", hlen, size - pos);
  const std::string raw(reinterpret_cast<const char*>(data + pos), hlen);
  pos += hlen;
  std::u32string header;
  if (major == 3) {
    header = utf8_decode(raw);
    if (utf8_encode(header) != raw)
      raise(ErrorType::UnicodeError, "'utf-8' codec can't decode the .npy header");
  } else {
    for (unsigned char c : raw) header += static_cast<char32_t>(c);  // latin-1
  }
  if (header.size() > kMaxHeaderSize)
    raise_value_error("Header info length (" + std::to_string(header.size()) +
                      ") is large and may not be safe to load securely.\nTo allow loading, adjust "
                      "`max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\n"
                      "For safety against large resource use or crashes, sandboxing may be necessary.");
  Lit d;
  try {
    LitParser parser(header, major <= 2);
    d = parser.parse_all();
  } catch (const ParseError&) {
    raise_value_error("Cannot parse header: " + python_str_repr(header));
  }
  if (d.kind != Lit::Dict) raise_value_error("Header is not a dictionary: " + repr(d));
  const Lit *descr = nullptr, *fortran = nullptr, *shape = nullptr;
  std::vector<std::u32string> keys;
  bool all_str = true;
  for (size_t k = 0; k < d.items.size(); k += 2) {
    const Lit& key = d.items[k];
    all_str &= key.kind == Lit::Str;
    keys.push_back(key.s);
    if (key.kind != Lit::Str) continue;
    if (key.s == U"descr") descr = &d.items[k + 1];
    else if (key.s == U"fortran_order") fortran = &d.items[k + 1];
    else if (key.s == U"shape") shape = &d.items[k + 1];
  }
  if (!descr || !fortran || !shape || d.items.size() != 6) {
    if (!all_str) raise_type_error("'<' not supported between instances of the header's keys");
    std::sort(keys.begin(), keys.end());
    std::string list = "[";
    for (size_t k = 0; k < keys.size(); ++k) list += (k ? ", " : "") + python_str_repr(keys[k]);
    raise_value_error("Header does not contain the correct keys: " + list + "]");
  }
  Shape dims;
  bool shape_ok = shape->kind == Lit::Tuple;
  if (shape_ok)
    for (const Lit& x : shape->items) {
      if (x.kind == Lit::Int) {
        if (!x.fits) raise_overflow_error("Python int too large to convert to C long");
        dims.push_back(x.i);
      } else if (x.kind == Lit::Bool) {
        dims.push_back(x.b ? 1 : 0);
      } else {
        shape_ok = false;
      }
    }
  if (!shape_ok) raise_value_error("shape is not valid: " + repr(*shape));
  if (fortran->kind != Lit::Bool) raise_value_error("fortran_order is not a valid bool: " + repr(*fortran));
  const Descr dt = descr_from_header(*descr);
  if (dt.is_subarray()) {
    // np.load reads count items of ('<i4', (2,)) as a (count, 2) array and then fails to
    // give it the header's shape
    int64_t n = 1, sub = 1;
    for (int64_t x : dims) {
      if (x < 0) raise_value_error("negative dimensions are not allowed");
      if (mul_overflows(n, x, &n)) raise_value_error("array is too big.");
    }
    for (int64_t x : dt.subarray_shape())
      if (mul_overflows(sub, x, &sub)) raise_value_error("array is too big.");
    const int64_t base_item = std::max<int64_t>(dt.subarray_base().itemsize(), 1);
    const int64_t have = std::min<int64_t>(n, static_cast<int64_t>(size - pos) / base_item / std::max<int64_t>(sub, 1));
    int64_t total = 0;
    if (mul_overflows(have, sub, &total)) raise_value_error("array is too big.");
    raise_value_error("cannot reshape array of size " + std::to_string(total) + " into shape " + shape_str_compact(dims));
  }
  const int64_t item = dt.itemsize();
  if (item == 0) {
    // '|V0' / 'S0': numpy.fromfile refuses 0-sized elements. (NumPy makes an array of
    // count empty items from a stream; stridelab refuses that too: a header could ask for
    // 2**62 of them, which every later loop over the elements would walk.)
    raise_value_error("The elements are 0-sized.");
  }
  const int64_t avail = static_cast<int64_t>(size - pos);
  Shape reported = dims;  // NumPy's reshape message names the shape it reshapes to
  if (fortran->b) std::reverse(reported.begin(), reported.end());
  {
    // NumPy counts the elements with a wrapping int64 product (multiply.reduce): when it
    // overflows, it reads what the wrapped count says (everything when negative) and fails
    // reshaping that. Same message here, without ever using the wrapped value.
    int64_t n = 1;
    uint64_t wrapped = 1;
    bool overflow = false;
    for (int64_t x : dims) {
      if (x < 0) raise_value_error("negative dimensions are not allowed");
      wrapped *= static_cast<uint64_t>(x);
      overflow |= mul_overflows(n, x, &n);
    }
    if (overflow) {
      const int64_t w = static_cast<int64_t>(wrapped), have = avail / item;
      raise_value_error("cannot reshape array of size " + std::to_string(w >= 0 && w < have ? w : have) +
                        " into shape " + shape_str_compact(reported));
    }
  }
  const int64_t count = checked_size(dims, item);  // overflow-checked (extent.hpp)
  // NumPy reads the data in chunks of 2**18 bytes and reports the chunk that ran short.
  const int64_t max_read_count = kBufferSize / std::min<int64_t>(kBufferSize, item);
  if (source == NpySource::File && avail / item < count) {
    raise_value_error("cannot reshape array of size " + std::to_string(avail / item) + " into shape " +
                      shape_str_compact(reported));  // NumPy's reshape message: "(4,3)", "(3,)
  }
  for (int64_t i = 0; i < count; i += max_read_count) {
    const int64_t read_size = std::min(max_read_count, count - i) * item;
    const int64_t left = avail - i * item;
    if (left < read_size) eof("array data", static_cast<size_t>(read_size), static_cast<size_t>(std::max<int64_t>(left, 0)));
  }

  ArrayPtr flat = new_array({count}, dt);
  if (count > 0) std::memcpy(flat->data(), data + pos, static_cast<size_t>(count * item));
  if (descr_has_bool(dt)) {
    // A bool element is one byte holding 0 or 1 everywhere in the engine (kernels add bools
    // as integers): a file's other nonzero bytes mean True, as NumPy reads them.
    uint8_t* p = flat->data();
    for (int64_t k = 0; k < count; ++k, p += item) normalize_bools(p, dt);
  }
  if (fortran->b) {
    // array.shape = shape[::-1]; array = array.transpose(): a view on the flat buffer
    return make_view(flat, flat->offset, dims, contiguous_strides(dims, static_cast<int>(item), true), dt);
  }
  flat->shape = dims;
  flat->strides = contiguous_strides(dims, static_cast<int>(item), false);
  return flat;
}

std::vector<uint8_t> write_npy(const ArrayPtr& a) {
  const bool fortran = !a->is_c_contiguous() && a->is_f_contiguous();
  std::string header = "{'descr': " + descr_array_descr(a->descr()) + ", 'fortran_order': " +
                       (fortran ? "True" : "False") + ", 'shape': " + tuple_repr(a->shape) + ", }";
  if (a->ndim() > 0) {
    const int64_t growth = a->shape[fortran ? a->ndim() - 1 : 0];
    header += std::string(static_cast<size_t>(kGrowthAxisMaxDigits - std::to_string(growth).size()), ' ');
  }
  // The header is latin-1 in versions 1.0 / 2.0; a field name beyond latin-1 needs 3.0 (UTF-8)
  std::string encoded;
  bool latin1 = true;
  for (char32_t c : utf8_decode(header)) {
    if (c > 0xff) { latin1 = false; break; }
    encoded += static_cast<char>(c);
  }
  if (!latin1) encoded = header;
  header = std::move(encoded);
  // version 1.0 unless the header length does not fit its 2-byte field
  const size_t hlen = header.size() + 1;
  int major = latin1 ? 1 : 3;
  size_t len_size = latin1 ? 2 : 4;
  size_t padlen = kArrayAlign - ((kMagicLen + len_size + hlen) % kArrayAlign);
  if (hlen + padlen > 65535 && major == 1) {
    major = 2;
    len_size = 4;
    padlen = kArrayAlign - ((kMagicLen + len_size + hlen) % kArrayAlign);
  }
  std::vector<uint8_t> out(kMagic, kMagic + 6);
  out.push_back(static_cast<uint8_t>(major));
  out.push_back(0);
  const size_t total = hlen + padlen;
  for (size_t k = 0; k < len_size; ++k) out.push_back(static_cast<uint8_t>((total >> (8 * k)) & 0xff));
  out.insert(out.end(), header.begin(), header.end());
  out.insert(out.end(), padlen, ' ');
  out.push_back('\n');
  const int item = a->itemsize();
  Shape shape = a->shape;
  Strides strides = a->strides;
  if (fortran) {  // write a.T in C order
    std::reverse(shape.begin(), shape.end());
    std::reverse(strides.begin(), strides.end());
  }
  out.reserve(out.size() + alloc_count(a->nbytes()));
  const uint8_t* base = a->buffer->data();
  for_each_offset(shape, strides, a->offset,
                  [&](int64_t p) { out.insert(out.end(), base + p, base + p + item); });
  return out;
}

}  // namespace sl
