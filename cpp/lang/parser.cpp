// parser.cpp — statements, blocks and definitions, IPython magics, and parse_module (see
// parser.hpp). Grammar follows CPython's (Grammar/python.gram) for the supported subset;
// error messages follow CPython 3.11 for the common mistakes. Expressions are in
// parser_expr.cpp, string literals and f-strings in parser_strings.cpp.
#include <cstdlib>

#include "lang/parser_impl.hpp"

namespace sl {
namespace parse_detail {

std::unique_ptr<Module> Parser::parse_file() {
  auto m = std::make_unique<Module>();
  m->source = src_;
  while (peek().kind != Tok::EndMarker) {
    if (peek().kind == Tok::Newline) {
      next();
      continue;
    }
    if (peek().kind == Tok::Indent) syntax_error("unexpected indent", peek().line, peek().col, -1, true);
    parse_statement(m->body);
  }
  return m;
}

void Parser::parse_statement(Body& out) {
  const Token& t = peek();
  if (t.kind == Tok::Magic) {
    out.push_back(parse_magic());
    return;
  }
  if (t.kind == Tok::Name) {
    const std::string& k = t.text;
    if (k == "if") return out.push_back(parse_if());
    if (k == "while") return out.push_back(parse_while());
    if (k == "for") return out.push_back(parse_for());
    if (k == "try") return out.push_back(parse_try());
    if (k == "def") return out.push_back(parse_def({}));
    if (k == "class") return out.push_back(parse_class({}));
    if (k == "with") return out.push_back(parse_with());
    if (k == "async") syntax_error("async is not supported", t.line, t.col);
    if (k == "elif" || k == "else" || k == "except" || k == "finally") syntax_error("invalid syntax", t.line, t.col, t.end_col);
  }
  if (t.kind == Tok::Op && t.text == "@") return out.push_back(parse_decorated());
  parse_simple_statements(out);
}

StmtPtr Parser::parse_magic() {
  const Token& t = next();
  auto m = node<MagicStmt>(t);
  m->text = t.text;
  size_t p = 0;
  while (p < t.text.size() && (t.text[p] == '%' || t.text[p] == '!')) ++p;
  size_t e = p;
  while (e < t.text.size() && !std::isspace(static_cast<unsigned char>(t.text[e]))) ++e;
  m->name = t.text[0] == '!' ? "!" : t.text.substr(p, e - p);
  if (m->name == "timeit" && t.text.compare(0, 2, "%%") != 0) {
    std::string rest = t.text.substr(e);
    // skip timeit options (-n N -r R)
    size_t q = 0;
    while (true) {
      while (q < rest.size() && rest[q] == ' ') ++q;
      if (q + 1 < rest.size() && rest[q] == '-' && std::isalpha(static_cast<unsigned char>(rest[q + 1]))) {
        char opt = rest[q + 1];
        q += 2;
        if (opt == 'n' || opt == 'r' || opt == 'p') {
          while (q < rest.size() && rest[q] == ' ') ++q;
          size_t v0 = q;
          while (q < rest.size() && rest[q] != ' ') ++q;
          int64_t v = std::atoll(rest.substr(v0, q - v0).c_str());
          if (opt == 'n' && v > 0) m->timeit_number = v;
          if (opt == 'r' && v > 0) m->timeit_repeat = v;
        }
        continue;
      }
      break;
    }
    std::string code = rest.substr(q);
    if (!code.empty()) {
      std::vector<Token> toks = tokenize(code);
      for (auto& tk : toks) {
        tk.line = t.line;
        tk.col += t.col + static_cast<int>(e + q);
        tk.end_line = t.line;
        tk.end_col += t.col + static_cast<int>(e + q);
      }
      Parser sub(std::move(toks), src_);
      while (sub.peek().kind != Tok::EndMarker) {
        if (sub.peek().kind == Tok::Newline) {
          sub.next();
          continue;
        }
        sub.parse_statement(m->timed);
      }
    }
  }
  if (peek().kind == Tok::Newline) next();
  return m;
}

void Parser::parse_simple_statements(Body& out) {
  while (true) {
    out.push_back(parse_simple_statement());
    if (accept_op(";")) {
      if (peek().kind == Tok::Newline) break;
      continue;
    }
    break;
  }
  if (peek().kind == Tok::Newline) {
    next();
    return;
  }
  if (peek().kind == Tok::EndMarker) return;
  // "x = 1 2": CPython reports invalid syntax at the unexpected token
  fail_invalid();
}

StmtPtr Parser::parse_simple_statement() {
  const Token& t = peek();
  if (t.kind == Tok::Name) {
    const std::string& k = t.text;
    if (k == "pass") {
      auto s = std::make_unique<SimpleStmt>(StmtKind::Pass);
      pos(s.get(), t);
      next();
      end(s.get());
      return s;
    }
    if (k == "break" || k == "continue") {
      auto s = std::make_unique<SimpleStmt>(k == "break" ? StmtKind::Break : StmtKind::Continue);
      pos(s.get(), t);
      next();
      return s;
    }
    if (k == "return") {
      auto s = std::make_unique<ReturnStmt>();
      pos(s.get(), t);
      next();
      if (!at_stmt_end()) s->value = parse_star_expressions(true);
      end(s.get());
      return s;
    }
    if (k == "del") {
      auto s = std::make_unique<DelStmt>();
      pos(s.get(), t);
      next();
      ExprPtr e = parse_star_expressions(false);
      if (e->kind == ExprKind::Tuple && !prev_was_paren_tuple_) {
        for (auto& x : static_cast<SeqExpr*>(e.get())->elts) s->targets.push_back(std::move(x));
      } else {
        s->targets.push_back(std::move(e));
      }
      for (auto& x : s->targets) check_del_target(x.get());
      end(s.get());
      return s;
    }
    if (k == "assert") {
      auto s = std::make_unique<AssertStmt>();
      pos(s.get(), t);
      next();
      s->test = parse_expression();
      if (accept_op(",")) s->msg = parse_expression();
      end(s.get());
      return s;
    }
    if (k == "raise") {
      auto s = std::make_unique<RaiseStmt>();
      pos(s.get(), t);
      next();
      if (!at_stmt_end()) {
        s->exc = parse_expression();
        if (accept_kw("from")) s->cause = parse_expression();
      }
      end(s.get());
      return s;
    }
    if (k == "global" || k == "nonlocal") {
      auto s = std::make_unique<NamesStmt>(k == "global" ? StmtKind::Global : StmtKind::Nonlocal);
      pos(s.get(), t);
      next();
      s->names.push_back(expect_name());
      while (accept_op(",")) s->names.push_back(expect_name());
      end(s.get());
      return s;
    }
    if (k == "yield") {
      auto s = std::make_unique<ExprStmt>();
      pos(s.get(), t);
      s->value = parse_yield();
      end(s.get());
      return s;
    }
    if (k == "import") return parse_import();
    if (k == "from") return parse_from_import();
    if (k == "print" && starts_expression(1) && !is_op("(", 1)) {
      // Python 2 print statement
      int line = t.line, col = t.col;
      size_t j = i_;
      int endc = t.end_col;
      while (j < t_.size() && t_[j].kind != Tok::Newline && t_[j].kind != Tok::EndMarker &&
             !(t_[j].kind == Tok::Op && t_[j].text == ";")) {
        if (t_[j].line == line) endc = t_[j].end_col;
        ++j;
      }
      syntax_error("Missing parentheses in call to 'print'. Did you mean print(...)?", line, col, endc);
    }
    if (k == "exec" && peek(1).kind == Tok::String)
      syntax_error("Missing parentheses in call to 'exec'. Did you mean exec(...)?", t.line, t.col);
  }
  return parse_expr_statement();
}

StmtPtr Parser::parse_expr_statement() {
  const Token& first = peek();
  ExprPtr e = parse_star_expressions(true);
  if (is_op("=")) {
    auto s = std::make_unique<AssignStmt>();
    pos(s.get(), first);
    check_assign_target(e.get(), true);
    s->targets.push_back(std::move(e));
    while (accept_op("=")) {
      if (is_kw("yield")) {
        e = parse_yield();
      } else {
        e = parse_star_expressions(true);
      }
      if (is_op("=")) {
        check_assign_target(e.get(), true);
        s->targets.push_back(std::move(e));
      } else {
        s->value = std::move(e);
      }
    }
    if (!s->value) fail_invalid();
    end(s.get());
    return s;
  }
  if (peek().kind == Tok::Op && peek().text.size() >= 2 && peek().text.back() == '=' &&
      peek().text != "==" && peek().text != "<=" && peek().text != ">=" && peek().text != "!=") {
    std::string op = peek().text.substr(0, peek().text.size() - 1);
    static const std::pair<const char*, BinOp> kAug[] = {
        {"+", BinOp::Add}, {"-", BinOp::Sub}, {"*", BinOp::Mul}, {"@", BinOp::MatMul},
        {"/", BinOp::TrueDiv}, {"//", BinOp::FloorDiv}, {"%", BinOp::Mod}, {"**", BinOp::Pow},
        {"<<", BinOp::LShift}, {">>", BinOp::RShift}, {"&", BinOp::And}, {"^", BinOp::Xor}, {"|", BinOp::Or}};
    for (auto& a : kAug) {
      if (op == a.first) {
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript) {
          std::string what = describe(e.get());
          syntax_error("'" + what + "' is an illegal expression for augmented assignment", e->line, e->col,
                       e->end_col);
        }
        next();
        auto s = std::make_unique<AugAssignStmt>();
        pos(s.get(), first);
        s->target = std::move(e);
        s->op = a.second;
        s->value = is_kw("yield") ? parse_yield() : parse_star_expressions(true);
        end(s.get());
        return s;
      }
    }
  }
  if (is_op(":") && (e->kind == ExprKind::Name || e->kind == ExprKind::Attribute || e->kind == ExprKind::Subscript)) {
    next();
    auto s = std::make_unique<AnnAssignStmt>();
    pos(s.get(), first);
    s->annotation = parse_annotation();
    if (accept_op("=")) s->value = parse_star_expressions(true);
    check_assign_target(e.get(), true);
    s->target = std::move(e);
    end(s.get());
    return s;
  }
  auto s = std::make_unique<ExprStmt>();
  pos(s.get(), first);
  s->value = std::move(e);
  end(s.get());
  if (!at_stmt_end()) {
    // "a b" / "print('x' 'y' z)": CPython suggests a missing comma in some cases
    fail_invalid();
  }
  return s;
}

void Parser::check_assign_target(Expr* e, bool in_assign) {
  switch (e->kind) {
    case ExprKind::Name: return;
    case ExprKind::Attribute: case ExprKind::Subscript: return;
    case ExprKind::Starred:
      check_assign_target(static_cast<StarredExpr*>(e)->value.get(), in_assign);
      return;
    case ExprKind::Tuple: case ExprKind::List: {
      auto* s = static_cast<SeqExpr*>(e);
      int stars = 0;
      for (auto& x : s->elts) {
        if (x->kind == ExprKind::Starred) ++stars;
        check_assign_target(x.get(), in_assign);
      }
      if (stars > 1) syntax_error("multiple starred expressions in assignment", e->line, e->col);
      return;
    }
    case ExprKind::Constant: {
      const char* d = describe(e);
      if (!std::strcmp(d, "True") || !std::strcmp(d, "False") || !std::strcmp(d, "None") ||
          !std::strcmp(d, "ellipsis")) {
        if (!std::strcmp(d, "ellipsis")) d = "ellipsis";
        syntax_error(std::string("cannot assign to ") + d, e->line, e->col, e->end_col);
      }
      break;
    }
    default: break;
  }
  std::string msg = std::string("cannot assign to ") + describe(e);
  if (in_assign) msg += " here. Maybe you meant '==' instead of '='?";
  syntax_error(msg, e->line, e->col, e->end_col);
}

StmtPtr Parser::parse_import() {
  const Token& t = next();
  auto s = std::make_unique<ImportStmt>();
  pos(s.get(), t);
  do {
    Alias a;
    a.name = parse_dotted_name();
    if (accept_kw("as")) a.asname = expect_name();
    s->names.push_back(std::move(a));
  } while (accept_op(","));
  end(s.get());
  return s;
}

StmtPtr Parser::parse_from_import() {
  const Token& t = next();
  auto s = std::make_unique<ImportFromStmt>();
  pos(s.get(), t);
  while (is_op(".") || is_op("...")) s->level += next().text.size();
  if (!is_kw("import")) s->module = parse_dotted_name();
  if (!accept_kw("import")) fail_invalid();
  if (accept_op("*")) {
    Alias a;
    a.name = "*";
    s->names.push_back(std::move(a));
  } else {
    bool paren = accept_op("(");
    do {
      if (paren && is_op(")")) break;
      Alias a;
      a.name = expect_name();
      if (accept_kw("as")) a.asname = expect_name();
      s->names.push_back(std::move(a));
    } while (accept_op(","));
    if (paren) expect_op(")");
  }
  if (s->module == "__future__")
    for (const Alias& a : s->names)
      if (a.name == "annotations") future_annotations_ = true;
  end(s.get());
  return s;
}

ExprPtr Parser::parse_annotation() {
  const Token first = peek();
  ExprPtr e = parse_expression();
  if (!future_annotations_) return e;
  // the annotation's source text, lines joined (CPython unparses the AST; for the usual
  // one-line annotations written with standard spacing the two agree)
  const Token& last = prev();
  std::string text;
  for (int ln = first.line; ln <= last.end_line; ++ln) {
    std::string l = src_->line(ln);
    size_t a = ln == first.line ? static_cast<size_t>(first.col) : l.find_first_not_of(" \t");
    size_t b = ln == last.end_line ? static_cast<size_t>(last.end_col) : l.size();
    if (a == std::string::npos || a > l.size()) continue;
    if (b > l.size()) b = l.size();
    if (b > a) text += (text.empty() ? "" : " ") + l.substr(a, b - a);
  }
  auto c = node<Constant>(first);
  c->value = make_str(text);
  return c;
}

Body Parser::parse_block(const std::string& what, int line) {
  expect_op(":");
  Body body;
  if (peek().kind != Tok::Newline) {
    parse_simple_statements(body);
    return body;
  }
  next();
  if (peek().kind != Tok::Indent)
    syntax_error("expected an indented block after " + what + " on line " + std::to_string(line), peek().line,
                 peek().col, -1, true);
  next();
  while (peek().kind != Tok::Dedent && peek().kind != Tok::EndMarker) {
    if (peek().kind == Tok::Newline) {
      next();
      continue;
    }
    if (peek().kind == Tok::Indent) syntax_error("unexpected indent", peek().line, peek().col, -1, true);
    parse_statement(body);
  }
  if (peek().kind == Tok::Dedent) next();
  return body;
}

StmtPtr Parser::parse_if() {
  const Token& t = next();
  auto s = std::make_unique<IfStmt>();
  pos(s.get(), t);
  s->test = parse_named_expression();
  if (is_op("=")) syntax_error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", s->test->line,
                               s->test->col, peek().end_col);
  s->body = parse_block(t.text == "if" ? "'if' statement" : "'elif' statement", t.line);
  end(s.get());
  if (is_kw("elif")) {
    s->orelse.push_back(parse_if());
  } else if (is_kw("else")) {
    const Token& e = next();
    s->orelse = parse_block("'else' statement", e.line);
  }
  return s;
}

