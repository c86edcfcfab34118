// sys_module.cpp — the `sys` module: stdout/stderr writers (print(..., file=sys.stderr),
// sys.stdout.write/flush), argv (set by the host: the CLI passes the script and its
// arguments), exit(), getsizeof() with CPython 3.11's 64-bit sizes, version/version_info/
// float_info/int_info/hash_info as CPython's struct sequences, maxsize, byteorder, the
// recursion limit. No real interpreter internals are exposed.
#include <cfloat>
#include <cmath>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/interpreter.hpp"
#include "lang/module.hpp"
#include "lang/output_hook.hpp"
#include "modules/stdlib/collections_types.hpp"
#include "modules/stdlib/sys_module.hpp"

namespace sl {

namespace {

std::vector<std::string>& argv_store() {
  static auto* v = new std::vector<std::string>{""};
  return *v;
}

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
    add_method(t, "flush", [](Interpreter& in, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      if (!static_cast<StreamObject*>(self.get())->is_err) notify_output(in, true);
      return None();
    });
    add_method(t, "isatty", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) -> ObjPtr { return False(); });
    add_method(t, "writable", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) -> ObjPtr { return True(); });
    add_method(t, "fileno", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      return make_int(static_cast<StreamObject*>(self.get())->is_err ? 2 : 1);
    });
    add_getset(t, "encoding", [](Interpreter&, const ObjPtr&) { return make_str("utf-8"); });
    add_getset(t, "name", [](Interpreter&, const ObjPtr& self) {
      return make_str(static_cast<StreamObject*>(self.get())->is_err ? "<stderr>" : "<stdout>");
    });
    return t;
  }();
  return t;
}

// A CPython struct sequence: a namedtuple class whose repr reads "sys.<name>(...)"
ObjPtr struct_sequence(const std::string& name, const std::vector<std::pair<const char*, ObjPtr>>& fields) {
  std::vector<ObjPtr> names, values;
  for (auto& f : fields) {
    names.push_back(make_str(f.first));
    values.push_back(f.second);
  }
  std::vector<KwArg> kw = {{"module", make_str("sys")}};
  ObjPtr nt[2] = {make_str(name), make_list(names)};
  ObjPtr cls = make_namedtuple_class(PosArgs(nt, 2), KwArgs(kw.data(), kw.size()));
  TypeObject* t = cast<TypeObject>(cls);
  t->python_level = false;  // a C struct sequence: "sys.version_info" in messages
  static UnaryFn nt_repr = t->repr;  // the same slot for every namedtuple class
  t->repr = [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
    return make_str("sys." + str_value(nt_repr(in, self)));
  };
  t->construct = [](Interpreter&, TypeObject* cls, PosArgs, KwArgs) -> ObjPtr {
    raise_type_error("cannot create 'sys." + cls->name + "' instances");
  };
  for (size_t i = 0; i < fields.size(); ++i)  // struct sequence fields: "readonly attribute"
    add_getset(
        t, fields[i].first, [i](Interpreter&, const ObjPtr& self) { return tuple_items(self)[i]; },
        [](Interpreter&, const ObjPtr&, const ObjPtr&) { raise(ErrorType::AttributeError, "readonly attribute"); });
  auto inst = make_object<TupleObject>(std::move(values));
  inst->unsafe_set_type(t);
  return inst;
}

// CPython 3.11 (64-bit) object sizes, GC header included where CPython adds it
int64_t sizeof_str(const std::string& s) {
  uint32_t maxcp = 0;
  size_t n = 0;
  for (uint32_t cp : utf8_codepoints(s)) {
    maxcp = std::max(maxcp, cp);
    ++n;
  }
  if (maxcp < 128) return 49 + static_cast<int64_t>(n);
  if (maxcp < 256) return 73 + static_cast<int64_t>(n);
  if (maxcp < 65536) return 74 + 2 * static_cast<int64_t>(n);
  return 76 + 4 * static_cast<int64_t>(n);
}

// the table CPython 3.11 would have after n insertions: 8 slots, then grown to the power of
// two >= 3 * used whenever the usable 2/3 is exhausted
int64_t sizeof_dict(DictObject* d) {
  size_t n = d->size();
  if (n == 0) return 64;
  size_t size = 8;
  while (n > size * 2 / 3) {
    size_t used = size * 2 / 3;
    size_t want = used * 3, s = 8;
    while (s < want) s <<= 1;
    size = s;
  }
  bool str_keys = true;
  for (auto& e : d->entries())
    if (e.key && !is_str(e.key)) str_keys = false;
  size_t index_bytes = size <= 128 ? 1 : size <= 32768 ? 2 : size <= 0x80000000u ? 4 : 8;
  return 64 + 32 + static_cast<int64_t>(size * index_bytes + (size * 2 / 3) * (str_keys ? 16 : 24));
}

