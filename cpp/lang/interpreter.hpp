// interpreter.hpp — the tree-walking evaluator (internal to cpp/lang; extension code only
// needs object.hpp). An Interpreter owns one session's state: the __main__ globals, the
// builtins, the imported modules, the stdout buffer, the recursion depth and the stack of
// exceptions being handled.
//
// Frames: every function / lambda / comprehension call gets a Frame whose slots hold its
// local variables (positions fixed by the resolver). A closure keeps its defining frame
// alive (Ref<Frame>), and enclosing variables are read through the parent chain, which gives
// Python's late-binding closure semantics without cells. Module code uses the globals dict.
//
// Control flow inside a function uses the Flow result (no C++ exceptions); Python
// exceptions travel as PyException / PyError and gather one traceback entry per frame they
// leave.
#pragma once
#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "lang/object.hpp"
#include "lang/stmt_hook.hpp"

namespace sl {

class Frame : public Object {
 public:
  static Ref<Frame> create(const ast::Scope* scope, int nslots, Ref<Frame> parent, DictObject* globals);
  ~Frame() override;
  static void* operator new(size_t size, int nslots);
  static void operator delete(void* p);
  static void operator delete(void* p, int) { ::operator delete(p); }

  const ast::Scope* scope;
  Ref<Frame> parent;       // frame of the enclosing function scope (closures), or null
  DictObject* globals;     // module namespace (kept alive by the function / interpreter)
  DictObject* class_ns = nullptr;  // class body namespace
  Object* function = nullptr;      // the FunctionObject running here (for super())
  Frame* back = nullptr;  // the calling frame while this one is Interpreter::current_frame's chain
  int line = 0;
  int nslots;
  ObjPtr* slots() { return reinterpret_cast<ObjPtr*>(this + 1); }

 private:
  Frame(const ast::Scope* s, int n, Ref<Frame> p, DictObject* g);
};

class FunctionObject : public ObjectWithDict {
 public:
  explicit FunctionObject(std::shared_ptr<ast::FunctionInfo> fn);
  std::shared_ptr<ast::FunctionInfo> info;
  std::shared_ptr<ast::Module> program;  // the parsed program `info` belongs to (kept alive)
  Ref<Frame> closure;
  Ref<DictObject> globals;
  std::vector<ObjPtr> defaults;    // values for the last len(defaults) positional params
  std::vector<ObjPtr> kwdefaults;  // one per keyword-only param (null: required)
  std::string name, qualname;
  ObjPtr doc;
  TypeObject* owner_class = nullptr;  // class whose body defined it (zero-arg super())
};

// Yield: a generator body suspended (only the resumable executor of generator.cpp makes it).
enum class Flow : uint8_t { Normal, Return, Break, Continue, Yield };

// is_true() with the bool singletons and ints decided inline (loop and if conditions).
inline bool truth(const ObjPtr& o) {
  if (o.get() == detail::g_true.get()) return true;
  if (o.get() == detail::g_false.get()) return false;
  if (o->type() == int_type) return int_value(o) != 0;
  return is_true(o);
}

// int OP int without allocation or dispatch for the common operators (Python's floor
// semantics for // and %). Returns false when the slow path must decide: overflow, a zero
// divisor, negative shifts, or an operator not handled here.
inline bool int_fast_binop(BinOp op, int64_t x, int64_t y, int64_t* r) {
  switch (op) {
    case BinOp::Add: return !__builtin_add_overflow(x, y, r);
    case BinOp::Sub: return !__builtin_sub_overflow(x, y, r);
    case BinOp::Mul: return !__builtin_mul_overflow(x, y, r);
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y == 0 || (x == INT64_MIN && y == -1)) return false;
      int64_t q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        --q;
        m += y;
      }
      *r = op == BinOp::FloorDiv ? q : m;
      return true;
    }
    case BinOp::And: *r = x & y; return true;
    case BinOp::Or: *r = x | y; return true;
    case BinOp::Xor: *r = x ^ y; return true;
    default: return false;
  }
}

// True when an int result may be written into `o` instead of a new object: an exact int
// that nobody else holds (refcount 1: an evaluator temporary, or the object a variable is
// being rebound from), and a value outside the small-int cache (those keep coming from the
// cache, so `is` behaves as in CPython). bool and big ints are never reused.
inline bool int_reusable(const Object* o, int64_t r) {
  return o->type() == int_type && o->refcount() == 1 && (r < detail::kSmallIntMin || r > detail::kSmallIntMax);
}

class Interpreter {
 public:
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Executes a parsed module in __main__. Python exceptions propagate (PyException) with
  // the traceback entries of every frame including <module>. When `last_value` is given and
  // the last statement is an expression statement, its value is stored there. The module is
  // kept in `programs` (see release_unused_programs). `globals` is the namespace to run in
  // (default: __main__; a standard module written in Python source runs in its own dict).
  // `locals` (a module parsed class_like): the namespace names bind in, as exec(src, g, l).
  void exec_module(const std::shared_ptr<ast::Module>& m, ObjPtr* last_value,
                   DictObject* globals = nullptr, DictObject* locals = nullptr);

