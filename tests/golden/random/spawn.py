# numpy2: Generator.spawn, BitGenerator.spawn and BitGenerator.seed_seq are new in NumPy 1.25
# (children are seeded from the parent's SeedSequence with spawn keys (0,), (1,), ...).
import numpy as np

rng = np.random.default_rng(1234)
kids = rng.spawn(3)
print([str(k) for k in kids], [k.random() for k in kids])
print([k.bit_generator.seed_seq.spawn_key for k in kids], rng.bit_generator.seed_seq.n_children_spawned)
more = rng.spawn(2)
print([k.bit_generator.seed_seq.spawn_key for k in more], more[0].integers(0, 100, 3))
grand = kids[0].spawn(1)[0]
print(grand.bit_generator.seed_seq.spawn_key, grand.standard_normal(2))
for cls in [np.random.MT19937, np.random.Philox, np.random.SFC64, np.random.PCG64, np.random.PCG64DXSM]:
    bg = cls(7)
    children = bg.spawn(2)
    print(cls.__name__, [type(c).__name__ for c in children], children[1].random_raw(2), children[1].seed_seq.spawn_key)
    print(' ', np.random.Generator(bg).spawn(1)[0].random(2), bg.seed_seq.entropy)
ss = np.random.SeedSequence(5)
print(np.random.PCG64(ss).seed_seq is ss, np.random.default_rng(ss).spawn(1)[0].random())
print(np.random.Philox(key=3).seed_seq)
for f in [lambda: np.random.Philox(key=3).spawn(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