StmtPtr Parser::parse_while() {
  const Token& t = next();
  auto s = std::make_unique<WhileStmt>();
  pos(s.get(), t);
  s->test = parse_named_expression();
  s->body = parse_block("'while' statement", t.line);
  end(s.get());
  if (is_kw("else")) {
    const Token& e = next();
    s->orelse = parse_block("'else' statement", e.line);
  }
  return s;
}

StmtPtr Parser::parse_for() {
  const Token& t = next();
  auto s = std::make_unique<ForStmt>();
  pos(s.get(), t);
  s->target = parse_target_list();
  check_assign_target(s->target.get(), false);
  if (!accept_kw("in")) fail_invalid();
  s->iter = parse_star_expressions(true);
  s->body = parse_block("'for' statement", t.line);
  end(s.get());
  if (is_kw("else")) {
    const Token& e = next();
    s->orelse = parse_block("'else' statement", e.line);
  }
  return s;
}

ExprPtr Parser::parse_target_list() {
  const Token& first = peek();
  std::vector<ExprPtr> elts;
  bool trailing = false;
  do {
    if (is_kw("in")) {
      trailing = true;
      break;
    }
    if (is_op("*")) {
      const Token& st = next();
      auto s = node<StarredExpr>(st);
      s->value = parse_bitor();
      set_end(s.get(), prev());
      elts.push_back(std::move(s));
    } else {
      elts.push_back(parse_bitor());
    }
    trailing = false;
  } while (accept_op(",") && (trailing = true));
  if (elts.size() == 1 && !trailing) return std::move(elts[0]);
  auto tup = node<SeqExpr>(first);
  tup->kind = ExprKind::Tuple;
  tup->elts = std::move(elts);
  for (auto& x : tup->elts)
    if (x->kind == ExprKind::Starred) tup->has_starred = true;
  set_end(tup.get(), prev());
  return tup;
}

