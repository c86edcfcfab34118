// ast.hpp — the syntax tree. Every node carries its source position (1-based line,
// 0-based column). Name nodes are annotated by the resolver (resolver.cpp) with where the
// variable lives: a slot of the current frame, a slot of an enclosing function's frame
// (closures keep that frame alive), a class namespace, or the globals/builtins. Function,
// lambda and comprehension nodes own a Scope describing their frame layout.
//
// The tree is immutable after resolution except for the per-node global lookup caches,
// which the evaluator fills in.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "lang/object.hpp"

namespace sl {
namespace ast {

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

// Source text of one compilation unit (a cell or file), shared by every code object in it.
struct Source {
  std::string filename;
  std::vector<std::string> lines;
  std::string line(int n) const { return n >= 1 && n <= static_cast<int>(lines.size()) ? lines[n - 1] : ""; }
};

enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension };

struct Param {
  std::string name;
  ExprPtr default_value;  // null when required
  int slot = -1;
};

// Frame layout of a function / lambda / comprehension / class body / module.
struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;       // "f", "<lambda>", "<listcomp>", "<module>"
  std::string qualname;   // "A.f", "f.<locals>.g"
  Scope* parent = nullptr;
  std::vector<std::string> slot_names;  // locals (Function / Comprehension)
  std::vector<std::string> global_names, nonlocal_names;  // declarations
  std::vector<std::string> class_names;  // names bound in a class body
  bool has_children_capturing = false;   // a nested function/lambda/genexp refers to this frame
  std::shared_ptr<Source> source;
  int line = 0;
  int slot_of(const std::string& n) const {
    for (size_t i = 0; i < slot_names.size(); ++i)
      if (slot_names[i] == n) return static_cast<int>(i);
    return -1;
  }
};

// Function signature + body (def and lambda).
struct FunctionInfo {
  Scope scope;
  std::vector<Param> posonly_and_pos;  // positional-or-keyword (incl. positional-only)
  int n_posonly = 0;
  std::vector<Param> kwonly;
  std::string varargs, varkw;  // empty when absent
  int varargs_slot = -1, varkw_slot = -1;
  Body body;          // def
  ExprPtr lambda_body;  // lambda
  std::string doc;    // docstring ("" when absent)
  bool has_doc = false;
  bool is_generator = false;
  // def annotations in CPython's __annotations__ order: parameters, then "return"
  std::vector<std::pair<std::string, ExprPtr>> annotations;
};

// ---------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------
enum class ExprKind : uint8_t {
  Constant, Name, BinOp, UnaryOp, BoolOp, Compare, Call, Attribute, Subscript, Slice,
  Tuple, List, Dict, Set, ListComp, SetComp, DictComp, GeneratorExp, IfExp, Lambda,
  Starred, JoinedStr, FormattedValue, NamedExpr, Yield
};

struct Expr {
  ExprKind kind;
  int line, col, end_line, end_col;
  int depth = 1;  // nesting depth of operator/trailer chains (compile-time recursion limit)
  bool has_yield = false;  // contains a yield of the enclosing generator (generator_mark.cpp)
  explicit Expr(ExprKind k) : kind(k), line(0), col(0), end_line(0), end_col(0) {}
  virtual ~Expr() = default;
};

struct Constant : Expr {
  ObjPtr value;
  Constant() : Expr(ExprKind::Constant) {}
};

enum class NameWhere : uint8_t { Unresolved, Local, Enclosing, Global, ClassBody };

struct Name : Expr {
  std::string id;
  ObjPtr id_obj;  // interned str with cached hash (global / class lookups)
  NameWhere where = NameWhere::Unresolved;
  int slot = -1;
  int depth = 0;  // Enclosing: how many frames up
  // Global lookup cache (evaluator)
  mutable const void* cache_dict = nullptr;
  mutable uint64_t cache_version = 0;
  mutable uint64_t cache_bversion = 0;
  mutable int32_t cache_index = -1;
  mutable bool cache_builtin = false;
  Name() : Expr(ExprKind::Name) {}
};

enum class UnaryKind : uint8_t { Neg, Pos, Invert, Not };

