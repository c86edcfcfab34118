# SeedSequence and PCG64 objects: Generator(PCG64(seed)) and default_rng(SeedSequence) give
# default_rng(seed)'s stream; a Generator and its bit generator share one state.
import numpy as np

print(np.random.Generator(np.random.PCG64(3)).random(2), np.random.default_rng(3).random(2))
print(np.random.default_rng(np.random.SeedSequence(3)).integers(0, 100, 5), np.random.default_rng(3).integers(0, 100, 5))
print(np.random.Generator(np.random.PCG64([1, 2, 3])).normal(size=3), np.random.default_rng([1, 2, 3]).normal(size=3))
ss = np.random.SeedSequence(3)
print(ss.entropy, ss.generate_state(3), np.random.SeedSequence([1, 2]).generate_state(2, np.uint64))
print(np.random.SeedSequence(2**40).generate_state(2), np.random.SeedSequence([0]).generate_state(1, dtype=np.uint32))
print(ss)
bg = np.random.PCG64(3)
print(bg.random_raw(2), bg.random_raw(), bg.random_raw((2, 2)).shape)
g = np.random.Generator(bg)
print(g.random(), bg.random_raw(), g.random())
print(type(np.random.default_rng(1).bit_generator).__name__, np.random.default_rng(bg).random())
h = np.random.default_rng(5)
print(h.bit_generator.random_raw(), h.integers(10))
print(np.random.default_rng(np.random.PCG64(np.random.SeedSequence(11))).random(2))
for t in [lambda: np.random.Generator(5), lambda: np.random.Generator(), lambda: np.random.PCG64(-1),
          lambda: np.random.SeedSequence(-5), lambda: ss.generate_state(2, np.int32)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
