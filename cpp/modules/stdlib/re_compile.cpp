// re_compile.cpp — the regex tree (re_parse.cpp) to the instruction program run by
// re_exec.cpp: alternation as prioritised splits, counted repeats expanded, unbounded loops
// guarded against empty iterations, possessive repeats as atomic groups, lookarounds as
// sub-programs (a lookbehind's body must have a fixed width, as in CPython).
#include "modules/stdlib/re_program.hpp"

#include "lang/builtin_types.hpp"

namespace sl::rx {

namespace {

constexpr size_t kMaxProgram = size_t(1) << 22;  // instructions

// width of what a node matches, -1 when it varies
int64_t fixed_width(const Node& n) {
  switch (n.kind) {
    case Node::Empty: case Node::Assert: case Node::Look: return 0;
    case Node::Literal: case Node::Any: case Node::Set: return 1;
    case Node::Cat: {
      int64_t w = 0;
      for (auto& k : n.kids) {
        int64_t x = fixed_width(*k);
        if (x < 0) return -1;
        w += x;
      }
      return w;
    }
    case Node::Alt: {
      int64_t w = -2;
      for (auto& k : n.kids) {
        int64_t x = fixed_width(*k);
        if (x < 0 || (w != -2 && x != w)) return -1;
        w = x;
      }
      return w < 0 ? 0 : w;
    }
    case Node::Group: case Node::Atomic: return fixed_width(*n.kids[0]);
    case Node::Repeat: {
      int64_t x = fixed_width(*n.kids[0]);
      if (x == 0) return 0;
      if (x < 0 || n.min != n.max) return -1;
      return x * n.min;
    }
    case Node::Cond: {
      int64_t y = fixed_width(*n.kids[0]);
      int64_t z = n.kids.size() > 1 ? fixed_width(*n.kids[1]) : 0;
      return y == z ? y : -1;
    }
    default: return -1;  // backreferences
  }
}

class Compiler {
 public:
  explicit Compiler(Program& p) : prog_(p) {}

  void emit_into(std::vector<Inst>& code, const Node& n) {
    std::vector<Inst>* saved = code_;
    code_ = &code;
    node(n);
    code_ = saved;
  }

 private:
  Program& prog_;
  std::vector<Inst>* code_ = nullptr;

  size_t here() const { return code_->size(); }
  size_t emit(Op op, uint32_t a = 0, int32_t x = 0, int32_t y = 0) {
    if (code_->size() >= kMaxProgram) throw CompileError{"regular expression is too large", -1};
    code_->push_back(Inst{op, a, x, y});
    return code_->size() - 1;
  }
  Inst& at(size_t i) { return (*code_)[i]; }

  void node(const Node& n) {
    switch (n.kind) {
      case Node::Empty: return;
      case Node::Literal:
        emit(Op::Char, n.icase ? fold(n.ch) : n.ch, n.icase ? 1 : 0);
        return;
      case Node::Any: emit(n.dotall ? Op::AnyAll : Op::Any); return;
      case Node::Set: emit(Op::Set, static_cast<uint32_t>(n.set)); return;
      case Node::Cat:
        for (auto& k : n.kids) node(*k);
        return;
      case Node::Alt: {
        std::vector<size_t> jumps;
        for (size_t i = 0; i < n.kids.size(); ++i) {
          if (i + 1 < n.kids.size()) {
            size_t split = emit(Op::Split);
            at(split).x = static_cast<int32_t>(here());
            node(*n.kids[i]);
            jumps.push_back(emit(Op::Jmp));
            at(split).y = static_cast<int32_t>(here());
          } else {
            node(*n.kids[i]);
          }
        }
        for (size_t j : jumps) at(j).x = static_cast<int32_t>(here());
        return;
      }
      case Node::Group:
        emit(Op::Save, static_cast<uint32_t>(2 * n.group));
        node(*n.kids[0]);
        emit(Op::Save, static_cast<uint32_t>(2 * n.group + 1));
        return;
      case Node::Backref: emit(Op::Backref, static_cast<uint32_t>(n.group), n.icase ? 1 : 0); return;
      case Node::Assert: emit(Op::Assert, static_cast<uint32_t>(n.assert_kind)); return;
      case Node::Look: {
        int64_t width = -1;
        if (n.behind) {
          width = fixed_width(*n.kids[0]);
          if (width < 0) throw CompileError{"look-behind requires fixed-width pattern", -1};
        }
        prog_.subs.emplace_back();
        size_t index = prog_.subs.size() - 1;
        std::vector<Inst> body;
        emit_into(body, *n.kids[0]);
        body.push_back(Inst{Op::Match, 0, 0, 0});
        prog_.subs[index] = std::move(body);
        emit(Op::Look, static_cast<uint32_t>(index), static_cast<int32_t>(width), n.negative ? 1 : 0);
        return;
      }
      case Node::Atomic: {
        uint32_t r = static_cast<uint32_t>(prog_.nregs++);
        emit(Op::AtomicBegin, r);
        node(*n.kids[0]);
        emit(Op::AtomicEnd, r);
        return;
      }
      case Node::Cond: {
        size_t cond = emit(Op::Cond, static_cast<uint32_t>(n.group));
        node(*n.kids[0]);
        size_t jmp = emit(Op::Jmp);
        at(cond).x = static_cast<int32_t>(here());
        if (n.kids.size() > 1) node(*n.kids[1]);
        at(jmp).x = static_cast<int32_t>(here());
        return;
      }
      case Node::Repeat: repeat(n); return;
    }
  }

