# plt.style.use('ggplot') and the style library.
import matplotlib.pyplot as plt
from matplotlib import pyplot

print(pyplot is plt)
print('ggplot' in plt.style.available, 'default' in plt.style.available)
print(plt.style.use('ggplot'))
lines = plt.plot([1, 2, 3])
print(*plt.xlim(), *plt.ylim())
plt.style.use('default')
plt.style.use(['ggplot'])
import matplotlib
print(matplotlib.style is plt.style)
plt.close('all')