struct BinOpExpr : Expr {
  BinOp op;
  ExprPtr left, right;
  BinOpExpr() : Expr(ExprKind::BinOp) {}
};
struct UnaryOpExpr : Expr {
  UnaryKind op;
  ExprPtr operand;
  UnaryOpExpr() : Expr(ExprKind::UnaryOp) {}
};
struct BoolOpExpr : Expr {
  bool is_and;
  std::vector<ExprPtr> values;
  BoolOpExpr() : Expr(ExprKind::BoolOp) {}
};
enum class CmpKind : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn };
struct CompareExpr : Expr {
  ExprPtr left;
  std::vector<CmpKind> ops;
  std::vector<ExprPtr> comparators;
  CompareExpr() : Expr(ExprKind::Compare) {}
};
struct Keyword {
  std::string name;  // empty for **expr
  ExprPtr value;
};
struct CallExpr : Expr {
  ExprPtr func;
  std::vector<ExprPtr> args;  // may contain Starred
  std::vector<Keyword> keywords;
  bool simple = true;  // no *args / **kwargs / keywords
  CallExpr() : Expr(ExprKind::Call) {}
};
struct AttributeExpr : Expr {
  ExprPtr value;
  std::string attr;
  // Method-call cache (eval_callee): the lookup of `attr` on a native type, whose dict never
  // changes after start-up (keyed on the type and its dict version all the same).
  mutable const void* cache_type = nullptr;
  mutable uint64_t cache_version = 0;
  mutable ObjPtr cache_value;
  AttributeExpr() : Expr(ExprKind::Attribute) {}
};
struct SubscriptExpr : Expr {
  ExprPtr value, index;
  SubscriptExpr() : Expr(ExprKind::Subscript) {}
};
struct SliceExpr : Expr {
  ExprPtr lower, upper, step;  // null when omitted
  SliceExpr() : Expr(ExprKind::Slice) {}
};
struct SeqExpr : Expr {  // Tuple, List, Set
  std::vector<ExprPtr> elts;
  bool has_starred = false;
  explicit SeqExpr(ExprKind k = ExprKind::Tuple) : Expr(k) {}
};
struct DictExpr : Expr {
  std::vector<ExprPtr> keys;  // null key: **value
  std::vector<ExprPtr> values;
  DictExpr() : Expr(ExprKind::Dict) {}
};
struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
};
struct CompExpr : Expr {  // ListComp, SetComp, DictComp, GeneratorExp
  ExprPtr elt, value;     // value: DictComp only (elt is the key)
  std::vector<Comprehension> generators;
  std::unique_ptr<Scope> scope;
  explicit CompExpr(ExprKind k = ExprKind::ListComp) : Expr(k) {}
};
struct IfExpr : Expr {
  ExprPtr test, body, orelse;
  IfExpr() : Expr(ExprKind::IfExp) {}
};
struct LambdaExpr : Expr {
  std::shared_ptr<FunctionInfo> fn;
  LambdaExpr() : Expr(ExprKind::Lambda) {}
};
struct StarredExpr : Expr {
  ExprPtr value;
  StarredExpr() : Expr(ExprKind::Starred) {}
};
struct FormattedValue : Expr {
  ExprPtr value;
  char conversion = 0;  // 'r', 's', 'a' or 0
  ExprPtr format_spec;  // JoinedStr or null
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
};
struct JoinedStr : Expr {
  std::vector<ExprPtr> values;  // Constant str / FormattedValue
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
};
struct NamedExpr : Expr {
  ExprPtr target, value;
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
};
struct YieldExpr : Expr {
  ExprPtr value;       // null for a bare `yield`
  bool is_from = false;  // `yield from value`
  YieldExpr() : Expr(ExprKind::Yield) {}
};

// ---------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------
enum class StmtKind : uint8_t {
  Expr, Assign, AugAssign, AnnAssign, Return, If, For, While, Break, Continue, Pass, Del,
  Assert, Global, Nonlocal, Import, ImportFrom, Try, Raise, FunctionDef, ClassDef, With,
  Magic
};

struct Stmt {
  StmtKind kind;
  int line, col, end_line, end_col;
  bool has_yield = false;  // contains a yield of the enclosing generator (generator_mark.cpp)
  explicit Stmt(StmtKind k) : kind(k), line(0), col(0), end_line(0), end_col(0) {}
  virtual ~Stmt() = default;
};

