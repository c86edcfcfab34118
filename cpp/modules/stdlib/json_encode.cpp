// json_encode.cpp — the JSON encoder behind json.dumps / JSONEncoder.encode: CPython's
// output byte for byte (float.__repr__ for floats, 'NaN'/'Infinity', ensure_ascii escapes
// with surrogate pairs, indent/separators/sort_keys/skipkeys, the circular-reference
// check, default= for other objects) and its messages.
#include <algorithm>
#include <cmath>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "modules/stdlib/json_parts.hpp"

namespace sl {

namespace {

struct Encoder {
  ObjPtr indent;  // None or str
  std::string item_sep, key_sep;
  bool sort_keys, skipkeys, ensure_ascii, check_circular, allow_nan;
  ObjPtr default_fn;
  std::vector<const Object*> markers;  // containers being encoded (circular check)
  std::string out;
  int level = 0;

  void string(const std::string& s) {
    out += '"';
    std::vector<uint32_t> cps = utf8_codepoints(s);
    for (uint32_t c : cps) {
      switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        default: break;
      }
      char buf[16];
      if (c < 0x20 || (ensure_ascii && c >= 0x7f)) {
        if (c >= 0x10000) {
          uint32_t v = c - 0x10000;
          std::snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff));
        } else {
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
        }
        out += buf;
      } else {
        out += utf8_from_codepoints(c);
      }
    }
    out += '"';
  }

  std::string float_text(double d) {
    if (std::isnan(d) || std::isinf(d)) {
      if (!allow_nan) raise_value_error("Out of range float values are not JSON compliant");
      return std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }
    return repr(make_float(d));
  }

  // numpy's float64 is a float subclass in CPython: encoded through float.__repr__
  static bool float_like(const ObjPtr& o) {
    return o->type()->name == "float64" && o->type()->module == "numpy" && find_slot(o->type(), &TypeObject::to_float);
  }

  void newline() {
    out += '\n';
    const std::string& ind = str_value(indent);
    for (int i = 0; i < level; ++i) out += ind;
  }

  void push_marker(const ObjPtr& o) {
    if (!check_circular) return;
    if (std::find(markers.begin(), markers.end(), o.get()) != markers.end())
      raise_value_error("Circular reference detected");
    markers.push_back(o.get());
  }
  void pop_marker() {
    if (check_circular) markers.pop_back();
  }

  void value(const ObjPtr& o) {
    NestGuard nest;  // deeply nested data: RecursionError
    TypeObject* t = o->type();
    if (t == str_type) return string(str_value(o));
    if (is_none(o)) return void(out += "null");
    if (o.get() == True().get()) return void(out += "true");
    if (o.get() == False().get()) return void(out += "false");
    if (is_int(o)) return void(out += repr(o));  // small and big ints (bools handled above)
    if (t == float_type) return void(out += float_text(float_value(o)));
    if (float_like(o)) return void(out += float_text(to_double(o)));
    if (t == list_type || is_tuple(o)) return array(o);
    if (is_dict(o)) return object(o);
    if (is_none(default_fn)) raise_type_error("Object of type " + t->name + " is not JSON serializable");
    push_marker(o);
    value(call(default_fn, {o}));
    pop_marker();
  }

  void array(const ObjPtr& o) {
    std::vector<ObjPtr> items = sequence_items(o);
    if (items.empty()) return void(out += "[]");
    push_marker(o);
    out += '[';
    if (!is_none(indent)) {
      ++level;
      newline();
    }
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) {
        out += item_sep;
        if (!is_none(indent)) newline();
      }
      value(items[i]);
    }
    if (!is_none(indent)) {
      --level;
      newline();
    }
    out += ']';
    pop_marker();
  }

  // a key as JSON object key text, or false to skip it
  bool key_text(const ObjPtr& k, std::string* text) {
    if (is_str(k)) {
      *text = str_value(k);
    } else if (is_float(k) || float_like(k)) {
      *text = float_text(to_double(k));
    } else if (k.get() == True().get()) {
      *text = "true";
    } else if (k.get() == False().get()) {
      *text = "false";
    } else if (is_none(k)) {
      *text = "null";
    } else if (is_int(k)) {
      *text = repr(k);
    } else if (skipkeys) {
      return false;
    } else {
      raise_type_error("keys must be str, int, float, bool or None, not " + type_name(k));
    }
    return true;
  }

  void object(const ObjPtr& o) {
    std::vector<DictObject::Entry> entries;
    for (auto& e : as_dict(o)->entries())
      if (e.key) entries.push_back(e);
    if (entries.empty()) return void(out += "{}");
    push_marker(o);
    if (sort_keys)
      std::stable_sort(entries.begin(), entries.end(), [](const DictObject::Entry& a, const DictObject::Entry& b) {
        return compare_bool(CmpOp::Lt, a.key, b.key);
      });
    out += '{';
    if (!is_none(indent)) {
      ++level;
      newline();
    }
    bool first = true;
    for (auto& e : entries) {
      std::string key;
      if (!key_text(e.key, &key)) continue;
      if (!first) {
        out += item_sep;
        if (!is_none(indent)) newline();
      }
      first = false;
      string(key);
      out += key_sep;
      value(e.value);
    }
    if (!is_none(indent)) {
      --level;
      newline();
    }
    out += '}';
    pop_marker();
  }
};

}  // namespace

// _encode(obj, indent, item_separator, key_separator, sort_keys, skipkeys, ensure_ascii,
//         check_circular, allow_nan, default)
ObjPtr json_encode(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
  check_no_kwargs("_encode", kw);
  check_nargs("_encode", args, 10, 10);
  Encoder e;
  e.indent = args[1];
  if (!is_none(e.indent) && !is_str(e.indent)) {
    int64_t n = to_int64(e.indent);
    e.indent = make_str(std::string(static_cast<size_t>(n < 0 ? 0 : std::min<int64_t>(n, 1 << 20)), ' '));
  }
  e.item_sep = to_str(args[2], "item_separator");
  e.key_sep = to_str(args[3], "key_separator");
  e.sort_keys = is_true(args[4]);
  e.skipkeys = is_true(args[5]);
  e.ensure_ascii = is_true(args[6]);
  e.check_circular = is_true(args[7]);
  e.allow_nan = is_true(args[8]);
  e.default_fn = args[9];
  e.value(args[0]);
  return make_str(std::move(e.out));
}

}  // namespace sl
