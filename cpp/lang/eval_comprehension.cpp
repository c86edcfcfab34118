// eval_comprehension.cpp — comprehensions and generator expressions: list/set/dict
// comprehensions run eagerly in their own frame; a generator expression is a lazy iterator
// with one iterator per `for` clause, advanced on demand (it keeps its program alive).
// Not here: the other expressions (eval_expr.cpp).
#include <algorithm>

#include "lang/interpreter.hpp"
#include "lang/suggestions.hpp"

namespace sl {

using namespace ast;

// ---------------------------------------------------------------------------------------
// Comprehensions
// ---------------------------------------------------------------------------------------
namespace {

TypeObject* genexpr_type();

// Lazy generator expression: one iterator per `for` clause, advanced on demand.
struct GenExpr : Object {
  Interpreter* in;
  Ref<Frame> frame;
  const CompExpr* comp;
  std::shared_ptr<Module> program;  // keeps `comp` alive (Interpreter::program_of)
  std::vector<ObjPtr> iters;
  int level = 0;
  bool done = false;
  GenExpr(Interpreter* i, Ref<Frame> fr, const CompExpr* c, ObjPtr first)
      : Object(genexpr_type()), in(i), frame(std::move(fr)), comp(c) {
    iters.resize(c->generators.size());
    iters[0] = std::move(first);
  }
  ObjPtr next_item() {
    if (done) return nullptr;
    NestGuard nest;
    Frame* f = frame.get();
    const size_t n = comp->generators.size();
    try {
      while (true) {
        check_interrupt();
        ObjPtr item = iter_next(iters[static_cast<size_t>(level)]);
        if (!item) {
          if (level == 0) {
            done = true;
            frame = nullptr;
            return nullptr;
          }
          iters[static_cast<size_t>(level)] = nullptr;
          --level;
          continue;
        }
        const Comprehension& g = comp->generators[static_cast<size_t>(level)];
        in->assign(g.target.get(), item, f);
        bool ok = true;
        for (auto& cond : g.ifs)
          if (!is_true(in->eval(cond.get(), f))) {
            ok = false;
            break;
          }
        if (!ok) continue;
        if (static_cast<size_t>(level) + 1 < n) {
          ++level;
          iters[static_cast<size_t>(level)] = get_iter(in->eval(comp->generators[static_cast<size_t>(level)].iter.get(), f));
          continue;
        }
        return in->eval(comp->elt.get(), f);
      }
    } catch (PyException& e) {
      done = true;
      in->add_traceback(e.exc, f);
      frame = nullptr;
      throw;
    } catch (PyError& e) {
      done = true;
      ObjPtr exc = exception_from_error(e);
      in->add_traceback(exc, f);
      frame = nullptr;
      throw PyException{exc};
    }
  }
};

TypeObject* genexpr_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("generator", "builtins");
    t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
    t->next = [](Interpreter&, const ObjPtr& self) { return static_cast<GenExpr*>(self.get())->next_item(); };
    t->repr = [](Interpreter&, const ObjPtr& self) {
      return make_str("<generator object <genexpr> at " + address_string(self.get()) + ">");
    };
    return t;
  }();
  return t;
}

}  // namespace

ObjPtr Interpreter::eval_comprehension(const CompExpr* e, Frame* f) {
  NestGuard nest;
  ObjPtr first_iterable = eval(e->generators[0].iter.get(), f);
  ObjPtr first = get_iter(first_iterable);
  Ref<Frame> cf = Frame::create(e->scope.get(), static_cast<int>(e->scope->slot_names.size()),
                                Ref<Frame>(closure_frame(f)), f->globals);
  cf->line = e->line;
  if (e->kind == ExprKind::GeneratorExp) {
    auto g = make_object<GenExpr>(this, cf, e, first);
    g->program = program_of(f);
    return g;
  }

  std::vector<ObjPtr> list_out;
  Ref<SetObject> set_out;
  Ref<DictObject> dict_out;
  if (e->kind == ExprKind::SetComp) set_out = make_set();
  if (e->kind == ExprKind::DictComp) dict_out = make_dict();
  const size_t n = e->generators.size();
  std::vector<ObjPtr> iters(n);
  iters[0] = first;
  Frame* fr = cf.get();
  size_t level = 0;
  try {
    while (true) {
      check_interrupt();
      ObjPtr item = iter_next(iters[level]);
      if (!item) {
        if (level == 0) break;
        --level;
        continue;
      }
      const Comprehension& g = e->generators[level];
      assign(g.target.get(), item, fr);
      bool ok = true;
      for (auto& cond : g.ifs)
        if (!is_true(eval(cond.get(), fr))) {
          ok = false;
          break;
        }
      if (!ok) continue;
      if (level + 1 < n) {
        ++level;
        iters[level] = get_iter(eval(e->generators[level].iter.get(), fr));
        continue;
      }
      switch (e->kind) {
        case ExprKind::ListComp: list_out.push_back(eval(e->elt.get(), fr)); break;
        case ExprKind::SetComp: set_out->add(eval(e->elt.get(), fr)); break;
        default: {
          ObjPtr k = eval(e->elt.get(), fr);
          ObjPtr v = eval(e->value.get(), fr);
          dict_out->set(k, v);
        }
      }
    }
  } catch (PyException& ex) {
    add_traceback(ex.exc, fr);
    throw;
  } catch (PyError& ex) {
    ObjPtr exc = exception_from_error(ex);
    add_traceback(exc, fr);
    throw PyException{exc};
  }
  if (e->kind == ExprKind::ListComp) return make_list(std::move(list_out));
  if (e->kind == ExprKind::SetComp) return set_out;
  return dict_out;
}

}  // namespace sl
