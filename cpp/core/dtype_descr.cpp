#include "core/dtype_descr.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

#include "core/errors.hpp"

namespace sl {
namespace {

const std::vector<Field>& no_fields() {
  static const std::vector<Field> empty;
  return empty;
}
const std::vector<int64_t>& no_shape() {
  static const std::vector<int64_t> empty;
  return empty;
}

std::shared_ptr<FlexInfo> new_flex(int64_t itemsize, int alignment) {
  auto f = std::make_shared<FlexInfo>();
  f->itemsize = itemsize;
  f->alignment = alignment;
  return f;
}

int64_t round_up(int64_t x, int64_t a) { return a <= 1 ? x : (x + a - 1) / a * a; }

// Python's repr of a str (names and titles): single quotes unless the text holds one and
// no double quote.
std::string py_repr(const std::string& s) {
  const bool dq = s.find('\'') != std::string::npos && s.find('"') == std::string::npos;
  const char q = dq ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == q) out += std::string("\\") + q;
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else out += c;
  }
  return out + q;
}

// (2,) / (2, 3) — a shape as Python prints a tuple
std::string tuple_str(const std::vector<int64_t>& shape) {
  std::string s = "(";
  for (size_t k = 0; k < shape.size(); ++k) {
    if (k) s += ", ";
    s += std::to_string(shape[k]);
  }
  return s + (shape.size() == 1 ? ",)" : ")");
}

// _byte_order_str: '<' for native multi-byte, '' for not-applicable, '>' for swapped.
std::string byteorder_str(const Descr& d) {
  char bo = d.type == DType::Str ? '=' : dtype_byteorder(d.type);
  if (bo == '=') return "<";
  if (bo == '|') return "";
  return std::string(1, bo);
}

const char* kind_stem(char kind) {
  switch (kind) {
    case 'u': return "uint";
    case 'i': return "int";
    case 'c': return "complex";
    case 'f': return "float";
    case 'b': return "bool";
    case 'V': return "void";
    case 'S': return "bytes";
    default: return "str";
  }
}

std::string scalar_construction(const Descr& d, bool short_form) {
  const std::string bo = byteorder_str(d);
  const int64_t n = d.itemsize();
  switch (d.type) {
    case DType::Bool: return short_form ? "'?'" : "'bool'";
    case DType::Bytes: return n == 0 ? "'S'" : "'S" + std::to_string(n) + "'";
    case DType::Str: return n == 0 ? "'" + bo + "U'" : "'" + bo + "U" + std::to_string(n / 4) + "'";
    case DType::Void: return n == 0 ? "'V'" : "'V" + std::to_string(n) + "'";
    default: break;
  }
  if (short_form || dtype_is_swapped(d.type))
    return "'" + bo + dtype_kind(d.type) + std::to_string(n) + "'";
  return "'" + std::string(kind_stem(dtype_kind(d.type))) + std::to_string(8 * n) + "'";
}

// _is_packed: fields in order, no padding (beyond what align=True implies).
bool is_packed(const Descr& d) {
  const bool align = d.is_aligned_struct();
  int64_t max_align = 1, total = 0;
  for (const Field& f : d.fields()) {
    if (align) {
      total = round_up(total, f.type.alignment());
      max_align = std::max<int64_t>(max_align, f.type.alignment());
    }
    if (f.offset != total) return false;
    total += f.type.itemsize();
  }
  if (align) total = round_up(total, max_align);
  return total == d.itemsize();
}

std::string construction_repr(const Descr& d, bool include_align, bool short_form);

std::string struct_list_str(const Descr& d) {
  std::string s = "[";
  bool first = true;
  for (const Field& f : d.fields()) {
    if (!first) s += ", ";
    first = false;
    s += "(";
    if (!f.title.empty()) s += "(" + py_repr(f.title) + ", " + py_repr(f.name) + "), ";
    else s += py_repr(f.name) + ", ";
    if (f.type.is_subarray())
      s += construction_repr(f.type.subarray_base(), false, true) + ", " + tuple_str(f.type.subarray_shape());
    else
      s += construction_repr(f.type, false, true);
    s += ")";
  }
  return s + "]";
}

