# numpy2: ndarray members new in 2.x (mT, device, to_device) and the ones 2.x removed
# (ptp, itemset, newbyteorder raise AttributeError); 1.24 has the old set.
import numpy as np

z = np.arange(6.0).reshape(2, 3)
print(z.mT, z.mT.base is z, z.device, z.to_device('cpu') is z)
print(np.arange(24).reshape(2, 3, 4).mT.shape)
for f in [lambda: np.arange(3).mT, lambda: z.to_device('gpu'), lambda: z.ptp(), lambda: z.itemset(0, 1), lambda: z.newbyteorder()]:
    try:
        print(f())
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(np.ptp(z), z.max() - z.min())
