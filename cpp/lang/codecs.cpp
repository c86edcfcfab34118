// codecs.cpp — str.encode / bytes.decode / str(b, enc) / bytes(s, enc): the codecs learners
// meet (utf-8, ascii, latin-1, utf-16, utf-32 with their aliases) and the error handlers
// strict / ignore / replace / backslashreplace / surrogateescape (+ xmlcharrefreplace when
// encoding), with CPython's UnicodeDecodeError / UnicodeEncodeError (attributes encoding,
// object, start, end, reason and the same messages) and LookupErrors.
//
// str is UTF-8 inside; lone surrogates (from '\udcff' literals or surrogateescape) are kept
// as their 3-byte generalised UTF-8 form, which is what lets surrogateescape round-trip.
#include <cstdio>

#include "lang/builtin_types.hpp"

namespace sl {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be };
enum class Handler { Strict, Ignore, Replace, BackslashReplace, SurrogateEscape, XmlCharRef };

Codec lookup_codec(const std::string& name, std::string* canonical) {
  std::string n;
  for (char c : name) n += (c == '_' || c == ' ') ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  struct Alias {
    const char* name;
    Codec codec;
    const char* canonical;
  };
  static const Alias kAliases[] = {
      {"utf-8", Codec::Utf8, "utf-8"},       {"utf8", Codec::Utf8, "utf-8"},          {"u8", Codec::Utf8, "utf-8"},
      {"utf", Codec::Utf8, "utf-8"},         {"cp65001", Codec::Utf8, "utf-8"},       {"ascii", Codec::Ascii, "ascii"},
      {"us-ascii", Codec::Ascii, "ascii"},   {"646", Codec::Ascii, "ascii"},          {"latin-1", Codec::Latin1, "latin-1"},
      {"latin1", Codec::Latin1, "latin-1"},  {"iso-8859-1", Codec::Latin1, "latin-1"}, {"iso8859-1", Codec::Latin1, "latin-1"},
      {"8859", Codec::Latin1, "latin-1"},    {"cp819", Codec::Latin1, "latin-1"},     {"l1", Codec::Latin1, "latin-1"},
      {"latin", Codec::Latin1, "latin-1"},   {"utf-16", Codec::Utf16, "utf-16"},      {"utf16", Codec::Utf16, "utf-16"},
      {"utf-16-le", Codec::Utf16Le, "utf-16-le"}, {"utf-16le", Codec::Utf16Le, "utf-16-le"},
      {"utf-16-be", Codec::Utf16Be, "utf-16-be"}, {"utf-16be", Codec::Utf16Be, "utf-16-be"},
      {"utf-32", Codec::Utf32, "utf-32"},    {"utf32", Codec::Utf32, "utf-32"},
      {"utf-32-le", Codec::Utf32Le, "utf-32-le"}, {"utf-32le", Codec::Utf32Le, "utf-32-le"},
      {"utf-32-be", Codec::Utf32Be, "utf-32-be"}, {"utf-32be", Codec::Utf32Be, "utf-32-be"},
  };
  for (const Alias& a : kAliases)
    if (n == a.name) {
      *canonical = a.canonical;
      return a.codec;
    }
  raise(ErrorType::LookupError, "unknown encoding: " + name);
}

Handler lookup_handler(const std::string& name, bool encoding) {
  if (name == "strict") return Handler::Strict;
  if (name == "ignore") return Handler::Ignore;
  if (name == "replace") return Handler::Replace;
  if (name == "backslashreplace") return Handler::BackslashReplace;
  if (name == "surrogateescape") return Handler::SurrogateEscape;
  if (name == "xmlcharrefreplace" && encoding) return Handler::XmlCharRef;
  raise(ErrorType::LookupError, "unknown error handler name '" + name + "'");
}

std::string hex_escape(uint32_t cp) {
  char buf[16];
  if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

[[noreturn]] void decode_error(const std::string& enc, const std::string& data, size_t start, size_t end,
                               const char* reason) {
  throw_exception(make_exception(exception_type(ErrorType::UnicodeDecodeError),
                                 {make_str(enc), make_bytes(data), make_int(static_cast<int64_t>(start)),
                                  make_int(static_cast<int64_t>(end)), make_str(reason)}));
}

[[noreturn]] void encode_error(const std::string& enc, const std::string& text, size_t start, size_t end,
                               const char* reason) {
  throw_exception(make_exception(exception_type(ErrorType::UnicodeEncodeError),
                                 {make_str(enc), make_str(text), make_int(static_cast<int64_t>(start)),
                                  make_int(static_cast<int64_t>(end)), make_str(reason)}));
}

// Length of the invalid UTF-8 sequence at i and its reason, or 0 for a valid sequence (whose
// length goes to *len and code point to *cp). CPython's decoder rules: overlong forms,
// surrogates and values above U+10FFFF are invalid at the byte where they become so.
size_t utf8_check(const std::string& s, size_t i, size_t* len, uint32_t* cp, const char** reason) {
  const size_t n = s.size();
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    *cp = c;
    return 0;
  }
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *reason = "invalid start byte";
    return 1;
  }
  uint32_t v = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
  for (int k = 1; k <= need; ++k) {
    if (i + static_cast<size_t>(k) >= n) {
      *reason = "unexpected end of data";
      return n - i;
    }
    unsigned char d = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (d < l || d > h) {
      *reason = "invalid continuation byte";
      return static_cast<size_t>(k);
    }
    v = (v << 6) | (d & 0x3F);
  }
  *len = static_cast<size_t>(need) + 1;
  *cp = v;
  return 0;
}

