# SeedSequence(pool_size=...): the pool mixes over pool_size words, children inherit it
import numpy as np
from numpy.random import SeedSequence, PCG64, MT19937, Philox, SFC64, Generator

for ps in [4, 5, 8, 16, 33]:
    ss = SeedSequence(12345, pool_size=ps)
    print(ps, ss.pool_size, ss.generate_state(6), ss.generate_state(3, np.uint64))
    print(ss.state)

ss = SeedSequence([1, 2, 3, 2**40], pool_size=8)
print(ss)
print(repr(SeedSequence(7, pool_size=4)))
kids = ss.spawn(2)
for k in kids:
    print(k.pool_size, k.spawn_key, k.generate_state(4))
print(ss)
# long entropy: the words beyond the pool are mixed in afterwards
print(SeedSequence(list(range(20)), pool_size=6).generate_state(8))
print(SeedSequence(2**300 + 12345, pool_size=12).generate_state(5))
ss = SeedSequence(99, spawn_key=(1, 2), pool_size=10)
print(ss, ss.generate_state(4))
for cls in (PCG64, MT19937, Philox, SFC64):
    print(cls.__name__, cls(SeedSequence(2024, pool_size=8)).random_raw(3))
print(Generator(PCG64(SeedSequence(5, pool_size=32))).random(3))
# unseeded: the entropy is pool_size * 32 random bits
e = SeedSequence(pool_size=8).entropy
print(type(e).__name__, e.bit_length() <= 256)

for ps in [3, 0, -1]:
    try:
        SeedSequence(1, pool_size=ps)
    except ValueError as e:
        print('ValueError:', e)
