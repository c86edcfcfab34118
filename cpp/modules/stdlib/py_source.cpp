// py_source.cpp — see py_source.hpp.
#include "modules/stdlib/py_source.hpp"

#include "lang/interpreter.hpp"
#include "lang/parser.hpp"

namespace sl {

void exec_module_source(Interpreter& in, ModuleObject& m, const std::string& source) {
  std::string filename = "<frozen " + m.name + ">";
  std::unique_ptr<ast::Module> tree;
  try {
    tree = parse_module(source, filename);
  } catch (LexError& e) {
    raise(ErrorType::RuntimeError, filename + ", line " + std::to_string(e.info.line) + ": " + e.info.message);
  }
  ast::Module* mp = tree.get();
  in.programs.push_back(std::move(tree));
  in.exec_module(*mp, nullptr, m.dict.get());
}

}  // namespace sl
