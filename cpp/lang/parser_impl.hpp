// parser_impl.hpp — internal to the parser (parser.cpp: statements, parser_expr.cpp:
// expressions, parser_strings.cpp: string literals and f-strings). Not part of any API.
#pragma once
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "lang/builtin_types.hpp"
#include "lang/parser.hpp"

namespace sl {
namespace parse_detail {

using namespace ast;

constexpr int kMaxExprDepth = 3000;

std::string decode_escapes(const std::string& body, bool raw, bool is_bytes, int line, int col);

inline const std::set<std::string>& keywords() {
  static const std::set<std::string> k = {
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
      "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
      "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
      "with", "yield"};
  return k;
}

[[noreturn]] inline void syntax_error(const std::string& msg, int line, int col, int end_col = -1, bool indent = false) {
  SyntaxErrorInfo info;
  info.message = msg;
  info.line = line;
  info.col = col;
  info.end_col = end_col;
  info.indentation = indent;
  throw LexError{info};
}

template <class T>
std::unique_ptr<T> node(const Token& t) {
  auto n = std::make_unique<T>();
  n->line = t.line;
  n->col = t.col;
  n->end_line = t.end_line;
  n->end_col = t.end_col;
  return n;
}

inline void set_end(Expr* e, const Token& t) {
  e->end_line = t.end_line;
  e->end_col = t.end_col;
}

// What an expression is called in "cannot assign to X" messages.
inline const char* describe(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: {
      auto* c = static_cast<const Constant*>(e);
      if (is_none(c->value)) return "None";
      if (c->value.get() == True().get()) return "True";
      if (c->value.get() == False().get()) return "False";
      if (c->value.get() == Ellipsis().get()) return "ellipsis";
      return "literal";
    }
    case ExprKind::JoinedStr: return "f-string expression";
    case ExprKind::Call: return "function call";
    case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::BoolOp: return "expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Yield: return "yield expression";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: return "list";
    default: return "expression";
  }
}

class Parser {
 public:
  Parser(std::vector<Token> toks, std::shared_ptr<Source> src) : t_(std::move(toks)), src_(std::move(src)) {}

  std::unique_ptr<Module> parse_file();

  ExprPtr parse_expression_only() {
    ExprPtr e = parse_star_expressions(true);
    while (peek().kind == Tok::Newline) next();
    if (peek().kind != Tok::EndMarker) fail_invalid();
    return e;
  }

 private:
  std::vector<Token> t_;
  size_t i_ = 0;
  std::shared_ptr<Source> src_;
  int nest_ = 0;

  const Token& peek(size_t k = 0) const {
    size_t j = i_ + k;
    return j < t_.size() ? t_[j] : t_.back();
  }
  const Token& next() { return t_[i_ < t_.size() - 1 ? i_++ : i_]; }
  const Token& prev() const { return t_[i_ > 0 ? i_ - 1 : 0]; }
  bool is_op(const char* s, size_t k = 0) const { return peek(k).kind == Tok::Op && peek(k).text == s; }
  bool is_kw(const char* s, size_t k = 0) const { return peek(k).kind == Tok::Name && peek(k).text == s; }
  bool accept_op(const char* s) {
    if (is_op(s)) {
      next();
      return true;
    }
    return false;
  }
  bool accept_kw(const char* s) {
    if (is_kw(s)) {
      next();
      return true;
    }
    return false;
  }
  [[noreturn]] void fail_invalid() {
    const Token& t = peek();
    if (t.kind == Tok::Indent) syntax_error("unexpected indent", t.line, t.col, -1, true);
    if (t.kind == Tok::Newline || t.kind == Tok::EndMarker) syntax_error("invalid syntax", t.line, t.col);
    syntax_error("invalid syntax", t.line, t.col, t.end_col);
  }
  void expect_op(const char* s) {
    if (!accept_op(s)) {
      if (std::strcmp(s, ":") == 0) syntax_error("expected ':'", prev().end_line, prev().end_col);
      fail_invalid();
    }
  }
  void enter() {
    if (++nest_ > 150) syntax_error("too many nested parentheses", peek().line, peek().col);
  }
  void leave() { --nest_; }

  bool is_name_token(size_t k = 0) const {
    return peek(k).kind == Tok::Name && !keywords().count(peek(k).text);
  }
  std::string expect_name() {
    if (!is_name_token()) fail_invalid();
    return next().text;
  }

  // ------------------------------------------------------------------- statements
  void parse_statement(Body& out);

  StmtPtr parse_magic();

  void parse_simple_statements(Body& out);

  StmtPtr parse_simple_statement();

  bool at_stmt_end() const {
    return peek().kind == Tok::Newline || peek().kind == Tok::EndMarker || is_op(";");
  }

  // Can the token at offset k start an expression (used for the print-statement check)?
  bool starts_expression(size_t k) const {
    const Token& t = peek(k);
    if (t.kind == Tok::String || t.kind == Tok::Number) return true;
    if (t.kind == Tok::Name) {
      if (!keywords().count(t.text)) return true;
      return t.text == "None" || t.text == "True" || t.text == "False" || t.text == "not" || t.text == "lambda";
    }
    return false;
  }

  template <class S>
  void pos(S* s, const Token& t) {
    s->line = t.line;
    s->col = t.col;
  }
  template <class S>
  void end(S* s) {
    s->end_line = prev().end_line;
    s->end_col = prev().end_col;
  }

  StmtPtr parse_expr_statement();

  void check_assign_target(Expr* e, bool in_assign);