std::string struct_dict_str(const Descr& d, bool include_aligned_flag) {
  std::string names, formats, offsets, titles;
  bool any_title = false;
  for (const Field& f : d.fields()) {
    const char* sep = names.empty() ? "" : ", ";
    names += sep + py_repr(f.name);
    formats += sep + construction_repr(f.type, false, true);
    offsets += sep + std::to_string(f.offset);
    titles += sep + (f.title.empty() ? std::string("None") : py_repr(f.title));
    any_title = any_title || !f.title.empty();
  }
  std::string s = "{'names': [" + names + "], 'formats': [" + formats + "], 'offsets': [" + offsets + "]";
  if (any_title) s += ", 'titles': [" + titles + "]";
  s += ", 'itemsize': " + std::to_string(d.itemsize());
  if (include_aligned_flag && d.is_aligned_struct()) s += ", 'aligned': True";
  return s + "}";
}

std::string struct_str(const Descr& d, bool include_align) {
  if (!(include_align && d.is_aligned_struct()) && is_packed(d)) return struct_list_str(d);
  return struct_dict_str(d, include_align);
}

std::string construction_repr(const Descr& d, bool include_align, bool short_form) {
  if (d.has_fields()) return struct_str(d, include_align);
  if (d.is_subarray())
    return "(" + construction_repr(d.subarray_base(), false, true) + ", " + tuple_str(d.subarray_shape()) + ")";
  return scalar_construction(d, short_form);
}

// NumPy's check_for_commastring: leading digits (a repeat count), a leading empty tuple,
// or a comma outside square brackets.
bool is_commastring(const std::string& s) {
  const size_t n = s.size();
  auto is_order = [](char c) { return c == '<' || c == '>' || c == '|' || c == '='; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (n == 0) return false;
  if (digit(s[0]) || (n > 1 && is_order(s[0]) && digit(s[1]))) return true;
  if ((n > 1 && s[0] == '(' && s[1] == ')') || (n > 3 && is_order(s[0]) && s[1] == '(' && s[2] == ')'))
    return true;
  int depth = 0;
  for (char c : s) {
    if (c == '[') ++depth;
    else if (c == ']') --depth;
    else if (c == ',' && depth == 0) return true;
  }
  return false;
}

[[noreturn]] void not_understood(const std::string& spec) {
  raise_type_error("data type '" + spec + "' not understood");
}

// 'S5', '|S5', 'a5', 'U5', '<U5', 'V8', 'S', 'U', and the names of the flexible types.
bool parse_flexible(const std::string& spec, Descr* out) {
  struct Named {
    const char* name;
    DType type;
  };
  static const Named kNamed[] = {{"str", DType::Str},     {"unicode", DType::Str}, {"str_", DType::Str},
                                 {"bytes", DType::Bytes}, {"bytes_", DType::Bytes}, {"void", DType::Void}};
  for (const Named& n : kNamed)
    if (spec == n.name) { *out = Descr(n.type); return true; }
  std::string body = spec;
  char order = '=';
  if (!body.empty() && std::strchr("<>|=", body[0])) {
    order = body[0];
    body = body.substr(1);
  }
  if (body.empty() || !std::strchr("SaUV", body[0])) return false;
  const char kind = body[0];
  const std::string digits = body.substr(1);
  if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 12) return false;
  const int64_t n = digits.empty() ? 0 : std::stoll(digits);
  if (kind == 'U') {
    if (order == '>') raise_type_error("big-endian unicode dtype '" + spec + "' is not supported in stridelab yet");
    *out = str_descr(n);
  } else if (kind == 'V') {
    *out = void_descr(n);
  } else {
    *out = bytes_descr(n);
  }
  return true;
}

Descr parse_single(const std::string& spec, bool align) {
  if (is_commastring(spec)) return parse_descr(spec, align);
  DType t;
  if (try_parse_dtype(spec, &t)) return Descr(t);
  Descr d;
  if (parse_flexible(spec, &d)) return d;
  not_understood(spec);
}