int64_t getsizeof(const ObjPtr& o) {
  TypeObject* t = o->type();
  if (is_int(o)) {  // 24 bytes + one 30-bit digit per started 30 bits (at least one)
    int64_t bits = is_bool(o) ? 1 : to_int64(call_method(o, "bit_length"));
    return 24 + 4 * (bits <= 30 ? 1 : (bits + 29) / 30);
  }
  if (t == float_type) return 24;
  if (is_none(o)) return 16;
  if (t == str_type) return sizeof_str(str_value(o));
  if (t == bytes_type) return 33 + static_cast<int64_t>(cast<BytesObject>(o)->value.size());
  if (is_tuple(o)) return 40 + 8 * static_cast<int64_t>(tuple_items(o).size());
  if (t == list_type) return 56 + 8 * static_cast<int64_t>(list_items(o).size());
  if (is_dict(o)) return sizeof_dict(as_dict(o));
  if (is_set(o)) {
    size_t table = cast<SetObject>(o)->table().size();
    return 216 + (table > 8 ? 16 * static_cast<int64_t>(table) : 0);
  }
  if (t == range_type) return 48;
  if (t == slice_type) return 56;
  if (t == function_type) return 152;
  if (t == builtin_function_type) return 72;
  if (t == module_type) return 72;
  if (ArrayPtr a = o->native_array()) return 112 + (a->base ? 0 : a->nbytes());
  if (ObjPtr m = type_lookup(t, "__sizeof__")) {
    ObjPtr r = call_method(o, "__sizeof__");
    return to_int64(r) + (t->user_defined ? 32 : 0);  // GC header + managed-dict pre-header
  }
  if (t->user_defined) return 56;
  if (is_type(o)) return 1688;
  return 48;
}

}  // namespace

void set_sys_argv(const std::vector<std::string>& argv) {
  argv_store() = argv.empty() ? std::vector<std::string>{""} : argv;
  if (Interpreter* in = g_current_interpreter) {
    auto it = in->modules().find("sys");
    if (it != in->modules().end()) {
      std::vector<ObjPtr> items;
      for (auto& a : argv_store()) items.push_back(make_str(a));
      it->second->set("argv", make_list(std::move(items)));
    }
  }
}

void register_sys_module() {
  register_module("sys", [](Interpreter&, ModuleObject& m) {
    m.set("stdout", make_object<StreamObject>(stream_type(), false));
    m.set("stderr", make_object<StreamObject>(stream_type(), true));
    m.set("__stdout__", m.get("stdout"));
    m.set("__stderr__", m.get("stderr"));
    std::vector<ObjPtr> argv;
    for (auto& a : argv_store()) argv.push_back(make_str(a));
    m.set("argv", make_list(std::move(argv)));
    m.set("maxsize", make_int(INT64_MAX));
    m.set("maxunicode", make_int(0x10FFFF));
    m.set("byteorder", make_str("little"));
    m.set("platform", make_str("emscripten"));
    m.set("version", make_str("3.11.2 (stridelab)"));
    m.set("hexversion", make_int(0x030B02F0));
    m.set("api_version", make_int(1013));
    m.set("float_repr_style", make_str("short"));
    m.set("executable", make_str(""));
    m.set("path", make_list({}));
    m.set("version_info", struct_sequence("version_info", {{"major", make_int(3)},
                                                            {"minor", make_int(11)},
                                                            {"micro", make_int(2)},
                                                            {"releaselevel", make_str("final")},
                                                            {"serial", make_int(0)}}));
    m.set("float_info", struct_sequence("float_info", {{"max", make_float(DBL_MAX)},
                                                        {"max_exp", make_int(DBL_MAX_EXP)},
                                                        {"max_10_exp", make_int(DBL_MAX_10_EXP)},
                                                        {"min", make_float(DBL_MIN)},
                                                        {"min_exp", make_int(DBL_MIN_EXP)},
                                                        {"min_10_exp", make_int(DBL_MIN_10_EXP)},
                                                        {"dig", make_int(DBL_DIG)},
                                                        {"mant_dig", make_int(DBL_MANT_DIG)},
                                                        {"epsilon", make_float(DBL_EPSILON)},
                                                        {"radix", make_int(FLT_RADIX)},
                                                        {"rounds", make_int(1)}}));
    m.set("int_info", struct_sequence("int_info", {{"bits_per_digit", make_int(30)},
                                                    {"sizeof_digit", make_int(4)},
                                                    {"default_max_str_digits", make_int(4300)},
                                                    {"str_digits_check_threshold", make_int(640)}}));
    m.set("hash_info", struct_sequence("hash_info", {{"width", make_int(64)},
                                                      {"modulus", make_int(2305843009213693951)},
                                                      {"inf", make_int(314159)},
                                                      {"nan", make_int(0)},
                                                      {"imag", make_int(1000003)},
                                                      {"algorithm", make_str("siphash13")},
                                                      {"hash_bits", make_int(64)},
                                                      {"seed_bits", make_int(128)},
                                                      {"cutoff", make_int(0)}}));
    m.add_function("getdefaultencoding", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return make_str("utf-8"); });
    m.add_function("getsizeof", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("getsizeof", {"object", "default="});
      BoundArgs a = sig.bind(args, kw);
      return make_int(getsizeof(a[0]));
    });
    m.add_function("getrecursionlimit", [](Interpreter& in, const ObjPtr&, PosArgs, KwArgs) {
      return make_int(in.recursion_limit);
    });
    m.add_function("setrecursionlimit", [](Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("setrecursionlimit", args, 1, 1);
      if (is_float(args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
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
      check_nargs("exit", args, 0, 1);
      throw_exception(make_exception(exception_type(ErrorType::SystemExit),
                                     std::vector<ObjPtr>(args.begin(), args.end())));
    });
    m.add_function("exc_info", [](Interpreter& in, const ObjPtr&, PosArgs, KwArgs) -> ObjPtr {
      const ObjPtr& e = in.handling();
      if (!e) return make_tuple({None(), None(), None()});
      return make_tuple({ObjPtr(e->type()), e, None()});
    });
    m.add_function("exception", [](Interpreter& in, const ObjPtr&, PosArgs, KwArgs) -> ObjPtr {
      const ObjPtr& e = in.handling();
      return e ? e : None();
    });
  });
}

}  // namespace sl
