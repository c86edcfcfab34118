// parser_expr.cpp — the expression grammar with CPython's precedence: lambda, conditional
// expressions, boolean operators, chained comparisons, bitwise/arithmetic operators,
// power, primaries (calls, subscripts and slices, attributes), atoms, displays and
// comprehensions, numeric literals.
#include <cmath>
#include <cstdlib>

#include <algorithm>

#include "lang/complex.hpp"
#include "lang/parser_impl.hpp"

namespace sl {
namespace parse_detail {

ExprPtr Parser::parse_star_expressions(bool allow_star) {
  const Token& first = peek();
  ExprPtr e = parse_star_expression(allow_star);
  if (!is_op(",")) return e;
  auto tup = node<SeqExpr>(first);
  tup->kind = ExprKind::Tuple;
  if (e->kind == ExprKind::Starred) tup->has_starred = true;
  tup->elts.push_back(std::move(e));
  while (accept_op(",")) {
    if (at_stmt_end() || is_op("=") || is_op(")") || is_op(":") ||
        (peek().kind == Tok::Op && peek().text.size() >= 2 && peek().text.back() == '=' && peek().text != "==" &&
         peek().text != "<=" && peek().text != ">=" && peek().text != "!="))
      break;
    ExprPtr x = parse_star_expression(allow_star);
    if (x->kind == ExprKind::Starred) tup->has_starred = true;
    tup->elts.push_back(std::move(x));
  }
  set_end(tup.get(), prev());
  prev_was_paren_tuple_ = false;
  return tup;
}

ExprPtr Parser::parse_star_expression(bool allow_star) {
  if (allow_star && is_op("*")) {
    const Token& t = next();
    auto s = node<StarredExpr>(t);
    s->value = parse_bitor();
    set_end(s.get(), prev());
    return s;
  }
  return parse_named_expression();
}

ExprPtr Parser::parse_named_expression() {
  if (is_name_token() && is_op(":=", 1)) {
    const Token& t = peek();
    auto n = node<Name>(t);
    n->id = next().text;
    next();
    auto ne = node<NamedExpr>(t);
    ne->target = std::move(n);
    ne->value = parse_expression();
    set_end(ne.get(), prev());
    return ne;
  }
  ExprPtr e = parse_expression();
  if (is_op(":=")) syntax_error(std::string("cannot use assignment expressions with ") + describe(e.get()), e->line, e->col);
  return e;
}

ExprPtr Parser::parse_expression() {
  if (is_kw("lambda")) return parse_lambda();
  const Token& first = peek();
  ExprPtr e = parse_disjunction();
  if (is_kw("if")) {
    next();
    auto ie = node<IfExpr>(first);
    ie->body = std::move(e);
    ie->test = parse_disjunction();
    if (!accept_kw("else"))
      syntax_error("expected 'else' after 'if' expression", first.line, first.col, prev().end_col);
    ie->orelse = parse_expression();
    set_end(ie.get(), prev());
    return ie;
  }
  return e;
}

ExprPtr Parser::parse_lambda() {
  const Token& t = next();
  auto le = node<LambdaExpr>(t);
  auto fn = std::make_shared<FunctionInfo>();
  fn->scope.kind = ScopeKind::Function;
  fn->scope.name = "<lambda>";
  fn->scope.line = t.line;
  fn->scope.source = src_;
  parse_params(*fn, true, ":");
  expect_op(":");
  fn->lambda_body = parse_expression();
  le->fn = std::move(fn);
  set_end(le.get(), prev());
  return le;
}

ExprPtr Parser::parse_disjunction() {
  const Token& first = peek();
  ExprPtr e = parse_conjunction();
  if (!is_kw("or")) return e;
  auto b = node<BoolOpExpr>(first);
  b->is_and = false;
  b->values.push_back(std::move(e));
  while (accept_kw("or")) b->values.push_back(parse_conjunction());
  set_end(b.get(), prev());
  return b;
}

ExprPtr Parser::parse_conjunction() {
  const Token& first = peek();
  ExprPtr e = parse_inversion();
  if (!is_kw("and")) return e;
  auto b = node<BoolOpExpr>(first);
  b->is_and = true;
  b->values.push_back(std::move(e));
  while (accept_kw("and")) b->values.push_back(parse_inversion());
  set_end(b.get(), prev());
  return b;
}

ExprPtr Parser::parse_inversion() {
  if (is_kw("not")) {
    const Token& t = next();
    enter();
    auto u = node<UnaryOpExpr>(t);
    u->op = UnaryKind::Not;
    u->operand = parse_inversion();
    leave();
    set_end(u.get(), prev());
    return u;
  }
  return parse_comparison();
}

bool Parser::comparison_op(CmpKind* k, int* ntok) const {
  const Token& t = peek();
  *ntok = 1;
  if (t.kind == Tok::Op) {
    if (t.text == "<") { *k = CmpKind::Lt; return true; }
    if (t.text == "<=") { *k = CmpKind::Le; return true; }
    if (t.text == "==") { *k = CmpKind::Eq; return true; }
    if (t.text == "!=") { *k = CmpKind::Ne; return true; }
    if (t.text == ">") { *k = CmpKind::Gt; return true; }
    if (t.text == ">=") { *k = CmpKind::Ge; return true; }
    return false;
  }
  if (t.kind == Tok::Name) {
    if (t.text == "in") { *k = CmpKind::In; return true; }
    if (t.text == "is") {
      if (is_kw("not", 1)) { *k = CmpKind::IsNot; *ntok = 2; return true; }
      *k = CmpKind::Is;
      return true;
    }
    if (t.text == "not" && is_kw("in", 1)) { *k = CmpKind::NotIn; *ntok = 2; return true; }
  }
  return false;
}

ExprPtr Parser::parse_comparison() {
  const Token& first = peek();
  ExprPtr e = parse_bitor();
  CmpKind k;
  int ntok;
  if (!comparison_op(&k, &ntok)) return e;
  auto c = node<CompareExpr>(first);
  c->left = std::move(e);
  while (comparison_op(&k, &ntok)) {
    for (int j = 0; j < ntok; ++j) next();
    c->ops.push_back(k);
    c->comparators.push_back(parse_bitor());
  }
  set_end(c.get(), prev());
  return c;
}

// CPython rejects expressions nested more than ~3000 levels at compile time.
static void check_depth(const Expr* e) {
  if (e->depth >= kMaxExprDepth) {
    SyntaxErrorInfo info;
    info.message = "maximum recursion depth exceeded during compilation";
    info.line = e->line;
    info.col = e->col;
    info.recursion = true;
    throw LexError{info};
  }
}

ExprPtr Parser::binop(ExprPtr l, BinOp op, ExprPtr r) {
  auto b = std::make_unique<BinOpExpr>();
  b->depth = std::max(l->depth, r->depth) + 1;
  check_depth(b.get());
  b->line = l->line;
  b->col = l->col;
  b->op = op;
  b->left = std::move(l);
  b->right = std::move(r);
  set_end(b.get(), prev());
  return b;
}

ExprPtr Parser::parse_term() {
  ExprPtr e = parse_factor();
  while (true) {
    BinOp op;
    if (is_op("*")) op = BinOp::Mul;
    else if (is_op("/")) op = BinOp::TrueDiv;
    else if (is_op("//")) op = BinOp::FloorDiv;
    else if (is_op("%")) op = BinOp::Mod;
    else if (is_op("@")) op = BinOp::MatMul;
    else break;
    next();
    e = binop(std::move(e), op, parse_factor());
  }
  return e;
}

ExprPtr Parser::parse_factor() {
  if (is_op("-") || is_op("+") || is_op("~")) {
    const Token& t = next();
    enter();
    ExprPtr operand = parse_factor();
    leave();
    // fold -<number literal> so that -9223372036854775808 and -5 are constants
    if (t.text == "-" && operand->kind == ExprKind::Constant) {
      auto* c = static_cast<Constant*>(operand.get());
      if (c->value->type() == int_type || c->value->type() == bigint_type) {
        c->value = int_neg(c->value);
        c->line = t.line;
        c->col = t.col;
        return operand;
      }
      if (c->value->type() == float_type) {
        c->value = make_float(-float_value(c->value));
        c->line = t.line;
        c->col = t.col;
        return operand;
      }
    }
    auto u = node<UnaryOpExpr>(t);
    u->op = t.text == "-" ? UnaryKind::Neg : t.text == "+" ? UnaryKind::Pos : UnaryKind::Invert;
    u->operand = std::move(operand);
    set_end(u.get(), prev());
    return u;
  }
  return parse_power();
}

ExprPtr Parser::parse_power() {
  ExprPtr e = parse_primary();
  if (is_op("**")) {
    next();
    enter();
    ExprPtr r = parse_factor();
    leave();
    e = binop(std::move(e), BinOp::Pow, std::move(r));
  }
  return e;
}

ExprPtr Parser::parse_primary() {
  if (is_kw("await")) syntax_error("'await' outside function", peek().line, peek().col);
  ExprPtr e = parse_atom();
  while (true) {
    if (is_op("(")) {
      const Token& t = next();
      (void)t;
      enter();
      auto c = std::make_unique<CallExpr>();
      c->line = e->line;
      c->col = e->col;
      c->func = std::move(e);
      parse_call_args(*c);
      leave();
      set_end(c.get(), prev());
      c->depth = c->func->depth + 1;
      check_depth(c.get());
      e = std::move(c);
    } else if (is_op("[")) {
      next();
      enter();
      auto s = std::make_unique<SubscriptExpr>();
      s->line = e->line;
      s->col = e->col;
      s->value = std::move(e);
      s->index = parse_slices();
      expect_op("]");
      leave();
      set_end(s.get(), prev());
      s->depth = s->value->depth + 1;
      check_depth(s.get());
      e = std::move(s);
    } else if (is_op(".")) {
      next();
      auto a = std::make_unique<AttributeExpr>();
      a->line = e->line;
      a->col = e->col;
      a->value = std::move(e);
      if (!is_name_token()) {
        if (peek().kind == Tok::Name) a->attr = next().text;  // keywords are invalid too
        fail_invalid();
      }
      a->attr = next().text;
      set_end(a.get(), prev());
      a->depth = a->value->depth + 1;
      check_depth(a.get());
      e = std::move(a);
    } else {
      break;
    }
  }
  return e;
}

void Parser::parse_call_args(CallExpr& c) {
  bool seen_kw = false, seen_dstar = false;
  std::set<std::string> kwnames;
  while (!is_op(")")) {
    const Token& t = peek();
    if (is_op("*")) {
      next();
      if (seen_dstar)
        syntax_error("iterable argument unpacking follows keyword argument unpacking", t.line, t.col);
      auto s = node<StarredExpr>(t);
      s->value = parse_expression();
      set_end(s.get(), prev());
      c.args.push_back(std::move(s));
      c.simple = false;
    } else if (is_op("**")) {
      next();
      Keyword k;
      k.value = parse_expression();
      c.keywords.push_back(std::move(k));
      seen_dstar = true;
      c.simple = false;
    } else if (is_name_token() && is_op("=", 1)) {
      Keyword k;
      k.name = next().text;
      next();
      if (kwnames.count(k.name))
        syntax_error("keyword argument repeated: " + k.name, t.line, t.col, prev().end_col);
      kwnames.insert(k.name);
      k.value = parse_expression();
      c.keywords.push_back(std::move(k));
      seen_kw = true;
      c.simple = false;
    } else {
      ExprPtr a = parse_named_expression();
      if (is_op("=")) {
        syntax_error("expression cannot contain assignment, perhaps you meant \"==\"?", a->line, a->col,
                     peek().end_col);
      }
      if (is_kw("for")) {
        auto g = comp_from(ExprKind::GeneratorExp, std::move(a), nullptr, t);
        bool sole = c.args.empty() && c.keywords.empty();
        if (!sole || is_op(","))
          if (!(sole && is_op(",") && is_op(")", 1)))
            syntax_error("Generator expression must be parenthesized", g->line, g->col, g->end_col);
        a = std::move(g);
      }
      if (seen_dstar) syntax_error("positional argument follows keyword argument unpacking", a->line, a->col, a->end_col);
      if (seen_kw) syntax_error("positional argument follows keyword argument", a->line, a->col, a->end_col);
      c.args.push_back(std::move(a));
    }
    if (!accept_op(",")) break;
  }
  if (!accept_op(")")) {
    if (peek().kind == Tok::String || peek().kind == Tok::Number || is_name_token())
      syntax_error("invalid syntax. Perhaps you forgot a comma?", c.line, c.col, peek().end_col);
    fail_invalid();
  }
}

ExprPtr Parser::parse_slices() {
  const Token& first = peek();
  ExprPtr e = parse_slice();
  if (!is_op(",")) return e;
  auto tup = node<SeqExpr>(first);
  tup->kind = ExprKind::Tuple;
  tup->elts.push_back(std::move(e));
  while (accept_op(",")) {
    if (is_op("]")) break;
    tup->elts.push_back(parse_slice());
  }
  set_end(tup.get(), prev());
  return tup;
}

ExprPtr Parser::parse_slice() {
  const Token& t = peek();
  ExprPtr lower;
  if (!is_op(":")) {
    if (is_op("*")) {
      const Token& st = next();
      auto s = node<StarredExpr>(st);
      s->value = parse_bitor();
      return s;
    }
    lower = parse_named_expression();
    if (!is_op(":")) return lower;
  }
  next();  // ':'
  auto s = node<SliceExpr>(t);
  s->lower = std::move(lower);
  if (!is_op(":") && !is_op("]") && !is_op(",")) s->upper = parse_expression();
  if (accept_op(":")) {
    if (!is_op("]") && !is_op(",")) s->step = parse_expression();
  }
  set_end(s.get(), prev());
  return s;
}

std::unique_ptr<CompExpr> Parser::comp_from(ExprKind kind, ExprPtr elt, ExprPtr value, const Token& start) {
  auto c = node<CompExpr>(start);
  c->kind = kind;
  c->elt = std::move(elt);
  c->value = std::move(value);
  while (is_kw("for")) {
    next();
    Comprehension g;
    g.target = parse_target_list();
    check_assign_target(g.target.get(), false);
    if (!accept_kw("in")) fail_invalid();
    g.iter = parse_disjunction();
    while (is_kw("if")) {
      next();
      g.ifs.push_back(parse_disjunction());
    }
    c->generators.push_back(std::move(g));
  }
  c->scope = std::make_unique<Scope>();
  c->scope->kind = ScopeKind::Comprehension;
  c->scope->name = kind == ExprKind::ListComp     ? "<listcomp>"
                   : kind == ExprKind::SetComp    ? "<setcomp>"
                   : kind == ExprKind::DictComp   ? "<dictcomp>"
                                                  : "<genexpr>";
  c->scope->line = start.line;
  c->scope->source = src_;
  set_end(c.get(), prev());
  return c;
}

ExprPtr Parser::parse_atom() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::Name: {
      if (t.text == "None" || t.text == "True" || t.text == "False") {
        next();
        auto c = node<Constant>(t);
        c->value = t.text == "None" ? None() : make_bool(t.text == "True");
        return c;
      }
      if (t.text == "yield") syntax_error("'yield' outside function", t.line, t.col);
      if (keywords().count(t.text)) fail_invalid();
      next();
      auto n = node<Name>(t);
      n->id = t.text;
      return n;
    }
    case Tok::Number: {
      next();
      auto c = node<Constant>(t);
      c->value = parse_number(t);
      return c;
    }
    case Tok::String: return parse_strings();
    case Tok::Op: {
      if (t.text == "...") {
        next();
        auto c = node<Constant>(t);
        c->value = Ellipsis();
        return c;
      }
      if (t.text == "(") return parse_paren();
      if (t.text == "[") return parse_list();
      if (t.text == "{") return parse_brace();
      fail_invalid();
    }
    case Tok::Indent: syntax_error("unexpected indent", t.line, t.col, -1, true);
    default: fail_invalid();
  }
}