// "(2, 3)" / "3" / "(3,)" -> shape; false when it is not a repeat spec
bool parse_repeats(const std::string& text, std::vector<int64_t>* shape) {
  std::string t;
  for (char c : text)
    if (c != ' ') t += c;
  if (t.empty()) return false;
  if (t.front() == '(') {
    if (t.back() != ')') return false;
    t = t.substr(1, t.size() - 2);
  }
  size_t pos = 0;
  while (pos < t.size()) {
    size_t comma = t.find(',', pos);
    std::string item = t.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    if (item.empty() || item.find_first_not_of("0123456789") != std::string::npos || item.size() > 12) return false;
    shape->push_back(std::stoll(item));
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  return true;
}

// NumPy's _commastring: items of [order][repeats][order]dtype separated by commas.
Descr parse_commastring(const std::string& spec, bool align) {
  std::vector<FieldSpec> items;
  size_t i = 0;
  const size_t n = spec.size();
  auto is_order = [](char c) { return c == '<' || c == '>' || c == '|' || c == '='; };
  while (i < n) {
    const int number = static_cast<int>(items.size()) + 1;
    auto fail = [&]() -> void {
      raise_value_error("format number " + std::to_string(number) + " of \"" + spec + "\" is not recognized");
    };
    std::string order1, order2, repeats, body;
    if (i < n && is_order(spec[i])) order1 = spec[i++];
    size_t r0 = i;
    while (i < n && spec[i] == ' ') ++i;
    if (i < n && spec[i] == '(') {
      ++i;
      while (i < n && (spec[i] == ' ' || spec[i] == ',' || std::isdigit(static_cast<unsigned char>(spec[i])))) ++i;
      if (i < n && spec[i] == ')') ++i;
      else fail();
    } else {
      while (i < n && (spec[i] == ' ' || spec[i] == ',' || std::isdigit(static_cast<unsigned char>(spec[i])))) {
        if (spec[i] == ',') break;  // a bare separator belongs to the next step
        ++i;
      }
    }
    while (i < n && spec[i] == ' ') ++i;
    repeats = spec.substr(r0, i - r0);
    if (i < n && is_order(spec[i])) order2 = spec[i++];
    size_t b0 = i;
    while (i < n && (std::isalnum(static_cast<unsigned char>(spec[i])) || spec[i] == '.' || spec[i] == '?')) ++i;
    body = spec.substr(b0, i - b0);
    // separator or trailing spaces
    if (i < n) {
      size_t j = i;
      while (j < n && spec[j] == ' ') ++j;
      if (j == n) {
        i = n;
      } else if (spec[j] == ',') {
        i = j + 1;
        while (i < n && spec[i] == ' ') ++i;
      } else {
        fail();
      }
    }
    std::string order = order2.empty() ? order1 : order1.empty() ? order2 : order1;
    if (!order1.empty() && !order2.empty()) {
      auto conv = [](const std::string& o) { return o == "=" ? std::string("<") : o; };
      if (conv(order1) != conv(order2))
        raise_value_error("inconsistent byte-order specification " + conv(order1) + " and " + conv(order2));
    }
    if (order == "|" || order == "=" || order == "<") order.clear();
    if (body.empty()) not_understood(order + body);
    Descr item = parse_single(order + body, false);
    std::vector<int64_t> shape;
    bool has_repeats = repeats.find_first_not_of(' ') != std::string::npos;
    if (has_repeats) {
      if (!parse_repeats(repeats, &shape)) fail();
      item = subarray_descr(item, shape);
    }
    items.push_back(FieldSpec{"f" + std::to_string(items.size()), item, ""});
    if (items.size() == 1 && i >= n) {
      // a single item is that type itself (with its repeats as a subarray)
      return item;
    }
  }
  return struct_descr(items, align);
}

int64_t checked_itemsize_sum(int64_t a, int64_t b) {
  if (a > (int64_t(1) << 40) || b > (int64_t(1) << 40))
    raise_value_error("dtype size in bytes must fit into a C int.");
  return a + b;
}

}  // namespace

// ---- Descr ---------------------------------------------------------------------------------

