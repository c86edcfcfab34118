// numpy_ufunc_types.cpp — ufunc.types / ufunc.ntypes: the loop signatures of a ufunc in
// NumPy's type characters and order ('?', 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'e',
// 'f', 'd', 'F', 'D'; int64/uint64 are both 'l'/'L' and 'q'/'Q' as on 64-bit Linux), derived
// from the ufunc table's loop set and type rule.
// Lists only the loops stridelab has: NumPy's longdouble ('g', 'G'), object ('O') and datetime
// ('M', 'm') loops are absent, so e.g. np.add.types is shorter than NumPy's.
#include <string>
#include <vector>

#include "core/ufunc_table.hpp"
#include "modules/numpy/numpy_ops.hpp"

namespace sl {
namespace {

struct LoopChar {
  DType t;
  char c;
};
const LoopChar kOrder[] = {
    {DType::Bool, '?'},    {DType::Int8, 'b'},    {DType::UInt8, 'B'},     {DType::Int16, 'h'},
    {DType::UInt16, 'H'},  {DType::Int32, 'i'},   {DType::UInt32, 'I'},    {DType::Int64, 'l'},
    {DType::UInt64, 'L'},  {DType::Int64, 'q'},   {DType::UInt64, 'Q'},    {DType::Float16, 'e'},
    {DType::Float32, 'f'}, {DType::Float64, 'd'}, {DType::Complex64, 'F'}, {DType::Complex128, 'D'},
};

char real_char(char c) { return c == 'F' ? 'f' : c == 'D' ? 'd' : c; }

}  // namespace

std::vector<std::string> ufunc_type_signatures(UFuncId id) {
  const UFuncInfo& info = ufunc_info(id);
  const uint32_t loops = ufunc_loops(id);
  std::vector<std::string> out;
  for (const LoopChar& lc : kOrder) {
    if (!(loops & dtype_bit(lc.t))) continue;
    const std::string c(1, lc.c);
    switch (info.rule) {
      case TypeRule::BoolOut:
      case TypeRule::UnaryBool: out.push_back(std::string(static_cast<size_t>(info.nin), lc.c) + "->?"); break;
      case TypeRule::CountBits: out.push_back(c + "->B"); break;
      case TypeRule::Frexp: out.push_back(c + "->" + c + "i"); break;
      case TypeRule::TwoOut: out.push_back(std::string(static_cast<size_t>(info.nin), lc.c) + "->" + c + c); break;
      case TypeRule::Ldexp:  // NumPy: an int32 and an int64 exponent loop per float type
        out.push_back(c + "i->" + c);
        out.push_back(c + "l->" + c);
        break;
      default: {
        const std::string in(static_cast<size_t>(info.nin), lc.c);
        out.push_back(in + "->" + (id == UFuncId::Absolute ? std::string(1, real_char(lc.c)) : c));
      }
    }
  }
  return out;
}

}  // namespace sl