StmtPtr Parser::parse_try() {
  const Token& t = next();
  auto s = std::make_unique<TryStmt>();
  pos(s.get(), t);
  s->body = parse_block("'try' statement", t.line);
  end(s.get());
  while (is_kw("except")) {
    const Token& e = next();
    ExceptHandler h;
    h.line = e.line;
    if (!is_op(":")) {
      h.type = parse_expression();
      if (is_op(",")) {
        // except A, B:  -> CPython: "multiple exception types must be parenthesized"
        syntax_error("multiple exception types must be parenthesized", h.type->line, h.type->col);
      }
      if (accept_kw("as")) {
        const Token& nt = peek();
        auto n = node<Name>(nt);
        n->id = expect_name();
        h.name = std::move(n);
      }
    }
    h.body = parse_block("'except' statement", e.line);
    s->handlers.push_back(std::move(h));
  }
  if (is_kw("else")) {
    if (s->handlers.empty()) fail_invalid();
    const Token& e = next();
    s->orelse = parse_block("'else' statement", e.line);
  }
  if (is_kw("finally")) {
    const Token& f = next();
    s->finalbody = parse_block("'finally' statement", f.line);
  }
  if (s->handlers.empty() && s->finalbody.empty())
    syntax_error("expected 'except' or 'finally' block", peek().line, peek().col);
  return s;
}

