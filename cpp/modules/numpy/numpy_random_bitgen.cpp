// numpy_random_bitgen.cpp — see numpy_random_bitgen.hpp (also PCG64DXSM: PCG64's seeding and
// state layout with the cheap-multiplier DXSM step). Follows numpy/random/bit_generator.pyx
// (SeedSequence: entropy + spawn_key assembled into the pool, spawn() numbering children
// from n_children_spawned) and each generator's .pyx (seeding, state dict layout, messages;
// SFC64's is NumPy 2.0's "state must be for a SFC64 RNG": 2.3 lost the f-string prefix).
#include "modules/numpy/numpy_random_bitgen.hpp"

#include <cstring>
#include <random>

#include "core/assign.hpp"
#include "core/random_bitgens.hpp"
#include "core/random_mt19937.hpp"
#include "core/random_params.hpp"
#include "core/random_pcg64.hpp"
#include "core/run_effects.hpp"
#include "lang/bigint.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

constexpr int64_t kDefaultPoolSize = 4;
// Mixing a pool is quadratic in its size: beyond this NumPy would run for minutes.
constexpr int64_t kMaxPoolSize = int64_t{1} << 14;

// ---- SeedSequence -------------------------------------------------------------------------
struct SeedSequenceObject : Object {
  static TypeObject* type;
  ObjPtr entropy;                  // as given (an int when drawn from the OS)
  std::vector<ObjPtr> spawn_key;   // ints
  int64_t n_children_spawned = 0;
  int64_t pool_size = kDefaultPoolSize;
  std::vector<uint32_t> assembled;  // entropy words (+ padding) + spawn_key words
  SeedSequenceObject() : Object(type) {}
  SeedSequence seq() const { return SeedSequence(assembled, static_cast<int>(pool_size)); }
};
TypeObject* SeedSequenceObject::type = nullptr;
SeedSequenceObject* as_seq(const ObjPtr& o) { return static_cast<SeedSequenceObject*>(o.get()); }

// _coerce_to_uint32_array: an int as its base-2**32 digits (0 -> [0]), a sequence as the
// concatenation of its items' words.
void append_words(const ObjPtr& x, std::vector<uint32_t>& out, int depth = 0) {
  if (depth > 32) raise_value_error("seed nesting is too deep");
  if (is_float(x) || (is_numpy_scalar(x) && dtype_is_float(to_array(x)->dtype)))
    raise_type_error("seed must be integer");
  if (is_int(x) || is_numpy_scalar(x)) {
    const BigInt v = to_bigint(x);
    if (v.sign() < 0) raise_value_error("expected non-negative integer");
    if (v.sign() == 0) out.push_back(0);
    for (uint32_t w : v.limbs()) out.push_back(w);
    return;
  }
  for (const ObjPtr& item : iterate(x)) append_words(item, out, depth + 1);
}