  void repeat(const Node& n) {
    uint32_t atomic_reg = 0;
    if (n.possessive) {
      atomic_reg = static_cast<uint32_t>(prog_.nregs++);
      emit(Op::AtomicBegin, atomic_reg);
    }
    const Node& body = *n.kids[0];
    for (int i = 0; i < n.min; ++i) node(body);
    if (n.max < 0) {
      // L: split(body, exit); body: LoopInit r; <body>; LoopNext r -> L; exit:
      uint32_t r = static_cast<uint32_t>(prog_.nregs++);
      size_t loop = emit(Op::Split);
      size_t body_start = here();
      emit(Op::LoopInit, r);
      node(body);
      emit(Op::LoopNext, r, static_cast<int32_t>(loop));
      size_t exit = here();
      at(loop).x = static_cast<int32_t>(n.greedy ? body_start : exit);
      at(loop).y = static_cast<int32_t>(n.greedy ? exit : body_start);
    } else {
      std::vector<size_t> splits;
      for (int i = n.min; i < n.max; ++i) {
        size_t split = emit(Op::Split);
        splits.push_back(split);
        at(split).x = static_cast<int32_t>(here());  // provisional: body next
        node(body);
      }
      size_t end = here();
      for (size_t s : splits) {
        int32_t body_start = static_cast<int32_t>(s + 1);
        at(s).x = n.greedy ? body_start : static_cast<int32_t>(end);
        at(s).y = n.greedy ? static_cast<int32_t>(end) : body_start;
      }
    }
    if (n.possessive) emit(Op::AtomicEnd, atomic_reg);
  }
};

// the literal every match must start with, or -1
int64_t first_literal(const Node& n) {
  switch (n.kind) {
    case Node::Literal: return n.icase ? -1 : static_cast<int64_t>(n.ch);
    case Node::Cat:
      for (auto& k : n.kids) {
        if (k->kind == Node::Empty) continue;
        return first_literal(*k);
      }
      return -1;
    case Node::Group: case Node::Atomic: return first_literal(*n.kids[0]);
    case Node::Repeat: return n.min >= 1 ? first_literal(*n.kids[0]) : -1;
    default: return -1;
  }
}

}  // namespace

Compiled compile(const std::vector<uint32_t>& pattern, int flags, bool is_bytes) {
  if (!is_bytes && (flags & kAscii) && (flags & kUnicode))
    throw CompileError{"ASCII and UNICODE flags are incompatible", -1};
  if (is_bytes && (flags & kUnicode)) throw CompileError{"cannot use UNICODE flag with a bytes pattern", -1};
  ParseResult parsed = parse(pattern, flags, is_bytes);
  auto prog = std::make_shared<Program>();
  prog->sets = std::move(parsed.sets);
  prog->ncaps = 2 * (parsed.groups + 1);
  prog->ascii = is_bytes || (parsed.flags & kAscii);
  Compiler c(*prog);
  std::vector<Inst> code;
  code.push_back(Inst{Op::Save, 0, 0, 0});
  c.emit_into(code, *parsed.root);
  code.push_back(Inst{Op::Save, 1, 0, 0});
  code.push_back(Inst{Op::Match, 0, 0, 0});
  prog->code = std::move(code);
  prog->first_char = first_literal(*parsed.root);
  Compiled out;
  out.prog = prog;
  out.groups = parsed.groups;
  out.group_names = std::move(parsed.names);
  out.flags = parsed.flags;
  if (!is_bytes && !(out.flags & kAscii)) out.flags |= kUnicode;
  return out;
}

}  // namespace sl::rx