StmtPtr Parser::parse_with() {
  const Token& t = next();
  auto s = std::make_unique<WithStmt>();
  pos(s.get(), t);
  do {
    WithItem it;
    it.context = parse_expression();
    if (accept_kw("as")) {
      it.target = parse_target_atom();
      check_assign_target(it.target.get(), false);
    }
    s->items.push_back(std::move(it));
  } while (accept_op(","));
  s->body = parse_block("'with' statement", t.line);
  end(s.get());
  return s;
}

StmtPtr Parser::parse_decorated() {
  std::vector<ExprPtr> decos;
  while (accept_op("@")) {
    decos.push_back(parse_named_expression());
    if (peek().kind != Tok::Newline) fail_invalid();
    next();
  }
  if (is_kw("def")) return parse_def(std::move(decos));
  if (is_kw("class")) return parse_class(std::move(decos));
  fail_invalid();
}

void Parser::parse_params(FunctionInfo& fn, bool is_lambda, const char* close) {
  bool seen_default = false, seen_star = false;
  std::set<std::string> seen;
  auto add_name = [&](const Token& nt, const std::string& n) {
    if (seen.count(n))
      syntax_error("duplicate argument '" + n + "' in function definition", nt.line, nt.col, nt.end_col);
    seen.insert(n);
  };
  while (!is_op(close)) {
    if (accept_op("/")) {
      fn.n_posonly = static_cast<int>(fn.posonly_and_pos.size());
    } else if (is_op("**")) {
      next();
      const Token& nt = peek();
      fn.varkw = expect_name();
      add_name(nt, fn.varkw);
      if (!is_lambda && accept_op(":")) fn.annotations.emplace_back(fn.varkw, parse_annotation());
    } else if (is_op("*")) {
      next();
      seen_star = true;
      if (is_name_token()) {
        const Token& nt = peek();
        fn.varargs = expect_name();
        add_name(nt, fn.varargs);
        if (!is_lambda && accept_op(":")) fn.annotations.emplace_back(fn.varargs, parse_annotation());
      }
    } else {
      const Token& nt = peek();
      Param p;
      p.name = expect_name();
      add_name(nt, p.name);
      if (!is_lambda && accept_op(":")) fn.annotations.emplace_back(p.name, parse_annotation());
      if (accept_op("=")) {
        p.default_value = parse_expression();
        if (!seen_star) seen_default = true;
      } else if (seen_default && !seen_star) {
        syntax_error("non-default argument follows default argument", nt.line, nt.col, nt.end_col);
      }
      if (seen_star) fn.kwonly.push_back(std::move(p));
      else fn.posonly_and_pos.push_back(std::move(p));
    }
    if (!accept_op(",")) break;
  }
}

