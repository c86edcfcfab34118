// numpy_printing.cpp — NumPy's printing functions: set_printoptions (every argument:
// formatter, legacy, override_repr, ...), get_printoptions, the printoptions context
// manager, array2string, array_repr, array_str, format_float_positional,
// format_float_scientific, base_repr and binary_repr.
// Arguments are checked in NumPy's order with NumPy's messages; the formatting itself is
// core's (format_array, format_float). The Python objects behind the options (the
// formatter dict, override_repr, the threshold as given) ride along in PrintOptions::host,
// so the session's per-run swap of the options carries them too.
// Not here: legacy='1.13' layout (raises NotImplementedError).
#include <cmath>
#include <limits>

#include "core/format_array.hpp"
#include "core/format_float.hpp"
#include "core/format_options.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_printing.hpp"
#include "modules/numpy/numpy_warnings.hpp"

namespace sl {
namespace {

// The Python-level values NumPy's get_printoptions returns as they were given.
struct HostOptions {
  ObjPtr formatter;      // dict or None
  ObjPtr override_repr;  // callable or None
  ObjPtr threshold;      // int, float (inf), ... as given; null: the int in PrintOptions
};

HostOptions host_of(const PrintOptions& o) {
  if (o.host) return *static_cast<HostOptions*>(o.host.get());
  return HostOptions{None(), None(), nullptr};
}
void set_host(PrintOptions& o, HostOptions h) { o.host = std::make_shared<HostOptions>(std::move(h)); }

// What one call of set_printoptions / array2string overrides (NumPy's _make_options_dict:
// only the arguments that are not None).
struct Overrides {
  std::optional<int> precision, edgeitems, linewidth, legacy;
  std::optional<int64_t> threshold;
  ObjPtr threshold_obj;
  std::optional<bool> suppress;
  std::optional<std::string> nanstr, infstr, floatmode;
  std::optional<char> sign;
  ObjPtr formatter;  // null: not given
};

bool given(const ObjPtr& o) { return o && !is_none(o); }

ElementFormatter python_formatter(const ObjPtr& fn) {
  return [fn](const Scalar& s) -> std::string {
    ObjPtr arg[1] = {make_numpy_scalar(s)};
    ObjPtr r = call(fn, PosArgs(arg, 1));
    if (!is_str(r)) raise_type_error("can only concatenate str (not \"" + type_name(r) + "\") to str");
    return str_value(r);
  };
}

int legacy_code(const ObjPtr& legacy) {
  if (is_bool(legacy) && !is_true(legacy)) return kNoLegacyPrint;
  if (is_str(legacy)) {
    const std::string& s = str_value(legacy);
    if (s == "1.13") raise_not_implemented("numpy.set_printoptions(legacy='1.13') is not available in stridelab yet");
    if (s == "1.21") return 121;
    if (s == "1.25") return 125;
    if (s == "2.1") return 201;
  }
  if ((is_int(legacy) || is_float(legacy)) && to_double(legacy) == 0) {
    numpy_warn(ErrorType::FutureWarning, "Passing `legacy=" + repr(legacy) + "` is deprecated.");
    return kNoLegacyPrint;
  }
  numpy_warn(ErrorType::UserWarning,
             "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1, or `False`");
  return -1;  // ignored
}

// NumPy's _make_options_dict checks, in its order.
Overrides make_overrides(const ObjPtr& precision, const ObjPtr& threshold, const ObjPtr& edgeitems,
                         const ObjPtr& linewidth, const ObjPtr& suppress, const ObjPtr& nanstr,
                         const ObjPtr& infstr, const ObjPtr& sign, const ObjPtr& formatter,
                         const ObjPtr& floatmode, const ObjPtr& legacy) {
  Overrides o;
  if (given(suppress)) o.suppress = is_true(suppress);
  if (given(floatmode)) {
    std::string m = is_str(floatmode) ? str_value(floatmode) : "";
    if (!is_str(floatmode)) check_floatmode("");
    check_floatmode(m);
    o.floatmode = m;
  }
  if (given(sign)) {
    std::string s = is_str(sign) ? str_value(sign) : "";
    check_sign(s);
    o.sign = s[0];
  }
  if (given(legacy)) {
    int code = legacy_code(legacy);
    if (code >= 0) o.legacy = code;
  }
  if (given(threshold)) {
    if (!is_int(threshold) && !is_float(threshold) && !is_numpy_scalar(threshold))
      raise_type_error("threshold must be numeric");
    double t = to_double(threshold);
    if (std::isnan(t))
      raise_value_error("threshold must be non-NAN, try sys.maxsize for untruncated representation");
    o.threshold = t >= 9.2e18 ? std::numeric_limits<int64_t>::max()
                              : static_cast<int64_t>(std::floor(t));  // size > t  <=>  size > floor(t)
    o.threshold_obj = threshold;
  }
  if (given(precision)) {
    if (!has_index(precision)) raise_type_error("precision must be an integer");
    o.precision = static_cast<int>(to_int64(precision));
  }
  if (given(edgeitems)) o.edgeitems = static_cast<int>(to_int64(edgeitems));
  if (given(linewidth)) o.linewidth = static_cast<int>(to_int64(linewidth));
  if (given(nanstr)) o.nanstr = to_str(nanstr, "nanstr");
  if (given(infstr)) o.infstr = to_str(infstr, "infstr");
  if (given(formatter)) o.formatter = formatter;
  return o;
}

void apply(PrintOptions& p, const Overrides& o) {
  HostOptions h = host_of(p);
  if (o.precision) p.precision = *o.precision;
  if (o.threshold) {
    p.threshold = *o.threshold;
    h.threshold = o.threshold_obj;
  }
  if (o.edgeitems) p.edgeitems = *o.edgeitems;
  if (o.linewidth) p.linewidth = *o.linewidth;
  if (o.suppress) p.suppress = *o.suppress;
  if (o.nanstr) p.nanstr = *o.nanstr;
  if (o.infstr) p.infstr = *o.infstr;
  if (o.sign) p.sign = *o.sign;
  if (o.floatmode) p.floatmode = *o.floatmode;
  if (o.legacy) p.legacy = *o.legacy;
  if (o.formatter) {
    p.formatter.clear();
    h.formatter = o.formatter;
    if (is_dict(o.formatter)) {
      for (const ObjPtr& key : iterate(o.formatter)) {
        ObjPtr fn = getitem(o.formatter, key);
        if (is_str(key) && !is_none(fn)) p.formatter[str_value(key)] = python_formatter(fn);
      }
    }
  }
  set_host(p, h);
}

// set_printoptions / printoptions: formatter and override_repr are always reset.
void set_printoptions_from(const BoundArgs& b) {
  Overrides o = make_overrides(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[8], b[7], b[9], b[10]);
  PrintOptions p = print_options();
  apply(p, o);
  if (!o.formatter) p.formatter.clear();
  HostOptions h = host_of(p);
  if (!o.formatter) h.formatter = None();
  h.override_repr = b.has(11) && b[11] ? b[11] : None();
  set_host(p, h);
  print_options() = p;
}

const std::initializer_list<const char*> kSetParams = {
    "precision=", "threshold=", "edgeitems=", "linewidth=", "suppress=", "nanstr=", "infstr=",
    "formatter=", "sign=", "floatmode=", "*", "legacy=", "override_repr="};

ObjPtr legacy_value(int legacy) {
  switch (legacy) {
    case 113: return make_str("1.13");
    case 121: return make_str("1.21");
    case 125: return make_str("1.25");
    case 201: return make_str("2.1");
    default: return False();
  }
}

ObjPtr print_options_dict() {
  const PrintOptions& o = print_options();
  HostOptions h = host_of(o);
  Ref<DictObject> d = make_dict();
  d->set("edgeitems", make_int(o.edgeitems));
  d->set("threshold", h.threshold ? h.threshold : make_int(o.threshold));
  d->set("floatmode", make_str(o.floatmode));
  d->set("precision", make_int(o.precision));
  d->set("suppress", make_bool(o.suppress));
  d->set("linewidth", make_int(o.linewidth));
  d->set("nanstr", make_str(o.nanstr));
  d->set("infstr", make_str(o.infstr));
  d->set("sign", make_str(std::string(1, o.sign)));
  d->set("formatter", h.formatter);
  d->set("legacy", legacy_value(o.legacy));
  d->set("override_repr", h.override_repr);
  return ObjPtr(d);
}

// np.printoptions(...): a context manager restoring the previous options on exit.
struct PrintOptionsContext : Object {
  explicit PrintOptionsContext(TypeObject* t) : Object(t) {}
  PrintOptions saved;
};

TypeObject* printoptions_context_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("_GeneratorContextManager", "contextlib");
    add_method(t, "__enter__", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return print_options_dict(); });
    add_method(t, "__exit__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
      print_options() = static_cast<PrintOptionsContext*>(self.get())->saved;
      return False();
    });
    return t;
  }();
  return t;
}

