# advance() / jumped() of PCG64, PCG64DXSM, Philox and MT19937: states and streams bit-identical
# to NumPy (jumped() results are built from a fresh SeedSequence, so only their state is shown)
import numpy as np
from numpy.random import PCG64, PCG64DXSM, Philox, MT19937, SFC64, Generator, RandomState


def show(bg):
    s = bg.state
    if s['bit_generator'] == 'MT19937':
        k = s['state']['key']
        print('MT19937 pos', s['state']['pos'], 'key', k[:4], k[-2:], int(k.sum(dtype=np.uint64)))
    else:
        print(s)


# PCG64 / PCG64DXSM: advance returns the generator itself, moved in place
for cls in (PCG64, PCG64DXSM):
    bg = cls(12345)
    r = bg.advance(1000)
    print(cls.__name__, r is bg)
    show(bg)
    ref = cls(12345)
    ref.random_raw(1000)
    print(bg.random_raw(3), ref.random_raw(3))
    for delta in [0, 1, -1, 2**128 - 1, 2**130 + 7, -(2**129) - 5, True]:
        show(cls(7).advance(delta))
    for jumps in [1, 2, 0, -1, 3.7, np.int32(5)]:
        show(cls(99).jumped(jumps))
    j = cls(99).jumped()
    print(type(j).__name__, j.random_raw(2), cls(99).random_raw(1))

# the spare 32-bit half is dropped by advance
bg = PCG64(5)
st = bg.state
st['has_uint32'] = 1
st['uinteger'] = 77
bg.state = st
bg.advance(0)
print(bg.state['has_uint32'], bg.state['uinteger'])

# a Generator shares its bit generator: advancing it moves the Generator
g = Generator(PCG64(2024))
g.bit_generator.advance(10)
print(g.random(3))
h = Generator(PCG64(2024))
h.random(10)
print(h.random(3))
g2 = Generator(PCG64(2024).jumped(2))
print(g2.integers(0, 100, 5), g2.normal(size=2))

# Philox: 256-bit counter, carries across words, buffer emptied
p = Philox(8)
r = p.advance(5)
print(r is p)
show(p)
print(p.random_raw(2))
q = Philox(8)
q.random_raw(4 * 5)
print(q.random_raw(2))
for delta in [2**64 - 1, 2**64, 2**192 + 2**128 + 1, 2**256 + 5, -1, -(2**64)]:
    show(Philox(3).advance(delta))
c = Philox(counter=(2**128 - 1) + (5 << 128), key=[1, 2])
show(c.advance(1))
show(Philox(counter=2**256 - 1, key=9).advance(3))
p = Philox(11)
p.random_raw(3)
show(p)
show(p.advance(0))
for jumps in [1, 2, 0, -1, True]:
    show(Philox(4).jumped(jumps))
print(Philox(4).jumped().random_raw(3))
print(Generator(Philox(4).jumped()).random(2))

# MT19937: 2**128 steps per jump, at any position in the key
for seed in [0, 1, 123456789]:
    show(MT19937(seed).jumped())
m = MT19937(42)
m.random_raw(10)
show(m.jumped())
show(m.jumped(2))
show(m.jumped(0))
show(m.jumped(-3))
m.random_raw(1000)
show(m.jumped(1))
print(m.jumped(3).random_raw(4))
print(Generator(MT19937(5).jumped()).random(3))
rs = RandomState(5)
rs.set_state(MT19937(5).jumped().state)
print(rs.randint(0, 1000, 6), rs.standard_normal(2))
legacy = MT19937()
legacy.state = ('MT19937', RandomState(17).get_state()[1], 624)
show(legacy.jumped())

# no jump on SFC64 (NumPy has none), no advance on MT19937
print(hasattr(SFC64(1), 'jumped'), hasattr(SFC64(1), 'advance'), hasattr(MT19937(1), 'advance'))

# errors
for bad in [1.5, 'a', np.float64(2), None]:
    for cls in (PCG64, Philox):
        try:
            cls(1).advance(bad)
        except TypeError as e:
            print(cls.__name__, 'TypeError:', e)
