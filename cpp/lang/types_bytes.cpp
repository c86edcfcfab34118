// types_bytes.cpp — a minimal bytes type: construction from str/int/iterables of ints,
// len, indexing (ints) and slicing, concatenation, equality, iteration, .hex(), .decode()
// (UTF-8), and CPython's b'...' repr. Enough for file I/O and the memory views of the
// tutorial; no bytearray, no buffer protocol.
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"

namespace sl {

namespace {
// bytes.hex(sep, bytes_per_sep): groups counted from the right (negative: from the left).
std::string bytes_hex(const std::string& v, const ObjPtr& sep_obj, const ObjPtr& per_obj) {
  static const char* d = "0123456789abcdef";
  std::string sep;
  if (sep_obj) {
    if (is_str(sep_obj)) sep = str_value(sep_obj);
    else if (is_bytes(sep_obj)) sep = cast<BytesObject>(sep_obj)->value;
    else if (find_slot(sep_obj->type(), &TypeObject::len)) raise_type_error("sep must be str or bytes.");
    else raise_type_error("object of type '" + type_name(sep_obj) + "' has no len()");
    if (utf8_codepoints(sep).size() != 1) raise_value_error("sep must be length 1.");
    if (static_cast<unsigned char>(sep[0]) >= 0x80) raise_value_error("sep must be ASCII.");
  }
  int64_t per = per_obj ? to_int64(per_obj) : 1;
  std::string out;
  const size_t n = v.size();
  const size_t group = static_cast<size_t>(per < 0 ? -per : per);
  for (size_t i = 0; i < n; ++i) {
    if (i && !sep.empty() && group) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(v[i]);
    out += d[c >> 4];
    out += d[c & 15];
  }
  return out;
}

std::string bytes_fromhex(const std::string& s) {
  std::string out;
  auto val = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  size_t i = 0;
  const std::vector<uint32_t> cps = utf8_codepoints(s);
  auto is_space = [](uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  while (i < cps.size()) {
    if (is_space(cps[i])) {
      ++i;
      continue;
    }
    int hi = cps[i] < 0x80 ? val(static_cast<char>(cps[i])) : -1;
    if (hi < 0) raise_value_error("non-hexadecimal number found in fromhex() arg at position " + std::to_string(i));
    int lo = i + 1 < cps.size() && cps[i + 1] < 0x80 ? val(static_cast<char>(cps[i + 1])) : -1;
    if (lo < 0) raise_value_error("non-hexadecimal number found in fromhex() arg at position " + std::to_string(i + 1));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}
}  // namespace

void init_bytes_type() {
  // --- bytes (minimal)
  TypeObject* b = bytes_type;
  b->repr = [](Interpreter&, const ObjPtr& self) { return make_str(bytes_repr(cast<BytesObject>(self)->value)); };
  b->len = [](Interpreter&, const ObjPtr& self) { return static_cast<int64_t>(cast<BytesObject>(self)->value.size()); };
  b->hash = [](Interpreter&, const ObjPtr& self) { return hash_string(cast<BytesObject>(self)->value); };
  b->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    const std::string& v = cast<BytesObject>(self)->value;
    int64_t n = static_cast<int64_t>(v.size());
    if (is_slice(key)) {
      int64_t start, stop, step;
      int64_t cnt = cast<SliceObject>(key)->indices(n, &start, &stop, &step);
      std::string out;
      for (int64_t i = 0, j = start; i < cnt; ++i, j += step) out += v[static_cast<size_t>(j)];
      return make_bytes(out);
    }
    int64_t i = to_index_int64(key, ErrorType::IndexError);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("index out of range");
    return make_int(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
  };
  b->binop[static_cast<int>(BinOp::Add)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& c) -> ObjPtr {
    if (!is_bytes(c)) return NotImplemented();
    return make_bytes(cast<BytesObject>(a)->value + cast<BytesObject>(c)->value);
  };
  b->binop[static_cast<int>(BinOp::Mul)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& c) -> ObjPtr {
    if (!has_index(c)) return NotImplemented();
    int64_t n = to_index_int64(c, ErrorType::OverflowError);
    const std::string& v = cast<BytesObject>(a)->value;
    if (n <= 0 || v.empty()) return make_bytes("");
    if (static_cast<double>(v.size()) * static_cast<double>(n) > 1e9) raise_memory_error("");
    std::string out;
    out.reserve(v.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out += v;
    return make_bytes(std::move(out));
  };
  b->rbinop[static_cast<int>(BinOp::Mul)] = b->binop[static_cast<int>(BinOp::Mul)];
  b->compare[static_cast<int>(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& c) -> ObjPtr {
    if (!is_bytes(c)) return NotImplemented();
    return make_bool(cast<BytesObject>(a)->value == cast<BytesObject>(c)->value);
  };
  b->compare[static_cast<int>(CmpOp::Ne)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& c) -> ObjPtr {
    if (!is_bytes(c)) return NotImplemented();
    return make_bool(cast<BytesObject>(a)->value != cast<BytesObject>(c)->value);
  };
  b->iter = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    std::vector<ObjPtr> v;
    for (unsigned char c : cast<BytesObject>(self)->value) v.push_back(make_int(c));
    return get_iter(make_list(std::move(v)));
  };
  b->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) -> ObjPtr {
    if (args.empty()) return make_bytes("");
    // CPython consults __bytes__ first (memoryview, NumPy scalars)
    if (!is_str(args[0]) && !is_bytes(args[0]))
      if (ObjPtr conv = getattr_or_null(args[0], "__bytes__")) {
        ObjPtr r = call(conv);
        if (!is_bytes(r)) raise_type_error("__bytes__ returned non-bytes (type " + type_name(r) + ")");
        return r;
      }
    if (is_str(args[0])) {
      static const Signature sig("bytes", {"source=", "encoding=", "errors="});
      BoundArgs a = sig.bind(args, kwargs);
      if (!a.has(1)) raise_type_error("string argument without an encoding");
      return make_bytes(codec_encode(str_value(args[0]), to_str(a[1], "bytes() argument 'encoding'"),
                                     a.has(2) ? to_str(a[2], "bytes() argument 'errors'") : "strict"));
    }
    if (has_index(args[0])) {
      int64_t n = to_int64(args[0]);
      if (n < 0) raise_value_error("negative count");
      if (n > (int64_t(1) << 30)) raise_memory_error("");
      return make_bytes(std::string(static_cast<size_t>(n), '\0'));
    }
    std::string out;
    for_each(args[0], [&](const ObjPtr& x) {
      int64_t v = to_int64(x);
      if (v < 0 || v > 255) raise_value_error("bytes must be in range(0, 256)");
      out += static_cast<char>(v);
      return true;
    });
    return make_bytes(out);
  };
  add_method(b, "hex", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
    static const Signature sig("hex", {"sep=", "bytes_per_sep="});
    BoundArgs a = sig.bind(args, kwargs);
    return make_str(bytes_hex(cast<BytesObject>(self)->value, a.has(0) ? a[0] : nullptr, a.has(1) ? a[1] : nullptr));
  });
  add_static_method(b, "fromhex", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
    check_no_kwargs("fromhex", kwargs);
    check_nargs("fromhex", args, 1, 1);
    if (!is_str(args[0])) raise_type_error("fromhex() argument must be str, not " + type_name(args[0]));
    return make_bytes(bytes_fromhex(str_value(args[0])));
  });
  add_method(b, "decode", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
    static const Signature sig("decode", {"encoding=", "errors="});
    BoundArgs a = sig.bind(args, kwargs);
    return make_str(codec_decode(cast<BytesObject>(self)->value,
                                 a.has(0) ? to_str(a[0], "decode() argument 'encoding'") : "utf-8",
                                 a.has(1) ? to_str(a[1], "decode() argument 'errors'") : "strict"));
  });
}

}  // namespace sl
