// re_exec.cpp — the backtracking matcher: runs a compiled program (re_compile.cpp) over a
// code-point subject with an explicit stack of choice points and undo records, so deep
// backtracking uses heap, not native stack. Also the character classes (\d \w \s) and
// case folding the sets and literals use.
#include "core/interrupt.hpp"
#include "lang/builtin_types.hpp"
#include "modules/stdlib/re_program.hpp"

namespace sl::rx {

uint32_t fold(uint32_t c) { return cp_lower(c); }

bool is_digit(uint32_t c, bool ascii) {
  if (c < 128) return c >= '0' && c <= '9';
  if (ascii) return false;
  static const uint32_t kZeros[] = {0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6,
                                    0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10};
  for (uint32_t z : kZeros)
    if (c >= z && c <= z + 9) return true;
  return false;
}

bool is_space(uint32_t c, bool ascii) {
  if (c == ' ' || (c >= 9 && c <= 13)) return true;
  if (ascii) return false;
  return (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
         c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

bool is_word(uint32_t c, bool ascii) {
  if (c < 128) return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (ascii) return false;
  if (c < 0x100)
    return (c >= 0xC0 && c != 0xD7 && c != 0xF7) || c == 0xAA || c == 0xB5 || c == 0xBA || c == 0xB2 || c == 0xB3 ||
           c == 0xB9 || (c >= 0xBC && c <= 0xBE);
  if (cp_is_alpha(c) || is_digit(c, false)) return true;
  // punctuation, symbols, spaces and emoji blocks are not word characters; letters of
  // the other scripts are
  if (is_space(c, false)) return false;
  if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) ||
      (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
      (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0xE000 && c <= 0xF8FF) ||
      (c >= 0xD800 && c <= 0xDFFF))
    return false;
  return true;
}

bool CharSet::contains(uint32_t c) const {
  auto in_ranges = [this](uint32_t x) {
    for (auto& r : ranges)
      if (x >= r.first && x <= r.second) return true;
    return false;
  };
  bool hit = in_ranges(c);
  if (!hit && icase) {
    uint32_t lo = cp_lower(c), up = cp_upper(c);
    hit = (lo != c && in_ranges(lo)) || (up != c && in_ranges(up));
  }
  if (!hit && classes) {
    hit = ((classes & Digit) && is_digit(c, ascii)) || ((classes & NotDigit) && !is_digit(c, ascii)) ||
          ((classes & Word) && is_word(c, ascii)) || ((classes & NotWord) && !is_word(c, ascii)) ||
          ((classes & Space) && is_space(c, ascii)) || ((classes & NotSpace) && !is_space(c, ascii));
  }
  return hit != negate;
}

namespace {

constexpr size_t kMaxStack = size_t(1) << 26;

struct Entry {
  enum Kind : uint8_t { Branch, UndoCap, UndoReg } kind;
  int32_t index;  // pc (Branch) or slot/register
  int64_t value;  // pos (Branch) or the old value
};

class Machine {
 public:
  Machine(const Program& p, const uint32_t* s, int64_t end) : p_(p), s_(s), end_(end) {}

  // runs `code` at `start`; caps/regs are in-out; returns the end position or -1
  int64_t run(const std::vector<Inst>& code, int64_t start, std::vector<int64_t>& caps, bool full, int64_t forbid_empty_at) {
    std::vector<Entry> stack;
    std::vector<int64_t> regs(static_cast<size_t>(p_.nregs), -1);
    int64_t pos = start;
    size_t pc = 0;
    for (;;) {
      if ((++steps_ & 0xFFF) == 0) check_interrupt();
      const Inst& in = code[pc];
      bool ok = true;
      switch (in.op) {
        case Op::Char:
          if (pos < end_ && (in.x ? fold(s_[pos]) : s_[pos]) == in.a) ++pos, ++pc;
          else ok = false;
          break;
        case Op::Any:
          if (pos < end_ && s_[pos] != '\n') ++pos, ++pc;
          else ok = false;
          break;
        case Op::AnyAll:
          if (pos < end_) ++pos, ++pc;
          else ok = false;
          break;
        case Op::Set:
          if (pos < end_ && p_.sets[in.a].contains(s_[pos])) ++pos, ++pc;
          else ok = false;
          break;
        case Op::Split:
          push(stack, Entry{Entry::Branch, in.y, pos});
          pc = static_cast<size_t>(in.x);
          break;
        case Op::Jmp: pc = static_cast<size_t>(in.x); break;
        case Op::Save:
          push(stack, Entry{Entry::UndoCap, static_cast<int32_t>(in.a), caps[in.a]});
          caps[in.a] = pos;
          ++pc;
          break;
        case Op::Assert:
          ok = assertion(static_cast<AssertKind>(in.a), pos);
          if (ok) ++pc;
          break;
        case Op::Backref: {
          int64_t a = caps[2 * in.a], b = caps[2 * in.a + 1];
          if (a < 0 || b < 0) {
            ok = false;
            break;
          }
          int64_t n = b - a;
          if (pos + n > end_) {
            ok = false;
            break;
          }
          for (int64_t k = 0; k < n && ok; ++k)
            ok = in.x ? fold(s_[a + k]) == fold(s_[pos + k]) : s_[a + k] == s_[pos + k];
          if (ok) pos += n, ++pc;
          break;
        }
        case Op::Look: {
          const std::vector<Inst>& sub = p_.subs[in.a];
          int64_t at = in.x < 0 ? pos : pos - in.x;
          bool matched = false;
          std::vector<int64_t> sub_caps = caps;
          if (at >= 0) {
            Machine m(p_, s_, in.x < 0 ? end_ : pos);
            m.steps_ = steps_;
            matched = m.run(sub, at, sub_caps, false, -1) >= 0;
            steps_ = m.steps_;
          }
          if (in.y) {
            ok = !matched;
          } else {
            ok = matched;
            if (ok)  // a positive lookaround keeps the groups it captured
              for (size_t k = 0; k < caps.size(); ++k)
                if (sub_caps[k] != caps[k]) {
                  push(stack, Entry{Entry::UndoCap, static_cast<int32_t>(k), caps[k]});
                  caps[k] = sub_caps[k];
                }
          }
          if (ok) ++pc;
          break;
        }
        case Op::AtomicBegin:
          push(stack, Entry{Entry::UndoReg, static_cast<int32_t>(in.a), regs[in.a]});
          regs[in.a] = static_cast<int64_t>(stack.size());
          ++pc;
          break;
        case Op::AtomicEnd: {
          // drop the choice points made inside the group; keep its undo records
          size_t h = static_cast<size_t>(regs[in.a]), w = h;
          for (size_t k = h; k < stack.size(); ++k)
            if (stack[k].kind != Entry::Branch) stack[w++] = stack[k];
          stack.resize(w);
          ++pc;
          break;
        }
        case Op::LoopInit:
          push(stack, Entry{Entry::UndoReg, static_cast<int32_t>(in.a), regs[in.a]});
          regs[in.a] = pos;
          ++pc;
          break;
        case Op::LoopNext:
          // another iteration only after one that consumed input (no endless empty loops)
          pc = pos != regs[in.a] ? static_cast<size_t>(in.x) : pc + 1;
          break;
        case Op::Cond:
          pc = caps[2 * in.a] >= 0 && caps[2 * in.a + 1] >= 0 ? pc + 1 : static_cast<size_t>(in.x);
          break;
        case Op::Match:
          if ((full && pos != end_) || pos == forbid_empty_at) {
            ok = false;
            break;
          }
          return pos;
      }
      if (ok) continue;
      // backtrack: undo until the last choice point
      for (;;) {
        if (stack.empty()) return -1;
        Entry e = stack.back();
        stack.pop_back();
        if (e.kind == Entry::UndoCap) {
          caps[static_cast<size_t>(e.index)] = e.value;
        } else if (e.kind == Entry::UndoReg) {
          regs[static_cast<size_t>(e.index)] = e.value;
        } else {
          pc = static_cast<size_t>(e.index);
          pos = e.value;
          break;
        }
      }
    }
  }

  uint64_t steps_ = 0;

 private:
  const Program& p_;
  const uint32_t* s_;
  int64_t end_;

  static void push(std::vector<Entry>& stack, const Entry& e) {
    if (stack.size() >= kMaxStack) raise_memory_error("regular expression backtracking stack overflow");
    stack.push_back(e);
  }

  bool word_at(int64_t i) const { return i >= 0 && i < end_ && is_word(s_[i], p_.ascii); }

  bool assertion(AssertKind k, int64_t pos) const {
    switch (k) {
      case AssertKind::Bol: return pos == 0;
      case AssertKind::BolM: return pos == 0 || (pos <= end_ && s_[pos - 1] == '\n');
      case AssertKind::Eol: return pos == end_ || (pos == end_ - 1 && s_[pos] == '\n');
      case AssertKind::EolM: return pos == end_ || s_[pos] == '\n';
      case AssertKind::StartText: return pos == 0;
      case AssertKind::EndText: return pos == end_;
      case AssertKind::WordB: return end_ > 0 && word_at(pos - 1) != word_at(pos);
      case AssertKind::NotWordB: return end_ > 0 && word_at(pos - 1) == word_at(pos);
    }
    return false;
  }
};

}  // namespace

bool exec(const Program& prog, const uint32_t* subject, int64_t end, int64_t start, Mode mode, bool must_advance,
          std::vector<int64_t>& caps) {
  Machine m(prog, subject, end);
  for (int64_t at = start; at <= end; ++at) {
    if (mode == Mode::Search && prog.first_char >= 0) {
      while (at < end && subject[at] != static_cast<uint32_t>(prog.first_char)) ++at;
      if (at >= end) return false;
    }
    caps.assign(static_cast<size_t>(prog.ncaps), -1);
    int64_t r = m.run(prog.code, at, caps, mode == Mode::FullMatch, must_advance && at == start ? start : -1);
    if (r >= 0) return true;
    if (mode != Mode::Search) return false;
  }
  return false;
}

}  // namespace sl::rx
