# flip / fliplr / flipud (views with negative strides) and roll (axis, tuple shifts).
import numpy as np


def show(label, a):
    print("==", label)
    print(repr(a))
    print(a.shape, a.strides, a.dtype)
    print(a.flags["C_CONTIGUOUS"], a.flags["F_CONTIGUOUS"], a.flags["OWNDATA"], a.base is None)


def err(label, f):
    print("==", label)
    try:
        r = f()
        print("no error", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = np.arange(12).reshape(3, 4)
show("flip all", np.flip(a))
show("flip 0", np.flip(a, 0))
show("flip 1", np.flip(a, axis=1))
show("flip tuple", np.flip(a, (0, 1)))
show("fliplr", np.fliplr(a))
show("flipud", np.flipud(a))
show("flipud 1-d", np.flipud(np.arange(4)))
show("flip twice", np.flip(np.flip(a, 0), 0))
print(np.shares_memory(a, np.flip(a)))
print(np.flip(np.array(3)), np.flip(np.array(3)).shape)
err("fliplr 1-d", lambda: np.fliplr(np.arange(3)))
err("flip axis", lambda: np.flip(a, 2))
show("roll 1", np.roll(np.arange(5), 1))
show("roll -2", np.roll(np.arange(5), -2))
show("roll big", np.roll(np.arange(5), 12))
show("roll flat 2-d", np.roll(a, 1))
show("roll axis 0", np.roll(a, 1, axis=0))
show("roll axis 1", np.roll(a, -1, axis=1))
show("roll tuple", np.roll(a, (1, 2), axis=(0, 1)))
show("roll same axis twice", np.roll(a, (1, 1), axis=(1, 1)))
show("roll broadcast shift", np.roll(a, 1, axis=(0, 1)))
show("roll empty", np.roll(np.zeros((0, 3)), 2, axis=1))
show("roll noncontig", np.roll(a[::-1, ::2], 1, axis=1))
err("roll mismatch", lambda: np.roll(a, (1, 2, 3), axis=(0, 1)))
err("roll axis", lambda: np.roll(a, 1, axis=3))