int none_or_nonnegative(const ObjPtr& o, const char* name) {
  if (!given(o)) return -1;
  int64_t v = to_int64(o);
  if (v < 0) raise_value_error(std::string(name) + " must be >= 0");
  return static_cast<int>(v);
}

char trim_mode(const ObjPtr& o) {
  if (!given(o)) return 'k';
  if (is_str(o) && str_value(o).size() == 1) {
    char c = str_value(o)[0];
    if (c == 'k' || c == '.' || c == '0' || c == '-') return c;
  }
  std::string shown = str(o);  // NumPy formats it with `%100S`: right-aligned in 100 columns
  if (shown.size() < 100) shown.insert(0, 100 - shown.size(), ' ');
  raise_type_error("if supplied, trim must be 'k', '.', '0' or '-' found `" + shown + "`");
}

// The value to format and whether it is float32 (np.float32 scalars keep their digits).
double float_arg(const ObjPtr& x, bool* is_f32) {
  *is_f32 = false;
  if (is_numpy_scalar(x)) {
    const Scalar& s = static_cast<ScalarObject*>(x.get())->value;
    if (s.dtype == DType::Float32) *is_f32 = true;
    return s.as_double();
  }
  return to_double(x);
}

ObjPtr array_repr_with(const ObjPtr& arr, const PrintOptions& opts) {
  HostOptions h = host_of(opts);
  if (given(h.override_repr)) {
    ObjPtr arg[1] = {arr};
    return call(h.override_repr, PosArgs(arg, 1));
  }
  return make_str(array_repr(*to_array(arr), opts));
}

