// types_bytes.cpp — a minimal bytes type: construction from str/int/iterables of ints,
// len, indexing (ints) and slicing, concatenation, equality, iteration, .hex(), .decode()
// (UTF-8), and CPython's b'...' repr. Enough for file I/O and the memory views of the
// tutorial; no bytearray, no buffer protocol.
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"

namespace sl {

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
    int64_t i = to_int64(key);
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
    int64_t n = to_int64(c);
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
      if (args.size() < 2 && kwargs.empty()) raise_type_error("string argument without an encoding");
      return make_bytes(str_value(args[0]));
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
  add_method(b, "hex", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    static const char* d = "0123456789abcdef";
    std::string out;
    for (unsigned char c : cast<BytesObject>(self)->value) {
      out += d[c >> 4];
      out += d[c & 15];
    }
    return make_str(out);
  });
  add_method(b, "decode", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    return make_str(cast<BytesObject>(self)->value);
  });
}

}  // namespace sl
