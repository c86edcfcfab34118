// mutable_str_module.cpp — the `mutable_str` module of the tutorial: a string class that owns
// its memory (a Buffer) and publishes its address as `data_ptr`, so a learner can wrap it with
// __array_interface__ and modify the string through NumPy. Nothing else: no str methods.
#include <cstring>

#include "core/buffer.hpp"
#include "lang/args.hpp"
#include "lang/module.hpp"
#include "lang/object.hpp"

namespace sl {

namespace {

struct MutableStringObject : ObjectWithDict {
  static TypeObject* type;
  BufferPtr buffer;
  explicit MutableStringObject(const std::string& s) : ObjectWithDict(type) {
    buffer = Buffer::allocate(static_cast<int64_t>(s.size()), {static_cast<int64_t>(s.size())}, DType::UInt8);
    if (!s.empty()) std::memcpy(buffer->data(), s.data(), s.size());
  }
  std::string text() const {
    return std::string(reinterpret_cast<const char*>(buffer->data()), static_cast<size_t>(buffer->size()));
  }
};
TypeObject* MutableStringObject::type = nullptr;

MutableStringObject* ms(const ObjPtr& o) { return static_cast<MutableStringObject*>(o.get()); }

void init_mutable_str(Interpreter&, ModuleObject& m) {
  if (!MutableStringObject::type) {
    TypeObject* t = new_type("MutableString", "mutable_str");
    t->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("MutableString", {"s"});
      BoundArgs b = sig.bind(args, kw);
      return ObjPtr(new MutableStringObject(to_str(b[0], "s")));
    };
    t->str = [](Interpreter&, const ObjPtr& self) { return make_str(ms(self)->text()); };
    t->repr = [](Interpreter&, const ObjPtr& self) { return make_str(repr(make_str(ms(self)->text()))); };
    t->len = [](Interpreter&, const ObjPtr& self) { return ms(self)->buffer->size(); };
    add_getset(t, "data_ptr", [](Interpreter&, const ObjPtr& self) {
      return make_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(ms(self)->buffer->data())));
    });
    MutableStringObject::type = t;
  }
  m.set("MutableString", ObjPtr(MutableStringObject::type));
}

}  // namespace

void register_mutable_str_module() { register_module("mutable_str", init_mutable_str); }

}  // namespace sl