struct ExprStmt : Stmt {
  ExprPtr value;
  ExprStmt() : Stmt(StmtKind::Expr) {}
};
struct AssignStmt : Stmt {
  std::vector<ExprPtr> targets;  // a = b = value
  ExprPtr value;
  AssignStmt() : Stmt(StmtKind::Assign) {}
};
struct AugAssignStmt : Stmt {
  ExprPtr target;
  BinOp op;
  ExprPtr value;
  AugAssignStmt() : Stmt(StmtKind::AugAssign) {}
};
struct AnnAssignStmt : Stmt {
  ExprPtr target, annotation, value;  // value may be null
  AnnAssignStmt() : Stmt(StmtKind::AnnAssign) {}
};
struct ReturnStmt : Stmt {
  ExprPtr value;  // null: return None
  ReturnStmt() : Stmt(StmtKind::Return) {}
};
struct IfStmt : Stmt {
  ExprPtr test;
  Body body, orelse;
  IfStmt() : Stmt(StmtKind::If) {}
};
struct ForStmt : Stmt {
  ExprPtr target, iter;
  Body body, orelse;
  ForStmt() : Stmt(StmtKind::For) {}
};
struct WhileStmt : Stmt {
  ExprPtr test;
  Body body, orelse;
  WhileStmt() : Stmt(StmtKind::While) {}
};
struct SimpleStmt : Stmt {  // Break, Continue, Pass
  explicit SimpleStmt(StmtKind k) : Stmt(k) {}
};
struct DelStmt : Stmt {
  std::vector<ExprPtr> targets;
  DelStmt() : Stmt(StmtKind::Del) {}
};
struct AssertStmt : Stmt {
  ExprPtr test, msg;
  AssertStmt() : Stmt(StmtKind::Assert) {}
};
struct NamesStmt : Stmt {  // Global, Nonlocal
  std::vector<std::string> names;
  explicit NamesStmt(StmtKind k) : Stmt(k) {}
};
struct Alias {
  std::string name;    // dotted for `import a.b`
  std::string asname;  // empty when absent
  ExprPtr target;      // Name node the result is bound to (resolved)
};
struct ImportStmt : Stmt {
  std::vector<Alias> names;
  ImportStmt() : Stmt(StmtKind::Import) {}
};
struct ImportFromStmt : Stmt {
  std::string module;
  int level = 0;
  std::vector<Alias> names;  // name "*" for star import
  ImportFromStmt() : Stmt(StmtKind::ImportFrom) {}
};
struct ExceptHandler {
  ExprPtr type;        // null: bare except
  ExprPtr name;        // Name target or null
  Body body;
  int line = 0;
};
struct TryStmt : Stmt {
  Body body;
  std::vector<ExceptHandler> handlers;
  Body orelse, finalbody;
  TryStmt() : Stmt(StmtKind::Try) {}
};
struct RaiseStmt : Stmt {
  ExprPtr exc, cause;
  RaiseStmt() : Stmt(StmtKind::Raise) {}
};
struct FunctionDefStmt : Stmt {
  std::shared_ptr<FunctionInfo> fn;
  std::vector<ExprPtr> decorators;
  ExprPtr target;  // Name the function is bound to
  FunctionDefStmt() : Stmt(StmtKind::FunctionDef) {}
};
struct ClassDefStmt : Stmt {
  std::string name;
  std::vector<ExprPtr> bases;
  std::vector<Keyword> keywords;
  std::vector<ExprPtr> decorators;
  Body body;
  std::unique_ptr<Scope> scope;
  ExprPtr target;
  std::string doc;
  bool has_doc = false;
  ClassDefStmt() : Stmt(StmtKind::ClassDef) {}
};
struct WithItem {
  ExprPtr context, target;
};
struct WithStmt : Stmt {
  std::vector<WithItem> items;
  Body body;
  WithStmt() : Stmt(StmtKind::With) {}
};
struct MagicStmt : Stmt {
  std::string text;      // the whole magic line
  std::string name;      // "timeit", "matplotlib", ...
  Body timed;            // %timeit: the statement(s) to time
  int64_t timeit_number = 0;  // -n (0: automatic)
  int64_t timeit_repeat = 7;  // -r
  MagicStmt() : Stmt(StmtKind::Magic) {}
};

struct Module {
  Body body;
  std::unique_ptr<Scope> scope;
  std::shared_ptr<Source> source;
};

}  // namespace ast
}  // namespace sl