// note_effect: false for the throw-away seed of jumped(), whose stream does not depend on it
ObjPtr make_seed_sequence(const ObjPtr& entropy_in, std::vector<ObjPtr> spawn_key, int64_t pool_size,
                          int64_t n_children_spawned, bool note_effect = true) {
  if (pool_size < kDefaultPoolSize)
    raise_value_error("The size of the entropy pool should be at least " + std::to_string(kDefaultPoolSize));
  if (pool_size > kMaxPoolSize)
    raise_memory_error("SeedSequence: pool_size " + std::to_string(pool_size) + " is beyond stridelab's limit of " +
                       std::to_string(kMaxPoolSize));
  ObjPtr entropy = entropy_in;
  if (!entropy || is_none(entropy)) {  // randbits(pool_size * 32) from the OS
    if (note_effect) note_run_effect(RunEffect::UnseededRandom);  // a replay will draw other numbers
    std::random_device rd;
    std::vector<unsigned char> bytes(static_cast<size_t>(pool_size) * 4);
    for (int64_t i = 0; i < pool_size; ++i) {
      const uint32_t w = rd();
      std::memcpy(bytes.data() + 4 * i, &w, 4);
    }
    entropy = make_int(BigInt::from_bytes(bytes.data(), bytes.size(), true, false));
  } else if (!(is_int(entropy) || is_numpy_scalar(entropy) || is_list(entropy) || is_tuple(entropy) ||
               is_ndarray(entropy) || entropy->type()->name == "range")) {
    raise_type_error("SeedSequence expects int or sequence of ints for entropy not " + str(entropy));
  }
  Ref<SeedSequenceObject> ss(new SeedSequenceObject());
  ss->entropy = entropy;
  ss->spawn_key = std::move(spawn_key);
  ss->n_children_spawned = n_children_spawned;
  ss->pool_size = pool_size;
  append_words(entropy, ss->assembled);
  std::vector<uint32_t> spawn_words;
  for (const ObjPtr& k : ss->spawn_key) append_words(k, spawn_words);
  if (!spawn_words.empty() && ss->assembled.size() < static_cast<size_t>(pool_size))
    ss->assembled.resize(static_cast<size_t>(pool_size), 0);
  ss->assembled.insert(ss->assembled.end(), spawn_words.begin(), spawn_words.end());
  return ObjPtr(ss.get());
}

ObjPtr seq_spawn(const ObjPtr& self, const ObjPtr& n_obj) {
  SeedSequenceObject* s = as_seq(self);
  const int64_t n = to_int64(n_obj);
  if (n < 0) raise_value_error("n_children must be non-negative");
  std::vector<ObjPtr> out;
  for (int64_t i = s->n_children_spawned; i < s->n_children_spawned + n; ++i) {
    std::vector<ObjPtr> key = s->spawn_key;
    key.push_back(make_int(i));
    out.push_back(make_seed_sequence(s->entropy, std::move(key), s->pool_size, 0));
  }
  s->n_children_spawned += n;
  return make_list(std::move(out));
}

ObjPtr u32_array(const uint32_t* w, int64_t n) {
  ArrayPtr out = new_array({n}, DType::UInt32);
  if (n) std::memcpy(out->data(), w, static_cast<size_t>(n) * sizeof(uint32_t));
  return wrap_array(out);
}
ObjPtr u64_array(const uint64_t* w, int64_t n) {
  ArrayPtr out = new_array({n}, DType::UInt64);
  if (n) std::memcpy(out->data(), w, static_cast<size_t>(n) * sizeof(uint64_t));
  return wrap_array(out);
}