ObjPtr Parser::parse_number(const Token& t) {
  std::string s;
  for (char ch : t.text)
    if (ch != '_') s += ch;
  if (!s.empty() && (s.back() == 'j' || s.back() == 'J'))  // imaginary literal: 1j, 2.5e3J
    return make_complex(0.0, std::strtod(s.substr(0, s.size() - 1).c_str(), nullptr));
  bool is_float = false;
  if (!(s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1])))
    is_float = s.find_first_of(".eE") != std::string::npos;
  if (is_float) return make_float(std::strtod(s.c_str(), nullptr));
  int base = 10;
  size_t off = 0;
  if (s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1])) {
    char k = static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])));
    base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    off = 2;
  }
  if (base == 10 && s.size() <= 18) {
    int64_t v = 0;
    for (size_t k = off; k < s.size(); ++k) v = v * 10 + (s[k] - '0');
    return make_int(v);
  }
  if (base == 10 && int_max_str_digits() > 0 && static_cast<int64_t>(s.size()) > int_max_str_digits())
    syntax_error("Exceeds the limit (" + std::to_string(int_max_str_digits()) +
                     " digits) for integer string conversion: value has " + std::to_string(s.size()) +
                     " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                     "huge integer literals to avoid decimal conversion limits.",
                 t.line, t.col, t.end_col);
  BigInt v;
  BigInt::parse_digits(s.data() + off, s.size() - off, base, &v);
  return make_int(v);
}