Descr::Descr(DType t) : type(t) {
  if (dtype_is_flexible(t)) flex = new_flex(0, t == DType::Str ? 4 : 1);
}

int64_t Descr::itemsize() const { return flex ? flex->itemsize : dtype_itemsize(type); }
int Descr::alignment() const { return flex ? flex->alignment : dtype_alignment(type); }
bool Descr::has_fields() const { return flex && !flex->fields.empty(); }
const std::vector<Field>& Descr::fields() const { return flex ? flex->fields : no_fields(); }
bool Descr::is_subarray() const { return flex && flex->sub_base; }
const Descr& Descr::subarray_base() const { return *flex->sub_base; }
const std::vector<int64_t>& Descr::subarray_shape() const { return flex ? flex->sub_shape : no_shape(); }
bool Descr::is_aligned_struct() const { return flex && flex->aligned_struct; }
int Descr::isbuiltin() const {
  if (flex) return flex->itemsize == 0 && flex->fields.empty() && !flex->sub_base ? 1 : 0;  // 'U', 'S', 'V'
  return dtype_is_swapped(type) ? 0 : 1;
}

bool operator==(const Descr& a, const Descr& b) {
  if (a.type != b.type) return false;
  if (!a.flex || !b.flex) return !a.flex && !b.flex;
  if (a.flex == b.flex) return true;
  if (a.itemsize() != b.itemsize() || a.is_subarray() != b.is_subarray()) return false;
  if (a.is_subarray() &&
      (a.subarray_shape() != b.subarray_shape() || !(a.subarray_base() == b.subarray_base())))
    return false;
  const auto& fa = a.fields();
  const auto& fb = b.fields();
  if (fa.size() != fb.size()) return false;
  for (size_t k = 0; k < fa.size(); ++k)
    if (fa[k].name != fb[k].name || fa[k].offset != fb[k].offset || fa[k].title != fb[k].title ||
        !(fa[k].type == fb[k].type))
      return false;
  return true;
}

// ---- builders ------------------------------------------------------------------------------

Descr bytes_descr(int64_t nbytes) { return Descr(DType::Bytes, new_flex(nbytes, 1)); }
Descr void_descr(int64_t nbytes) { return Descr(DType::Void, new_flex(nbytes, 1)); }
Descr str_descr(int64_t nchars) {
  if (nchars > (int64_t(1) << 40)) raise_value_error("dtype size in bytes must fit into a C int.");
  return Descr(DType::Str, new_flex(nchars * 4, 4));
}

Descr struct_descr(const std::vector<FieldSpec>& fields, bool align) {
  std::vector<int64_t> offsets;
  int64_t offset = 0;
  for (const FieldSpec& f : fields) {
    if (align) offset = round_up(offset, f.type.alignment());
    offsets.push_back(offset);
    offset = checked_itemsize_sum(offset, f.type.itemsize());
  }
  return struct_descr_offsets(fields, offsets, 0, align);
}

Descr struct_descr_offsets(const std::vector<FieldSpec>& fields, const std::vector<int64_t>& offsets,
                           int64_t itemsize, bool align) {
  auto info = new_flex(0, 1);
  std::set<std::string> seen;
  int64_t end = 0;
  int max_align = 1;
  for (size_t k = 0; k < fields.size(); ++k) {
    const FieldSpec& f = fields[k];
    if (!seen.insert(f.name).second) raise_value_error("field '" + f.name + "' occurs more than once");
    if (!f.title.empty() && !seen.insert(f.title).second)
      raise_value_error("title '" + f.title + "' occurs more than once");
    if (offsets[k] < 0) raise_value_error("offset must be non-negative");
    if (align && offsets[k] % f.type.alignment() != 0)
      raise_value_error("offset " + std::to_string(offsets[k]) + " for NumPy dtype with fields is not divisible by the field alignment " +
                        std::to_string(f.type.alignment()) + " with align=True");
    info->fields.push_back(Field{f.name, f.type, offsets[k], f.title});
    end = std::max(end, checked_itemsize_sum(offsets[k], f.type.itemsize()));
    max_align = std::max(max_align, f.type.alignment());
  }
  if (align) end = round_up(end, max_align);
  if (itemsize != 0) {
    if (itemsize < end)
      raise_value_error("NumPy dtype descriptor requires " + std::to_string(end) +
                        " bytes, cannot override to smaller itemsize of " + std::to_string(itemsize));
    if (align && itemsize % max_align != 0)
      raise_value_error("NumPy dtype descriptor requires alignment of " + std::to_string(max_align) +
                        " bytes, which is not divisible into the specified itemsize " + std::to_string(itemsize));
    end = itemsize;
  }
  info->itemsize = end;
  info->aligned_struct = align;
  info->alignment = align ? max_align : 1;
  return Descr(DType::Void, info);
}

