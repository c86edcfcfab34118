// random_type.hpp — random.Random: CPython's Mersenne Twister generator object, shared by
// the files of the `random` module (random_module.cpp: the type, seeding, state and the
// bit-level draws; random_methods.cpp: the sequence methods and the distributions, which
// follow CPython's random.py step by step so that the same seed gives the same values).
#pragma once
#include "core/random_mt19937.hpp"
#include "lang/object.hpp"

namespace sl {

struct RandomObject : ObjectWithDict {
  MT19937 mt;
  ObjPtr gauss_next;  // None or the cached second value of gauss()
  explicit RandomObject(TypeObject* t);

  double random() { return mt.next_double(); }  // (a >> 5, b >> 6) / 2**53, as _random does
  // getrandbits(k) as an int object (k >= 0)
  ObjPtr getrandbits(int64_t k);
  // a uniform int in [0, n) for n > 0: getrandbits(n.bit_length()) until below n
  ObjPtr randbelow(const ObjPtr& n);
  uint64_t randbelow_u64(uint64_t n);
  void seed(const ObjPtr& a);  // None, int, float, str, bytes (version 2)
};

TypeObject* random_type();
void add_random_methods(TypeObject* t);  // random_methods.cpp

}  // namespace sl