ExprPtr Parser::parse_paren() {
  const Token& t = next();
  enter();
  if (accept_op(")")) {
    leave();
    auto tup = node<SeqExpr>(t);
    tup->kind = ExprKind::Tuple;
    set_end(tup.get(), prev());
    return tup;
  }
  if (is_kw("yield")) {
    ExprPtr y = parse_yield();
    expect_op(")");
    leave();
    return y;
  }
  ExprPtr first = parse_star_expression(true);
  if (is_kw("for")) {
    auto g = comp_from(ExprKind::GeneratorExp, std::move(first), nullptr, t);
    expect_op(")");
    leave();
    set_end(g.get(), prev());
    return g;
  }
  if (accept_op(")")) {
    leave();
    if (first->kind == ExprKind::Starred) syntax_error("cannot use starred expression here", first->line, first->col);
    return first;
  }
  auto tup = node<SeqExpr>(t);
  tup->kind = ExprKind::Tuple;
  if (first->kind == ExprKind::Starred) tup->has_starred = true;
  tup->elts.push_back(std::move(first));
  if (!is_op(",")) {
    if (peek().kind == Tok::String || peek().kind == Tok::Number || is_name_token())
      syntax_error("invalid syntax. Perhaps you forgot a comma?", t.line, t.col + 1, peek().end_col);
    fail_invalid();
  }
  while (accept_op(",")) {
    if (is_op(")")) break;
    ExprPtr x = parse_star_expression(true);
    if (x->kind == ExprKind::Starred) tup->has_starred = true;
    tup->elts.push_back(std::move(x));
  }
  if (!accept_op(")")) {
    if (peek().kind == Tok::String || peek().kind == Tok::Number || is_name_token())
      syntax_error("invalid syntax. Perhaps you forgot a comma?", t.line, t.col + 1, peek().end_col);
    fail_invalid();
  }
  leave();
  set_end(tup.get(), prev());
  prev_was_paren_tuple_ = true;
  return tup;
}

