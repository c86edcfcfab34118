// numpy_random_bitgen.hpp — numpy.random's SeedSequence and bit generator objects (PCG64,
// PCG64DXSM, MT19937, Philox, SFC64 and their base BitGenerator): seeding from None / int / int
// sequence / SeedSequence, spawn(), random_raw(), seed_seq and the `state` dict (get and
// set, with NumPy's messages). The core generators live in core/random_*.hpp; numpy_random.cpp's
// Generator objects draw from the generator a bit generator object shares with them.
#pragma once
#include <memory>
#include <string>

#include "core/random_bitgen.hpp"
#include "lang/module.hpp"

namespace sl {

void init_bitgen_types();
bool is_bitgen_object(const ObjPtr& o);
// The generator a bit generator object draws from (shared: Generator(bg) and bg advance together).
std::shared_ptr<BitGenerator> bitgen_shared(const ObjPtr& bg);
// PCG64(seed): what default_rng(seed) builds for None, an int, a sequence or a SeedSequence.
ObjPtr make_default_bitgen(const ObjPtr& seed);
// bg.spawn(n): a list of n new bit generators of bg's type.
ObjPtr spawn_bitgens(const ObjPtr& bg, const ObjPtr& n_children);
// self.__class__() with self's state: a new object of bg's class sharing nothing with bg, its
// seed_seq a fresh OS-entropy SeedSequence (what NumPy's jumped() starts from).
ObjPtr copy_bitgen_unseeded(const ObjPtr& bg);
// advance()/jumped() on the classes NumPy gives them (numpy_random_jump.cpp)
void add_bitgen_jump_methods(TypeObject* t, const std::string& kind_name);
// The name NumPy's Generator repr shows ("PCG64").
std::string bitgen_type_name(const ObjPtr& bg);
// Sets SeedSequence, BitGenerator and the bit generator classes in numpy.random.
void set_bitgen_names(ModuleObject& m);

}  // namespace sl
