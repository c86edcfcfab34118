// einsum_path.hpp — np.einsum_path and the contraction plan of np.einsum(optimize=...):
// numpy/_core/einsumfunc.py's Python-side subscript parser (its own messages), the greedy
// and optimal path searches, the BLAS (tensordot) eligibility test and the printed report,
// ported step by step so paths, costs and the report text match NumPy's.
//
// Known difference: NumPy picks the letters that stand for `...` from a Python set, whose
// order depends on string hashing; we take unused letters from the end of the alphabet
// (only the report's letters can differ, never a result).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

struct EinsumPathSpec {
  enum Kind { None, Greedy, Optimal, Explicit, Unknown } kind = Greedy;
  std::string name;  // Unknown: the path name given (a KeyError only when a search is needed)
  std::optional<int64_t> memory_limit;
  std::vector<std::vector<int64_t>> explicit_path;  // Explicit: the positions after 'einsum_path'
};

struct EinsumContraction {
  std::vector<int64_t> inds;            // positions, largest first
  std::string idx_removed;              // the summed letters (sorted)
  std::string einsum_str;               // "kl,jk->jl"
  std::vector<std::string> remaining;   // the terms after this contraction
  bool blas = false;                    // tensordot-able
};

struct EinsumPlan {
  std::string input_subscripts, output_subscript;   // parsed (ellipses expanded)
  std::vector<std::vector<int64_t>> path;           // as returned after 'einsum_path'
  std::vector<EinsumContraction> contractions;
  std::string report;                               // einsum_path's second result
};

// `subscripts` in string form (the caller converts NumPy's sublist form); `shapes` of the
// operands. ValueError/TypeError/RuntimeError with NumPy's messages; an Unknown path name
// that must be searched raises KeyError with message "Path name %s not found\x1f<name>"
// (NumPy's KeyError carries the tuple ('Path name %s not found', name): the caller builds it).
EinsumPlan einsum_plan(const std::string& subscripts, const std::vector<Shape>& shapes, const EinsumPathSpec& spec);

}  // namespace sl
