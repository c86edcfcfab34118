# numpy.random's other bit generators: MT19937(seed), Philox(seed / key= / counter=) and
# SFC64(seed) under Generator — raw words, floats, integers, normals (bit-identical streams)
# — their `state` dicts (get, set, round trip, MT19937 from a legacy RandomState tuple),
# SeedSequence.spawn / spawn_key, the BitGenerator base class, and the errors.
import numpy as np
from numpy.random import Generator, MT19937, Philox, SFC64, PCG64, PCG64DXSM, SeedSequence, BitGenerator

for cls in [MT19937, Philox, SFC64, PCG64, PCG64DXSM]:
    bg = cls(12345)
    print(cls.__name__, bg.random_raw(3), bg.random_raw())
    g = Generator(cls(7))
    print(' ', g.random(3), g.integers(0, 1000, 4), g.standard_normal(2))
    print(' ', g.random(2, dtype=np.float32), g.integers(0, 2**40, 2), g.exponential(1.0, 2))
    print(' ', g.integers(0, 256, 5, dtype=np.uint8), g.choice(10, 3, replace=False), str(g))
    print(' ', isinstance(bg, BitGenerator), type(g.bit_generator).__name__, g.bit_generator is g.bit_generator)

g = Generator(MT19937([1, 2, 3]))
print(g.random(2), Generator(SFC64(SeedSequence(99))).random(2), Generator(Philox(2**70)).random(2))
mt = MT19937(5)
st = mt.state
print(st['bit_generator'], st['state']['key'][:4], st['state']['key'].dtype, st['state']['pos'], len(st['state']['key']))
mt.random_raw(700)
mt.state = st
print(mt.random_raw(2), MT19937(5).random_raw(2))
rs = np.random.RandomState(3)
mt.state = rs.get_state()
print(mt.random_raw(2), np.random.RandomState(3).randint(0, 2**32, 2, dtype=np.uint64))
ph = Philox(1)
ph.random_raw(1)
s = ph.state
print(s['bit_generator'], s['state']['counter'], s['state']['key'], s['buffer_pos'], s['has_uint32'], s['uinteger'])
print(s['buffer'])
g = Generator(ph)
g.integers(0, 10, dtype=np.uint32)
print(ph.state['has_uint32'], ph.state['uinteger'])
ph.state = s
print(ph.random_raw(3))
print(Philox(key=2**64 + 3).random_raw(2), Philox(key=[5, 6], counter=[1, 2, 3, 4]).random_raw(2))
print(Philox(0, counter=2**64 - 1).random_raw(5))
sf = SFC64(3)
s = sf.state
print(s['bit_generator'], s['state']['state'], s['has_uint32'], s['uinteger'])
sf.random_raw(10)
sf.state = s
print(sf.random_raw(1), SFC64(3).random_raw(1))
pc = PCG64(3)
s = pc.state
print(s)
pc.random_raw(3)
pc.state = s
print(pc.random_raw(), PCG64(3).random_raw())
g = Generator(PCG64(8))
g.integers(0, 5, dtype=np.int32)
print(g.bit_generator.state['has_uint32'], g.bit_generator.state['uinteger'])

ss = SeedSequence(42)
kids = ss.spawn(3)
print(ss.n_children_spawned, [k.spawn_key for k in kids], kids[1].entropy, kids[1].generate_state(2))
print(ss.spawn(1)[0].spawn_key, kids[0].spawn(2)[1].spawn_key, kids[0].spawn(2)[1].generate_state(2))
print(kids[2])
print(SeedSequence(42, spawn_key=(1,)).generate_state(3), SeedSequence([1, 2, 3, 4, 5], spawn_key=(7, 8)).generate_state(2))
print(SeedSequence(0, spawn_key=(0,), n_children_spawned=5))
print(SeedSequence(2**100).generate_state(3), SeedSequence(range(3)).generate_state(2), SeedSequence([[1, 2], 3]).generate_state(2))
print(Generator(MT19937(kids[0])).random(), Generator(SFC64(kids[1])).integers(100))
print(sorted(SeedSequence(1).state.keys()), SeedSequence(1).pool_size)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: BitGenerator(1))
err(lambda: setattr(MT19937(1), 'state', {'bit_generator': 'PCG64'}))
err(lambda: setattr(PCG64(1), 'state', {'bit_generator': 'MT19937'}))
err(lambda: setattr(SFC64(1), 'state', {'bit_generator': 'PCG64'}))
err(lambda: setattr(Philox(1), 'state', {'bit_generator': 'SFC64'}))
err(lambda: setattr(MT19937(1), 'state', [1, 2]))
err(lambda: setattr(MT19937(1), 'state', ('PCG64', 1, 2)))
err(lambda: Philox(1, key=2))
err(lambda: Philox(key=-1))
err(lambda: Philox(key=2**128))
err(lambda: SeedSequence(1.5))
err(lambda: SeedSequence('abc'))
err(lambda: SeedSequence(1, pool_size=2))
err(lambda: MT19937(-3))
dx = PCG64DXSM(9)
s = dx.state
print(s['bit_generator'], s['state'])
dx.random_raw(4)
dx.state = s
print(dx.random_raw(), PCG64DXSM(9).random_raw())
err(lambda: setattr(PCG64DXSM(1), 'state', {'bit_generator': 'PCG64'}))