// max_line_width / precision / suppress_small of array_repr and array_str
PrintOptions with_basic_overrides(const ObjPtr& width, const ObjPtr& precision, const ObjPtr& suppress) {
  PrintOptions p = print_options();
  apply(p, make_overrides(precision, nullptr, nullptr, width, suppress, nullptr, nullptr, nullptr, nullptr,
                          nullptr, nullptr));
  return p;
}

void init_printing(Interpreter&, ModuleObject& m) {
  def_function(m, "set_printoptions", kSetParams, [](const BoundArgs& b) {
    set_printoptions_from(b);
    return None();
  });
  def_function(m, "get_printoptions", {}, [](const BoundArgs&) { return print_options_dict(); });
  def_function(m, "printoptions", {"*args", "**kwargs"}, [](const BoundArgs& b) {
    static const Signature sig("printoptions", kSetParams);
    std::vector<KwArg> kw;
    for (const auto& e : b.varkw) kw.push_back(e);
    BoundArgs inner = sig.bind(PosArgs(b.varargs), KwArgs(kw));
    Ref<PrintOptionsContext> ctx(new PrintOptionsContext(printoptions_context_type()));
    ctx->saved = print_options();
    set_printoptions_from(inner);
    return ObjPtr(ctx);
  });
  def_function(m, "array2string",
               {"a", "max_line_width=", "precision=", "suppress_small=", "separator=", "prefix=", "style=",
                "formatter=", "threshold=", "edgeitems=", "sign=", "floatmode=", "suffix=", "*", "legacy="},
               [](const BoundArgs& b) {
                 ArrayPtr a = to_array(b[0]);
                 PrintOptions p = print_options();
                 apply(p, make_overrides(b[2], b[8], b[9], b[1], b[3], nullptr, nullptr, b[10], b[7], b[11], b[13]));
                 std::string sep = given(b[4]) ? to_str(b[4], "separator") : " ";
                 std::string prefix = given(b[5]) ? to_str(b[5], "prefix") : "";
                 std::string suffix = given(b[12]) ? to_str(b[12], "suffix") : "";
                 return make_str(array2string(*a, p, sep, prefix, suffix));
               });
  def_function(m, "array_repr", {"arr", "max_line_width=", "precision=", "suppress_small="}, [](const BoundArgs& b) {
    return array_repr_with(b[0], with_basic_overrides(b[1], b[2], b[3]));
  });
  def_function(m, "array_str", {"a", "max_line_width=", "precision=", "suppress_small="}, [](const BoundArgs& b) {
    return make_str(array_str(*to_array(b[0]), with_basic_overrides(b[1], b[2], b[3])));
  });
  def_function(m, "format_float_positional",
               {"x", "precision=", "unique=", "fractional=", "trim=", "sign=", "pad_left=", "pad_right=", "min_digits="},
               [](const BoundArgs& b) {
                 Dragon4Options o;
                 o.precision = none_or_nonnegative(b[1], "precision");
                 o.pad_left = none_or_nonnegative(b[6], "pad_left");
                 o.pad_right = none_or_nonnegative(b[7], "pad_right");
                 o.min_digits = none_or_nonnegative(b[8], "min_digits");
                 o.unique = b.has(2) ? is_true(b[2]) : true;
                 o.fractional = b.has(3) ? is_true(b[3]) : true;
                 if (!o.fractional && o.precision == 0)
                   raise_value_error("precision must be greater than 0 if fractional=False");
                 if (o.min_digits > 0 && o.precision > 0 && o.min_digits > o.precision)
                   raise_value_error("min_digits must be less than or equal to precision");
                 o.trim = trim_mode(b[4]);
                 o.sign = b.has(5) && is_true(b[5]);
                 if (!o.unique && o.precision < 0) raise_type_error("in non-unique mode `precision` must be supplied");
                 bool f32;
                 double v = float_arg(b[0], &f32);
                 return make_str(format_float_positional(v, f32, o));
               });
  def_function(m, "format_float_scientific",
               {"x", "precision=", "unique=", "trim=", "sign=", "pad_left=", "exp_digits=", "min_digits="},
               [](const BoundArgs& b) {
                 Dragon4Options o;
                 o.precision = none_or_nonnegative(b[1], "precision");
                 o.pad_left = none_or_nonnegative(b[5], "pad_left");
                 o.exp_digits = none_or_nonnegative(b[6], "exp_digits");
                 o.min_digits = none_or_nonnegative(b[7], "min_digits");
                 if (o.min_digits > 0 && o.precision > 0 && o.min_digits > o.precision)
                   raise_value_error("min_digits must be less than or equal to precision");
                 o.unique = b.has(2) ? is_true(b[2]) : true;
                 o.trim = trim_mode(b[3]);
                 o.sign = b.has(4) && is_true(b[4]);
                 if (!o.unique && o.precision < 0) raise_type_error("in non-unique mode `precision` must be supplied");
                 bool f32;
                 double v = float_arg(b[0], &f32);
                 return make_str(format_float_scientific(v, f32, o));
               });
  def_function(m, "binary_repr", {"num", "width="}, [](const BoundArgs& b) {
    int64_t num = to_int64(b[0]);  // operator.index
    std::optional<int64_t> width;
    if (given(b[1])) width = to_int64(b[1]);
    auto bin = [](uint64_t v) {
      std::string s;
      while (v) {
        s.insert(s.begin(), static_cast<char>('0' + (v & 1)));
        v >>= 1;
      }
      return s;
    };
    auto check = [&](int64_t binwidth) {
      if (width && *width < binwidth)
        raise_value_error("Insufficient bit width=" + std::to_string(*width) + " provided for binwidth=" +
                          std::to_string(binwidth));
    };
    if (num == 0) return make_str(std::string(static_cast<size_t>(width && *width > 0 ? *width : 1), '0'));
    if (num > 0) {
      std::string s = bin(static_cast<uint64_t>(num));
      check(static_cast<int64_t>(s.size()));
      if (width && *width > static_cast<int64_t>(s.size())) s.insert(0, static_cast<size_t>(*width) - s.size(), '0');
      return make_str(s);
    }
    const uint64_t mag = uint64_t(0) - static_cast<uint64_t>(num);
    if (!width) return make_str("-" + bin(mag));
    int64_t poswidth = static_cast<int64_t>(bin(mag).size());
    if (poswidth >= 1 && (uint64_t(1) << (poswidth - 1)) == mag) poswidth -= 1;  // gh-8679
    // poswidth <= 63 (|INT64_MIN| = 2**63 is a power of two); at 64 bits the two's complement
    // 2**64 - mag is exactly the wrapped unsigned difference
    const uint64_t top = poswidth + 1 >= 64 ? 0 : uint64_t(1) << (poswidth + 1);
    std::string s = bin(top - mag);
    check(static_cast<int64_t>(s.size()));
    if (*width > static_cast<int64_t>(s.size())) s.insert(0, static_cast<size_t>(*width) - s.size(), '1');
    return make_str(s);
  });
  def_function(m, "base_repr", {"number", "base=", "padding="}, [](const BoundArgs& b) {
    int64_t base = given(b[1]) ? to_int64(b[1]) : 2;
    int64_t padding = given(b[2]) ? to_int64(b[2]) : 0;
    if (base > 36) raise_value_error("Bases greater than 36 not handled in base_repr.");
    if (base < 2) raise_value_error("Bases less than 2 not handled in base_repr.");
    ObjPtr arg[1] = {b[0]};
    const ObjPtr as_int = call(ObjPtr(int_type), PosArgs(arg, 1));  // int(number)
    int64_t number = to_int64(as_int);
    static const char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    uint64_t num = number < 0 ? uint64_t(0) - static_cast<uint64_t>(number) : static_cast<uint64_t>(number);
    std::string res;
    while (num) {
      res.insert(res.begin(), kDigits[num % static_cast<uint64_t>(base)]);
      num /= static_cast<uint64_t>(base);
    }
    if (padding > 0) res.insert(0, static_cast<size_t>(padding), '0');
    if (number < 0) res.insert(res.begin(), '-');
    return make_str(res.empty() ? "0" : res);
  });
}

}  // namespace

ObjPtr numpy_array_repr(const ObjPtr& arr) { return array_repr_with(arr, print_options()); }

void register_numpy_printing() { register_numpy_part("numpy", init_printing); }

}  // namespace sl
