// numpy_flex_scalars.cpp — see numpy_flex_scalars.hpp.
#include "modules/numpy/numpy_flex_scalars.hpp"

#include "lang/module.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

struct FlexTypes {
  TypeObject* str_ = nullptr;
  TypeObject* bytes_ = nullptr;
  TypeObject* void_ = nullptr;
};

// np.str_(object='') -> str(object): the value NumPy's np.str_ holds, as a plain str.
ObjPtr str_construct(Interpreter&, TypeObject*, PosArgs a, KwArgs k) {
  static const Signature sig("str_", {"object=", "encoding=", "errors="});
  BoundArgs b = sig.bind(a, k);
  if (!b.has(0)) return make_str("");
  if (b.has(1) || b.has(2)) {
    if (!is_bytes(b[0])) raise_type_error("decoding str is not supported");
    std::vector<ObjPtr> args{b.has(1) ? b[1] : make_str("utf-8"), b.has(2) ? b[2] : make_str("strict")};
    return call(getattr(b[0], "decode"), PosArgs(args));
  }
  return make_str(str(b[0]));
}

// np.bytes_(b'ab') / np.bytes_('ab') (ASCII, as NumPy encodes it) -> bytes
ObjPtr bytes_construct(Interpreter&, TypeObject*, PosArgs a, KwArgs k) {
  static const Signature sig("bytes_", {"object=", "encoding=", "errors="});
  BoundArgs b = sig.bind(a, k);
  if (!b.has(0)) return make_bytes("");
  const ObjPtr& v = b[0];
  if (is_bytes(v)) return v;
  if (is_str(v)) {
    std::vector<ObjPtr> args{make_str("ascii")};
    return call(getattr(v, "encode"), PosArgs(args));  // str.encode's UnicodeEncodeError
  }
  raise_not_implemented("numpy.bytes_ of a " + type_name(v) + " is not available in stridelab yet (give bytes or str)");
}

ObjPtr void_construct(Interpreter&, TypeObject*, PosArgs, KwArgs) {
  raise_not_implemented(
      "numpy.void scalars are not available in stridelab yet (np.zeros((), dtype='V4') is a 0-d void array)");
}

const FlexTypes& flex_types() {
  static const FlexTypes f = [] {
    FlexTypes f;
    f.str_ = new_type("str_", "numpy", abstract_scalar_base('U'));
    f.str_->extra_bases.push_back(str_type);  // issubclass(np.str_, str), as NumPy's
    f.str_->construct = str_construct;
    f.bytes_ = new_type("bytes_", "numpy", abstract_scalar_base('S'));
    f.bytes_->extra_bases.push_back(bytes_type);
    f.bytes_->construct = bytes_construct;
    f.void_ = new_type("void", "numpy", abstract_scalar_base('V'));
    f.void_->construct = void_construct;
    return f;
  }();
  return f;
}

void init_flex_scalars(Interpreter&, ModuleObject& m) {
  const FlexTypes& f = flex_types();
  m.set("str_", ObjPtr(f.str_));
  m.set("bytes_", ObjPtr(f.bytes_));
  m.set("void", ObjPtr(f.void_));
}

}  // namespace

TypeObject* flexible_scalar_type(DType t) {
  const FlexTypes& f = flex_types();
  if (t == DType::Str) return f.str_;
  if (t == DType::Bytes) return f.bytes_;
  return f.void_;
}

bool flexible_dtype_of_type(const TypeObject* t, DType* out) {
  const FlexTypes& f = flex_types();
  if (t == f.str_) *out = DType::Str;
  else if (t == f.bytes_) *out = DType::Bytes;
  else if (t == f.void_) *out = DType::Void;
  else return false;
  return true;
}

void register_numpy_flex_scalars() { register_numpy_part("numpy", init_flex_scalars); }

}  // namespace sl
