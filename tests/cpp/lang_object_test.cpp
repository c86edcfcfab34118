// Object model / extension API: a native type with slots, methods, getters, instance
// dict, reflected operators; a registered module with dotted submodules; Signature
// binding messages; containers; hashing.
#include <gtest/gtest.h>

#include "lang/args.hpp"
#include "lang/interpreter.hpp"
#include "lang/module.hpp"
#include "lang/object.hpp"
#include "modules/session.hpp"

namespace sl {
namespace {

struct CounterObject : ObjectWithDict {
  int64_t n = 0;
  explicit CounterObject(TypeObject* t) : ObjectWithDict(t) {}
};

TypeObject* counter_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("Counter", "testmod");
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) -> ObjPtr {
      static const Signature sig("Counter", {"start="});
      BoundArgs a = sig.bind(args, kwargs);
      auto c = make_object<CounterObject>(cls);
      if (a.given(0)) c->n = to_int64(a[0]);
      return c;
    };
    t->repr = [](Interpreter&, const ObjPtr& self) {
      return make_str("Counter(" + std::to_string(cast<CounterObject>(self)->n) + ")");
    };
    t->len = [](Interpreter&, const ObjPtr& self) { return cast<CounterObject>(self)->n; };
    t->binop[int(BinOp::Add)] = [](Interpreter&, const ObjPtr& self, const ObjPtr& other) -> ObjPtr {
      if (!is_int(other)) return NotImplemented();
      return make_int(cast<CounterObject>(self)->n + int_value(other));
    };
    t->rbinop[int(BinOp::Add)] = [](Interpreter&, const ObjPtr& self, const ObjPtr& other) -> ObjPtr {
      if (!is_int(other)) return NotImplemented();
      return make_int(int_value(other) * 1000 + cast<CounterObject>(self)->n);
    };
    t->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
      return make_int(cast<CounterObject>(self)->n * to_int64(key));
    };
    add_method(t, "bump", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) -> ObjPtr {
      static const Signature sig("bump", {"by="});
      BoundArgs a = sig.bind(args, kwargs);
      cast<CounterObject>(self)->n += a.given(0) ? to_int64(a[0]) : 1;
      return None();
    });
    add_getset(
        t, "value", [](Interpreter&, const ObjPtr& self) { return make_int(cast<CounterObject>(self)->n); },
        [](Interpreter&, const ObjPtr& self, const ObjPtr& v) { cast<CounterObject>(self)->n = to_int64(v); });
    add_getset(t, "readonly", [](Interpreter&, const ObjPtr&) { return make_int(7); });
    return t;
  }();
  return t;
}

void register_test_modules() {
  static bool done = false;
  if (done) return;
  done = true;
  register_module("testmod", [](Interpreter&, ModuleObject& m) {
    m.set("Counter", ObjPtr(counter_type()));
    m.set("answer", make_int(42));
    m.add_function("double", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) -> ObjPtr {
      static const Signature sig("double", {"x", "*", "scale="});
      BoundArgs a = sig.bind(args, kwargs);
      return make_float(2 * to_double(a[0]) * (a.given(1) ? to_double(a[1]) : 1.0));
    });
  });
  register_module("testmod.lib.tricks", [](Interpreter&, ModuleObject& m) {
    m.add_function("twice", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      return binary_op(BinOp::Mul, args[0], make_int(2));
    });
  });
}

std::string run_out(Session& s, const std::string& code) {
  RunResult r = s.run(code);
  if (r.has_error) return "ERROR " + r.error.type + ": " + r.error.message;
  return r.stdout_text;
}

TEST(LangObject, NativeTypeSlotsMethodsGetters) {
  register_test_modules();
  Session s;
  EXPECT_EQ(run_out(s, "import testmod as t\nc = t.Counter(5)\nprint(c, len(c), c + 1, 2 + c, c[3])"),
            "Counter(5) 5 6 2005 15\n");
  EXPECT_EQ(run_out(s, "c.bump()\nc.bump(by=10)\nprint(c.value)\nc.value = 1\nprint(c)"), "16\nCounter(1)\n");
  EXPECT_EQ(run_out(s, "c.readonly = 3"),
            "ERROR AttributeError: attribute 'readonly' of 'testmod.Counter' objects is not writable");
  EXPECT_EQ(run_out(s, "c.__array_interface__ = {'shape': (5,)}\nprint(c.__array_interface__['shape'])"), "(5,)\n");
  EXPECT_EQ(run_out(s, "print(type(c), t.Counter)"), "<class 'testmod.Counter'> <class 'testmod.Counter'>\n");
  // messages name a module's native type as CPython names a C extension type (tp_name)
  EXPECT_EQ(run_out(s, "c + 'x'"), "ERROR TypeError: unsupported operand type(s) for +: 'testmod.Counter' and 'str'");
  EXPECT_EQ(run_out(s, "c.bump(1, 2)"), "ERROR TypeError: bump() takes from 0 to 1 positional arguments but 2 were given");
}

