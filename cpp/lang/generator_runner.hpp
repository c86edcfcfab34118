// generator_runner.hpp — GenRunner, the resumable executor of generator bodies (internal to
// generator*.cpp; the scheme is described at the top of generator.cpp). Statements are in
// generator_exec.cpp, expressions in generator_expr.cpp.
#pragma once
#include "lang/generator.hpp"

namespace sl {

// Executes a generator body resumably (see the file comment). One runner per step.
class GenRunner {
 public:
  GenRunner(Interpreter& in, GeneratorObject* g, bool resuming, ObjPtr sent, ObjPtr thrown)
      : in_(in), g_(g), f_(g->frame.get()), st_(g->saved), resuming_(resuming), sent_(std::move(sent)),
        thrown_(std::move(thrown)) {}

  Flow body(const ast::Body& b);

 private:
  Flow stmt(const ast::Stmt* s);
  Flow hooked_stmt(const ast::Stmt* s);
  ObjPtr expr(const ast::Expr* e);  // null: suspended

  GenSlot pop() {
    GenSlot s = std::move(st_.back());
    st_.pop_back();
    return s;
  }
  void push(int64_t n, ObjPtr v = nullptr) { st_.push_back(GenSlot{n, std::move(v)}); }

  Flow gen_if(const ast::IfStmt* s);
  Flow gen_while(const ast::WhileStmt* s);
  Flow gen_for(const ast::ForStmt* s);
  Flow gen_try(const ast::TryStmt* s);
  Flow gen_try_except(const ast::TryStmt* s, int phase, int64_t handler, ObjPtr exc);
  Flow gen_with(const ast::WithStmt* s);
  Flow gen_augassign(const ast::AugAssignStmt* s);

  // Evaluates `n` operands in order (resuming where a previous step stopped); false when
  // one of them suspended (their partial state is saved).
  bool operands(const ast::Expr* const* kids, size_t n, ObjPtr* vals);
  ObjPtr gen_yield(const ast::YieldExpr* y);
  ObjPtr gen_yield_from(const ast::YieldExpr* y);
  ObjPtr gen_call(const ast::CallExpr* c);
  ObjPtr gen_compare(const ast::CompareExpr* c);
  ObjPtr gen_seq(const ast::SeqExpr* e);
  ObjPtr gen_dict(const ast::DictExpr* e);

  Interpreter& in_;
  GeneratorObject* g_;
  Frame* f_;
  std::vector<GenSlot>& st_;
  bool resuming_;
  ObjPtr sent_, thrown_;
};

}  // namespace sl