void init_seed_sequence_type() {
  TypeObject* t = SeedSequenceObject::type = new_type("SeedSequence", "numpy.random.bit_generator");
  t->construct = [](Interpreter&, TypeObject*, PosArgs a, KwArgs k) -> ObjPtr {
    static const Signature sig("SeedSequence", {"entropy=", "*", "spawn_key=", "pool_size=", "n_children_spawned="});
    BoundArgs b = sig.bind(a, k);
    std::vector<ObjPtr> key;
    if (b.given(1))
      for (const ObjPtr& x : iterate(b[1])) key.push_back(x);
    return make_seed_sequence(b.has(0) ? b[0] : nullptr, std::move(key),
                              b.given(2) ? to_int64(b[2]) : kDefaultPoolSize, b.given(3) ? to_int64(b[3]) : 0);
  };
  t->repr = [](Interpreter&, const ObjPtr& self) {
    const SeedSequenceObject* s = as_seq(self);
    std::string r = "SeedSequence(\n    entropy=" + repr(s->entropy) + ",\n";
    if (!s->spawn_key.empty()) r += "    spawn_key=" + repr(make_tuple(s->spawn_key)) + ",\n";
    if (s->pool_size != kDefaultPoolSize) r += "    pool_size=" + std::to_string(s->pool_size) + ",\n";
    if (s->n_children_spawned != 0) r += "    n_children_spawned=" + std::to_string(s->n_children_spawned) + ",\n";
    return make_str(r + ")");
  };
  add_getset(t, "entropy", [](Interpreter&, const ObjPtr& self) { return as_seq(self)->entropy; });
  add_getset(t, "spawn_key", [](Interpreter&, const ObjPtr& self) { return make_tuple(as_seq(self)->spawn_key); });
  add_getset(t, "pool_size", [](Interpreter&, const ObjPtr& self) { return make_int(as_seq(self)->pool_size); });
  add_getset(t, "n_children_spawned",
             [](Interpreter&, const ObjPtr& self) { return make_int(as_seq(self)->n_children_spawned); });
  add_getset(t, "state", [](Interpreter&, const ObjPtr& self) {
    const SeedSequenceObject* s = as_seq(self);
    Ref<DictObject> d = make_dict();
    d->set(make_str("entropy"), s->entropy);
    d->set(make_str("spawn_key"), make_tuple(s->spawn_key));
    d->set(make_str("pool_size"), make_int(s->pool_size));
    d->set(make_str("n_children_spawned"), make_int(s->n_children_spawned));
    return ObjPtr(d.get());
  });
  add_method(t, "generate_state", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("generate_state", {"n_words", "dtype="});
    BoundArgs b = sig.bind(a, k);
    const SeedSequence seq = as_seq(self)->seq();
    const int64_t n = to_int64(b[0]);
    if (n < 0) raise_value_error("negative dimensions are not allowed");
    if (n > (int64_t{1} << 28)) raise_memory_error("generate_state: too many words");
    const DType dt = b.given(1) ? to_dtype(b[1]) : DType::UInt32;
    if (dt == DType::UInt32) {
      std::vector<uint32_t> w = seq.generate_state32(static_cast<int>(n));
      return u32_array(w.data(), n);
    }
    if (dt != DType::UInt64) raise_value_error("only support uint32 or uint64");
    std::vector<uint64_t> w = seq.generate_state64(static_cast<int>(n));
    return u64_array(w.data(), n);
  });
  add_method(t, "spawn", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("spawn", {"n_children"});
    return seq_spawn(self, sig.bind(a, k)[0]);
  });
}

// ---- bit generators ------------------------------------------------------------------------
enum class Kind { PCG64, MT19937, Philox, SFC64, PCG64DXSM };
struct KindInfo {
  Kind kind;
  const char* name;
  const char* module;
  const char* wrong_state;  // NumPy's "state must be for a ..." message
};
const KindInfo kKinds[] = {
    {Kind::PCG64, "PCG64", "numpy.random._pcg64", "state must be for a PCG64 RNG"},
    {Kind::MT19937, "MT19937", "numpy.random._mt19937", "state must be for a MT19937 PRNG"},
    {Kind::Philox, "Philox", "numpy.random._philox", "state must be for a Philox PRNG"},
    {Kind::SFC64, "SFC64", "numpy.random._sfc64", "state must be for a SFC64 RNG"},
    {Kind::PCG64DXSM, "PCG64DXSM", "numpy.random._pcg64", "state must be for a PCG64DXSM RNG"},
};

TypeObject* g_base_type = nullptr;
TypeObject* g_kind_types[5] = {};

struct BitGenObject : Object {
  Kind kind;
  std::shared_ptr<BitGenerator> bg;
  ObjPtr seed_seq;  // a SeedSequence, or None (Philox(key=...))
  BitGenObject(TypeObject* t, Kind k) : Object(t), kind(k) {}
};
BitGenObject* as_bg(const ObjPtr& o) { return static_cast<BitGenObject*>(o.get()); }
const KindInfo& info(Kind k) { return kKinds[static_cast<int>(k)]; }

ObjPtr seed_sequence_for(const ObjPtr& seed) {
  if (seed && seed->type() == SeedSequenceObject::type) return seed;
  return make_seed_sequence(seed, {}, kDefaultPoolSize, 0);
}

