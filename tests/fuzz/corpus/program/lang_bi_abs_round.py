print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-10 ** 18))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-1.5), round(-2.5), round(4.4), round(4.6))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(-35, -1))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(7, 0), round(1e20, 2), round(-0.4), round(0.0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(3, 1)).__name__, round(123, 5))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(1.5, None))
