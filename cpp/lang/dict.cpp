// dict.cpp — DictObject: an insertion-ordered hash table (entries vector + open-addressing
// index), keyed by Python equality. Deleted entries stay as null keys until the next
// rebuild, so iteration order is insertion order.
#include <cstring>

#include "lang/builtin_types.hpp"
#include "lang/object.hpp"

namespace sl {

namespace {
constexpr size_t kMinIndex = 8;

inline bool keys_match(const Object* stored, const Object* key) {
  if (stored == key) return true;
  TypeObject* a = stored->type();
  TypeObject* b = key->type();
  if (a == str_type && b == str_type)
    return static_cast<const StrObject*>(stored)->value == static_cast<const StrObject*>(key)->value;
  if ((a == int_type || a == bool_type) && (b == int_type || b == bool_type))
    return static_cast<const IntObject*>(stored)->value == static_cast<const IntObject*>(key)->value;
  return eq(ObjPtr(const_cast<Object*>(stored)), ObjPtr(const_cast<Object*>(key)));
}
}  // namespace

DictObject::DictObject() : Object(dict_type) {}

// str and int keys compared with str/int stored keys cannot run user code: probe without
// holding references or re-checking the version. Returns -2 when an entry with the same
// hash needs Python equality (a key of another type): the general loop decides then.
__attribute__((always_inline)) inline int64_t DictObject::find_plain(const Object* key, int64_t hash) const {
  const TypeObject* kt = key->type();
  const bool str_key = kt == str_type;
  size_t mask = index_.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  for (;;) {
    int32_t ix = index_[i];
    if (ix < 0) return -1;
    const Entry& e = entries_[ix];
    const Object* k = e.key.get();
    if (k == key) return ix;
    if (k && e.hash == hash) {
      const TypeObject* st = k->type();
      if (str_key) {
        if (st != str_type) return -2;
        if (static_cast<const StrObject*>(k)->value == static_cast<const StrObject*>(key)->value) return ix;
      } else {
        if (st != int_type && st != bool_type) return -2;
        if (static_cast<const IntObject*>(k)->value == static_cast<const IntObject*>(key)->value) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t DictObject::find(const Object* key, int64_t hash) const {
  if (index_.empty()) return -1;
  const TypeObject* kt = key->type();
  if (kt == str_type || kt == int_type || kt == bool_type) {
    int64_t ix = find_plain(key, hash);
    if (ix != -2) return ix;
  }
  for (int attempt = 0;; ++attempt) {
    if (index_.empty()) return -1;
    size_t mask = index_.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    size_t perturb = static_cast<size_t>(hash);
    const uint64_t version = version_;
    bool restart = false;
    for (;;) {
      int32_t ix = index_[i];
      if (ix < 0) return -1;
      const Entry& e = entries_[ix];
      if (e.key && e.hash == hash) {
        ObjPtr stored = e.key;  // keeps it alive if __eq__ mutates the dict
        bool match = keys_match(stored.get(), key);
        if (version_ != version) {
          // __eq__ changed the dict: the table may have moved; search again (like CPython)
          if (attempt > 16) raise(ErrorType::RuntimeError, "dictionary changed size during lookup");
          restart = true;
          break;
        }
        if (match) return ix;
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (!restart) return -1;
  }
}

void DictObject::rebuild(size_t min_capacity) {
  if (used_ != entries_.size()) {
    std::vector<Entry> live;
    live.reserve(used_ + 1);
    for (auto& e : entries_)
      if (e.key) live.push_back(std::move(e));
    entries_ = std::move(live);
  }
  size_t cap = kMinIndex;
  while (cap * 2 < min_capacity * 3) cap <<= 1;
  index_.assign(cap, -1);
  size_t mask = cap - 1;
  for (size_t k = 0; k < entries_.size(); ++k) {
    size_t i = static_cast<size_t>(entries_[k].hash) & mask;
    size_t perturb = static_cast<size_t>(entries_[k].hash);
    while (index_[i] >= 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index_[i] = static_cast<int32_t>(k);
  }
}

ObjPtr DictObject::get_hashed(const ObjPtr& key, int64_t h) const {
  // str/int keys probe inline (find_plain); -2 (an equal hash of another type) and other
  // key types take find(), which runs Python equality safely
  const TypeObject* kt = key->type();
  int64_t ix;
  if (!index_.empty() && (kt == str_type || kt == int_type || kt == bool_type)) {
    ix = find_plain(key.get(), h);
    if (ix == -2) ix = find(key.get(), h);
  } else {
    ix = find(key.get(), h);
  }
  return ix < 0 ? nullptr : entries_[ix].value;
}

// A str's cached hash read inline (the common key); every other key hashes through sl::hash.
static inline int64_t key_hash(const ObjPtr& key) {
  const Object* k = key.get();
  if (k->type() == str_type) {
    int64_t h = static_cast<const StrObject*>(k)->hash_cache;
    if (h != -1) return h;
  }
  return sl::hash(key);
}

ObjPtr DictObject::get(const ObjPtr& key) const { return get_hashed(key, key_hash(key)); }

ObjPtr DictObject::get(const std::string& key) const {
  if (index_.empty()) return nullptr;
  int64_t h = hash_string(key);
  size_t mask = index_.size() - 1;
  size_t i = static_cast<size_t>(h) & mask;
  size_t perturb = static_cast<size_t>(h);
  for (;;) {
    int32_t ix = index_[i];
    if (ix < 0) return nullptr;
    const Entry& e = entries_[ix];
    if (e.key && e.hash == h && e.key->type() == str_type && str_value(e.key) == key)
      return e.value;
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void DictObject::set_hashed(const ObjPtr& key, int64_t h, ObjPtr value) {
  const TypeObject* kt = key->type();
  int64_t ix;
  if (!index_.empty() && (kt == str_type || kt == int_type || kt == bool_type)) {  // as get_hashed
    ix = find_plain(key.get(), h);
    if (ix == -2) ix = find(key.get(), h);
  } else {
    ix = find(key.get(), h);
  }
  if (ix >= 0) {
    entries_[ix].value = std::move(value);
    return;
  }
  if ((entries_.size() + 1) * 3 >= index_.size() * 2) rebuild(used_ + 1 > 4 ? (used_ + 1) * 2 : 8);
  size_t mask = index_.size() - 1;
  size_t i = static_cast<size_t>(h) & mask;
  size_t perturb = static_cast<size_t>(h);
  while (index_[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  index_[i] = static_cast<int32_t>(entries_.size());
  entries_.push_back(Entry{key, std::move(value), h});
  ++used_;
  ++version_;
}

void DictObject::set(const ObjPtr& key, ObjPtr value) { set_hashed(key, key_hash(key), std::move(value)); }

void DictObject::set(const std::string& key, ObjPtr value) {
  ObjPtr k = make_str(key);
  set_hashed(k, sl::hash(k), std::move(value));
}

bool DictObject::remove(const ObjPtr& key) {
  int64_t ix = find(key.get(), sl::hash(key));
  if (ix < 0) return false;
  entries_[ix].key = nullptr;
  entries_[ix].value = nullptr;
  --used_;
  ++version_;
  if (used_ == 0) {
    entries_.clear();
    index_.clear();
  }
  return true;
}

bool DictObject::remove(const std::string& key) { return remove(make_str(key)); }

void DictObject::clear() {
  entries_.clear();
  index_.clear();
  used_ = 0;
  ++version_;
}

std::vector<ObjPtr> DictObject::keys() const {
  std::vector<ObjPtr> out;
  out.reserve(used_);
  for (auto& e : entries_)
    if (e.key) out.push_back(e.key);
  return out;
}

}  // namespace sl
