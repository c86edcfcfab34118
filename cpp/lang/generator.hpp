// generator.hpp — generator objects (functions containing `yield`): real suspension on a
// tree-walking evaluator without threads, fibers or stack switching (none are usable in our
// wasm build). See generator.cpp for the resumable execution scheme.
//
// Not here: generator expressions (eval_expr.cpp, a simpler lazy iterator) and the
// resolver's checks (generator_mark.cpp marks which nodes contain a yield).
#pragma once
#include <vector>

#include "lang/interpreter.hpp"

namespace sl {

// One saved item of a suspended generator's resume stack (see generator.cpp).
struct GenSlot {
  int64_t n = 0;
  ObjPtr v;
};

class GeneratorObject : public Object {
 public:
  enum class State : uint8_t { Created, Suspended, Running, Done };
  GeneratorObject(Interpreter* in, Ref<FunctionObject> fn, Ref<Frame> frame);
  ~GeneratorObject() override;

  // Runs the body until the next yield (returns the yielded value) or the end (returns
  // null; return_value holds the `return` value, None by default). `thrown` (an exception
  // object) is raised at the suspended yield instead of delivering `sent`.
  ObjPtr resume(const ObjPtr& sent, const ObjPtr& thrown);
  // gen.close(): GeneratorExit at the suspended yield; RuntimeError when it yields again.
  void close();

  Interpreter* in;
  Ref<FunctionObject> fn;
  Ref<Frame> frame;            // null once finished
  std::vector<GenSlot> saved;  // resume stack, innermost construct first
  State state = State::Created;
  ObjPtr yielded;              // value of the yield that suspended the last step
  ObjPtr return_value;         // set when the body returned
  bool has_cleanup = false;    // suspended inside try/finally or with: close() when freed
};

TypeObject* generator_type();
inline bool is_generator(const ObjPtr& o) { return o->type() == generator_type(); }
// Creates the generator for a call of a generator function (arguments already bound).
ObjPtr make_generator(Interpreter& in, FunctionObject* fn, Ref<Frame> frame);
// StopIteration(value) (no args for None), as `next()` raises it at the end of a generator.
[[noreturn]] void raise_stop_iteration(const ObjPtr& value);

// Resolver hook (generator_mark.cpp): sets has_yield on every statement and expression of a
// generator function's body that contains a yield of this function, and rejects yields in
// positions the resumable evaluator does not support with a SyntaxError.
void mark_generator_body(ast::FunctionInfo& fn);

}  // namespace sl
