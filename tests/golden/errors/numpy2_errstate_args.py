# numpy2: np.seterr / np.errstate reject an unknown mode with ValueError "invalid error mode"
# (1.24 raised KeyError); np.seterrcall checks its argument; np.errstate cannot be entered twice.
import numpy as np

for kw in [{'divide': 'loud'}, {'all': 3}, {'over': None}]:
    try:
        print(np.seterr(**kw))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    np.seterrcall(5)
except TypeError as e:
    print(e)
with np.errstate(invalid='loud') if False else np.errstate(under='warn'):
    print(np.geterr()['under'])
e = np.errstate(all='ignore')
with e:
    try:
        with e:
            pass
    except TypeError as err:
        print(err)
np.errstate(divide='x').__enter__()
