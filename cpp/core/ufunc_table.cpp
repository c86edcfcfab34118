#include "core/ufunc_table.hpp"

#include <cstring>

#include "core/ufunc_loops.hpp"

namespace sl {
namespace {
const UFuncInfo kInfo[] = {
#define SL_UF_INFO(id, name, nin, rule, loops, identity) \
  {name, nin, TypeRule::rule, loops, Identity::identity},
    SL_UFUNCS(SL_UF_INFO)
#undef SL_UF_INFO
};

struct Alias {
  const char* name;
  UFuncId id;
};
// Other names NumPy binds to the same ufunc objects.
const Alias kAliases[] = {
    {"true_divide", UFuncId::TrueDivide}, {"mod", UFuncId::Remainder},
    {"abs", UFuncId::Absolute},
    {"asin", UFuncId::Arcsin},            {"acos", UFuncId::Arccos},
    {"atan", UFuncId::Arctan},            {"atan2", UFuncId::Arctan2},
    {"bitwise_not", UFuncId::Invert},     {"bitwise_invert", UFuncId::Invert},
    {"bitwise_left_shift", UFuncId::LeftShift}, {"bitwise_right_shift", UFuncId::RightShift},
    {"pow", UFuncId::Power},
};
}  // namespace

const UFuncInfo& ufunc_info(UFuncId id) { return kInfo[static_cast<int>(id)]; }

std::optional<UFuncId> ufunc_from_name(const std::string& name) {
  for (size_t k = 0; k < sizeof(kInfo) / sizeof(kInfo[0]); ++k)
    if (name == kInfo[k].name) return static_cast<UFuncId>(k);
  for (const Alias& a : kAliases)
    if (name == a.name) return a.id;
  return std::nullopt;
}

LoopFn find_loop(UFuncId id, DType t) {
  if (!(ufunc_info(id).loops & dtype_bit(t))) return nullptr;
  if (LoopFn f = find_loop_arith(id, t)) return f;
  if (LoopFn f = find_loop_math(id, t)) return f;
  return find_loop_logic(id, t);
}

}  // namespace sl