  // The Python frame whose call of a builtin is running (globals()/locals()/vars()/eval()/
  // exec() read it). Saved and restored around each builtin call made by the evaluator, so
  // it is null or a live frame of the current call stack.
  Frame* calling_frame = nullptr;
  // The innermost running function / class body / module frame; its `back` chain is the
  // call stack (warnings' stacklevel). A generator body runs in its resumer's entry.
  Frame* current_frame = nullptr;

  ObjPtr call_function(FunctionObject* fn, PosArgs args, KwArgs kwargs);

  std::unordered_map<std::string, Ref<ModuleObject>>& modules() { return modules_; }
  DictObject* globals() { return globals_.get(); }
  DictObject* builtins() { return builtins_.get(); }
  std::string& out() { return stdout_; }

  // exception being handled (innermost except block), or null
  const ObjPtr& handling() const;

  // evaluation (public for the builtins and generator-expression iterators)
  ObjPtr eval(const ast::Expr* e, Frame* f);
  void assign(const ast::Expr* target, const ObjPtr& value, Frame* f);
  // guarded = false only for loop bodies, whose loop holds one NestGuard for all iterations
  Flow exec_body(const ast::Body& body, Frame* f, bool guarded = true);
  inline Flow exec_stmts(const ast::Body& body, Frame* f);
  void add_traceback(const ObjPtr& exc, Frame* f);
  // Resets per-run state a JS exception may have left behind (see NestGuard).
  void reset_after_abort();

  ObjPtr call_with_self_public(const ObjPtr& callable, const ObjPtr& self, PosArgs args, KwArgs kwargs = {});
  // One statement (the resumable generator executor runs the statements without a yield here).
  Flow exec_one(const ast::Stmt* s, Frame* f);
  // `except spec` matching (TypeError for a spec that is not an exception class).
  static bool exception_matches_public(const ObjPtr& exc, const ObjPtr& spec);
  // `except E as e` unbinds e when the handler ends.
  void unbind_handler_name(const ast::Expr* name, Frame* f);

  // Line of the top-level statement being executed (the <module> frame of the running cell),
  // null between runs; the ops log (ops_log.hpp) stamps operations with it.
  const int* current_module_line = nullptr;

  // Per-statement callback (stmt_hook.hpp), null when nobody steps or profiles.
  StatementHook* stmt_hook = nullptr;
  // One statement through the hook (the caller checked stmt_hook): before, exec, after.
  __attribute__((noinline)) Flow exec_hooked(const ast::Stmt* s, Frame* f);

  int recursion_limit = 1000;
  int depth = 0;
  ObjPtr retval;  // value of the last `return`

  // AST lifetime: every object that keeps pointers into a parsed program after its run holds
  // that program (FunctionObject::program, lazy generator expressions), found with
  // program_of(frame); `programs` holds the ones executed, and release_unused_programs()
  // (after each run) drops those nothing else holds, so a cell run 1,000 times does not keep
  // 1,000 trees. A new kind of object holding AST pointers must hold program_of() too.
  std::vector<std::shared_ptr<ast::Module>> programs;
  std::shared_ptr<ast::Module> running_program;  // the module whose top level is executing
  std::shared_ptr<ast::Module> program_of(Frame* f) const;
  void release_unused_programs();

 private:
  friend struct HandlingGuard;
  Ref<DictObject> globals_, builtins_;
  std::unordered_map<std::string, Ref<ModuleObject>> modules_;
  std::string stdout_;
  std::vector<ObjPtr> handling_;

  // inlined into exec_body / eval: fewer native frames per Python call (the JS engine stack is the
  // binding limit under wasm, see NestGuard)
  __attribute__((always_inline)) inline Flow exec(const ast::Stmt* s, Frame* f);
  Flow exec_if(const ast::IfStmt* s, Frame* f);
  Flow exec_for(const ast::ForStmt* s, Frame* f);
  Flow exec_while(const ast::WhileStmt* s, Frame* f);
  Flow exec_try(const ast::TryStmt* s, Frame* f);
  Flow exec_try_except(const ast::TryStmt* s, Frame* f);
  Flow exec_with(const ast::WithStmt* s, Frame* f);
  void exec_assign(const ast::AssignStmt* s, Frame* f);
  void exec_augassign(const ast::AugAssignStmt* s, Frame* f);
  void exec_del(const ast::Expr* target, Frame* f);
  void exec_assert(const ast::AssertStmt* s, Frame* f);
  void exec_import(const ast::ImportStmt* s, Frame* f);
  void exec_import_from(const ast::ImportFromStmt* s, Frame* f);
  [[noreturn]] void exec_raise(const ast::RaiseStmt* s, Frame* f);
  void exec_def(const ast::FunctionDefStmt* s, Frame* f);
  void exec_class(const ast::ClassDefStmt* s, Frame* f);
  void record_annotation(const std::string& name, const ObjPtr& annotation, Frame* f);
  void exec_magic(const ast::MagicStmt* s, Frame* f);

