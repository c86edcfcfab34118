// mod_sys.cpp — a small `sys` module: stdout/stderr writers (print(..., file=sys.stderr)),
// argv, maxsize, version strings, recursion limit get/set, exit(), float_info.max/min/epsilon,
// byteorder. No real interpreter internals are exposed.
#include <cfloat>

#include "lang/args.hpp"
#include "lang/interpreter.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"

namespace sl {

namespace {

struct StreamObject : Object {
  bool is_err;
  StreamObject(TypeObject* t, bool e) : Object(t), is_err(e) {}
};

TypeObject* stream_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("TextIOWrapper", "_io");
    t->repr = [](Interpreter&, const ObjPtr& self) {
      bool err = static_cast<StreamObject*>(self.get())->is_err;
      return make_str(std::string("<_io.TextIOWrapper name='<") + (err ? "stderr" : "stdout") +
                      ">' mode='w' encoding='utf-8'>");
    };
    add_method(t, "write", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("write", args, 1, 1);
      if (!is_str(args[0])) raise_type_error("write() argument must be str, not " + type_name(args[0]));
      if (static_cast<StreamObject*>(self.get())->is_err) write_stderr(str_value(args[0]));
      else write_stdout(str_value(args[0]));
      return make_int(cast<StrObject>(args[0])->length);
    });
    add_method(t, "flush", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return None(); });
    return t;
  }();
  return t;
}

}  // namespace

void register_sys_module() {
  register_module("sys", [](Interpreter&, ModuleObject& m) {
    m.set("stdout", make_object<StreamObject>(stream_type(), false));
    m.set("stderr", make_object<StreamObject>(stream_type(), true));
    m.set("argv", make_list({make_str("")}));
    m.set("maxsize", make_int(INT64_MAX));
    m.set("byteorder", make_str("little"));
    m.set("platform", make_str("emscripten"));
    m.set("version", make_str("3.11 (stridelab)"));
    m.set("version_info", make_tuple({make_int(3), make_int(11), make_int(0), make_str("final"), make_int(0)}));
    m.set("path", make_list({}));
    auto fi = make_object<ModuleObject>("sys.float_info");
    fi->set("max", make_float(DBL_MAX));
    fi->set("min", make_float(DBL_MIN));
    fi->set("epsilon", make_float(DBL_EPSILON));
    fi->set("dig", make_int(DBL_DIG));
    fi->set("mant_dig", make_int(DBL_MANT_DIG));
    m.set("float_info", fi);
    m.add_function("getrecursionlimit", [](Interpreter& in, const ObjPtr&, PosArgs, KwArgs) {
      return make_int(in.recursion_limit);
    });
    m.add_function("setrecursionlimit", [](Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("setrecursionlimit", args, 1, 1);
      int64_t n = to_int64(args[0]);
      if (n < 1) raise_value_error("recursion limit must be greater or equal than 1");
      // the native stack guard still applies; very high limits end in RecursionError too
      in.recursion_limit = static_cast<int>(n > 100000 ? 100000 : n);
      return None();
    });
    // calibration hook for the C++ nesting budget (not part of CPython's sys)
    m.add_function("_stridelab_nest_limit", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      if (!args.empty()) g_nest_limit = static_cast<int>(to_int64(args[0]));
      return make_int(g_nest_limit);
    });
    m.add_function("exit", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      throw_exception(make_exception(exception_type(ErrorType::SystemExit),
                                     std::vector<ObjPtr>(args.begin(), args.end())));
    });
  });
}

}  // namespace sl
