cases = [lambda: [].foo, lambda: (1).foo, lambda: 'x'.apend, lambda: [].apend, lambda: None.split, lambda: {}.iteritems,
         lambda: (1, 2).append, lambda: 3.5.is_int, lambda: len.x]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__, e)
class Point:
    def __init__(self):
        self.x = 1
try:
    Point().y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.z
except AttributeError as e:
    print(type(e).__name__, e)
[1, 2].push(3)
