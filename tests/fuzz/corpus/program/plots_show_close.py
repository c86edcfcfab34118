# figure numbering: figure(), figure(n), close(fig / number / None / 'all').
# (plt.show() is not used here: stridelab follows the inline backend, which closes the shown
# figures, while the reference runs the non-interactive Agg backend.)
import matplotlib.pyplot as plt

plt.plot([1, 2])
plt.figure()
plt.plot([3, 4])
print(plt.get_fignums(), plt.gcf().number)
f = plt.figure()
print(f.number)
plt.figure(5)
print(plt.figure().number, plt.get_fignums())
plt.close(f)
print(plt.get_fignums())
plt.close()
print(plt.get_fignums())
plt.close(1)
print(plt.get_fignums(), plt.gcf().number)
plt.close('all')
print(plt.get_fignums(), plt.figure().number)
