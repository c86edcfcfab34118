// json_decode.cpp — the JSON decoder behind json.loads / JSONDecoder: CPython's scanner
// rules (NaN/Infinity, strict control characters, surrogate pairs, duplicate keys: last
// wins, the hooks object_hook / object_pairs_hook / parse_float / parse_int /
// parse_constant) and its errors: json.decoder.JSONDecodeError with CPython's messages and
// positions counted in characters.
#include <cmath>
#include <cstdlib>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/json_parts.hpp"

namespace sl {

namespace {

struct Decoder {
  std::vector<uint32_t> s;  // the document as code points (positions are in characters)
  ObjPtr doc;               // the str, for JSONDecodeError
  ObjPtr object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
  bool strict = true;

  [[noreturn]] void fail(const char* msg, size_t pos) {
    ObjPtr cls = import_module(current_interpreter(), "json.decoder")->get("JSONDecodeError");
    throw_exception(call(cls, {make_str(msg), doc, make_int(static_cast<int64_t>(pos))}));
  }

  size_t skip_ws(size_t i) const {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    return i;
  }

  bool match(size_t i, const char* word) const {
    for (size_t k = 0; word[k]; ++k)
      if (i + k >= s.size() || s[i + k] != static_cast<unsigned char>(word[k])) return false;
    return true;
  }

  std::string text(size_t a, size_t b) const {
    std::string out;
    for (size_t i = a; i < b; ++i) out += utf8_from_codepoints(s[i]);
    return out;
  }

  int hex4(size_t i) const {  // value of 4 hex digits at i, or -1
    if (i + 4 > s.size()) return -1;
    int v = 0;
    for (size_t k = i; k < i + 4; ++k) {
      uint32_t c = s[k];
      int d = c >= '0' && c <= '9' ? int(c - '0') : c >= 'a' && c <= 'f' ? int(c - 'a' + 10)
                                                     : c >= 'A' && c <= 'F' ? int(c - 'A' + 10) : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  // the string whose opening quote is at begin - 1; returns the index after its closing quote
  ObjPtr string(size_t begin, size_t* end) {
    std::vector<uint32_t> chars;
    size_t i = begin;
    for (;;) {
      if (i >= s.size()) fail("Unterminated string starting at", begin - 1);
      uint32_t c = s[i];
      if (c == '"') break;
      if (c == '\\') {
        if (i + 1 >= s.size()) fail("Unterminated string starting at", begin - 1);
        uint32_t e = s[i + 1];
        switch (e) {
          case '"': chars.push_back('"'); break;
          case '\\': chars.push_back('\\'); break;
          case '/': chars.push_back('/'); break;
          case 'b': chars.push_back('\b'); break;
          case 'f': chars.push_back('\f'); break;
          case 'n': chars.push_back('\n'); break;
          case 'r': chars.push_back('\r'); break;
          case 't': chars.push_back('\t'); break;
          case 'u': {
            int v = hex4(i + 2);
            if (v < 0) fail("Invalid \\uXXXX escape", i + 1);
            uint32_t cp = static_cast<uint32_t>(v);
            i += 6;
            if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
              int lo = hex4(i + 2);
              if (lo < 0) fail("Invalid \\uXXXX escape", i + 1);
              if (lo >= 0xdc00 && lo <= 0xdfff) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (static_cast<uint32_t>(lo) - 0xdc00);
                i += 6;
              }
            }
            chars.push_back(cp);
            continue;
          }
          default: fail("Invalid \\escape", i);
        }
        i += 2;
        continue;
      }
      if (strict && c < 0x20) fail("Invalid control character at", i);
      chars.push_back(c);
      ++i;
    }
    *end = i + 1;
    return make_str(utf8_from_codepoints(chars));
  }

  ObjPtr constant(const char* name, double v) {
    if (parse_constant && !is_none(parse_constant)) return call(parse_constant, {make_str(name)});
    return make_float(v);
  }

  // a number at i (JSON's grammar); false when there is none
  bool number(size_t i, ObjPtr* out, size_t* end) {
    size_t j = i;
    if (j < s.size() && s[j] == '-') ++j;
    if (j >= s.size() || s[j] < '0' || s[j] > '9') return false;
    if (s[j] == '0') ++j;
    else
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    bool is_float = false;
    if (j + 1 < s.size() && s[j] == '.' && s[j + 1] >= '0' && s[j + 1] <= '9') {
      is_float = true;
      j += 2;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    }
    if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
      size_t k = j + 1;
      if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
      if (k < s.size() && s[k] >= '0' && s[k] <= '9') {
        while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
        is_float = true;
        j = k;
      }
    }
    std::string t = text(i, j);
    if (is_float) {
      *out = parse_float && !is_none(parse_float) ? call(parse_float, {make_str(t)})
                                                   : make_float(std::strtod(t.c_str(), nullptr));
    } else if (parse_int && !is_none(parse_int)) {
      *out = call(parse_int, {make_str(t)});
    } else if (t.size() <= 18) {
      *out = make_int(std::strtoll(t.c_str(), nullptr, 10));
    } else {
      *out = call(ObjPtr(int_type), {make_str(t)});
    }
    *end = j;
    return true;
  }