// int_to_array(value, name, bits, 64): little-endian 64-bit words of a non-negative int
std::vector<uint64_t> int_words64(const ObjPtr& v, const char* name, int bits) {
  const int n = bits / 64;
  std::vector<uint64_t> out(static_cast<size_t>(n), 0);
  if (is_int(v) || is_numpy_scalar(v)) {
    const BigInt x = to_bigint(v);
    if (x.sign() < 0 || x.limbs().size() > static_cast<size_t>(2 * n))
      raise_value_error(std::string(name) + " must be positive and less than 2**" + std::to_string(bits) + ".");
    const auto& l = x.limbs();
    for (size_t i = 0; i < l.size(); ++i) out[i / 2] |= static_cast<uint64_t>(l[i]) << (32 * (i % 2));
    return out;
  }
  std::vector<ObjPtr> items = iterate(v);
  if (items.size() != static_cast<size_t>(n))
    raise_value_error(std::string(name) + " must have " + std::to_string(n) + " elements when using array form");
  for (size_t i = 0; i < items.size(); ++i) out[i] = to_array(items[i], DType::UInt64)->item0().v.u;
  return out;
}

ObjPtr make_bitgen(Kind kind, const ObjPtr& seed, const ObjPtr& counter = nullptr, const ObjPtr& key = nullptr) {
  Ref<BitGenObject> o(new BitGenObject(g_kind_types[static_cast<int>(kind)], kind));
  if (kind == Kind::Philox && key && !is_none(key)) {
    if (seed && !is_none(seed)) raise_value_error("seed and key cannot be both used");
    o->seed_seq = None();
    std::vector<uint64_t> k = int_words64(key, "key", 128);
    std::vector<uint64_t> c = counter && !is_none(counter) ? int_words64(counter, "counter", 256)
                                                             : std::vector<uint64_t>(4, 0);
    o->bg = std::make_shared<Philox>(c.data(), k.data());
    return ObjPtr(o.get());
  }
  o->seed_seq = seed_sequence_for(seed);
  const SeedSequence seq = as_seq(o->seed_seq)->seq();
  switch (kind) {
    case Kind::PCG64: o->bg = std::make_shared<PCG64>(seq); break;
    case Kind::PCG64DXSM: o->bg = std::make_shared<PCG64>(seq, true); break;
    case Kind::MT19937: {
      auto mt = std::make_shared<MT19937>();
      seed_mt19937(*mt, seq);
      o->bg = mt;
      break;
    }
    case Kind::Philox: {
      auto ph = std::make_shared<Philox>(seq);
      if (counter && !is_none(counter)) {
        std::vector<uint64_t> c = int_words64(counter, "counter", 256);
        for (int i = 0; i < 4; ++i) ph->counter[i] = c[static_cast<size_t>(i)];
      }
      o->bg = ph;
      break;
    }
    case Kind::SFC64: o->bg = std::make_shared<SFC64>(seq); break;
  }
  return ObjPtr(o.get());
}

ObjPtr big_u128(unsigned __int128 v) {
  unsigned char bytes[16];
  for (int i = 0; i < 16; ++i) bytes[i] = static_cast<unsigned char>(v >> (8 * i));
  return make_int(BigInt::from_bytes(bytes, 16, true, false));
}
unsigned __int128 to_u128(const ObjPtr& o) {
  const BigInt x = to_bigint(o);
  unsigned __int128 v = 0;
  const auto& l = x.limbs();
  for (size_t i = 0; i < l.size() && i < 4; ++i) v |= static_cast<unsigned __int128>(l[i]) << (32 * i);
  if (x.sign() < 0) v = ~v + 1;  // two's complement, as NumPy's uint64 conversion of // and %
  return v;
}