  void check_del_target(Expr* e) {
    switch (e->kind) {
      case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript: return;
      case ExprKind::Tuple: case ExprKind::List:
        for (auto& x : static_cast<SeqExpr*>(e)->elts) check_del_target(x.get());
        return;
      default: syntax_error(std::string("cannot delete ") + describe(e), e->line, e->col, e->end_col);
    }
  }

  StmtPtr parse_import();

  std::string parse_dotted_name() {
    std::string n = expect_name();
    while (is_op(".")) {
      next();
      n += "." + expect_name();
    }
    return n;
  }

  StmtPtr parse_from_import();

  Body parse_block(const std::string& what, int line);

  StmtPtr parse_if();

  StmtPtr parse_while();

  StmtPtr parse_for();

  // for-loop / comprehension targets: star_targets (no 'in' operator allowed)
  ExprPtr parse_target_list();

  StmtPtr parse_try();

  StmtPtr parse_with();

  ExprPtr parse_target_atom() { return parse_bitor(); }

  StmtPtr parse_decorated();

  void parse_params(FunctionInfo& fn, bool is_lambda, const char* close);

  // `from __future__ import annotations` seen: annotations become their source text (PEP 563)
  bool future_annotations_ = false;
  // An annotation expression; under PEP 563 a str constant holding its source text.
  ExprPtr parse_annotation();

  StmtPtr parse_def(std::vector<ExprPtr> decos);

  StmtPtr parse_class(std::vector<ExprPtr> decos);

  // ------------------------------------------------------------------- expressions
  bool prev_was_paren_tuple_ = false;

  // star_expressions: a, *b, c  -> Tuple
  ExprPtr parse_star_expressions(bool allow_star);

  ExprPtr parse_star_expression(bool allow_star);

  ExprPtr parse_named_expression();

  ExprPtr parse_expression();

  ExprPtr parse_lambda();

  ExprPtr parse_disjunction();

  ExprPtr parse_conjunction();

  ExprPtr parse_inversion();

  bool comparison_op(CmpKind* k, int* ntok) const;

  ExprPtr parse_comparison();

  ExprPtr binop(ExprPtr l, BinOp op, ExprPtr r);

  ExprPtr parse_bitor() {
    ExprPtr e = parse_bitxor();
    while (is_op("|")) {
      next();
      e = binop(std::move(e), BinOp::Or, parse_bitxor());
    }
    return e;
  }
  ExprPtr parse_bitxor() {
    ExprPtr e = parse_bitand();
    while (is_op("^")) {
      next();
      e = binop(std::move(e), BinOp::Xor, parse_bitand());
    }
    return e;
  }
  ExprPtr parse_bitand() {
    ExprPtr e = parse_shift();
    while (is_op("&")) {
      next();
      e = binop(std::move(e), BinOp::And, parse_shift());
    }
    return e;
  }
  ExprPtr parse_shift() {
    ExprPtr e = parse_sum();
    while (is_op("<<") || is_op(">>")) {
      BinOp op = next().text == "<<" ? BinOp::LShift : BinOp::RShift;
      e = binop(std::move(e), op, parse_sum());
    }
    return e;
  }
  ExprPtr parse_sum() {
    ExprPtr e = parse_term();
    while (is_op("+") || is_op("-")) {
      BinOp op = next().text == "+" ? BinOp::Add : BinOp::Sub;
      e = binop(std::move(e), op, parse_term());
    }
    return e;
  }
  ExprPtr parse_term();
  ExprPtr parse_factor();
  ExprPtr parse_power();

  ExprPtr parse_primary();

  void parse_call_args(CallExpr& c);

  ExprPtr parse_slices();

  ExprPtr parse_slice();

  std::unique_ptr<CompExpr> comp_from(ExprKind kind, ExprPtr elt, ExprPtr value, const Token& start);

  ExprPtr parse_yield() {
    const Token& t = next();
    auto y = node<YieldExpr>(t);
    if (accept_kw("from")) {
      y->is_from = true;
      y->value = parse_expression();
    } else if (!at_stmt_end() && !is_op(")") && !is_op("]") && !is_op("}") && !is_op("=")) {
      y->value = parse_star_expressions(true);
    }
    set_end(y.get(), prev());
    return y;
  }

  ExprPtr parse_atom();

  ObjPtr parse_number(const Token& t);

  ExprPtr parse_paren();

  ExprPtr parse_list();

  ExprPtr parse_brace();

  void parse_dict_rest(DictExpr& d, const Token& t);

  // ---- strings and f-strings
  ExprPtr parse_strings();

  void flush_pending(std::vector<ExprPtr>& parts, std::string& pending, const Token& t) {
    if (pending.empty()) return;
    auto c = node<Constant>(t);
    c->value = make_str(pending);
    parts.push_back(std::move(c));
    pending.clear();
  }

  // Parses the body of one f-string token into parts (literal text goes into `pending`).
  void parse_fstring(const Token& t, const std::string& prefix, std::vector<ExprPtr>& parts, std::string& pending) {
    bool raw = prefix.find_first_of("rR") != std::string::npos;
    size_t q = prefix.size();
    char qc = t.text[q];
    size_t qlen = t.text.compare(q, 3, std::string(3, qc)) == 0 ? 3 : 1;
    std::string body = t.text.substr(q + qlen, t.text.size() - q - 2 * qlen);
    parse_fstring_body(body, raw, t, parts, pending, 0);
  }

  void parse_fstring_body(const std::string& body, bool raw, const Token& t, std::vector<ExprPtr>& parts,
                          std::string& pending, int depth);

  std::string decode_body(const std::string& lit, bool raw, const Token& t) {
    return decode_escapes(lit, raw, false, t.line, t.col);
  }

  ExprPtr parse_sub_expression(const std::string& text, const Token& t);
};

}  // namespace parse_detail
}  // namespace sl
