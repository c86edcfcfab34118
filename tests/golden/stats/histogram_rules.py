# np.histogram / histogram_bin_edges with the string bin rules on several data sets.
import numpy as np

data = {
    'small': np.array([1.0, 2.0, 2.0, 3.5, 4.0, 7.0, 8.5, 9.0]),
    'ints': np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6]),
    'lin': np.linspace(0, 10, 57),
    'wave': np.sin(np.arange(500) * 0.1) * 10,
    'skew': (np.arange(300) / 30.0) ** 2,
    'const': np.full(6, 2.0),
}
for rule in ['auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt']:
    for name, x in data.items():
        e = np.histogram_bin_edges(x, bins=rule)
        h, e2 = np.histogram(x, bins=rule)
        print(rule, name, len(e) - 1, e[:3], e[-1], h[:6], h.sum(), (e == e2).all())
print(np.histogram(data['lin'], bins='auto', range=(2, 6)))
print(np.histogram(data['ints'], bins='sqrt', range=(0, 100)))
print(np.histogram([], bins='auto'), np.histogram([5.0], bins='fd'))