ObjPtr dict_get(const ObjPtr& d, const char* key) {
  ObjPtr v = static_cast<DictObject*>(d.get())->get(make_str(key));
  if (!v) throw_exception(make_exception(exception_type(ErrorType::KeyError), {make_str(key)}));
  return v;
}
std::vector<uint64_t> u64_words(const ObjPtr& o, size_t n) {
  ArrayPtr a = to_array(o, DType::UInt64);
  if (a->size() < static_cast<int64_t>(n)) raise_index_error("index " + std::to_string(a->size()) + " is out of bounds for axis 0 with size " + std::to_string(a->size()));
  ArrayPtr c = copy_array(a, 'C');  // native, contiguous
  const uint64_t* d = reinterpret_cast<const uint64_t*>(c->data());
  return std::vector<uint64_t>(d, d + n);
}

ObjPtr get_state(const ObjPtr& self) {
  BitGenObject* o = as_bg(self);
  Ref<DictObject> d = make_dict();
  Ref<DictObject> inner = make_dict();
  d->set(make_str("bit_generator"), make_str(info(o->kind).name));
  switch (o->kind) {
    case Kind::PCG64:
    case Kind::PCG64DXSM: {
      const PCG64::State st = static_cast<PCG64&>(*o->bg).state();
      inner->set(make_str("state"), big_u128(st.state));
      inner->set(make_str("inc"), big_u128(st.inc));
      d->set(make_str("state"), ObjPtr(inner.get()));
      d->set(make_str("has_uint32"), make_int(st.has_uint32 ? 1 : 0));
      d->set(make_str("uinteger"), make_int(st.uinteger));
      break;
    }
    case Kind::MT19937: {
      const MT19937& mt = static_cast<MT19937&>(*o->bg);
      inner->set(make_str("key"), u32_array(mt.key(), MT19937::kStateLen));
      inner->set(make_str("pos"), make_int(mt.pos()));
      d->set(make_str("state"), ObjPtr(inner.get()));
      break;
    }
    case Kind::Philox: {
      const Philox& p = static_cast<Philox&>(*o->bg);
      inner->set(make_str("counter"), u64_array(p.counter, 4));
      inner->set(make_str("key"), u64_array(p.key, 2));
      d->set(make_str("state"), ObjPtr(inner.get()));
      d->set(make_str("buffer"), u64_array(p.buffer, Philox::kBufferSize));
      d->set(make_str("buffer_pos"), make_int(p.buffer_pos));
      d->set(make_str("has_uint32"), make_int(p.has_uint32 ? 1 : 0));
      d->set(make_str("uinteger"), make_int(p.uinteger));
      break;
    }
    case Kind::SFC64: {
      const SFC64& s = static_cast<SFC64&>(*o->bg);
      inner->set(make_str("state"), u64_array(s.s, 4));
      d->set(make_str("state"), ObjPtr(inner.get()));
      d->set(make_str("has_uint32"), make_int(s.has_uint32 ? 1 : 0));
      d->set(make_str("uinteger"), make_int(s.uinteger));
      break;
    }
  }
  return ObjPtr(d.get());
}

