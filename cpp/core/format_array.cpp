#include "core/format_array.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "core/errors.hpp"
#include "core/flex_items.hpp"
#include "core/text_io.hpp"
#include "core/format_float.hpp"
#include "core/half.hpp"
#include "core/format_scalar.hpp"

namespace sl {

namespace {

std::string rstrip(const std::string& s) {
  size_t n = s.size();
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n')) --n;
  return s.substr(0, n);
}

std::string spaces(int64_t n) { return n > 0 ? std::string(static_cast<size_t>(n), ' ') : ""; }

// Python's len(): code points, so a user's non-ASCII nanstr/infstr pads and wraps as in
// NumPy (UTF-8 continuation bytes are not counted).
int64_t len(const std::string& s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// ---- FloatingFormat ---------------------------------------------------------------------
// One instance per printed array: fill_format() looks at every shown value once to fix the
// notation and the common widths, then format() prints each element with them.
class FloatFormat {
 public:
  // `sign` overrides the print option (the imaginary parts of complex numbers always get '+').
  FloatFormat(const std::vector<double>& data, FloatWidth width, const PrintOptions& o, char sign = 0)
      : f32_(width), opts_(o), floatmode_(o.floatmode), suppress_(o.suppress), sign_(sign ? sign : o.sign) {
    precision_ = floatmode_ == "unique" ? -1 : o.precision;
    if (floatmode_ != "unique" && precision_ < 0) raise_value_error("precision must be >= 0");
    fill_format(data);
  }

  std::string format(double x) const {
    if (!std::isfinite(x)) {
      std::string ret;
      if (std::isnan(x)) {
        ret = (sign_ == '+' ? "+" : "") + opts_.nanstr;
      } else {
        ret = (x < 0 ? "-" : sign_ == '+' ? "+" : "") + opts_.infstr;
      }
      return spaces(pad_left_ + pad_right_ + 1 - len(ret)) + ret;
    }
    Dragon4Options d;
    d.precision = precision_;
    d.min_digits = min_digits_;
    d.unique = unique_;
    d.trim = trim_;
    d.sign = sign_ == '+';
    d.pad_left = pad_left_;
    if (exp_format_) {
      d.exp_digits = exp_size_;
      return format_float_scientific(x, f32_, d);
    }
    d.pad_right = pad_right_;
    return format_float_positional(x, f32_, d);
  }

 private:
  void fill_format(const std::vector<double>& data) {
    std::vector<double> finite;
    finite.reserve(data.size());
    for (double x : data)
      if (std::isfinite(x)) finite.push_back(x);

    // Scientific notation is chosen from the non-zero finite magnitudes. For float32 the
    // ratio is a float32 division (NumPy divides the two float32 scalars).
    bool any_nonzero = false;
    double max_val = 0, min_val = 0;
    for (double x : finite) {
      if (x == 0) continue;
      double a = std::fabs(x);
      if (!any_nonzero) {
        max_val = min_val = a;
        any_nonzero = true;
      } else {
        max_val = std::max(max_val, a);
        min_val = std::min(min_val, a);
      }
    }
    if (any_nonzero) {
      // max_val / min_val in the array's own precision, as NumPy divides them
      const float r32 = static_cast<float>(max_val) / static_cast<float>(min_val);
      double ratio = f32_ == FloatWidth::F32   ? static_cast<double>(r32)
                     : f32_ == FloatWidth::F16 ? half_to_double(float_to_half(r32))
                                               : max_val / min_val;
      if (max_val >= 1.e8 || (!suppress_ && (min_val < 0.0001 || ratio > 1000.)))
        exp_format_ = true;
    }

    if (finite.empty()) {
      pad_left_ = 0;
      pad_right_ = 0;
      trim_ = '.';
      exp_size_ = -1;
      unique_ = true;
      min_digits_ = -1;
    } else {
      char trim = '.';
      bool unique = true;
      if (floatmode_ == "fixed") {
        trim = 'k';
        unique = false;
      }
      Dragon4Options d;
      d.precision = precision_;
      d.unique = unique;
      d.trim = trim;
      d.sign = sign_ == '+';
      int64_t max_int = 0, max_frac = 0, max_exp = 0;
      if (exp_format_) {
        for (double x : finite) {
          std::string s = format_float_scientific(x, f32_, d);
          size_t e = s.find('e');
          size_t dot = s.find('.');
          max_exp = std::max<int64_t>(max_exp, len(s) - static_cast<int64_t>(e) - 1);
          max_int = std::max<int64_t>(max_int, static_cast<int64_t>(dot));
          max_frac = std::max<int64_t>(max_frac, static_cast<int64_t>(e - dot - 1));
        }
        exp_size_ = static_cast<int>(max_exp) - 1;
        trim_ = 'k';
        precision_ = static_cast<int>(max_frac);
        min_digits_ = precision_;
        unique_ = unique;
        pad_left_ = static_cast<int>(max_int);
        pad_right_ = exp_size_ + 2 + precision_;
      } else {
        for (double x : finite) {
          std::string s = format_float_positional(x, f32_, d);
          size_t dot = s.find('.');
          max_int = std::max<int64_t>(max_int, static_cast<int64_t>(dot));
          max_frac = std::max<int64_t>(max_frac, len(s) - static_cast<int64_t>(dot) - 1);
        }
        pad_left_ = static_cast<int>(max_int);
        pad_right_ = static_cast<int>(max_frac);
        exp_size_ = -1;
        unique_ = unique;
        if (floatmode_ == "fixed" || floatmode_ == "maxprec_equal") {
          precision_ = min_digits_ = pad_right_;
          trim_ = 'k';
        } else {
          trim_ = '.';
          min_digits_ = 0;
        }
      }
    }

    // sign=' ' reserves a column for the sign when no shown value is negative
    if (sign_ == ' ') {
      bool any_signbit = false;
      for (double x : finite) any_signbit = any_signbit || std::signbit(x);
      if (!any_signbit) pad_left_ += 1;
    }

    // nan/inf may need more room on the left than the finite values
    if (data.size() != finite.size()) {
      bool neginf = sign_ != '-';
      for (double x : data) neginf = neginf || (std::isinf(x) && x < 0);
      const int64_t nanlen = len(opts_.nanstr);
      const int64_t inflen = len(opts_.infstr) + (neginf ? 1 : 0);
      const int64_t offset = pad_right_ + 1;
      pad_left_ = static_cast<int>(std::max<int64_t>({pad_left_, nanlen - offset, inflen - offset}));
    }
  }

  FloatWidth f32_;  // the digit generation (float64, float32 or float16 round trip)
  const PrintOptions& opts_;
  std::string floatmode_;
  bool suppress_;
  char sign_;
  int precision_ = -1;
  int min_digits_ = -1;
  bool unique_ = true;
  char trim_ = '.';
  bool exp_format_ = false;
  int pad_left_ = 0, pad_right_ = 0, exp_size_ = -1;
};

// ---- element formatter for any dtype ----------------------------------------------------
class ElementFormat {
 public:
  ElementFormat(const std::vector<Scalar>& shown, DType dtype, bool zero_d, const PrintOptions& o)
      : kind_(dtype_kind(dtype)), custom_(formatter_for(o, dtype)) {
    if (custom_) return;  // formatter=: the user's function, no common width
    if (kind_ == 'f') {
      std::vector<double> vals;
      vals.reserve(shown.size());
      for (const Scalar& s : shown) vals.push_back(s.v.f);
      const DType nt = dtype_native(dtype);
      float_.reset(new FloatFormat(vals, nt == DType::Float32 ? FloatWidth::F32 : nt == DType::Float16 ? FloatWidth::F16 : FloatWidth::F64, o));
    } else if (kind_ == 'c') {
      // NumPy's ComplexFloatingFormat: one FloatingFormat for the real parts, one with
      // sign='+' for the imaginary parts, in the component precision.
      std::vector<double> re, im;
      for (const Scalar& s : shown) {
        re.push_back(s.v.f);
        im.push_back(s.im);
      }
      const FloatWidth w = dtype_native(dtype) == DType::Complex64 ? FloatWidth::F32 : FloatWidth::F64;
      float_.reset(new FloatFormat(re, w, o));
      imag_.reset(new FloatFormat(im, w, o, '+'));
    } else if (kind_ == 'b') {
      true_str_ = zero_d ? "True" : " True";
    } else {
      for (const Scalar& s : shown) width_ = std::max(width_, len(int_text(s)));
    }
  }

  std::string operator()(const Scalar& s) const {
    if (custom_) return custom_(s);
    switch (kind_) {
      case 'f': return float_->format(s.v.f);
      case 'c': {
        std::string i = imag_->format(s.im);
        size_t sp = i.find_last_not_of(' ');
        sp = sp == std::string::npos ? 0 : sp + 1;
        return float_->format(s.v.f) + i.substr(0, sp) + "j" + i.substr(sp);
      }
      case 'b': return s.v.b ? true_str_ : "False";
      default: {
        std::string t = int_text(s);
        return spaces(width_ - len(t)) + t;
      }
    }
  }

 private:
  std::string int_text(const Scalar& s) const {
    return kind_ == 'u' ? std::to_string(s.v.u) : std::to_string(s.v.i);
  }

  char kind_;
  ElementFormatter custom_;
  std::unique_ptr<FloatFormat> float_;
  std::unique_ptr<FloatFormat> imag_;  // complex: the imaginary parts
  std::string true_str_;
  int64_t width_ = 0;
};

// Indices shown along each axis: everything, or the first and last `edge` when the array
// is summarized and the axis is longer than 2 * edge (NumPy's _leading_trailing).
std::vector<std::vector<int64_t>> shown_indices(const NDArray& a, bool summarize, int64_t edge) {
  std::vector<std::vector<int64_t>> out(a.ndim());
  for (int k = 0; k < a.ndim(); ++k) {
    const int64_t n = a.shape[k];
    // edgeitems == 0 keeps the whole axis: NumPy's a[-0:] is all of a
    if (summarize && n > 2 * edge && edge > 0) {
      for (int64_t i = 0; i < edge; ++i) out[k].push_back(i);
      for (int64_t i = n - edge; i < n; ++i) out[k].push_back(i);
    } else {
      for (int64_t i = 0; i < n; ++i) out[k].push_back(i);
    }
  }
  return out;
}

std::vector<Scalar> gather_shown(const NDArray& a, const std::vector<std::vector<int64_t>>& idx) {
  std::vector<Scalar> out;
  const int nd = a.ndim();
  std::vector<int64_t> index(nd, 0);
  if (nd == 0) {
    out.push_back(a.item0());
    return out;
  }
  std::vector<size_t> pos(nd, 0);
  for (int k = 0; k < nd; ++k)
    if (idx[k].empty()) return out;
  for (;;) {
    for (int k = 0; k < nd; ++k) index[k] = idx[k][pos[k]];
    out.push_back(a.get(index.data()));
    int k = nd - 1;
    for (; k >= 0; --k) {
      if (++pos[k] < idx[k].size()) break;
      pos[k] = 0;
    }
    if (k < 0) break;
  }
  return out;
}

// One element of any dtype, read from its bytes. Numbers go through ElementFormat (common
// widths over the shown elements); 'S'/'U' items print as their Python repr, unpadded
// (NumPy's repr formatter); a record prints as a tuple of its fields, each field column
// formatted over the shown records like an array of its own (StructuredVoidFormat), a
// one-field record with the tuple's trailing comma.
class ItemFormat {
 public:
  ItemFormat(const NDArray& a, const std::vector<std::vector<int64_t>>& idx, bool zero_d, const PrintOptions& o)
      : descr_(a.descr()) {
    if (!dtype_is_flexible(descr_.type)) {
      num_.reset(new ElementFormat(gather_shown(a, idx), a.dtype, zero_d, o));
      return;
    }
    if (descr_.is_subarray()) {
      // the field as an array with the subarray's axes appended (C order inside the record);
      // one format over all of its shown elements, as NumPy formats data[field_name]
      const Descr& base = descr_.subarray_base();
      NDArray column = a;
      column.set_descr(base);
      const Strides inner = contiguous_strides(descr_.subarray_shape(), static_cast<int>(base.itemsize()));
      std::vector<std::vector<int64_t>> sub_idx = idx;
      for (size_t k = 0; k < inner.size(); ++k) {
        column.shape.push_back(descr_.subarray_shape()[k]);
        column.strides.push_back(inner[k]);
        sub_idx.emplace_back();
        for (int64_t i = 0; i < descr_.subarray_shape()[k]; ++i) sub_idx.back().push_back(i);
      }
      sub_strides_ = inner;
      threshold_ = o.threshold;
      edge_ = o.edgeitems;
      fields_.emplace_back(new ItemFormat(column, sub_idx, zero_d, o));
      return;
    }
    for (const Field& f : descr_.fields()) {
      NDArray column = a;  // the field as an array of the same shape and strides
      column.offset += f.offset;
      column.set_descr(f.type);
      fields_.emplace_back(new ItemFormat(column, idx, zero_d, o));
    }
  }

  std::string at(const uint8_t* p) const {
    if (num_) return (*num_)(Scalar::load(p, descr_.type));
    if (descr_.type == DType::Str) return python_str_repr(load_str_item(p, descr_.itemsize()));
    if (descr_.type == DType::Bytes) return python_bytes_repr(load_bytes_item(p, descr_.itemsize()));
    if (descr_.is_subarray()) {
      const int64_t n = descr_.itemsize() / std::max<int64_t>(descr_.subarray_base().itemsize(), 1);
      return subarray_at(p, 0, n > threshold_);
    }
    if (!descr_.has_fields()) raise_unsupported_dtype(descr_.type);
    std::string s = "(";
    const std::vector<Field>& fs = descr_.fields();
    for (size_t k = 0; k < fs.size(); ++k) {
      if (k) s += ", ";
      s += fields_[k]->at(p + fs[k].offset);
    }
    return s + (fs.size() == 1 ? ",)" : ")");
  }

 private:
  // NumPy's SubArrayFormat: nested "[a, b]" lists, ", " between items, the middle of long
  // axes summarized as "..." when the subarray has more than `threshold` elements.
  std::string subarray_at(const uint8_t* p, size_t axis, bool summarize) const {
    if (axis == sub_strides_.size()) return fields_[0]->at(p);
    const int64_t n = descr_.subarray_shape()[axis], stride = sub_strides_[axis];
    std::string s = "[";
    auto add = [&](const std::string& item) {
      if (s.size() > 1) s += ", ";
      s += item;
    };
    if (summarize && edge_ > 0 && n > 2 * edge_) {
      for (int64_t i = 0; i < edge_; ++i) add(subarray_at(p + i * stride, axis + 1, summarize));
      add("...");
      for (int64_t i = n - edge_; i < n; ++i) add(subarray_at(p + i * stride, axis + 1, summarize));
    } else {
      for (int64_t i = 0; i < n; ++i) add(subarray_at(p + i * stride, axis + 1, summarize));
    }
    return s + "]";
  }

  Descr descr_;
  std::unique_ptr<ElementFormat> num_;
  std::vector<std::unique_ptr<ItemFormat>> fields_;  // a subarray: one, its base type
  Strides sub_strides_;
  int64_t threshold_ = 0, edge_ = 0;
};

// _extendLine (legacy=False): wrap before `word` when it would pass line_width, unless
// the line holds nothing but the indent (wrapping would not help).
void extend_line(std::string& s, std::string& line, const std::string& word, int64_t line_width,
                 const std::string& next_line_prefix) {
  bool needs_wrap = len(line) + len(word) > line_width;
  if (len(line) <= len(next_line_prefix)) needs_wrap = false;
  if (needs_wrap) {
    s += rstrip(line);
    s += '\n';
    line = next_line_prefix;
  }
  line += word;
}

// _formatArray's recursion. `index` holds the indices of the enclosing axes.
class Layout {
 public:
  Layout(const NDArray& a, const ItemFormat& fmt, const std::string& separator, int64_t edge,
         bool summarize)
      : a_(a), fmt_(fmt), sep_(separator), sep_stripped_(rstrip(separator)), edge_(edge),
        summarize_(summarize), index_(a.ndim(), 0) {}

  std::string run(const std::string& next_line_prefix, int64_t line_width) {
    return recurse(0, next_line_prefix, line_width);
  }

 private:
  std::string recurse(int axis, const std::string& hanging_indent, int64_t curr_width) {
    const int axes_left = a_.ndim() - axis;
    if (axes_left == 0) return fmt_.at(a_.buffer->data() + a_.byte_offset(index_.data()));

    const std::string next_hanging_indent = hanging_indent + ' ';
    const int64_t next_width = curr_width - 1;  // len(']')
    const int64_t a_len = a_.shape[axis];
    const bool show_summary = summarize_ && 2 * edge_ < a_len;
    const int64_t leading = show_summary ? edge_ : 0;
    const int64_t trailing = show_summary ? edge_ : a_len;
    auto child = [&](int64_t i) {
      index_[axis] = i;
      return recurse(axis + 1, next_hanging_indent, next_width);
    };

    std::string s;
    if (axes_left == 1) {
      const int64_t elem_width = curr_width - std::max<int64_t>(len(sep_stripped_), 1);
      std::string line = hanging_indent;
      for (int64_t i = 0; i < leading; ++i) {
        extend_line(s, line, child(i), elem_width, hanging_indent);
        line += sep_;
      }
      if (show_summary) {
        extend_line(s, line, "...", elem_width, hanging_indent);
        line += sep_;
      }
      for (int64_t i = trailing; i > 1; --i) {
        extend_line(s, line, child(a_len - i), elem_width, hanging_indent);
        line += sep_;
      }
      extend_line(s, line, child(a_len - 1), elem_width, hanging_indent);
      s += line;
    } else {
      const std::string line_sep = sep_stripped_ + std::string(static_cast<size_t>(axes_left - 1), '\n');
      for (int64_t i = 0; i < leading; ++i) {
        s += hanging_indent;
        s += child(i);
        s += line_sep;
      }
      if (show_summary) {
        s += hanging_indent;
        s += "...";
        s += line_sep;
      }
      for (int64_t i = trailing; i > 1; --i) {
        s += hanging_indent;
        s += child(a_len - i);
        s += line_sep;
      }
      s += hanging_indent;
      s += child(a_len - 1);
    }
    index_[axis] = 0;
    // drop the hanging indent of the first line and wrap in brackets
    return "[" + s.substr(hanging_indent.size()) + "]";
  }

  const NDArray& a_;
  const ItemFormat& fmt_;
  const std::string sep_, sep_stripped_;
  const int64_t edge_;
  const bool summarize_;
  std::vector<int64_t> index_;
};

// NumPy 2's dtype_is_implied: a native int_, float_, complex_ or bool_ without fields (1.24
// also left out the dtype of a non-native '>i8' array; 2.x prints it).
bool dtype_is_implied(DType t) {
  return t == DType::Float64 || t == DType::Int64 || t == DType::Bool || t == DType::Complex128;
}

}  // namespace

std::string array2string(const NDArray& a, const PrintOptions& opts, const std::string& separator,
                         const std::string& prefix, const std::string& suffix) {
  const int64_t line_width = static_cast<int64_t>(opts.linewidth) - len(suffix);
  if (a.size() == 0) return "[]";
  const bool summarize = a.size() > opts.threshold;
  const int64_t edge = opts.edgeitems;
  ItemFormat fmt(a, shown_indices(a, summarize, edge), a.ndim() == 0, opts);
  const std::string next_line_prefix = " " + spaces(len(prefix));
  Layout layout(a, fmt, separator, edge, summarize);
  return layout.run(next_line_prefix, line_width);
}

std::string array2string(const NDArray& a, const std::string& separator, const std::string& prefix) {
  return array2string(a, print_options(), separator, prefix, "");
}

std::string array_repr(const NDArray& a, const PrintOptions& opts) {
  const bool skipdtype = dtype_is_implied(a.dtype) && a.size() > 0;
  const std::string prefix = "array(";
  const std::string suffix = skipdtype ? ")" : ",";
  std::string lst;
  if (a.size() > 0 || (a.ndim() == 1 && a.shape[0] == 0)) {
    lst = array2string(a, opts, ", ", prefix, suffix);
  } else {
    lst = "[], shape=" + shape_to_string(a.shape);
  }
  std::string arr_str = prefix + lst + suffix;
  if (skipdtype) return arr_str;

  const std::string dtype_str = "dtype=" + descr_short_repr(a.descr()) + ")";
  const size_t nl = arr_str.rfind('\n');
  const int64_t last_line_len = len(nl == std::string::npos ? arr_str : arr_str.substr(nl + 1));
  std::string spacer = " ";
  if (last_line_len + len(dtype_str) + 1 > opts.linewidth) spacer = "\n" + spaces(len(prefix));
  return arr_str + spacer + dtype_str;
}

std::string array_repr(const NDArray& a) { return array_repr(a, print_options()); }

std::string array_str(const NDArray& a, const PrintOptions& opts) {
  if (a.ndim() == 0) {
    // str of a 0-d string array is the text itself; a record prints as its tuple
    if (a.dtype == DType::Str) return load_str_item(a.data(), a.itemsize());
    if (a.dtype == DType::Bytes) return python_bytes_repr(load_bytes_item(a.data(), a.itemsize()));
    if (dtype_is_flexible(a.dtype)) return array2string(a, opts, " ", "", "");
    return scalar_str(a.item0());
  }
  return array2string(a, opts, " ", "", "");
}

std::string array_str(const NDArray& a) { return array_str(a, print_options()); }

}  // namespace sl
