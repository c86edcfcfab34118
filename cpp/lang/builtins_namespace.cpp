// builtins_namespace.cpp — the builtins that look at the calling frame: globals(),
// locals(), vars(), eval(), exec() (CPython's namespace rules: the caller's globals and
// locals by default, a given globals dict gets '__builtins__', separate locals run the code
// as a class body), and help() (pydoc's text for Python functions: signature and cleaned
// docstring), compile() and its code objects. The calling frame is Interpreter::calling_frame, set around builtin calls.
#include <algorithm>
#include <string>
#include <vector>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/interpreter.hpp"
#include "lang/parser.hpp"

namespace sl {

namespace {

// The namespaces of the frame that called the running builtin (globals()/locals()/eval()).
DictObject* caller_globals(Interpreter& in) {
  return in.calling_frame && in.calling_frame->globals ? in.calling_frame->globals : in.globals();
}
// locals(): a class body's namespace, a snapshot of a function's bound locals (as CPython's
// f_locals; writes to it do not change the variables), or null at module level (= globals).
ObjPtr caller_locals(Interpreter& in) {
  Frame* f = in.calling_frame;
  if (!f) return nullptr;
  if (f->class_ns) return ObjPtr(f->class_ns);
  if (!f->scope || f->scope->kind == ast::ScopeKind::Module) return nullptr;
  auto d = make_dict();
  const auto& names = f->scope->slot_names;
  for (size_t i = 0; i < names.size() && static_cast<int>(i) < f->nslots; ++i)
    if (f->slots()[i]) d->set(names[i], f->slots()[i]);
  return d;
}

ObjPtr bi_locals(Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) {
  check_nargs("locals", args, 0, 0);
  ObjPtr l = caller_locals(in);
  return l ? l : ObjPtr(caller_globals(in));
}


ObjPtr bi_vars(Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs kw) {
  check_nargs("vars", args, 0, 1);
  if (args.empty()) return bi_locals(in, self, args, kw);
  if (is_type(args[0])) return cast<TypeObject>(args[0])->dict;
  DictObject* d = args[0]->instance_dict();
  if (!d) raise_type_error("vars() argument must have __dict__ attribute");
  return ObjPtr(d);
}

ObjPtr bi_globals(Interpreter& in, const ObjPtr&, PosArgs, KwArgs) { return ObjPtr(caller_globals(in)); }

// help(): for a Python function, pydoc's text: the signature as inspect formats it and the
// cleaned docstring (inspect.cleandoc), each line indented by four spaces.
std::string format_annotation(const ObjPtr& a) {
  if (is_type(a)) {
    auto* t = cast<TypeObject>(a);
    ObjPtr mod = getattr_or_null(a, "__module__");
    std::string m = mod && is_str(mod) ? str_value(mod) : "builtins";
    ObjPtr qn = getattr_or_null(a, "__qualname__");
    std::string q = qn && is_str(qn) ? str_value(qn) : t->name;
    return m == "builtins" ? q : m + "." + q;
  }
  std::string r = repr(a), out;
  for (size_t i = 0; i < r.size();) {  // inspect.formatannotation drops "typing."
    if (r.compare(i, 7, "typing.") == 0) {
      i += 7;
      continue;
    }
    out += r[i++];
  }
  return out;
}

std::string function_signature(FunctionObject* fn) {
  const ast::FunctionInfo& info = *fn->info;
  DictObject* d = fn->peek_instance_dict();
  ObjPtr ann = d ? d->get(std::string("__annotations__")) : nullptr;
  auto annotation = [&](const std::string& name) -> std::string {
    if (!ann || !is_dict(ann)) return "";
    ObjPtr v = as_dict(ann)->get(name);
    return v ? format_annotation(v) : "";
  };
  std::vector<std::string> parts;
  auto param = [&](const std::string& name, const ObjPtr& def) {
    std::string a = annotation(name), p = name;
    if (!a.empty()) p += ": " + a;
    if (def) p += a.empty() ? "=" + repr(def) : " = " + repr(def);
    parts.push_back(p);
  };
  const size_t npos = info.posonly_and_pos.size(), ndef = fn->defaults.size();
  for (size_t i = 0; i < npos; ++i) {
    param(info.posonly_and_pos[i].name, i + ndef >= npos ? fn->defaults[i + ndef - npos] : nullptr);
    if (info.n_posonly > 0 && i + 1 == static_cast<size_t>(info.n_posonly)) parts.push_back("/");
  }
  if (!info.varargs.empty()) {
    std::string a = annotation(info.varargs);
    parts.push_back("*" + info.varargs + (a.empty() ? "" : ": " + a));
  } else if (!info.kwonly.empty()) {
    parts.push_back("*");
  }
  for (size_t i = 0; i < info.kwonly.size(); ++i)
    param(info.kwonly[i].name, i < fn->kwdefaults.size() ? fn->kwdefaults[i] : nullptr);
  if (!info.varkw.empty()) {
    std::string a = annotation(info.varkw);
    parts.push_back("**" + info.varkw + (a.empty() ? "" : ": " + a));
  }
  std::string s = "(";
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
  s += ")";
  std::string r = annotation("return");
  if (!r.empty()) s += " -> " + r;
  return s;
}

// inspect.cleandoc: expand tabs, drop the common indentation of lines after the first, strip
// leading and trailing blank lines
std::vector<std::string> clean_doc(const std::string& doc) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    size_t nl = doc.find('\n', start);
    std::string l = doc.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    std::string x;
    for (char c : l) {
      if (c == '\t') x += std::string(8 - x.size() % 8, ' ');
      else x += c;
    }
    lines.push_back(x);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  size_t margin = std::string::npos;
  for (size_t i = 1; i < lines.size(); ++i) {
    size_t c = lines[i].find_first_not_of(' ');
    if (c != std::string::npos && c < margin) margin = c;
  }
  lines[0].erase(0, lines[0].find_first_not_of(' ') == std::string::npos ? lines[0].size()
                                                                          : lines[0].find_first_not_of(' '));
  for (size_t i = 1; i < lines.size(); ++i) lines[i] = margin == std::string::npos ? "" : lines[i].substr(std::min(margin, lines[i].size()));
  while (!lines.empty() && lines.front().empty()) lines.erase(lines.begin());
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// CPython's signatures and docstrings of the builtin functions (scripts/gen_builtin_docs.py)
struct BuiltinDoc {
  const char* name;
  const char* signature;  // "" when inspect has none: pydoc prints "(...)"
  const char* doc;
};
const BuiltinDoc kBuiltinDocs[] = {
#include "lang/builtin_docs.inc"
};

// The entry of a builtin function of the builtins module (not a module's function that
// happens to share its name, like numpy's sum).
const BuiltinDoc* builtin_doc(Interpreter& in, const ObjPtr& o) {
  if (o->type() != builtin_function_type) return nullptr;
  auto* b = cast<BuiltinFunctionObject>(o);
  if (b->self || !b->owner.empty() || in.builtins()->get(b->name).get() != o.get()) return nullptr;
  for (const BuiltinDoc& d : kBuiltinDocs)
    if (b->name == d.name) return &d;
  return nullptr;
}

ObjPtr bi_help(Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) {
  if (args.empty()) {
    in.out() += "Type help(object) for help about object.\n";
    return None();
  }
  const ObjPtr& o = args[0];
  if (const BuiltinDoc* d = builtin_doc(in, o)) {  // pydoc: signature, then the indented doc
    std::string text = "Help on built-in function " + std::string(d->name) + " in module builtins:\n\n" + d->name +
                       (*d->signature ? d->signature : "(...)") + "\n";
    std::vector<std::string> lines = clean_doc(d->doc);
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string line = "    " + lines[i];
      if (i + 1 == lines.size())
        while (!line.empty() && line.back() == ' ') line.pop_back();
      text += line + "\n";
    }
    in.out() += text + "\n";
    return None();
  }
  if (o->type() == function_type) {
    auto* fn = static_cast<FunctionObject*>(o.get());
    ObjPtr mod = fn->globals ? fn->globals->get(std::string("__name__")) : nullptr;
    std::string text = "Help on function " + fn->name + " in module " + (mod && is_str(mod) ? str_value(mod) : "__main__") +
                       ":\n\n";
    if (fn->info->lambda_body) text += fn->name + " lambda " + function_signature(fn).substr(1);
    else text += fn->name + function_signature(fn);
    if (fn->info->lambda_body) {  // "<lambda> lambda x" : inspect's "(x)" without parentheses
      size_t p = text.rfind(')');
      if (p != std::string::npos) text.erase(p, 1);
    }
    text += "\n";
    if (is_str(fn->doc)) {
      std::vector<std::string> lines = clean_doc(str_value(fn->doc));
      for (size_t i = 0; i < lines.size(); ++i) {
        std::string line = "    " + lines[i];
        if (i + 1 == lines.size())  // pydoc's indent() strips the end of the last line only
          while (!line.empty() && line.back() == ' ') line.pop_back();
        text += line + "\n";
      }
    }
    in.out() += text + "\n";
    return None();
  }
  ObjPtr d = getattr_or_null(o, "__doc__");
  in.out() += "Help on " + type_name(o) + " object:\n\n";
  if (d && is_str(d)) in.out() += str_value(d) + "\n";
  return None();
}

// compile(): a code object keeps the checked source; exec()/eval() parse it again with the
// namespace shape they run it in (a class-like body when given separate locals).
struct CodeObject : Object {
  std::string source, filename, mode;  // mode: exec / eval / single
  CodeObject() : Object(code_type()) {}
};

std::shared_ptr<ast::Module> parse_code(const std::string& src, const std::string& filename, bool eval_mode,
                                        bool class_like) {
  std::shared_ptr<ast::Module> m;
  try {
    m = parse_module(src, filename, class_like);
  } catch (LexError& e) {
    throw_exception(make_syntax_error(e.info, filename, src));
  }
  if (eval_mode && (m->body.size() != 1 || m->body[0]->kind != ast::StmtKind::Expr)) {
    SyntaxErrorInfo info;
    info.message = "invalid syntax";
    info.line = m->body.empty() ? 1 : m->body[0]->line;
    throw_exception(make_syntax_error(info, filename, src));
  }
  return m;
}

std::string source_text(const ObjPtr& o, const char* what) {
  if (is_str(o)) return str_value(o);
  if (o->type() == bytes_type) return static_cast<const BytesObject*>(o.get())->value;
  raise_type_error(std::string(what) + "() arg 1 must be a string, bytes or " +
                   (std::string(what) == "compile" ? "AST" : "code") + " object");
}

ObjPtr bi_compile(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  static const Signature sig("compile", {"source", "filename", "mode", "flags=", "dont_inherit=", "optimize="});
  BoundArgs a = sig.bind(args, kwargs);
  std::string src = source_text(a[0], "compile");
  std::string filename = is_str(a[1]) ? str_value(a[1]) : to_str(a[1], "compile() argument 'filename'");
  const std::string& mode = to_str(a[2], "compile() argument 'mode'");
  if (mode != "exec" && mode != "eval" && mode != "single")
    raise_value_error("compile() mode must be 'exec', 'eval' or 'single'");
  parse_code(src, filename, mode == "eval", false);  // SyntaxError now, as CPython
  auto c = make_object<CodeObject>();
  c->source = std::move(src);
  c->filename = std::move(filename);
  c->mode = mode;
  return c;
}

// eval()/exec() with CPython's namespaces: the caller's globals and locals by default; a
// given globals dict gets '__builtins__'; separate locals run the code as a class body
// (names bind there; functions defined by it see only the globals).
ObjPtr run_source(Interpreter& in, PosArgs args, bool is_eval) {
  const char* name = is_eval ? "eval" : "exec";
  if (args.empty()) raise_type_error(std::string(name) + " expected at least 1 argument, got 0");
  if (args.size() > 3) raise_type_error(std::string(name) + " expected at most 3 arguments, got " + std::to_string(args.size()));
  const CodeObject* code = args[0]->type() == code_type() ? static_cast<const CodeObject*>(args[0].get()) : nullptr;
  std::string src = code ? code->source : source_text(args[0], name);
  ObjPtr globals = args.size() > 1 && !is_none(args[1]) ? args[1] : nullptr;
  ObjPtr locals = args.size() > 2 && !is_none(args[2]) ? args[2] : nullptr;
  if (globals && !is_dict(globals))
    raise_type_error(is_eval ? std::string("globals must be a real dict; try eval(expr, {}, mapping)")
                             : "exec() globals must be a dict, not " + type_name(globals));
  if (locals && !is_dict(locals)) raise_type_error("locals must be a mapping");
  if (!globals) {
    globals = ObjPtr(caller_globals(in));
    if (!locals) locals = caller_locals(in);
  }
  if (locals && locals.get() == globals.get()) locals = nullptr;
  DictObject* g = as_dict(globals);
  if (!g->get(std::string("__builtins__"))) g->set("__builtins__", ObjPtr(in.builtins()));
  if (is_eval && !code) {  // eval ignores leading blanks
    size_t a = src.find_first_not_of(" \t");
    src = a == std::string::npos ? "" : src.substr(a);
  }
  // a code object runs as compiled: an 'eval' one gives its value only to eval(), 'single'
  // prints a non-None expression value (the interactive prompt's echo)
  const bool eval_mode = code ? code->mode == "eval" : is_eval;
  const bool single = code && code->mode == "single";
  std::shared_ptr<ast::Module> m = parse_code(src, code ? code->filename : "<string>", eval_mode, locals != nullptr);
  ObjPtr value;
  in.exec_module(m, eval_mode || single ? &value : nullptr, g, locals ? as_dict(locals) : nullptr);
  if (single && value && !is_none(value)) in.out() += repr(value) + "\n";
  return is_eval && eval_mode ? (value ? value : None()) : None();
}
ObjPtr bi_eval(Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) { return run_source(in, args, true); }
ObjPtr bi_exec(Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) { return run_source(in, args, false); }

}  // namespace