  ObjPtr load_name(const ast::Name* n, Frame* f);
  ObjPtr load_global(const ast::Name* n, Frame* f);
  void store_name(const ast::Name* n, const ObjPtr& v, Frame* f);
  // Binds an int to a name, overwriting the int object the name holds when nobody else
  // holds it (see int_result) instead of allocating.
  void store_int(const ast::Name* n, int64_t v, Frame* f);
  // The storage of a local slot or a cached global entry (null for other names); valid
  // only until other code runs.
  ObjPtr* name_storage(const ast::Name* n, Frame* f);
  // truth(eval(e)) without materialising a bool for int comparisons (if/while tests).
  bool eval_test(const ast::Expr* e, Frame* f);
  void delete_name(const ast::Name* n, Frame* f);
  ObjPtr eval_call(const ast::CallExpr* c, Frame* f);
  __attribute__((noinline)) ObjPtr call_other(Frame* f, const ObjPtr& self, const ObjPtr& callee, PosArgs args);
  __attribute__((noinline)) void eval_callee(const ast::CallExpr* c, Frame* f, ObjPtr* self, ObjPtr* callee);
  __attribute__((noinline)) ObjPtr eval_call_general(const ast::CallExpr* c, Frame* f, const ObjPtr& self,
                                                     const ObjPtr& callee);
  __attribute__((always_inline)) inline ObjPtr eval_binop(const ast::BinOpExpr* e, Frame* f);
  ObjPtr eval_compare(const ast::CompareExpr* e, Frame* f);
  ObjPtr eval_boolop(const ast::BoolOpExpr* e, Frame* f);
  ObjPtr eval_unary(const ast::UnaryOpExpr* e, Frame* f);
  ObjPtr eval_subscript(const ast::SubscriptExpr* e, Frame* f);
  ObjPtr eval_attribute(const ast::AttributeExpr* e, Frame* f);
  ObjPtr eval_sequence(const ast::SeqExpr* e, Frame* f);
  ObjPtr eval_dict(const ast::DictExpr* e, Frame* f);
  ObjPtr eval_comprehension(const ast::CompExpr* e, Frame* f);
  ObjPtr eval_joined(const ast::JoinedStr* e, Frame* f);
  ObjPtr eval_slice(const ast::SliceExpr* e, Frame* f);
  ObjPtr make_function(const std::shared_ptr<ast::FunctionInfo>& fn, Frame* f);
  void unpack(const ast::SeqExpr* target, const ObjPtr& value, Frame* f);
  void bind_arguments(FunctionObject* fn, Frame* frame, PosArgs args, KwArgs kwargs);
  Frame* closure_frame(Frame* f);
  void init_builtins();
  ObjPtr call_with_self(const ObjPtr& callable, const ObjPtr& self, PosArgs args, KwArgs kwargs);
};

// What a Python-level call (or a generator step) costs: one level of the recursion limit
// (RecursionError) and one unit of the native nesting budget.
struct InterpreterCallGuard {
  Interpreter& in;
  NestGuard nest;
  explicit InterpreterCallGuard(Interpreter& i) : in(i) {
    if (++in.depth > in.recursion_limit) {
      --in.depth;
      raise(ErrorType::RecursionError, "maximum recursion depth exceeded");
    }
  }
  ~InterpreterCallGuard() { --in.depth; }
  InterpreterCallGuard(const InterpreterCallGuard&) = delete;
  InterpreterCallGuard& operator=(const InterpreterCallGuard&) = delete;
};

// RAII: `f` is the current frame (its back is the previous one) until the scope ends.
struct FrameLink {
  Frame*& slot;
  Frame* saved;
  FrameLink(Frame*& s, Frame* f) : slot(s), saved(s) {
    f->back = s;
    slot = f;
  }
  ~FrameLink() { slot = saved; }
  FrameLink(const FrameLink&) = delete;
  FrameLink& operator=(const FrameLink&) = delete;
};

// RAII: marks an exception as "being handled" (bare raise, __context__).
struct HandlingGuard {
  Interpreter* in;
  HandlingGuard(Interpreter* i, const ObjPtr& exc) : in(i) { in->handling_.push_back(exc); }
  ~HandlingGuard() { in->handling_.pop_back(); }
};

// Sets the current interpreter (g_current_interpreter) for the lifetime of the guard.
struct CurrentInterpreter {
  Interpreter* prev;
  explicit CurrentInterpreter(Interpreter* in) : prev(g_current_interpreter) { g_current_interpreter = in; }
  ~CurrentInterpreter() { g_current_interpreter = prev; }
};

// Builds the full CPython-style traceback text of an exception (with chained causes).
std::string format_traceback(const ObjPtr& exc);
// Converts any exception caught at a C++ boundary into an exception object.
ObjPtr exception_from_current();

// super() / super(cls, obj) (function.cpp)
ObjPtr make_super(Interpreter& in, Frame* f, PosArgs args);
// builtins.cpp / builtins_io.cpp
void add_builtin_functions(DictObject* builtins);
void add_io_builtins(DictObject* builtins);
// function.cpp: user classes
ObjPtr create_class(Interpreter& in, const std::string& name, const std::string& qualname,
                    const std::vector<ObjPtr>& bases, DictObject* ns, Frame* f);

}  // namespace sl