  ObjPtr value(size_t i, size_t* end) {
    NestGuard nest;  // deeply nested documents: RecursionError
    if (i >= s.size()) fail("Expecting value", i);
    uint32_t c = s[i];
    if (c == '"') return string(i + 1, end);
    if (c == '{') return object(i + 1, end);
    if (c == '[') return array(i + 1, end);
    if (c == 'n' && match(i, "null")) return *end = i + 4, None();
    if (c == 't' && match(i, "true")) return *end = i + 4, True();
    if (c == 'f' && match(i, "false")) return *end = i + 5, False();
    ObjPtr num;
    if (number(i, &num, end)) return num;
    if (c == 'N' && match(i, "NaN")) return *end = i + 3, constant("NaN", NAN);
    if (c == 'I' && match(i, "Infinity")) return *end = i + 8, constant("Infinity", HUGE_VAL);
    if (c == '-' && match(i, "-Infinity")) return *end = i + 9, constant("-Infinity", -HUGE_VAL);
    fail("Expecting value", i);
  }

  ObjPtr object(size_t i, size_t* end) {
    std::vector<ObjPtr> pairs;
    auto d = make_dict();
    bool use_pairs = object_pairs_hook && !is_none(object_pairs_hook);
    i = skip_ws(i);
    if (i < s.size() && s[i] == '}') {
      ++i;
    } else {
      if (i >= s.size() || s[i] != '"') fail("Expecting property name enclosed in double quotes", i);
      for (;;) {
        size_t after;
        ObjPtr key = string(i + 1, &after);
        i = skip_ws(after);
        if (i >= s.size() || s[i] != ':') fail("Expecting ':' delimiter", i);
        i = skip_ws(i + 1);
        ObjPtr v = value(i, &after);
        if (use_pairs) pairs.push_back(make_tuple({key, v}));
        else d->set(key, v);
        i = skip_ws(after);
        if (i < s.size() && s[i] == '}') {
          ++i;
          break;
        }
        if (i >= s.size() || s[i] != ',') fail("Expecting ',' delimiter", i);
        i = skip_ws(i + 1);
        if (i >= s.size() || s[i] != '"') fail("Expecting property name enclosed in double quotes", i);
      }
    }
    *end = i;
    if (use_pairs) return call(object_pairs_hook, {make_list(std::move(pairs))});
    if (object_hook && !is_none(object_hook)) return call(object_hook, {ObjPtr(d.get())});
    return d;
  }

  ObjPtr array(size_t i, size_t* end) {
    std::vector<ObjPtr> items;
    i = skip_ws(i);
    if (i < s.size() && s[i] == ']') {
      *end = i + 1;
      return make_list({});
    }
    for (;;) {
      size_t after;
      items.push_back(value(i, &after));
      i = skip_ws(after);
      if (i < s.size() && s[i] == ']') {
        *end = i + 1;
        return make_list(std::move(items));
      }
      if (i >= s.size() || s[i] != ',') fail("Expecting ',' delimiter", i);
      i = skip_ws(i + 1);
    }
  }
};

}  // namespace

// _decode(s, idx, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
//         strict, whole) -> value when whole (trailing text is "Extra data"), else (value, end)
ObjPtr json_decode(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
  check_no_kwargs("_decode", kw);
  check_nargs("_decode", args, 9, 9);
  Decoder d;
  d.doc = args[0];
  d.s = utf8_codepoints(to_str(args[0], "s"));
  int64_t idx = to_int64(args[1]);
  d.object_hook = args[2];
  d.object_pairs_hook = args[3];
  d.parse_float = args[4];
  d.parse_int = args[5];
  d.parse_constant = args[6];
  d.strict = is_true(args[7]);
  bool whole = is_true(args[8]);
  size_t end = 0;
  if (whole) {
    size_t start = d.skip_ws(0);
    ObjPtr v = d.value(start, &end);
    end = d.skip_ws(end);
    if (end != d.s.size()) d.fail("Extra data", end);
    return v;
  }
  if (idx < 0 || static_cast<size_t>(idx) > d.s.size()) d.fail("Expecting value", static_cast<size_t>(idx < 0 ? 0 : idx));
  ObjPtr v = d.value(static_cast<size_t>(idx), &end);
  return make_tuple({v, make_int(static_cast<int64_t>(end))});
}

}  // namespace sl
