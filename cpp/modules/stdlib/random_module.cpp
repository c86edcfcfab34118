// random_module.cpp — the `random` module: the Random type's construction, seeding
// (CPython's init_by_array over the magnitude's 32-bit words for ints, the unsigned hash
// for floats, int.from_bytes(data + sha512(data)) for str/bytes, OS entropy for None),
// getstate/setstate, getrandbits/randbytes, and the module-level functions, which are the
// bound methods of one hidden instance per session (like CPython's random._inst).
#include <random>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/random_type.hpp"
#include "modules/stdlib/sha512.hpp"

namespace sl {

namespace {

const ObjPtr& zero() { return detail::g_small_ints[-detail::kSmallIntMin]; }

// little-endian 32-bit words of a non-negative int object; [0] for 0
std::vector<uint32_t> magnitude_words(ObjPtr n) {
  std::vector<uint32_t> words;
  if (n->type() == int_type) {
    uint64_t v = static_cast<uint64_t>(int_value(n));
    do {
      words.push_back(static_cast<uint32_t>(v));
      v >>= 32;
    } while (v);
    return words;
  }
  ObjPtr mask = make_int(0xffffffffLL), shift = make_int(32);
  do {
    words.push_back(static_cast<uint32_t>(to_int64(binary_op(BinOp::And, n, mask))));
    n = binary_op(BinOp::RShift, n, shift);
  } while (compare_bool(CmpOp::Gt, n, zero()));
  return words;
}

// the words of int.from_bytes(bytes, 'big'), without leading zero words
std::vector<uint32_t> words_from_big_endian(const std::string& bytes) {
  std::vector<uint32_t> words;
  size_t n = bytes.size();
  for (size_t end = n; end > 0;) {
    size_t start = end >= 4 ? end - 4 : 0;
    uint32_t w = 0;
    for (size_t i = start; i < end; ++i) w = (w << 8) | static_cast<unsigned char>(bytes[i]);
    words.push_back(w);
    end = start;
  }
  while (words.size() > 1 && words.back() == 0) words.pop_back();
  if (words.empty()) words.push_back(0);
  return words;
}

}  // namespace

RandomObject::RandomObject(TypeObject* t) : ObjectWithDict(t), gauss_next(None()) {}

ObjPtr RandomObject::getrandbits(int64_t k) {
  if (k <= 32) return make_int(k == 0 ? 0 : static_cast<int64_t>(mt.next32() >> (32 - k)));
  if (k <= 63) {
    uint64_t lo = mt.next32();
    uint64_t hi = mt.next32() >> (64 - k);
    return make_int(static_cast<int64_t>((hi << 32) | lo));
  }
  // CPython fills 32-bit words from the least significant; the last one is shifted down
  ObjPtr result = make_int(0);
  int64_t shift = 0;
  for (int64_t left = k; left > 0; left -= 32, shift += 32) {
    uint32_t r = mt.next32();
    if (left < 32) r >>= (32 - left);
    result = binary_op(BinOp::Or, result, binary_op(BinOp::LShift, make_int(r), make_int(shift)));
  }
  return result;
}

uint64_t RandomObject::randbelow_u64(uint64_t n) {
  int k = 64 - __builtin_clzll(n);
  for (;;) {
    uint64_t r;
    if (k <= 32) {
      r = mt.next32() >> (32 - k);
    } else {
      uint64_t lo = mt.next32();
      uint64_t hi = mt.next32() >> (64 - k);
      r = (hi << 32) | lo;
    }
    if (r < n) return r;
  }
}

ObjPtr RandomObject::randbelow(const ObjPtr& n) {
  if (n->type() == int_type && int_value(n) > 0)
    return make_int(static_cast<int64_t>(randbelow_u64(static_cast<uint64_t>(int_value(n)))));
  int64_t k = to_int64(call_method(n, "bit_length"));
  for (;;) {
    ObjPtr r = getrandbits(k);
    if (compare_bool(CmpOp::Lt, r, n)) return r;
  }
}

void RandomObject::seed(const ObjPtr& a) {
  gauss_next = None();
  if (is_none(a)) {
    std::random_device rd;
    std::vector<uint32_t> key(624);
    for (auto& w : key) w = rd();
    mt.seed_by_array(key);
    return;
  }
  std::vector<uint32_t> key;
  if (is_int(a)) {
    key = magnitude_words(abs_op(is_bool(a) ? make_int(int_value(a)) : a));
  } else if (is_str(a) || is_bytes(a)) {
    const std::string& data = is_str(a) ? str_value(a) : cast<BytesObject>(a)->value;
    key = words_from_big_endian(data + sha512_digest(data));
  } else if (is_float(a)) {
    uint64_t h = static_cast<uint64_t>(hash(a));  // the hash, as an unsigned size_t
    key.push_back(static_cast<uint32_t>(h));
    if (h >> 32) key.push_back(static_cast<uint32_t>(h >> 32));
  } else {
    raise_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  mt.seed_by_array(key);
}

namespace {

RandomObject* R(const ObjPtr& o) { return static_cast<RandomObject*>(o.get()); }

ObjPtr get_state(RandomObject* r) {
  std::vector<ObjPtr> words;
  const uint32_t* key = r->mt.key();
  for (int i = 0; i < MT19937::kStateLen; ++i) words.push_back(make_int(key[i]));
  words.push_back(make_int(r->mt.pos()));
  return make_tuple({make_int(3), make_tuple(std::move(words)), r->gauss_next});
}

void set_internal_state(RandomObject* r, const ObjPtr& state, bool reduce_mod) {
  if (!is_tuple(state)) raise_type_error("state vector must be a tuple");
  const auto& items = tuple_items(state);
  if (items.size() != MT19937::kStateLen + 1) raise_value_error("state vector is the wrong size");
  uint32_t key[MT19937::kStateLen];
  for (int i = 0; i < MT19937::kStateLen; ++i) {
    ObjPtr v = items[static_cast<size_t>(i)];
    if (reduce_mod) v = binary_op(BinOp::Mod, v, make_int(int64_t(1) << 32));
    if (!is_int(v)) raise_type_error("state vector items must be integers");
    int64_t w = to_int64(v);
    if (w < 0 || w > 0xffffffffLL) raise_overflow_error("Python int too large to convert to C unsigned long");
    key[i] = static_cast<uint32_t>(w);
  }
  int64_t pos = to_int64(items.back());
  if (pos < 0 || pos > MT19937::kStateLen) raise_value_error("invalid state");
  r->mt.set_state(key, static_cast<int>(pos));
}

}  // namespace

TypeObject* random_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("Random", "random");
    t->python_level = true;
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kw) -> ObjPtr {
      if (!kw.empty()) raise_type_error("Random() takes no keyword arguments");
      if (args.size() > 1)
        raise_type_error("Random.__init__() takes from 1 to 2 positional arguments but " +
                         std::to_string(args.size() + 1) + " were given");
      auto r = make_object<RandomObject>(cls);
      r->seed(args.empty() ? None() : args[0]);
      return r;
    };
    add_getset(
        t, "gauss_next", [](Interpreter&, const ObjPtr& self) { return R(self)->gauss_next; },
        [](Interpreter&, const ObjPtr& self, const ObjPtr& v) { R(self)->gauss_next = v ? v : None(); });
    add_type_attr(t, "VERSION", make_int(3));
    add_method(t, "seed", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("seed", {"a=", "version="});
      BoundArgs a = sig.bind(args, kw);
      R(self)->seed(a.get(0, None()));
      return None();
    });
    add_method(t, "random", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
      check_no_kwargs("random", kw);
      check_nargs("random", args, 0, 0);
      return make_float(R(self)->random());
    });
    add_method(t, "getrandbits", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
      check_no_kwargs("getrandbits", kw);
      check_nargs("getrandbits", args, 1, 1);
      int64_t k = to_int64(args[0]);
      if (k < 0) raise_value_error("number of bits must be non-negative");
      return R(self)->getrandbits(k);
    });
    add_method(t, "randbytes", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("randbytes", {"n"});
      BoundArgs a = sig.bind(args, kw);
      int64_t n = to_int64(a[0]);
      if (n < 0) raise_value_error("number of bits must be non-negative");
      if (n > (int64_t(1) << 30)) raise_memory_error("");
      std::string out;
      for (int64_t left = n * 8; left > 0; left -= 32) {
        uint32_t r = R(self)->mt.next32();
        if (left < 32) r >>= (32 - left);
        for (int b = 0; b < 4 && static_cast<int64_t>(out.size()) < n; ++b) out += static_cast<char>((r >> (8 * b)) & 0xff);
      }
      return make_bytes(out);
    });
    add_method(t, "getstate", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      return get_state(R(self));
    });
    add_method(t, "setstate", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
      check_no_kwargs("setstate", kw);
      check_nargs("setstate", args, 1, 1);
      if (!is_tuple(args[0])) raise_type_error("state vector must be a tuple");
      const auto& st = tuple_items(args[0]);
      if (st.size() != 3) raise_value_error("state with version " + (st.empty() ? std::string("None") : repr(st[0])) +
                                            " passed to Random.setstate() of version 3");
      int64_t version = is_int(st[0]) ? int_value(st[0]) : -1;
      if (version != 3 && version != 2)
        raise_value_error("state with version " + repr(st[0]) + " passed to Random.setstate() of version 3");
      set_internal_state(R(self), st[1], version == 2);
      R(self)->gauss_next = st[2];
      return None();
    });
    add_random_methods(t);
    return t;
  }();
  return t;
}

void register_random_module() {
  register_module("random", [](Interpreter&, ModuleObject& m) {
    TypeObject* t = random_type();
    m.set("Random", ObjPtr(t));
    auto inst = make_object<RandomObject>(t);
    inst->seed(None());
    m.set("_inst", inst);
    for (const char* name : {"seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample",
                             "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate",
                             "vonmisesvariate", "gammavariate", "gauss", "betavariate", "paretovariate",
                             "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes"})
      m.set(name, getattr(ObjPtr(inst.get()), name));
  });
}

}  // namespace sl