StmtPtr Parser::parse_def(std::vector<ExprPtr> decos) {
  const Token& t = next();
  auto s = std::make_unique<FunctionDefStmt>();
  pos(s.get(), t);
  s->decorators = std::move(decos);
  auto fn = std::make_shared<FunctionInfo>();
  const Token& nt = peek();
  fn->scope.name = expect_name();
  fn->scope.kind = ScopeKind::Function;
  fn->scope.line = t.line;
  fn->scope.source = src_;
  auto target = node<Name>(nt);
  target->id = fn->scope.name;
  s->target = std::move(target);
  if (!accept_op("(")) fail_invalid();
  parse_params(*fn, false, ")");
  expect_op(")");
  if (accept_op("->")) fn->annotations.emplace_back("return", parse_annotation());
  fn->body = parse_block("function definition", t.line);
  if (!fn->body.empty() && fn->body[0]->kind == StmtKind::Expr) {
    auto* es = static_cast<ExprStmt*>(fn->body[0].get());
    if (es->value->kind == ExprKind::Constant && is_str(static_cast<Constant*>(es->value.get())->value)) {
      fn->doc = str_value(static_cast<Constant*>(es->value.get())->value);
      fn->has_doc = true;
    }
  }
  s->fn = std::move(fn);
  end(s.get());
  return s;
}

