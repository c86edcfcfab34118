// warnings_module.cpp — the `warnings` module in embedded Python (py_source.hpp): warn,
// warn_explicit, filterwarnings, simplefilter, resetwarnings, catch_warnings (record=True
// collects WarningMessage objects), showwarning/formatwarning, the default filters of
// CPython 3.11 (DeprecationWarning shown only for __main__) and its actions (default,
// error, ignore, always, module, once). Warnings are printed to stderr as CPython prints
// them: "file.py:3: UserWarning: message" and the source line.
//
// The location of a warning is found as CPython does: `stacklevel` frames up from warn()'s
// caller (Interpreter::current_frame's back chain), at the line that frame is running;
// beyond the outermost frame it is ('sys', 1).
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/interpreter.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {

namespace {

// the source of the program whose top level is running (null between runs)
const ast::Source* running_source(const Interpreter& in) {
  return in.running_program && in.running_program->source ? in.running_program->source.get() : nullptr;
}

const char* const kWarningsSource = R"PY(
filters = []
defaultaction = 'default'
onceregistry = {}
_registry = {}
_actions = ('error', 'ignore', 'always', 'default', 'module', 'once')

class WarningMessage(object):
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))

def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s

def _showwarnmsg_impl(msg):
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.file is not None:
        msg.file.write(text)
    else:
        _write_stderr(text)

def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))

_showwarning_orig = showwarning

def _showwarnmsg(msg):
    # a program (or catch_warnings(record=True)) may have replaced warnings.showwarning
    sw = showwarning
    if sw is not _showwarning_orig:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)

def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    assert action in _actions, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)

def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _actions, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)

def resetwarnings():
    filters[:] = []
    _registry.clear()
    onceregistry.clear()

def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    filename, lineno, module = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module)

def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = _registry
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno, filename)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0, filename)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))

class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        global showwarning
        self._filters = filters[:]
        self._showwarning = showwarning
        self._registry = dict(_registry)
        self._once = dict(onceregistry)
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            def record_warning(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record_warning
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _registry.clear()
        _registry.update(self._registry)
        onceregistry.clear()
        onceregistry.update(self._once)

# CPython 3.11's default filters (a release build)
simplefilter("ignore", ResourceWarning, append=True)
simplefilter("ignore", ImportWarning, append=True)
simplefilter("ignore", PendingDeprecationWarning, append=True)
simplefilter("ignore", DeprecationWarning, append=True)
import re as _re
filters.insert(0, ("default", None, DeprecationWarning, _re.compile("__main__"), 0))
)PY";

}  // namespace

void register_warnings_module() {
  register_module("warnings", [](Interpreter& in, ModuleObject& m) {
    // (filename, lineno, module) of the frame `stacklevel` levels above warn()'s own frame
    // (the Python frame calling _caller)
    m.add_function("_caller", [](Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("_caller", args, 1, 1);
      int64_t level = is_int(args[0]) ? int_value(args[0]) : 1;
      Frame* f = in.calling_frame;
      for (int64_t i = 0; i < level && f; ++i) f = f->back;
      if (!f || !f->scope || !f->scope->source)
        return make_tuple({make_str("sys"), make_int(1), make_str("sys")});
      ObjPtr name = f->globals ? f->globals->get(std::string("__name__")) : nullptr;
      return make_tuple({make_str(f->scope->source->filename), make_int(f->line),
                         name && is_str(name) ? name : make_str("__main__")});
    });
    // the text of a line of the running program (for formatwarning), "" when unknown
    m.add_function("_source_line", [](Interpreter& in, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("_source_line", args, 2, 2);
      const ast::Source* src = running_source(in);
      if (!src || !is_str(args[0]) || !is_int(args[1])) return make_str("");
      if (src->filename != str_value(args[0])) return make_str("");
      // like CPython's linecache: no text for exec()'d strings or a program read from stdin
      if (src->filename == "<string>" || src->filename == "<stdin>") return make_str("");
      return make_str(src->line(static_cast<int>(int_value(args[1]))));
    });
    m.add_function("_write_stderr", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("_write_stderr", args, 1, 1);
      write_stderr(to_str(args[0], "text"));
      return None();
    });
    exec_module_source(in, m, kWarningsSource);
  });
}

}  // namespace sl