TypeObject* code_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("code", "builtins");
    t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      auto* c = static_cast<const CodeObject*>(self.get());
      return make_str("<code object <module> at " + address_string(self.get()) + ", file \"" + c->filename +
                      "\", line 1>");
    };
    add_getset(t, "co_filename", [](Interpreter&, const ObjPtr& self) {
      return make_str(static_cast<const CodeObject*>(self.get())->filename);
    });
    add_getset(t, "co_name", [](Interpreter&, const ObjPtr&) { return make_str("<module>"); });
    add_getset(t, "co_firstlineno", [](Interpreter&, const ObjPtr&) { return make_int(1); });
    t->make_immortal();
    return t;
  }();
  return t;
}

void add_namespace_builtins(DictObject* b) {
  static bool doc_attr = false;
  if (!doc_attr) {  // len.__doc__: CPython's text for the builtins; other native functions: None
    doc_attr = true;
    add_getset(builtin_function_type, "__doc__", [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
      const BuiltinDoc* d = builtin_doc(in, self);
      return d ? make_str(d->doc) : None();
    });
  }
  b->set("compile", make_function("compile", bi_compile));
  b->set("globals", make_function("globals", bi_globals));
  b->set("locals", make_function("locals", bi_locals));
  b->set("vars", make_function("vars", bi_vars));
  b->set("eval", make_function("eval", bi_eval));
  b->set("exec", make_function("exec", bi_exec));
  b->set("help", make_function("help", bi_help));
}

}  // namespace sl