void set_state(const ObjPtr& self, ObjPtr value) {
  BitGenObject* o = as_bg(self);
  if (o->kind == Kind::MT19937 && is_tuple(value)) {  // RandomState.get_state()'s legacy tuple
    const auto& t = tuple_items(value);
    if (t.empty() || !is_str(t[0]) || str_value(t[0]) != "MT19937" || (t.size() != 3 && t.size() != 5))
      raise_value_error("state is not a legacy MT19937 state");
    Ref<DictObject> inner = make_dict();
    inner->set(make_str("key"), t[1]);
    inner->set(make_str("pos"), t[2]);
    Ref<DictObject> d = make_dict();
    d->set(make_str("bit_generator"), make_str("MT19937"));
    d->set(make_str("state"), ObjPtr(inner.get()));
    value = ObjPtr(d.get());
  }
  if (!is_dict(value)) raise_type_error("state must be a dict");
  ObjPtr name = static_cast<DictObject*>(value.get())->get(make_str("bit_generator"));
  if (!name || !is_str(name) || str_value(name) != info(o->kind).name) raise_value_error(info(o->kind).wrong_state);
  const ObjPtr inner = dict_get(value, "state");
  auto flag = [&](const char* k) { return is_true(dict_get(value, k)); };
  auto u32 = [&](const char* k) { return static_cast<uint32_t>(to_u128(dict_get(value, k))); };
  switch (o->kind) {
    case Kind::PCG64:
    case Kind::PCG64DXSM: {
      PCG64::State st{to_u128(dict_get(inner, "state")), to_u128(dict_get(inner, "inc")), flag("has_uint32"),
                      u32("uinteger")};
      static_cast<PCG64&>(*o->bg).set_state(st);
      break;
    }
    case Kind::MT19937: {
      ArrayPtr key = copy_array(to_array(dict_get(inner, "key"), DType::UInt32), 'C');
      if (key->size() < MT19937::kStateLen)
        raise_index_error("index " + std::to_string(key->size()) + " is out of bounds for axis 0 with size " +
                          std::to_string(key->size()));
      const auto* k = reinterpret_cast<const uint32_t*>(key->data());
      static_cast<MT19937&>(*o->bg).set_state(k, static_cast<int>(to_int64(dict_get(inner, "pos"))));
      break;
    }
    case Kind::Philox: {
      Philox& p = static_cast<Philox&>(*o->bg);
      std::vector<uint64_t> c = u64_words(dict_get(inner, "counter"), 4), k = u64_words(dict_get(inner, "key"), 2),
                            buf = u64_words(dict_get(value, "buffer"), Philox::kBufferSize);
      for (int i = 0; i < 4; ++i) p.counter[i] = c[static_cast<size_t>(i)];
      for (int i = 0; i < 2; ++i) p.key[i] = k[static_cast<size_t>(i)];
      for (int i = 0; i < Philox::kBufferSize; ++i) p.buffer[i] = buf[static_cast<size_t>(i)];
      const int64_t pos = to_int64(dict_get(value, "buffer_pos"));
      p.buffer_pos = pos < 0 || pos > Philox::kBufferSize ? Philox::kBufferSize : static_cast<int>(pos);
      p.has_uint32 = flag("has_uint32");
      p.uinteger = u32("uinteger");
      break;
    }
    case Kind::SFC64: {
      SFC64& s = static_cast<SFC64&>(*o->bg);
      std::vector<uint64_t> v = u64_words(dict_get(inner, "state"), 4);
      for (int i = 0; i < 4; ++i) s.s[i] = v[static_cast<size_t>(i)];
      s.has_uint32 = flag("has_uint32");
      s.uinteger = u32("uinteger");
      break;
    }
  }
}

void init_bitgen_kind_types() {
  g_base_type = new_type("BitGenerator", "numpy.random.bit_generator");
  g_base_type->construct = [](Interpreter&, TypeObject*, PosArgs, KwArgs) -> ObjPtr {
    raise_not_implemented("BitGenerator is a base class and cannot be instantized");
  };
  add_method(g_base_type, "random_raw", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) -> ObjPtr {
    static const Signature sig("random_raw", {"size=", "output="});
    BoundArgs b = sig.bind(a, k);
    BitGenerator& bg = *as_bg(self)->bg;
    const bool output = !b.has(1) || is_true(b[1]);
    if (!b.given(0)) {
      const uint64_t v = bg.next_raw();
      return output ? make_int_u64(v) : None();
    }
    ArrayPtr out = new_array(size_shape(SizeArg(to_shape(b[0]))), DType::UInt64);
    uint64_t* d = reinterpret_cast<uint64_t*>(out->data());
    for (int64_t i = 0; i < out->size(); ++i) d[i] = bg.next_raw();
    return output ? wrap_array(out) : None();
  });
  add_method(g_base_type, "spawn", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("spawn", {"n_children"});
    return spawn_bitgens(self, sig.bind(a, k)[0]);
  });
  add_getset(g_base_type, "seed_seq", [](Interpreter&, const ObjPtr& self) { return as_bg(self)->seed_seq; });
  add_getset(
      g_base_type, "state", [](Interpreter&, const ObjPtr& self) { return get_state(self); },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) { set_state(self, v); });
  for (const KindInfo& ki : kKinds) {
    TypeObject* t = new_type(ki.name, ki.module, g_base_type);
    g_kind_types[static_cast<int>(ki.kind)] = t;
    add_bitgen_jump_methods(t, ki.name);
    if (ki.kind == Kind::Philox) {
      t->construct = [](Interpreter&, TypeObject*, PosArgs a, KwArgs k) -> ObjPtr {
        static const Signature sig("Philox", {"seed=", "counter=", "key="});
        BoundArgs b = sig.bind(a, k);
        return make_bitgen(Kind::Philox, b.has(0) ? b[0] : nullptr, b.has(1) ? b[1] : nullptr, b.has(2) ? b[2] : nullptr);
      };
      continue;
    }
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs a, KwArgs k) -> ObjPtr {
      static const Signature sig("BitGenerator", {"seed="});
      BoundArgs b = sig.bind(a, k);
      for (const KindInfo& x : kKinds)
        if (cls->is_subtype_of(g_kind_types[static_cast<int>(x.kind)]))
          return make_bitgen(x.kind, b.has(0) ? b[0] : nullptr);
      raise_not_implemented("BitGenerator is a base class and cannot be instantized");
    };
  }
}

}  // namespace

