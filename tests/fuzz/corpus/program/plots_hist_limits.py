# xlim/ylim after hist: data limits with 5% margins, y starting at the bars' sticky 0.
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(5)
for data, kw in [(np.random.randn(100), {}), (np.arange(10.0), {}), (np.random.rand(50) * 7, {'bins': 7}),
                 (np.random.randn(300), {'density': True, 'bins': 20}), ([1, 1, 2], {}),
                 (np.random.randn(40), {'range': (-2, 2)})]:
    plt.figure()
    plt.hist(data, **kw)
    print(*plt.xlim())
    print(*plt.ylim())
    plt.close()
