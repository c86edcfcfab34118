// Parser + resolver: AST shapes, precedence, positions, scopes, SyntaxError messages.
#include <gtest/gtest.h>

#include "lang/parser.hpp"

namespace sl {
namespace {

using namespace ast;

std::unique_ptr<Module> parse(const std::string& src) {
  init_object_model();
  return parse_module(src, "<test>");
}

std::string parse_error(const std::string& src, int* line = nullptr) {
  try {
    parse(src);
  } catch (LexError& e) {
    if (line) *line = e.info.line;
    return e.info.message;
  }
  return "";
}

const Expr* expr_of(const Module& m, size_t i = 0) {
  return static_cast<const ExprStmt*>(m.body[i].get())->value.get();
}

TEST(LangParser, Precedence) {
  auto m = parse("1 + 2 * 3 ** -4\n");
  auto* add = static_cast<const BinOpExpr*>(expr_of(*m));
  ASSERT_EQ(add->kind, ExprKind::BinOp);
  EXPECT_EQ(add->op, BinOp::Add);
  auto* mul = static_cast<const BinOpExpr*>(add->right.get());
  EXPECT_EQ(mul->op, BinOp::Mul);
  auto* pw = static_cast<const BinOpExpr*>(mul->right.get());
  EXPECT_EQ(pw->op, BinOp::Pow);
  EXPECT_EQ(pw->right->kind, ExprKind::Constant);  // -4 folded
}

TEST(LangParser, PowerBindsTighterThanUnaryMinus) {
  auto m = parse("-2 ** 2\n");
  auto* u = static_cast<const UnaryOpExpr*>(expr_of(*m));
  ASSERT_EQ(u->kind, ExprKind::UnaryOp);
  EXPECT_EQ(u->operand->kind, ExprKind::BinOp);
}

TEST(LangParser, ChainedComparison) {
  auto m = parse("a < b <= c is not d not in e\n");
  auto* c = static_cast<const CompareExpr*>(expr_of(*m));
  ASSERT_EQ(c->kind, ExprKind::Compare);
  std::vector<CmpKind> want = {CmpKind::Lt, CmpKind::Le, CmpKind::IsNot, CmpKind::NotIn};
  EXPECT_EQ(c->ops, want);
}

TEST(LangParser, TuplesSlicesAndStarred) {
  auto m = parse("a, *b = x[1:2, ::3, ...]\n");
  auto* as = static_cast<const AssignStmt*>(m->body[0].get());
  ASSERT_EQ(as->kind, StmtKind::Assign);
  auto* t = static_cast<const SeqExpr*>(as->targets[0].get());
  EXPECT_EQ(t->kind, ExprKind::Tuple);
  EXPECT_TRUE(t->has_starred);
  auto* sub = static_cast<const SubscriptExpr*>(as->value.get());
  auto* idx = static_cast<const SeqExpr*>(sub->index.get());
  ASSERT_EQ(idx->elts.size(), 3u);
  EXPECT_EQ(idx->elts[0]->kind, ExprKind::Slice);
  EXPECT_EQ(idx->elts[2]->kind, ExprKind::Constant);
}

TEST(LangParser, ComprehensionsGetTheirOwnScope) {
  auto m = parse("y = [x * x for x in range(3) if x for z in 'ab']\n");
  auto* as = static_cast<const AssignStmt*>(m->body[0].get());
  auto* c = static_cast<const CompExpr*>(as->value.get());
  ASSERT_EQ(c->kind, ExprKind::ListComp);
  EXPECT_EQ(c->generators.size(), 2u);
  EXPECT_EQ(c->scope->slot_of("x"), 0);
  EXPECT_EQ(c->scope->slot_of("z"), 1);
  auto* target = static_cast<const Name*>(as->targets[0].get());
  EXPECT_EQ(target->where, NameWhere::Global);
}

TEST(LangParser, FunctionLocalsAndClosures) {
  auto m = parse("def f(a, b=1, *args, k, **kw):\n    c = a\n    def g():\n        return c + a\n    return g\n");
  auto* d = static_cast<const FunctionDefStmt*>(m->body[0].get());
  const FunctionInfo& fn = *d->fn;
  EXPECT_EQ(fn.posonly_and_pos.size(), 2u);
  EXPECT_EQ(fn.kwonly.size(), 1u);
  EXPECT_EQ(fn.varargs, "args");
  EXPECT_EQ(fn.varkw, "kw");
  // params first, then locals in first-binding order
  std::vector<std::string> want = {"a", "b", "args", "k", "kw", "c", "g"};
  EXPECT_EQ(fn.scope.slot_names, want);
  EXPECT_TRUE(fn.scope.has_children_capturing);
  auto* g = static_cast<const FunctionDefStmt*>(fn.body[1].get());
  auto* ret = static_cast<const ReturnStmt*>(g->fn->body[0].get());
  auto* add = static_cast<const BinOpExpr*>(ret->value.get());
  auto* c = static_cast<const Name*>(add->left.get());
  EXPECT_EQ(c->where, NameWhere::Enclosing);
  EXPECT_EQ(c->depth, 1);
  EXPECT_EQ(c->slot, 5);
}

TEST(LangParser, GlobalAndNonlocal) {
  auto m = parse("def f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n");
  auto* d = static_cast<const FunctionDefStmt*>(m->body[0].get());
  EXPECT_EQ(d->fn->scope.slot_of("x"), -1);
  EXPECT_EQ(d->fn->scope.slot_of("y"), 0);
}

TEST(LangParser, FStringParts) {
  auto m = parse("f'a{x!r:>{w}}b{y=}'\n");
  auto* j = static_cast<const JoinedStr*>(expr_of(*m));
  ASSERT_EQ(j->kind, ExprKind::JoinedStr);
  ASSERT_GE(j->values.size(), 4u);
  auto* fv = static_cast<const FormattedValue*>(j->values[1].get());
  EXPECT_EQ(fv->conversion, 'r');
  ASSERT_TRUE(fv->format_spec != nullptr);
}

TEST(LangParser, StringDecoding) {
  bool b;
  EXPECT_EQ(decode_string_literal("'a\\tb\\x41\\u00e9'", &b, 1, 0), "a\tbA\xC3\xA9");
  EXPECT_FALSE(b);
  EXPECT_EQ(decode_string_literal("r'\\n'", &b, 1, 0), "\\n");
  EXPECT_EQ(decode_string_literal("b'\\x00\\xff'", &b, 1, 0), std::string("\x00\xff", 2));
  EXPECT_TRUE(b);
}

TEST(LangParser, Positions) {
  auto m = parse("x = 1\n\nif x:\n    y = f(\n        2)\n");
  EXPECT_EQ(m->body[0]->line, 1);
  EXPECT_EQ(m->body[1]->line, 3);
  auto* i = static_cast<const IfStmt*>(m->body[1].get());
  EXPECT_EQ(i->body[0]->line, 4);
  EXPECT_EQ(i->body[0]->col, 4);
}

TEST(LangParser, MagicStatements) {
  auto m = parse("%matplotlib inline\n%timeit x = 1\n");
  ASSERT_EQ(m->body.size(), 2u);
  auto* a = static_cast<const MagicStmt*>(m->body[0].get());
  EXPECT_EQ(a->name, "matplotlib");
  auto* b = static_cast<const MagicStmt*>(m->body[1].get());
  EXPECT_EQ(b->name, "timeit");
  EXPECT_EQ(b->timed.size(), 1u);
}

TEST(LangParser, SyntaxErrors) {
  EXPECT_EQ(parse_error("print 'x'\n"), "Missing parentheses in call to 'print'. Did you mean print(...)?");
  EXPECT_EQ(parse_error("for x in y\n  pass\n"), "expected ':'");
  EXPECT_EQ(parse_error("x = = 1\n"), "invalid syntax");
  EXPECT_EQ(parse_error("1 = x\n"), "cannot assign to literal here. Maybe you meant '==' instead of '='?");
  EXPECT_EQ(parse_error("f() = 1\n"), "cannot assign to function call here. Maybe you meant '==' instead of '='?");
  EXPECT_EQ(parse_error("return 1\n"), "'return' outside function");
  EXPECT_EQ(parse_error("break\n"), "'break' outside loop");
  EXPECT_EQ(parse_error("f(a=1, b)\n"), "positional argument follows keyword argument");
  EXPECT_EQ(parse_error("def f(a=1, b): pass\n"), "non-default argument follows default argument");
  EXPECT_EQ(parse_error("x = 1 if 2\n"), "expected 'else' after 'if' expression");
  EXPECT_EQ(parse_error("True = 1\n"), "cannot assign to True");
  EXPECT_EQ(parse_error("f(x=1, x=2)\n"), "keyword argument repeated: x");
  EXPECT_EQ(parse_error("def f(x, x): pass\n"), "duplicate argument 'x' in function definition");
  EXPECT_EQ(parse_error("def f():\n  nonlocal x\n"), "no binding for nonlocal 'x' found");
  EXPECT_EQ(parse_error("a, b += 1\n"), "'tuple' is an illegal expression for augmented assignment");
  EXPECT_EQ(parse_error("try:\n  pass\n"), "expected 'except' or 'finally' block");
  int line = 0;
  EXPECT_EQ(parse_error("if x:\npass\n", &line), "expected an indented block after 'if' statement on line 1");
  EXPECT_EQ(line, 2);
  EXPECT_EQ(parse_error("  x = 1\n"), "unexpected indent");
  EXPECT_EQ(parse_error("x = [1 2]\n"), "invalid syntax. Perhaps you forgot a comma?");
}

}  // namespace
}  // namespace sl