ExprPtr Parser::parse_list() {
  const Token& t = next();
  enter();
  auto lst = node<SeqExpr>(t);
  lst->kind = ExprKind::List;
  if (accept_op("]")) {
    leave();
    set_end(lst.get(), prev());
    return lst;
  }
  ExprPtr first = parse_star_expression(true);
  if (is_kw("for")) {
    auto c = comp_from(ExprKind::ListComp, std::move(first), nullptr, t);
    expect_op("]");
    leave();
    set_end(c.get(), prev());
    return c;
  }
  if (first->kind == ExprKind::Starred) lst->has_starred = true;
  lst->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (is_op("]")) break;
    ExprPtr x = parse_star_expression(true);
    if (x->kind == ExprKind::Starred) lst->has_starred = true;
    lst->elts.push_back(std::move(x));
  }
  if (!accept_op("]")) {
    if (peek().kind == Tok::String || peek().kind == Tok::Number || is_name_token())
      syntax_error("invalid syntax. Perhaps you forgot a comma?", t.line, t.col + 1, peek().end_col);
    fail_invalid();
  }
  leave();
  set_end(lst.get(), prev());
  return lst;
}

ExprPtr Parser::parse_brace() {
  const Token& t = next();
  enter();
  if (accept_op("}")) {
    leave();
    auto d = node<DictExpr>(t);
    set_end(d.get(), prev());
    return d;
  }
  if (is_op("**")) {
    next();
    auto d = node<DictExpr>(t);
    d->keys.push_back(nullptr);
    d->values.push_back(parse_bitor());
    parse_dict_rest(*d, t);
    leave();
    return d;
  }
  ExprPtr first = parse_star_expression(true);
  if (accept_op(":")) {
    ExprPtr value = parse_expression();
    if (is_kw("for")) {
      auto c = comp_from(ExprKind::DictComp, std::move(first), std::move(value), t);
      expect_op("}");
      leave();
      set_end(c.get(), prev());
      return c;
    }
    auto d = node<DictExpr>(t);
    d->keys.push_back(std::move(first));
    d->values.push_back(std::move(value));
    parse_dict_rest(*d, t);
    leave();
    return d;
  }
  if (is_kw("for")) {
    auto c = comp_from(ExprKind::SetComp, std::move(first), nullptr, t);
    expect_op("}");
    leave();
    set_end(c.get(), prev());
    return c;
  }
  auto s = node<SeqExpr>(t);
  s->kind = ExprKind::Set;
  if (first->kind == ExprKind::Starred) s->has_starred = true;
  s->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (is_op("}")) break;
    ExprPtr x = parse_star_expression(true);
    if (x->kind == ExprKind::Starred) s->has_starred = true;
    s->elts.push_back(std::move(x));
  }
  if (!accept_op("}")) {
    if (peek().kind == Tok::String || peek().kind == Tok::Number || is_name_token())
      syntax_error("invalid syntax. Perhaps you forgot a comma?", t.line, t.col + 1, peek().end_col);
    fail_invalid();
  }
  leave();
  set_end(s.get(), prev());
  return s;
}

void Parser::parse_dict_rest(DictExpr& d, const Token& t) {
  while (accept_op(",")) {
    if (is_op("}")) break;
    if (accept_op("**")) {
      d.keys.push_back(nullptr);
      d.values.push_back(parse_bitor());
      continue;
    }
    d.keys.push_back(parse_expression());
    if (!accept_op(":")) fail_invalid();
    d.values.push_back(parse_expression());
  }
  if (!accept_op("}")) {
    if (peek().kind == Tok::String || peek().kind == Tok::Number || is_name_token())
      syntax_error("invalid syntax. Perhaps you forgot a comma?", t.line, t.col + 1, peek().end_col);
    fail_invalid();
  }
  set_end(&d, prev());
}

}  // namespace parse_detail
}  // namespace sl