StmtPtr Parser::parse_class(std::vector<ExprPtr> decos) {
  const Token& t = next();
  auto s = std::make_unique<ClassDefStmt>();
  pos(s.get(), t);
  s->decorators = std::move(decos);
  const Token& nt = peek();
  s->name = expect_name();
  auto target = node<Name>(nt);
  target->id = s->name;
  s->target = std::move(target);
  if (accept_op("(")) {
    while (!is_op(")")) {
      if (is_name_token() && is_op("=", 1)) {
        Keyword k;
        k.name = next().text;
        next();
        k.value = parse_expression();
        s->keywords.push_back(std::move(k));
      } else {
        s->bases.push_back(parse_expression());
      }
      if (!accept_op(",")) break;
    }
    expect_op(")");
  }
  s->scope = std::make_unique<Scope>();
  s->scope->kind = ScopeKind::Class;
  s->scope->name = s->name;
  s->scope->line = t.line;
  s->scope->source = src_;
  s->body = parse_block("class definition", t.line);
  if (!s->body.empty() && s->body[0]->kind == StmtKind::Expr) {
    auto* es = static_cast<ExprStmt*>(s->body[0].get());
    if (es->value->kind == ExprKind::Constant && is_str(static_cast<Constant*>(es->value.get())->value)) {
      s->doc = str_value(static_cast<Constant*>(es->value.get())->value);
      s->has_doc = true;
    }
  }
  end(s.get());
  return s;
}

}  // namespace parse_detail

using namespace ast;

std::unique_ptr<Module> parse_module(const std::string& source, const std::string& filename, bool class_like) {
  auto src = std::make_shared<Source>();
  src->filename = filename;
  size_t start = 0;
  while (start <= source.size()) {
    size_t e = source.find('\n', start);
    if (e == std::string::npos) {
      if (start < source.size()) src->lines.push_back(source.substr(start));
      break;
    }
    std::string l = source.substr(start, e - start);
    if (!l.empty() && l.back() == '\r') l.pop_back();
    src->lines.push_back(l);
    start = e + 1;
  }
  parse_detail::Parser p(tokenize(source), src);
  std::unique_ptr<Module> m = p.parse_file();
  resolve_module(*m, class_like);
  return m;
}

}  // namespace sl