// The error handler is looked up at the first error, as CPython does ('a'.encode('utf-8',
// 'bogus') succeeds).
std::string decode_bytes(const std::string& data, Codec codec, const std::string& enc, const std::string& errors) {
  std::string out;
  auto bad = [&](size_t start, size_t end, const char* reason) {
    const Handler h = lookup_handler(errors, false);
    switch (h) {
      case Handler::Strict: decode_error(enc, data, start, end, reason);
      case Handler::Ignore: break;
      case Handler::Replace: out += "\xEF\xBF\xBD"; break;
      case Handler::BackslashReplace:
        for (size_t k = start; k < end; ++k) out += hex_escape(static_cast<unsigned char>(data[k]));
        break;
      case Handler::SurrogateEscape:
        for (size_t k = start; k < end; ++k) {
          unsigned char b = static_cast<unsigned char>(data[k]);
          if (b < 0x80) decode_error(enc, data, start, end, reason);
          out += utf8_from_codepoints(0xDC00u + b);
        }
        break;
      default: break;
    }
  };
  const size_t n = data.size();
  switch (codec) {
    case Codec::Utf8:
      for (size_t i = 0; i < n;) {
        size_t len;
        uint32_t cp;
        const char* reason = nullptr;
        if (size_t badlen = utf8_check(data, i, &len, &cp, &reason)) {
          bad(i, i + badlen, reason);
          i += badlen;
          continue;
        }
        out.append(data, i, len);
        i += len;
      }
      return out;
    case Codec::Ascii:
    case Codec::Latin1:
      for (size_t i = 0; i < n; ++i) {
        unsigned char b = static_cast<unsigned char>(data[i]);
        if (codec == Codec::Ascii && b >= 0x80) bad(i, i + 1, "ordinal not in range(128)");
        else out += utf8_from_codepoints(b);
      }
      return out;
    default: break;
  }
  // UTF-16 / UTF-32: the plain forms read (and drop) a byte-order mark, little-endian default
  const bool wide = codec == Codec::Utf32 || codec == Codec::Utf32Le || codec == Codec::Utf32Be;
  const size_t unit = wide ? 4 : 2;
  bool little = codec != Codec::Utf16Be && codec != Codec::Utf32Be;
  size_t i = 0;
  auto read = [&](size_t at) {
    uint32_t v = 0;
    for (size_t k = 0; k < unit; ++k)
      v |= static_cast<uint32_t>(static_cast<unsigned char>(data[at + (little ? k : unit - 1 - k)])) << (8 * k);
    return v;
  };
  if ((codec == Codec::Utf16 || codec == Codec::Utf32) && n >= unit) {
    uint32_t first = read(0);
    if (first == 0xFEFF) i = unit;
    else if ((wide && first == 0xFFFE0000u) || (!wide && first == 0xFFFE)) {
      little = false;
      i = unit;
    }
  }
  for (; i < n;) {
    if (i + unit > n) {
      bad(i, n, "truncated data");
      break;
    }
    uint32_t v = read(i);
    if (wide) {
      if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        bad(i, i + unit, v > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
      } else {
        out += utf8_from_codepoints(v);
      }
      i += unit;
      continue;
    }
    if (v >= 0xD800 && v <= 0xDBFF) {
      if (i + 4 > n) {
        bad(i, n, "unexpected end of data");
        break;
      }
      uint32_t lo = read(i + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) {
        bad(i, i + 2, "illegal UTF-16 surrogate");
        i += 2;
        continue;
      }
      out += utf8_from_codepoints(0x10000u + ((v - 0xD800u) << 10) + (lo - 0xDC00u));
      i += 4;
    } else if (v >= 0xDC00 && v <= 0xDFFF) {
      bad(i, i + 2, "illegal encoding");
      i += 2;
    } else {
      out += utf8_from_codepoints(v);
      i += 2;
    }
  }
  return out;
}