Descr subarray_descr(const Descr& base, const std::vector<int64_t>& shape) {
  if (shape.empty()) return base;
  int64_t n = 1;
  for (int64_t d : shape) {
    if (d < 0) raise_value_error("invalid shape in fixed-type tuple: dimension smaller then zero.");
    if (d != 0 && n > (int64_t(1) << 40) / d)
      raise_value_error("invalid shape in fixed-type tuple: dtype size in bytes must fit into a C int.");
    n *= d;
  }
  if (base.itemsize() != 0 && n > (int64_t(1) << 40) / base.itemsize())
    raise_value_error("invalid shape in fixed-type tuple: dtype size in bytes must fit into a C int.");
  auto info = new_flex(n * base.itemsize(), base.alignment());
  info->sub_base = std::make_shared<Descr>(base);
  info->sub_shape = shape;
  return Descr(DType::Void, info);
}

Descr descr_newbyteorder(const Descr& d, char order) {
  if (order == '|' || order == 'I' || order == 'i') return d;
  auto convert = [&](DType t) -> DType {
    if (!dtype_is_numeric(t)) return t;
    switch (order) {
      case 'S': case 's': return dtype_swapped(t);
      case '>': case 'B': case 'b': return dtype_swapped(dtype_native(t));
      default: return dtype_native(t);  // '<' 'L' '=' 'N' on a little-endian machine
    }
  };
  if (!d.flex) return Descr(convert(d.type));
  if (d.is_subarray()) return subarray_descr(descr_newbyteorder(d.subarray_base(), order), d.subarray_shape());
  if (!d.has_fields()) return d;
  auto info = std::make_shared<FlexInfo>(*d.flex);
  for (Field& f : info->fields) f.type = descr_newbyteorder(f.type, order);
  return Descr(d.type, info);
}

Descr descr_native(const Descr& d) { return descr_has_swapped(d) ? descr_newbyteorder(d, '=') : d; }

bool descr_has_swapped(const Descr& d) {
  if (!d.flex) return dtype_is_swapped(d.type);
  if (d.is_subarray()) return descr_has_swapped(d.subarray_base());
  for (const Field& f : d.fields())
    if (descr_has_swapped(f.type)) return true;
  return false;
}

// ---- text ----------------------------------------------------------------------------------

std::string descr_name(const Descr& d) {
  if (!d.flex) return dtype_name(d.type);
  std::string name = kind_stem(dtype_kind(d.type));
  if (d.itemsize() != 0) name += std::to_string(d.itemsize() * 8);
  return name;
}

std::string descr_str(const Descr& d) {
  if (!d.flex) return dtype_str(d.type);
  std::string s = d.type == DType::Str ? "<" : "|";
  s += dtype_kind(d.type);
  s += std::to_string(d.type == DType::Str ? d.itemsize() / 4 : d.itemsize());
  return s;
}

std::string descr_to_str(const Descr& d) {
  if (d.has_fields()) return struct_str(d, true);
  if (d.is_subarray())
    return "(" + construction_repr(d.subarray_base(), false, true) + ", " + tuple_str(d.subarray_shape()) + ")";
  if (d.flex || dtype_is_swapped(d.type)) return descr_str(d);
  return dtype_name(d.type);
}

std::string descr_repr(const Descr& d) {
  std::string arg = construction_repr(d, false, false);
  if (d.is_aligned_struct()) arg += ", align=True";
  return "dtype(" + arg + ")";
}

