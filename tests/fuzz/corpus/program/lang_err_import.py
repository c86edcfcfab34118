import math
print(math.sqrt(16))
import notamodule
