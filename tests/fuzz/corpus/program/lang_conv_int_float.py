print(int('42'), int('  -7 '), int('+3'), int('1_000'), int('ff', 16), int('0x1f', 16), int('0b101', 0), int('777', 8), int('z', 36))
print(int(3.99), int(-3.99), int(True), int(1e15), float(3), float('-0'), float(True), int(float('1e3')))
print(str(12), str(1.0), str(-0.5), repr('x'), int('10', base=2), float('.5'), float('5.'))
for bad in ['x', '1.5', '', ' ', '1 2', '0x10']:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['abc', '1.2.3', '']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('12', 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(int('x'))