TEST(LangObject, ModuleRegistryAndSubmodules) {
  register_test_modules();
  Session s;
  EXPECT_EQ(run_out(s, "import testmod\nprint(testmod.lib.tricks.twice(21))"), "42\n");
  EXPECT_EQ(run_out(s, "from testmod.lib.tricks import twice\nprint(twice('ab'))"), "abab\n");
  EXPECT_EQ(run_out(s, "import testmod.lib.tricks\nprint(testmod.answer)"), "42\n");
  EXPECT_EQ(run_out(s, "from testmod import lib\nprint(lib.tricks.twice(1))"), "2\n");
  EXPECT_EQ(run_out(s, "import testmod.nope"), "ERROR ModuleNotFoundError: No module named 'testmod.nope'");
  EXPECT_EQ(run_out(s, "testmod.missing"), "ERROR AttributeError: module 'testmod' has no attribute 'missing'");
  EXPECT_EQ(run_out(s, "testmod.double()"), "ERROR TypeError: double() missing required argument 'x' (pos 1)");
  EXPECT_EQ(run_out(s, "testmod.double(1, y=2)"), "ERROR TypeError: double() got an unexpected keyword argument 'y'");
  EXPECT_EQ(run_out(s, "print(testmod.double(1.5, scale=2))"), "6.0\n");
  EXPECT_EQ(run_out(s, "testmod.double(1, 2)"), "ERROR TypeError: double() takes 1 positional argument but 2 were given");
}

TEST(LangObject, SignatureBinding) {
  init_object_model();
  Session s;  // provides the current interpreter for conversions
  static const Signature sig("zeros", {"shape", "dtype=", "order=", "*", "like="});
  std::vector<ObjPtr> pos = {make_int(3)};
  std::vector<KwArg> kw = {{"order", make_str("F")}};
  BoundArgs a = sig.bind(pos, kw);
  EXPECT_TRUE(a.has(0));
  EXPECT_FALSE(a.has(1));
  EXPECT_EQ(str_value(a[2]), "F");
  try {
    sig.bind({}, {});
    FAIL();
  } catch (PyError& e) {
    EXPECT_EQ(e.message, "zeros() missing required argument 'shape' (pos 1)");
  }
  static const Signature var("f", {"a", "*args", "**kwargs"});
  std::vector<ObjPtr> p3 = {make_int(1), make_int(2), make_int(3)};
  std::vector<KwArg> k1 = {{"z", make_int(9)}};
  BoundArgs b = var.bind(p3, k1);
  EXPECT_EQ(b.varargs.size(), 2u);
  EXPECT_EQ(b.varkw.size(), 1u);
}

TEST(LangObject, HelpersAndContainers) {
  // repr() runs slots that need the current interpreter (a Session sets it only inside run)
  Interpreter interp;
  CurrentInterpreter cur(&interp);
  init_object_model();
  ObjPtr l = make_list({make_int(1), make_tuple({make_float(2.5), make_str("x")})});
  EXPECT_EQ(repr(l), "[1, (2.5, 'x')]");
  EXPECT_TRUE(is_sequence(l));
  EXPECT_EQ(to_int64(True()), 1);
  EXPECT_DOUBLE_EQ(to_double(make_int(3)), 3.0);
  try {
    to_int64(make_float(1.5));
    FAIL();
  } catch (PyError& e) {
    EXPECT_EQ(e.message, "'float' object cannot be interpreted as an integer");
  }
  auto d = make_dict();
  d->set("b", make_int(1));
  d->set(make_int(1), make_str("one"));
  d->set(make_float(1.0), make_str("uno"));  // 1 == 1.0: same key
  EXPECT_EQ(d->size(), 2u);
  EXPECT_EQ(repr(d), "{'b': 1, 1: 'uno'}");
  d->remove("b");
  EXPECT_EQ(repr(d), "{1: 'uno'}");
  EXPECT_EQ(hash(make_int(-1)), -2);
  EXPECT_EQ(hash(make_float(1.5)), hash(make_float(1.5)));
  EXPECT_EQ(hash(make_int(7)), hash(make_float(7.0)));
  EXPECT_EQ(repr(make_shape_tuple({2, 3})), "(2, 3)");
  EXPECT_EQ(repr(make_shape_tuple({4})), "(4,)");
  std::vector<ObjPtr> items = iterate(make_range(0, 5, 2));
  EXPECT_EQ(items.size(), 3u);
}

struct FakeArrayObject : Object {
  ArrayPtr arr;
  FakeArrayObject(TypeObject* t, ArrayPtr a) : Object(t), arr(std::move(a)) {}
  ArrayPtr native_array() const override { return arr; }
};

TEST(LangObject, SessionFindsNativeArrays) {
  static bool registered = false;
  if (!registered) {
    registered = true;
    register_module("fakearr", [](Interpreter&, ModuleObject& m) {
      static TypeObject* t = new_type("FakeArray", "fakearr");
      m.add_function("make", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) -> ObjPtr {
        return make_object<FakeArrayObject>(t, new_array({2, 3}, DType::Float64));
      });
    });
  }
  Session s;
  RunResult r = s.run("import fakearr\na = fakearr.make()\nholder = {'x': [fakearr.make()]}\nn = 3");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  ArrayPtr a = s.global_array("a");
  ASSERT_TRUE(a != nullptr);
  EXPECT_EQ(a->shape, (Shape{2, 3}));
  EXPECT_TRUE(s.global_array("n") == nullptr);
  EXPECT_TRUE(s.global_array("missing") == nullptr);
  EXPECT_EQ(s.find_buffer(a->buffer->id()), a->buffer);
  RunResult r2 = s.run("b = holder['x'][0]");
  ArrayPtr b = s.global_array("b");
  ASSERT_TRUE(b != nullptr);
  s.run("del b");
  EXPECT_EQ(s.find_buffer(b->buffer->id()), b->buffer);  // still reachable through `holder`
  EXPECT_TRUE(s.find_buffer(-12345) == nullptr);
  auto g = s.globals();
  ASSERT_EQ(g.size(), 3u);  // modules and dunders are skipped
  EXPECT_EQ(g[0].name, "a");
  EXPECT_EQ(g[0].type_name, "FakeArray");
}

}  // namespace
}  // namespace sl
