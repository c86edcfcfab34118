// builtins_io.cpp — open() over the session file store (lang/files.hpp): text and binary
// modes r/w/a (+ 'x'), read/readline/readlines/write/writelines, line iteration, `with`
// support. Writes are kept in the file object and stored on flush()/close() and when the
// object is freed. No seeking,
// no encodings other than UTF-8.
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/files.hpp"

namespace sl {

namespace {

TypeObject* file_type();

struct FileObject : Object {
  std::string name, mode;
  bool binary = false, writing = false, closed = false;
  std::string data;  // read: whole content; write: pending content
  size_t pos = 0;
  FileObject() : Object(file_type()) {}
  // CPython flushes and closes a file object when its last reference goes:
  // `open('w.txt', 'w').write('hello')` leaves 'hello' in the file.
  ~FileObject() override {
    if (!writing || closed) return;
    try {
      write_file(name, data);
    } catch (...) {  // nothing may escape a destructor; the write failed like CPython's would, silently
    }
  }
};

FileObject* F(const ObjPtr& o) { return static_cast<FileObject*>(o.get()); }

void check_open(FileObject* f) {
  if (f->closed) raise_value_error("I/O operation on closed file.");
}

ObjPtr wrap(FileObject* f, std::string s) { return f->binary ? make_bytes(std::move(s)) : make_str(std::move(s)); }

void flush(FileObject* f) {
  if (f->writing && !f->closed) write_file(f->name, f->data);
}

std::string readline(FileObject* f) {
  size_t e = f->data.find('\n', f->pos);
  size_t end = e == std::string::npos ? f->data.size() : e + 1;
  std::string line = f->data.substr(f->pos, end - f->pos);
  f->pos = end;
  return line;
}

void require_readable(FileObject* f) {
  check_open(f);
  if (f->writing) raise(ErrorType::OSError, "not readable");
}

TypeObject* file_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("TextIOWrapper", "_io");
    t->repr = [](Interpreter&, const ObjPtr& self) {
      FileObject* f = F(self);
      if (f->binary)
        return make_str(std::string(f->writing ? "<_io.BufferedWriter" : "<_io.BufferedReader") + " name=" +
                        str_repr(f->name) + ">");
      return make_str("<_io.TextIOWrapper name=" + str_repr(f->name) + " mode=" + str_repr(f->mode) +
                      " encoding='UTF-8'>");
    };
    t->iter = [](Interpreter&, const ObjPtr& self) {
      check_open(F(self));
      return self;
    };
    t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      FileObject* f = F(self);
      require_readable(f);
      if (f->pos >= f->data.size()) return nullptr;
      return wrap(f, readline(f));
    };
    add_method(t, "read", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
      FileObject* f = F(self);
      require_readable(f);
      int64_t n = args.empty() || is_none(args[0]) ? -1 : to_int64(args[0]);
      size_t avail = f->data.size() - f->pos;
      size_t take = n < 0 || static_cast<size_t>(n) > avail ? avail : static_cast<size_t>(n);
      std::string s = f->data.substr(f->pos, take);
      f->pos += take;
      return wrap(f, std::move(s));
    });
    add_method(t, "readline", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      FileObject* f = F(self);
      require_readable(f);
      return wrap(f, readline(f));
    });
    add_method(t, "readlines", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      FileObject* f = F(self);
      require_readable(f);
      std::vector<ObjPtr> out;
      while (f->pos < f->data.size()) out.push_back(wrap(f, readline(f)));
      return make_list(std::move(out));
    });
    add_method(t, "write", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
      FileObject* f = F(self);
      check_open(f);
      check_nargs("write", args, 1, 1);
      if (!f->writing) raise(ErrorType::OSError, "not writable");
      if (f->binary) {
        if (!is_bytes(args[0])) raise_type_error("a bytes-like object is required, not '" + type_name(args[0]) + "'");
        f->data += cast<BytesObject>(args[0])->value;
        return make_int(static_cast<int64_t>(cast<BytesObject>(args[0])->value.size()));
      }
      if (!is_str(args[0])) raise_type_error("write() argument must be str, not " + type_name(args[0]));
      f->data += str_value(args[0]);
      return make_int(cast<StrObject>(args[0])->length);
    });
    add_method(t, "writelines", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
      FileObject* f = F(self);
      check_open(f);
      check_nargs("writelines", args, 1, 1);
      for_each(args[0], [&](const ObjPtr& x) {
        if (!is_str(x) && !is_bytes(x)) raise_type_error("write() argument must be str, not " + type_name(x));
        f->data += is_str(x) ? str_value(x) : cast<BytesObject>(x)->value;
        return true;
      });
      return None();
    });
    add_method(t, "flush", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
      flush(F(self));
      return None();
    });
    add_method(t, "close", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
      FileObject* f = F(self);
      flush(f);
      f->closed = true;
      return None();
    });
    add_method(t, "__enter__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
      check_open(F(self));
      return self;
    });
    add_method(t, "__exit__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
      FileObject* f = F(self);
      flush(f);
      f->closed = true;
      return False();
    });
    add_getset(t, "closed", [](Interpreter&, const ObjPtr& self) { return make_bool(F(self)->closed); });
    add_getset(t, "name", [](Interpreter&, const ObjPtr& self) { return make_str(F(self)->name); });
    add_getset(t, "mode", [](Interpreter&, const ObjPtr& self) { return make_str(F(self)->mode); });
    return t;
  }();
  return t;
}

ObjPtr bi_open(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  static const Signature sig("open", {"file", "mode=", "buffering=", "encoding=", "errors=", "newline="});
  BoundArgs a = sig.bind(args, kwargs);
  if (!is_str(a[0])) raise_type_error("expected str, bytes or os.PathLike object, not " + type_name(a[0]));
  std::string mode = a.given(1) ? to_str(a[1], "open() argument 'mode'") : "r";
  auto f = make_object<FileObject>();
  f->name = str_value(a[0]);
  f->mode = mode;
  int kinds = 0;
  char kind = 'r';
  for (char c : mode) {
    if (c == 'r' || c == 'w' || c == 'a' || c == 'x') {
      kind = c;
      ++kinds;
    } else if (c == 'b') {
      f->binary = true;
    } else if (c != 't' && c != '+') {
      raise_value_error("invalid mode: '" + mode + "'");
    }
  }
  if (kinds != 1) raise_value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  if (kind == 'r') {
    f->data = read_file(f->name);
  } else {
    f->writing = true;
    if (kind == 'x' && file_exists(f->name))
      raise_os_error(17, f->name);
    if (kind == 'a' && file_exists(f->name)) f->data = read_file(f->name);
    write_file(f->name, f->data);
  }
  return f;
}

}  // namespace

void add_io_builtins(DictObject* b) { b->set("open", make_function("open", bi_open)); }

}  // namespace sl
