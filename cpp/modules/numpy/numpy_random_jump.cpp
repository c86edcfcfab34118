// numpy_random_jump.cpp — the jump-ahead methods of the bit generator objects, as NumPy 2
// has them: PCG64/PCG64DXSM.advance(delta) and .jumped(jumps=1) (jumps * the golden-ratio
// step 0x9e3779b97f4a7c15f39cc0605cedc835), Philox.advance(delta) and .jumped(jumps=1)
// (jumps * 2**128), MT19937.jumped(jumps=1) (jumps times the 2**128-step polynomial jump).
// advance() returns the generator itself, advanced in place (a Generator sharing it moves
// too); jumped() returns a new generator of the same class, as `self.__class__()` whose state
// is then set, so its seed_seq is a fresh OS-entropy SeedSequence (NumPy's too).
// The arithmetic lives in core/random_jump; SFC64 has no jump in NumPy and gets none here.
#include "core/interrupt.hpp"
#include "core/random_jump.hpp"
#include "lang/bigint.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_random_bitgen.hpp"

namespace sl {
namespace {

// wrap_int(value, bits): value & (2**bits - 1), Python's & on ints (negatives wrap around).
std::vector<uint64_t> wrap_words(const ObjPtr& value, int bits) {
  // a numpy float scalar falls back on float's (missing) __and__, hence 'float'
  const bool np_float = is_numpy_scalar(value) && !dtype_is_integer(to_array(value)->dtype) &&
                        to_array(value)->dtype != DType::Bool;
  if (np_float || (!is_int(value) && !is_bool(value) && !is_numpy_scalar(value)))
    raise_type_error("unsupported operand type(s) for &: '" + (np_float ? std::string("float") : type_name(value)) +
                     "' and 'int'");
  const BigInt mask = BigInt(1).shl(static_cast<uint64_t>(bits)) - BigInt(1);
  if (is_numpy_scalar(value))  // NEP 50: the Python int mask does not fit the scalar's dtype
    raise_overflow_error("Python integer " + mask.to_string() + " out of bounds for " +
                         dtype_name(to_array(value)->dtype));
  const BigInt v = to_bigint(value) & mask;
  std::vector<uint64_t> out(static_cast<size_t>(bits / 64), 0);
  const auto& l = v.limbs();
  for (size_t i = 0; i < l.size() && i / 2 < out.size(); ++i)
    out[i / 2] |= static_cast<uint64_t>(l[i]) << (32 * (i % 2));
  return out;
}

unsigned __int128 u128_of(const std::vector<uint64_t>& w) {
  return (static_cast<unsigned __int128>(w[1]) << 64) | w[0];
}

// int(jumps), as PCG64.jump_inplace takes it (floats truncate)
BigInt jumps_int(const ObjPtr& j) {
  if (is_float(j)) return to_bigint(double_to_int_obj(float_value(j)));
  return to_bigint(j);
}

// 0x9e3779b97f4a7c15f39cc0605cedc835: (phi - 1) * 2**128
BigInt pcg_jump_step() {
  return BigInt::from_u64(0x9e3779b97f4a7c15ULL).shl(64) + BigInt::from_u64(0xf39cc0605cedc835ULL);
}

ObjPtr pcg_advance(const ObjPtr& self, const ObjPtr& delta) {
  pcg64_advance(static_cast<PCG64&>(*bitgen_shared(self)), u128_of(wrap_words(delta, 128)));
  return self;
}
ObjPtr philox_advance_obj(const ObjPtr& self, const ObjPtr& delta) {
  const std::vector<uint64_t> w = wrap_words(delta, 256);
  philox_advance(static_cast<Philox&>(*bitgen_shared(self)), w.data());
  return self;
}

void add_pcg64_methods(TypeObject* t) {
  add_method(t, "advance", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("advance", {"delta"});
    return pcg_advance(self, sig.bind(a, k)[0]);
  });
  add_method(t, "jumped", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("jumped", {"jumps="});
    BoundArgs b = sig.bind(a, k);
    const BigInt jumps = b.has(0) ? jumps_int(b[0]) : BigInt(1);
    ObjPtr out = copy_bitgen_unseeded(self);
    return pcg_advance(out, make_int(pcg_jump_step() * jumps));
  });
}

void add_philox_methods(TypeObject* t) {
  add_method(t, "advance", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("advance", {"delta"});
    return philox_advance_obj(self, sig.bind(a, k)[0]);
  });
  add_method(t, "jumped", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("jumped", {"jumps="});
    BoundArgs b = sig.bind(a, k);
    if (b.has(0) && is_float(b[0]))  // jumps * 2**128 is a float: wrap_int's & refuses it
      raise_type_error("unsupported operand type(s) for &: 'float' and 'int'");
    if (b.has(0) && is_numpy_scalar(b[0]))  // jumps * 2**128 under NEP 50
      raise_overflow_error(std::string("Python integer 340282366920938463463374607431768211456 out of bounds for ") +
                           dtype_name(to_array(b[0])->dtype));
    const BigInt jumps = b.has(0) ? to_bigint(b[0]) : BigInt(1);
    ObjPtr out = copy_bitgen_unseeded(self);
    return philox_advance_obj(out, make_int(jumps.shl(128)));
  });
}

void add_mt19937_methods(TypeObject* t) {
  add_method(t, "jumped", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("jumped", {"jumps="});
    BoundArgs b = sig.bind(a, k);
    // np.npy_intp jumps: an index-like int; a negative count jumps zero times
    const int64_t jumps = b.has(0) ? to_index_int64(b[0], ErrorType::OverflowError) : 1;
    ObjPtr out = copy_bitgen_unseeded(self);
    MT19937& mt = static_cast<MT19937&>(*bitgen_shared(out));
    for (int64_t i = 0; i < jumps; ++i) {
      check_interrupt();  // each jump is ~10^7 word operations: stay stoppable
      mt19937_jump(mt);
    }
    return out;
  });
}

}  // namespace

void add_bitgen_jump_methods(TypeObject* t, const std::string& kind_name) {
  if (kind_name == "PCG64" || kind_name == "PCG64DXSM") add_pcg64_methods(t);
  else if (kind_name == "Philox") add_philox_methods(t);
  else if (kind_name == "MT19937") add_mt19937_methods(t);
}

}  // namespace sl
