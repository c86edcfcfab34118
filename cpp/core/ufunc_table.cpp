#include "core/ufunc_table.hpp"

#include <cstring>
#include <iterator>

#include "core/ufunc_loops.hpp"

namespace sl {
namespace {
const UFuncInfo kInfo[] = {
#define SL_UF_INFO(id, name, nin, rule, loops, identity) \
  {name, nin, rule_nout(TypeRule::rule), TypeRule::rule, loops, Identity::identity},
    SL_UFUNCS(SL_UF_INFO)
#undef SL_UF_INFO
};

const UFuncAlias kAliases[] = {
    {"true_divide", UFuncId::TrueDivide}, {"mod", UFuncId::Remainder},
    {"abs", UFuncId::Absolute},
    {"asin", UFuncId::Arcsin},            {"acos", UFuncId::Arccos},
    {"atan", UFuncId::Arctan},            {"atan2", UFuncId::Arctan2},
    {"bitwise_not", UFuncId::Invert},     {"bitwise_invert", UFuncId::Invert},
    {"bitwise_left_shift", UFuncId::LeftShift}, {"bitwise_right_shift", UFuncId::RightShift},
    {"pow", UFuncId::Power},              {"conj", UFuncId::Conjugate},
    {"asinh", UFuncId::Arcsinh},          {"acosh", UFuncId::Arccosh},
    {"atanh", UFuncId::Arctanh},
};
}  // namespace

const UFuncInfo& ufunc_info(UFuncId id) { return kInfo[static_cast<int>(id)]; }

const std::vector<UFuncAlias>& ufunc_aliases() {
  static const std::vector<UFuncAlias> v(std::begin(kAliases), std::end(kAliases));
  return v;
}

std::optional<UFuncId> ufunc_from_name(const std::string& name) {
  for (size_t k = 0; k < sizeof(kInfo) / sizeof(kInfo[0]); ++k)
    if (name == kInfo[k].name) return static_cast<UFuncId>(k);
  for (const UFuncAlias& a : kAliases)
    if (name == a.name) return a.id;
  return std::nullopt;
}

uint32_t ufunc_loops(UFuncId id) {
  return ufunc_info(id).loops | (ufunc_has_complex_loops(id) ? kLoopsComplex : 0u);
}

LoopFn find_loop(UFuncId id, DType t) {
  if (!(ufunc_loops(id) & dtype_bit(t))) return nullptr;
  if (dtype_is_complex(t)) return find_loop_complex(id, t);
  if (LoopFn f = find_loop_arith(id, t)) return f;
  if (LoopFn f = find_loop_math(id, t)) return f;
  if (LoopFn f = find_loop_float(id, t)) return f;
  return find_loop_logic(id, t);
}

}  // namespace sl
