#include "core/ufunc_types.hpp"

#include <limits>
#include <string>

#include "core/errors.hpp"

namespace sl {
namespace {

// NumPy's loop order (? b B h H i I l L e f d F D): int8/uint8/bool reach float16 first.
const DType kLoopOrder[] = {DType::Bool,    DType::Int8,    DType::UInt8,   DType::Int16,
                            DType::UInt16,  DType::Int32,   DType::UInt32,  DType::Int64,
                            DType::UInt64,  DType::Float16, DType::Float32, DType::Float64,
                            DType::Complex64, DType::Complex128};

// NumPy's linear loop search: the first loop every input casts to safely. Weak Python
// scalars take the NEP 50 common dtype of all operands.
std::optional<DType> first_safe_loop(uint32_t loops, const std::vector<DType>& in) {
  for (DType t : kLoopOrder) {
    if (!(loops & dtype_bit(t))) continue;
    bool ok = true;
    for (DType d : in) ok = ok && can_cast_safe(d, t);
    if (ok) return t;
  }
  return std::nullopt;
}

int kind_rank(DType t) {
  switch (dtype_kind(t)) {
    case 'b': return 0;
    case 'u': return 1;
    case 'i': return 2;
    case 'f': return 3;
    default: return 4;  // complex
  }
}

bool is_python_int(const Operand& op) {
  return op.is_weak() && (op.value.dtype == DType::Int64 || op.value.dtype == DType::UInt64);
}

// numpy.dtypes class names, as NumPy 2 prints them in "no loop" errors.
std::string dtype_class_repr(DType t) {
  return std::string("<class 'numpy.dtypes.") + dtype_class_name(t) + "'>";
}

// The dtype a weak Python scalar has on its own (bool, int64 / uint64 for big ints, float64).
DType weak_default(const Operand& op) {
  return op.is_weak() ? op.value.dtype : op.array->dtype;
}

DType operand_dtype(const Operand& op, DType common) {
  return op.is_array() ? op.array->dtype : common;
}

[[noreturn]] void raise_no_loop(UFuncId id) {
  raise_type_error(std::string("ufunc '") + ufunc_name(id) +
                   "' not supported for the input types, and the inputs could not be safely "
                   "coerced to any supported types according to the casting rule ''safe''");
}

[[noreturn]] void raise_no_signature(UFuncId id) {
  raise_type_error(std::string("No loop matching the specified signature and casting was found "
                               "for ufunc ") + ufunc_name(id));
}

void check_input_casts(UFuncId id, const std::vector<Operand>& inputs, const DType* to, Casting casting) {
  for (size_t k = 0; k < inputs.size(); ++k) {
    if (!inputs[k].is_array()) continue;
    DType from = inputs[k].array->dtype;
    if (!can_cast_rule(from, to[k], casting)) {
      std::string idx = inputs.size() > 1 ? std::to_string(k) + " " : "";
      raise(ErrorType::UFuncInputCastingError, std::string("Cannot cast ufunc '") + ufunc_name(id) + "' input " + idx +
                       "from " + dtype_repr(from) + " to " + dtype_repr(to[k]) +
                       " with casting rule " + casting_name(casting));
    }
  }
}

// Python int vs an integer array in a comparison (NumPy 2, special_integer_comparisons):
// in range -> compare in the array's dtype; out of range -> a constant result.
bool resolve_python_int_compare(UFuncId id, const std::vector<Operand>& in, LoopTypes& lt) {
  if (in.size() != 2) return false;
  const int w = is_python_int(in[0]) ? 0 : (is_python_int(in[1]) ? 1 : -1);
  if (w < 0 || !in[1 - w].is_array()) return false;
  const DType at = in[1 - w].array->dtype;
  if (!dtype_is_integer(at)) return false;
  lt.in[0] = lt.in[1] = at;
  lt.out = DType::Bool;
  if (python_int_fits(in[w].value, at)) return true;
  // The scalar is below the range when negative, above it otherwise.
  const bool scalar_small = in[w].value.dtype == DType::Int64 && in[w].value.v.i < 0;
  // "array OP scalar" truth value for every element:
  bool array_lt_scalar = !scalar_small;  // array < scalar iff the scalar is above the range
  if (w == 0) array_lt_scalar = !array_lt_scalar;  // scalar OP array: mirror
  bool r = false;
  switch (id) {
    case UFuncId::Equal: r = false; break;
    case UFuncId::NotEqual: r = true; break;
    case UFuncId::Less: case UFuncId::LessEqual: r = array_lt_scalar; break;
    case UFuncId::Greater: case UFuncId::GreaterEqual: r = !array_lt_scalar; break;
    default: return false;
  }
  lt.special = r ? LoopTypes::Special::FixedTrue : LoopTypes::Special::FixedFalse;
  return true;
}

bool is_comparison(UFuncId id) {
  switch (id) {
    case UFuncId::Equal: case UFuncId::NotEqual: case UFuncId::Less:
    case UFuncId::LessEqual: case UFuncId::Greater: case UFuncId::GreaterEqual:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool can_cast_same_kind(DType from, DType to) {
  return can_cast_safe(from, to) || kind_rank(from) <= kind_rank(to);
}

bool can_cast_rule(DType from, DType to, Casting casting) {
  switch (casting) {
    case Casting::No: return from == to;
    case Casting::Equiv: return dtype_native(from) == dtype_native(to);  // byte order may differ
    case Casting::Safe: return can_cast_safe(from, to);
    case Casting::SameKind: return can_cast_same_kind(from, to);
    case Casting::Unsafe: break;
  }
  return true;
}

const char* casting_name(Casting casting) {
  static const char* const kNames[] = {"'no'", "'equiv'", "'safe'", "'same_kind'", "'unsafe'"};
  return kNames[static_cast<int>(casting)];
}

bool python_int_fits(const Scalar& v, DType t) {
  const bool big = v.dtype == DType::UInt64;  // >= 2**63
  return visit_dtype(t, [&](auto tag) -> bool {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T> || std::is_same_v<T, bool>) {
      return true;
    } else if constexpr (std::is_signed_v<T>) {
      return !big && v.v.i >= std::numeric_limits<T>::min() && v.v.i <= std::numeric_limits<T>::max();
    } else {
      if (big) return v.v.u <= std::numeric_limits<T>::max();
      return v.v.i >= 0 && static_cast<uint64_t>(v.v.i) <= std::numeric_limits<T>::max();
    }
  });
}

Scalar weak_scalar_as(const Scalar& v, DType t) {
  const bool is_int = v.dtype == DType::Int64 || v.dtype == DType::UInt64;
  if (is_int && dtype_is_integer(t) && !python_int_fits(v, t)) {
    std::string text = v.dtype == DType::UInt64 ? std::to_string(v.v.u) : std::to_string(v.v.i);
    raise_overflow_error("Python integer " + text + " out of bounds for " + dtype_name(t));
  }
  if (is_int && dtype_is_float(t)) {
    // int -> float directly in the target precision (no double rounding through float64)
    Scalar s;
    s.dtype = t;
    if (t == DType::Float32)
      s.v.f = v.dtype == DType::UInt64 ? static_cast<float>(v.v.u) : static_cast<float>(v.v.i);
    else
      s.v.f = v.dtype == DType::UInt64 ? static_cast<double>(v.v.u) : static_cast<double>(v.v.i);
    return s;
  }
  return v.cast(t);
}

DType promote_operands(const std::vector<Operand>& ops) {
  std::optional<DType> strong;
  bool weak_int = false, weak_float = false, weak_big = false, weak_complex = false;
  for (const Operand& op : ops) {
    if (op.is_array()) {
      strong = strong ? promote_types(*strong, op.array->dtype) : op.array->dtype;
    } else if (dtype_is_complex(op.value.dtype)) {
      weak_complex = true;
    } else if (op.value.dtype == DType::Float64 || op.value.dtype == DType::Float32) {
      weak_float = true;
    } else if (op.value.dtype != DType::Bool) {
      weak_int = true;
      weak_big = weak_big || op.value.dtype == DType::UInt64;
    }
  }
  if (!strong) {
    if (weak_complex) return DType::Complex128;
    if (weak_float) return DType::Float64;
    if (weak_int) return weak_big ? DType::UInt64 : DType::Int64;
    return DType::Bool;
  }
  DType s = *strong;
  if (weak_int && dtype_kind(s) == 'b') s = DType::Int64;
  if (weak_float && !dtype_is_float(s) && !dtype_is_complex(s)) s = DType::Float64;
  // a Python complex keeps the precision of a float array (float16/32 -> complex64)
  if (weak_complex && !dtype_is_complex(s))
    s = (s == DType::Float32 || s == DType::Float16) ? DType::Complex64 : DType::Complex128;
  return s;
}

[[noreturn]] void raise_output_cast_error(UFuncId id, DType from, DType to, Casting casting) {
  raise(ErrorType::UFuncOutputCastingError, std::string("Cannot cast ufunc '") + ufunc_name(id) + "' output from " +
                   dtype_repr(from) + " to " + dtype_repr(to) + " with casting rule " +
                   casting_name(casting));
}

LoopTypes resolve_loop_types(UFuncId id, const std::vector<Operand>& inputs,
                             std::optional<DType> dtype, Casting casting) {
  const UFuncInfo& info = ufunc_info(id);
  LoopTypes lt;
  const int nin = info.nin;

  const bool bool_out = info.rule == TypeRule::BoolOut || info.rule == TypeRule::UnaryBool;
  if (bool_out && dtype && *dtype != DType::Bool) raise_no_signature(id);
  const bool count_out = info.rule == TypeRule::CountBits;
  if (count_out && dtype && *dtype != DType::UInt8) raise_no_signature(id);
  // dtype=bool on a bool-output ufunc (uint8 on bitwise_count) only restates the output:
  // resolve as usual.
  const bool forced = dtype.has_value() && !bool_out && !count_out;
  const DType req = forced ? *dtype : DType::Bool;
  if (is_comparison(id) && resolve_python_int_compare(id, inputs, lt)) return lt;

  const DType common = promote_operands(inputs);
  DType loop;
  if (forced) {
    if (!(ufunc_loops(id) & dtype_bit(req))) raise_no_signature(id);
    loop = req;
  } else {
    switch (info.rule) {
      case TypeRule::NoCastUnary:
        if (!(ufunc_loops(id) & dtype_bit(common)))
          raise(ErrorType::UFuncNoLoopError, std::string("ufunc '") + info.name +
                           "' did not contain a loop with signature matching types " +
                           dtype_class_repr(common) + " -> None");
        loop = common;
        break;
      case TypeRule::UniformExact: {
        // PyUFunc_SimpleUniformOperationTypeResolver: no cast beyond the common dtype.
        if (!(info.loops & dtype_bit(common))) {
          std::string sig;
          for (const Operand& op : inputs)
            sig += (sig.empty() ? "" : ", ") + dtype_class_repr(operand_dtype(op, common));
          raise(ErrorType::UFuncNoLoopError, std::string("ufunc '") + info.name +
                           "' did not contain a loop with signature matching types (" + sig + ") -> None");
        }
        loop = common;
        break;
      }
      case TypeRule::TrueDivide: {
        // integers and bools divide in float64; otherwise the float loop search
        bool all_int = true;
        for (const Operand& op : inputs) {
          const DType d = operand_dtype(op, common);
          all_int = all_int && !dtype_is_float(d) && !dtype_is_complex(d);
        }
        if (all_int) {
          loop = DType::Float64;
          break;
        }
        std::vector<DType> in;
        for (const Operand& op : inputs) in.push_back(operand_dtype(op, common));
        loop = *first_safe_loop(ufunc_loops(id), in);
        break;
      }
      case TypeRule::UnaryBool:
        if (ufunc_loops(id) & dtype_bit(common)) {
          loop = common;
        } else {  // signbit: float loops only, integers cast to the first safe one
          std::optional<DType> l = first_safe_loop(ufunc_loops(id), {common});
          if (!l) raise_no_loop(id);
          loop = *l;
        }
        break;
      case TypeRule::Ldexp: {
        // x1 picks the float loop; the exponent must cast safely to int64 ('dl->d').
        std::optional<DType> l = first_safe_loop(info.loops, {operand_dtype(inputs[0], weak_default(inputs[0]))});
        const DType e = operand_dtype(inputs[1], weak_default(inputs[1]));
        if (!l || !can_cast_safe(e, DType::Int64)) raise_no_loop(id);
        lt.in[0] = lt.out = *l;
        lt.in[1] = DType::Int64;
        if (casting < Casting::SameKind) check_input_casts(id, inputs, lt.in, casting);
        if (inputs[1].is_weak()) weak_scalar_as(inputs[1].value, DType::Int64);
        return lt;
      }
      case TypeRule::BoolOut: {
        // Mixed signed/unsigned integer arrays promote to float64: compare exactly instead.
        if (nin == 2 && inputs[0].is_array() && inputs[1].is_array() && is_comparison(id)) {
          DType a = inputs[0].array->dtype, b = inputs[1].array->dtype;
          if (dtype_is_integer(a) && dtype_is_integer(b) && !dtype_is_integer(common)) {
            const bool first_signed = dtype_is_signed(a);
            lt.in[0] = first_signed ? DType::Int64 : DType::UInt64;
            lt.in[1] = first_signed ? DType::UInt64 : DType::Int64;
            lt.out = DType::Bool;
            lt.special = LoopTypes::Special::MixedSignCompare;
            return lt;
          }
        }
        loop = common;
        break;
      }
      case TypeRule::Uniform:
      default: {
        if (common == DType::Bool && id == UFuncId::Subtract)
          raise_type_error(
              "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
              "the `^` operator, or the logical_xor function instead.");
        if (common == DType::Bool && id == UFuncId::Negative)
          raise_type_error(
              "The numpy boolean negative, the `-` operator, is not supported, use the `~` "
              "operator or the logical_not function instead.");
        std::vector<DType> in;
        for (const Operand& op : inputs) in.push_back(operand_dtype(op, common));
        std::optional<DType> l = first_safe_loop(ufunc_loops(id), in);
        if (!l) raise_no_loop(id);
        loop = *l;
        break;
      }
    }
  }
  for (int k = 0; k < nin; ++k) lt.in[k] = loop;
  lt.out = bool_out ? DType::Bool : count_out ? DType::UInt8 : loop;
  lt.out2 = info.rule == TypeRule::Frexp ? DType::Int32 : loop;
  if (info.rule == TypeRule::Ldexp) lt.in[1] = DType::Int64;  // dtype= names x1's loop only
  if (id == UFuncId::Absolute && dtype_is_complex(loop))  // |z| is real
    lt.out = loop == DType::Complex64 ? DType::Float32 : DType::Float64;
  if (forced || casting < Casting::SameKind) check_input_casts(id, inputs, lt.in, casting);
  // NEP 50: a Python int must fit the dtype it is converted to.
  for (int k = 0; k < nin; ++k)
    if (inputs[k].is_weak()) weak_scalar_as(inputs[k].value, operand_dtype(inputs[k], lt.in[k]));
  return lt;
}

}  // namespace sl