void init_bitgen_types() {
  if (g_base_type) return;
  init_seed_sequence_type();
  init_bitgen_kind_types();
}

bool is_bitgen_object(const ObjPtr& o) { return g_base_type && o->type()->is_subtype_of(g_base_type); }

std::shared_ptr<BitGenerator> bitgen_shared(const ObjPtr& bg) { return as_bg(bg)->bg; }

ObjPtr make_default_bitgen(const ObjPtr& seed) { return make_bitgen(Kind::PCG64, seed); }

ObjPtr spawn_bitgens(const ObjPtr& bg, const ObjPtr& n_children) {
  BitGenObject* o = as_bg(bg);
  if (to_int64(n_children) < 0) raise_value_error("n_children must be non-negative");
  if (!o->seed_seq || o->seed_seq->type() != SeedSequenceObject::type)
    raise_type_error("The underlying SeedSequence does not implement spawning.");
  std::vector<ObjPtr> out;
  for (const ObjPtr& s : iterate(seq_spawn(o->seed_seq, n_children))) out.push_back(make_bitgen(o->kind, s));
  return make_list(std::move(out));
}

ObjPtr copy_bitgen_unseeded(const ObjPtr& bg) {
  BitGenObject* src = as_bg(bg);
  Ref<BitGenObject> o(new BitGenObject(src->type(), src->kind));
  o->seed_seq = make_seed_sequence(None(), {}, kDefaultPoolSize, 0, /*note_effect=*/false);
  switch (src->kind) {
    case Kind::PCG64:
    case Kind::PCG64DXSM: o->bg = std::make_shared<PCG64>(static_cast<const PCG64&>(*src->bg)); break;
    case Kind::MT19937: o->bg = std::make_shared<MT19937>(static_cast<const MT19937&>(*src->bg)); break;
    case Kind::Philox: o->bg = std::make_shared<Philox>(static_cast<const Philox&>(*src->bg)); break;
    case Kind::SFC64: o->bg = std::make_shared<SFC64>(static_cast<const SFC64&>(*src->bg)); break;
  }
  return ObjPtr(o.get());
}

std::string bitgen_type_name(const ObjPtr& bg) { return info(as_bg(bg)->kind).name; }

void set_bitgen_names(ModuleObject& m) {
  init_bitgen_types();
  m.set("SeedSequence", ObjPtr(SeedSequenceObject::type));
  m.set("BitGenerator", ObjPtr(g_base_type));
  for (const KindInfo& ki : kKinds) m.set(ki.name, ObjPtr(g_kind_types[static_cast<int>(ki.kind)]));
}

}  // namespace sl
