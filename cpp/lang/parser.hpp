// parser.hpp — recursive-descent parser for the Python 3 subset (full expression grammar
// with CPython's precedence, all statements listed in the design, IPython magics) and the
// resolver pass that maps every Name to a frame slot / enclosing frame / global.
//
// Errors: throws LexError (lexer.hpp) carrying CPython 3.11's SyntaxError message and
// position; the session turns it into a SyntaxError/IndentationError exception.
#pragma once
#include <memory>
#include <string>

#include "lang/ast.hpp"
#include "lang/lexer.hpp"

namespace sl {

// Parses and resolves a whole cell/file. `class_like`: the top level is resolved as a class
// body (exec() with separate globals and locals: names bind in the locals mapping).
std::unique_ptr<ast::Module> parse_module(const std::string& source, const std::string& filename,
                                          bool class_like = false);

// Resolver (resolver.cpp): fills Scope slot tables and Name locations. Raises LexError for
// scope errors ("'return' outside function", "no binding for nonlocal 'x' found", ...).
void resolve_module(ast::Module& m, bool class_like = false);

// The SyntaxError / IndentationError (RecursionError for too deep nesting) exception for a
// LexError, with CPython's attributes (msg, filename, lineno, offset, end_offset, text).
ObjPtr make_syntax_error(const SyntaxErrorInfo& info, const std::string& filename, const std::string& code);

// Decodes one string literal token (prefix + quotes + body) — exposed for tests.
std::string decode_string_literal(const std::string& token, bool* is_bytes, int line, int col);

}  // namespace sl
