import numpy as np
for key in ['r', 'c', '0', '1', '0,2', '-1,2,0', '1,2,-1', 'x', '0,', ',']:
    try:
        print(key, np.r_[key, [1, 2], [3, 4]])
    except Exception as e:
        print(key, type(e).__name__, e)
print(np.c_[np.array([1, 2]), [3, 4]], np.r_[0:1:0.25, 3, -1:1:0.5], np.s_[1:2, ::-1])
