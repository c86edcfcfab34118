// set.cpp — SetObject follows CPython 3.11's set table (Objects/setobject.c): same
// probing (9 linear probes, then perturbed), same growth rule (fill*5 >= mask*3 resizes to
// used*4), same reinsertion order, so printing a set of ints shows CPython's order.
#include "lang/builtin_types.hpp"
#include "lang/object.hpp"

namespace sl {

namespace {
constexpr size_t kSetMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

inline bool set_keys_equal(ObjPtr a, ObjPtr b) {  // by value: __eq__ may mutate the table
  if (a.get() == b.get()) return true;
  if (is_str(a) && is_str(b)) return str_value(a) == str_value(b);
  if (is_small_int(a) && is_small_int(b)) return int_value(a) == int_value(b);
  return eq(a, b);
}
}  // namespace

SetObject::SetObject(bool frozen) : Object(frozen ? frozenset_type : set_type) {
  table_.resize(kSetMinSize);
}

// Index of the active slot holding `key`, or -1.
int64_t SetObject::find(const ObjPtr& key, int64_t hash) const {
  const size_t size_before = table_.size(), used_before = used_;
  uint64_t mask = table_.size() - 1;
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    for (size_t p = 0; p <= probes; ++p, ++j) {
      const Slot& s = table_[j];
      if (!s.key && s.hash == 0) return -1;
      if (s.key && s.hash == hash) {
        bool match = set_keys_equal(s.key, key);
        if (table_.size() != size_before || used_ != used_before)
          raise(ErrorType::RuntimeError, "set changed size during iteration");
        if (match) return static_cast<int64_t>(j);
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void SetObject::insert_clean(const ObjPtr& key, int64_t hash) {
  uint64_t mask = table_.size() - 1;
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    for (size_t p = 0; p <= probes; ++p, ++j) {
      if (!table_[j].key && table_[j].hash == 0) {
        table_[j].key = key;
        table_[j].hash = hash;
        return;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void SetObject::resize(size_t minused) {
  size_t newsize = kSetMinSize;
  while (newsize <= minused) newsize <<= 1;
  std::vector<Slot> old;
  old.swap(table_);
  table_.assign(newsize, Slot{});
  for (auto& s : old)
    if (s.key) insert_clean(s.key, s.hash);
  fill_ = used_;
}

bool SetObject::add(const ObjPtr& key) {
  int64_t hash = sl::hash(key);
  const size_t size_before = table_.size(), used_before = used_;
  uint64_t mask = table_.size() - 1;
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  int64_t freeslot = -1;
  for (;;) {
    uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    for (size_t p = 0; p <= probes; ++p, ++j) {
      Slot& s = table_[j];
      if (!s.key && s.hash == 0) {
        if (freeslot >= 0) {
          table_[freeslot].key = key;
          table_[freeslot].hash = hash;
          ++used_;
          return true;
        }
        s.key = key;
        s.hash = hash;
        ++fill_;
        ++used_;
        if (fill_ * 5 >= mask * 3) resize(used_ > 50000 ? used_ * 2 : used_ * 4);
        return true;
      }
      if (s.key) {
        if (s.hash == hash) {
          bool match = set_keys_equal(s.key, key);
          if (table_.size() != size_before || used_ != used_before)
            raise(ErrorType::RuntimeError, "set changed size during iteration");
          if (match) return false;
        }
      } else if (freeslot < 0) {
        freeslot = static_cast<int64_t>(j);  // dummy
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void SetObject::presize(size_t incoming) {
  uint64_t mask = table_.size() - 1;
  if ((fill_ + incoming) * 5 >= mask * 3) resize((used_ + incoming) * 2);
}

void SetObject::merge(const SetObject& other) {
  if (&other == this || other.used_ == 0) return;
  presize(other.used_);
  if (fill_ == 0 && table_.size() == other.table_.size() && other.fill_ == other.used_) {
    for (uint64_t i = 0; i < table_.size(); ++i)
      if (other.table_[i].key) table_[i] = other.table_[i];
    fill_ = used_ = other.used_;
    return;
  }
  for (auto& s : other.table_)
    if (s.key) add(s.key);
}

bool SetObject::contains(const ObjPtr& key) const { return find(key, sl::hash(key)) >= 0; }

bool SetObject::discard(const ObjPtr& key) {
  int64_t j = find(key, sl::hash(key));
  if (j < 0) return false;
  table_[j].key = nullptr;
  table_[j].hash = -1;  // dummy
  --used_;
  return true;
}

void SetObject::clear() {
  table_.assign(kSetMinSize, Slot{});
  used_ = fill_ = 0;
}

std::vector<ObjPtr> SetObject::items() const {
  std::vector<ObjPtr> out;
  out.reserve(used_);
  for (auto& s : table_)
    if (s.key) out.push_back(s.key);
  return out;
}

}  // namespace sl
