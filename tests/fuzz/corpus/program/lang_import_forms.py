import math
from math import sqrt as s, pi
import math as m
from math import *
import sys
print(math.sqrt(16), s(25), round(pi, 5), m.floor(2.7), floor(-2.5), ceil(2.1), e > 2.7)
print(math.gcd(12, 18), math.factorial(6), math.isclose(0.1 + 0.2, 0.3), math.inf, math.log(math.e), math.log10(1000), math.log2(8))
print(math.hypot(3, 4), math.fsum([0.1] * 10), math.trunc(-3.7), math.copysign(1, -0.0), math.isnan(math.nan), math.radians(180))
import numpy as np
print(np.__name__, type(np).__name__, m is math)
from numpy import array
print(array([1, 2]).sum())