std::string descr_short_repr(const Descr& d) {
  if (d.has_fields()) return descr_to_str(d);
  if (d.flex || dtype_is_swapped(d.type)) return "'" + descr_to_str(d) + "'";
  return dtype_name(d.type);
}

std::string descr_construction_repr(const Descr& d, bool short_form) {
  return construction_repr(d, false, short_form);
}

std::string descr_array_descr(const Descr& d) {
  if (!d.has_fields()) {
    if (d.is_subarray())
      return "(" + descr_array_descr(d.subarray_base()) + ", " + tuple_str(d.subarray_shape()) + ")";
    return "'" + descr_str(d) + "'";
  }
  std::string s = "[";
  int64_t offset = 0;
  auto add = [&](const std::string& item) {
    if (s.size() > 1) s += ", ";
    s += item;
  };
  for (const Field& f : d.fields()) {
    if (f.offset > offset) {
      add("('', '|V" + std::to_string(f.offset - offset) + "')");
      offset = f.offset;
    } else if (f.offset < offset) {
      raise_value_error("dtype.descr is not defined for types with overlapping or out-of-order fields");
    }
    std::string name = f.title.empty() ? py_repr(f.name) : "(" + py_repr(f.title) + ", " + py_repr(f.name) + ")";
    if (f.type.is_subarray())
      add("(" + name + ", " + descr_array_descr(f.type.subarray_base()) + ", " + tuple_str(f.type.subarray_shape()) + ")");
    else
      add("(" + name + ", " + descr_array_descr(f.type) + ")");
    offset += f.type.itemsize();
  }
  if (d.itemsize() > offset) add("('', '|V" + std::to_string(d.itemsize() - offset) + "')");
  return s + "]";
}

// ---- parsing -------------------------------------------------------------------------------

Descr parse_descr(const std::string& spec, bool align) {
  if (is_commastring(spec)) return parse_commastring(spec, align);
  return parse_single(spec, align);
}

// ---- promotion -----------------------------------------------------------------------------
namespace {
// Characters needed to print any value of a number type (NumPy's string length for
// number -> string promotion and casts).
int64_t number_str_len(DType t) {
  t = dtype_native(t);
  switch (t) {
    case DType::Bool: return 5;
    case DType::Int8: return 4;
    case DType::UInt8: return 3;
    case DType::Int16: return 6;
    case DType::UInt16: return 5;
    case DType::Int32: return 11;
    case DType::UInt32: return 10;
    case DType::Int64: return 21;
    case DType::UInt64: return 20;
    case DType::Float16: case DType::Float32: case DType::Float64: return 32;
    default: return 64;  // complex
  }
}
}  // namespace

Descr promote_descr(const Descr& a, const Descr& b) {
  const bool fa = dtype_is_flexible(a.type), fb = dtype_is_flexible(b.type);
  if (!fa && !fb) return Descr(promote_types(a.type, b.type));
  auto is_text = [](DType t) { return t == DType::Bytes || t == DType::Str; };
  auto chars = [&](const Descr& d) -> int64_t {
    if (d.type == DType::Str) return d.itemsize() / 4;
    if (d.type == DType::Bytes) return d.itemsize();
    return number_str_len(d.type);
  };
  if ((is_text(a.type) || !fa) && (is_text(b.type) || !fb)) {
    const int64_t n = std::max(chars(a), chars(b));
    if (a.type == DType::Str || b.type == DType::Str) return str_descr(n);
    return bytes_descr(n);
  }
  if (a.type == DType::Void && b.type == DType::Void && a == b) return a;
  raise_type_error(std::string("The DType <class 'numpy.dtypes.") + dtype_class_name(a.type) +
                   "'> could not be promoted by <class 'numpy.dtypes." + dtype_class_name(b.type) +
                   "'>. This means that no common DType exists for the given inputs. For example "
                   "they cannot be stored in a single array unless the dtype is `object`. The full "
                   "list of DTypes is: (<class 'numpy.dtypes." + dtype_class_name(a.type) +
                   "'>, <class 'numpy.dtypes." + dtype_class_name(b.type) + "'>)");
}

}  // namespace sl