std::string encode_text(const std::string& text, Codec codec, const std::string& enc, const std::string& errors) {
  const std::vector<uint32_t> cps = utf8_codepoints(text);
  std::string out;
  const uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
  auto encodable = [&](uint32_t cp) { return cp < limit && !(cp >= 0xD800 && cp <= 0xDFFF); };
  const bool wide = codec == Codec::Utf32 || codec == Codec::Utf32Le || codec == Codec::Utf32Be;
  const bool big = codec == Codec::Utf16Be || codec == Codec::Utf32Be;
  auto put_unit = [&](uint32_t v, size_t unit) {
    for (size_t k = 0; k < unit; ++k) out += static_cast<char>(v >> (8 * (big ? unit - 1 - k : k)));
  };
  auto put = [&](uint32_t cp) {
    switch (codec) {
      case Codec::Utf8: out += utf8_from_codepoints(cp); break;
      case Codec::Ascii: case Codec::Latin1: out += static_cast<char>(cp); break;
      default:
        if (wide) put_unit(cp, 4);
        else if (cp >= 0x10000) {
          put_unit(0xD800u + ((cp - 0x10000u) >> 10), 2);
          put_unit(0xDC00u + ((cp - 0x10000u) & 0x3FFu), 2);
        } else {
          put_unit(cp, 2);
        }
    }
  };
  if (codec == Codec::Utf16 || codec == Codec::Utf32) put(0xFEFF);
  for (size_t i = 0; i < cps.size();) {
    if (encodable(cps[i])) {
      put(cps[i++]);
      continue;
    }
    // the run of unencodable characters is one error (CPython reports its range)
    const Handler h = lookup_handler(errors, true);
    size_t end = i + 1;
    while (end < cps.size() && !encodable(cps[end])) ++end;
    if (h == Handler::SurrogateEscape) {
      for (size_t k = i; k < end; ++k) {
        if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) encode_error(enc, text, k, k + 1, reason);
        out += static_cast<char>(cps[k] - 0xDC00u);
      }
      i = end;
      continue;
    }
    for (size_t k = i; k < end; ++k) {
      switch (h) {
        case Handler::Strict: encode_error(enc, text, i, end, reason);
        case Handler::Ignore: break;
        case Handler::Replace: put('?'); break;
        case Handler::BackslashReplace:
          for (char c : hex_escape(cps[k])) put(static_cast<unsigned char>(c));
          break;
        case Handler::XmlCharRef:
          for (char c : "&#" + std::to_string(cps[k]) + ";") put(static_cast<unsigned char>(c));
          break;
        default: break;
      }
    }
    i = end;
  }
  return out;
}

}  // namespace

std::string codec_decode(const std::string& data, const std::string& encoding, const std::string& errors) {
  std::string canonical;
  Codec c = lookup_codec(encoding, &canonical);
  return decode_bytes(data, c, canonical, errors);
}

std::string codec_encode(const std::string& text, const std::string& encoding, const std::string& errors) {
  std::string canonical;
  Codec c = lookup_codec(encoding, &canonical);
  return encode_text(text, c, canonical, errors);
}

std::string unicode_error_message(const ObjPtr& exc) {
  const auto& a = tuple_items(cast<ExceptionObject>(exc)->args);
  if (a.size() != 5 || !is_str(a[0]) || !is_small_int(a[2]) || !is_small_int(a[3]) || !is_str(a[4])) return "";
  const bool decode = exc->type()->is_subtype_of(exception_type(ErrorType::UnicodeDecodeError));
  const int64_t start = int_value(a[2]), end = int_value(a[3]);
  const std::string& enc = str_value(a[0]);
  const std::string& reason = str_value(a[4]);
  if (decode && is_bytes(a[1])) {
    const std::string& obj = cast<BytesObject>(a[1])->value;
    if (end == start + 1 && start >= 0 && static_cast<size_t>(start) < obj.size()) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(obj[static_cast<size_t>(start)]));
      return "'" + enc + "' codec can't decode byte " + buf + " in position " + std::to_string(start) + ": " + reason;
    }
    return "'" + enc + "' codec can't decode bytes in position " + std::to_string(start) + "-" +
           std::to_string(end - 1) + ": " + reason;
  }
  if (!decode && is_str(a[1])) {
    std::vector<uint32_t> cps = utf8_codepoints(str_value(a[1]));
    if (end == start + 1 && start >= 0 && static_cast<size_t>(start) < cps.size())
      return "'" + enc + "' codec can't encode character '" + hex_escape(cps[static_cast<size_t>(start)]) +
             "' in position " + std::to_string(start) + ": " + reason;
    return "'" + enc + "' codec can't encode characters in position " + std::to_string(start) + "-" +
           std::to_string(end - 1) + ": " + reason;
  }
  return "";
}

}  // namespace sl
