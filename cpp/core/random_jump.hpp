// random_jump.hpp — jump-ahead of the bit generators, as NumPy's `advance()` and `jumped()`
// move them: PCG64/PCG64DXSM advance their LCG by any 128-bit delta (Brown's arbitrary-stride
// method), Philox adds a 256-bit delta to its counter, MT19937 jumps 2**128 words with
// Haramoto et al.'s Horner evaluation of a precomputed jump polynomial.
//
// Each function reproduces NumPy's C code step for step, including its quirks (Philox's carry
// chain, MT19937's jump treating `pos` as the start of the 624-word window), because the
// resulting states are visible through `.state` and must be bit-identical. Resetting the
// buffered values (has_uint32, Philox's buffer) is the caller's choice, as in NumPy.
// Not here: the Python objects (modules/numpy/numpy_random_jump.cpp).
#pragma once
#include <cstdint>

#include "core/random_bitgens.hpp"
#include "core/random_mt19937.hpp"
#include "core/random_pcg64.hpp"

namespace sl {

// state advanced as if `delta` (mod 2**128) 64-bit draws had been made (pcg64_advance /
// pcg64_cm_advance for DXSM); has_uint32 and uinteger are cleared.
void pcg64_advance(PCG64& g, unsigned __int128 delta);
// counter += delta (four little-endian words, mod 2**256); the buffer is emptied and
// has_uint32 cleared (Philox._reset_state_variables).
void philox_advance(Philox& g, const uint64_t delta[4]);
// One jump of 2**128 steps (mt19937_jump_state).
void mt19937_jump(MT19937& g);

}  // namespace sl
