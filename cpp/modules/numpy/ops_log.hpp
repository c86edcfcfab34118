// ops_log.hpp — the bounded log of a run's array operations, for the page's visualizers
// (RunResult::ops_json, DESIGN.md "Contracts"): element-wise ufunc applications (operand and
// result shapes/strides, so the broadcasting view can draw stretched axes, and NumPy's
// message when broadcasting failed), indexing (`a[0]`, `a[1:, ::2]`, `a[[0, 2]]`, `a[a > 5]`,
// and `a[...] = v`: the index parts, whether the result is a copy, and for small arrays which
// source element each result element came from) and reductions (np.sum / a.mean(axis=...):
// the source, the reduced axes and the result's shape).
//
// Recording is observation only: the logged_* wrappers call exactly the core function they
// wrap and rethrow its errors unchanged, so program behaviour cannot depend on the log.
// The log is bounded (kMaxOps entries; later operations are only counted), holds arrays
// weakly (a loop of large temporaries is never kept alive), and resolves global names at
// the end of the run, when `z = x + y` has bound the result. Operations on scalars only are
// not logged. Element access (`a[i, j]`) is: a loop of them costs only the first kMaxOps
// entries (and no source mapping beyond arithmetic on the index).
//
// Not here: JSON for figures (pyplot), the JS conversion (cpp/bindings).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/indexing.hpp"
#include "core/ufunc.hpp"
#include "lang/object.hpp"

namespace sl {

class DictObject;

class OpsLog {
 public:
  static constexpr size_t kMaxOps = 200;

  // Clears the log; `*line_ref` points at the line of the top-level statement being run
  // (either pointer may be null: lines are then 0).
  void begin_run(const int* const* line_ref);
  // The log as a JSON array; names are resolved against `globals` (arrays bound to a global).
  std::string to_json(const DictObject* globals) const;
  size_t size() const { return entries_.size(); }
  size_t dropped() const { return dropped_; }

  struct Operand {
    std::weak_ptr<NDArray> array;  // empty for a Python scalar
    Shape shape;
    Strides strides;
    std::string dtype;  // dtype name; "int"/"float"/"bool" for Python scalars
    bool scalar = false;
  };
  struct Entry {
    enum Kind { Ufunc, Index, Reduce } kind = Ufunc;
    std::string name;  // ufunc / reduction name; getitem / setitem
    int line = 0;
    std::vector<Operand> operands;  // ufunc inputs; for Index: [source]
    std::optional<Operand> result;  // ufunc result / index result / assigned value
    std::string index_json;         // Index only: the index parts, rendered when recorded
    std::vector<int64_t> mapping;   // Index only: source flat index per result element
    std::optional<std::vector<int64_t>> axes;  // Reduce only: reduced axes (nullopt: all)
    bool assign = false;
    bool copy = false;
    std::string error;
    bool has_error = false;
  };

  // Internal to the logged_* wrappers.
  bool accepting();
  void add(Entry e) { entries_.push_back(std::move(e)); }
  int current_line() const { return line_ref_ && *line_ref_ ? **line_ref_ : 0; }

 private:
  std::vector<Entry> entries_;
  size_t dropped_ = 0;
  const int* const* line_ref_ = nullptr;
};

// The log the current run records into (set by Session::run); null records nothing.
OpsLog* current_ops_log();
void set_current_ops_log(OpsLog* log);

// apply_ufunc / get_index / set_index, recorded in the current log.
ArrayPtr logged_ufunc(UFuncId id, const std::vector<Operand>& inputs, ArrayPtr out = nullptr,
                      ArrayPtr where = nullptr, std::optional<DType> dtype = std::nullopt,
                      Casting casting = Casting::SameKind);
ArrayPtr logged_get_index(const ArrayPtr& a, const std::vector<IndexItem>& idx);
// np.<name>(a, axis=...) / a.<name>(axis=...): `run` computes the result object (an ndarray,
// a NumPy scalar, or the `out` array). `axis` is the call's axis argument (null or None: all
// axes); it is read only when it is an int or a tuple of ints, so logging never calls user code.
ObjPtr logged_reduce(const std::string& name, const ArrayPtr& a, const ObjPtr& axis, const std::function<ObjPtr()>& run);
void logged_set_index(const ArrayPtr& a, const std::vector<IndexItem>& idx, const ArrayPtr& value);

}  // namespace sl
