# savefig writes an SVG file; read it back (only a prefix both libraries share is printed).
import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 2 * np.pi, 50)
plt.plot(x, np.sin(x), label='sin')
plt.title('wave')
plt.legend()
print(plt.savefig('/tmp/stridelab_golden_savefig.svg'))
text = open('/tmp/stridelab_golden_savefig.svg').read()
print(text.startswith('<'), '<svg' in text, '</svg>' in text)
fig, ax = plt.subplots()
ax.bar([1, 2], [3, 4])
print(fig.savefig('/tmp/stridelab_golden_savefig.svg'))
print(open('/tmp/stridelab_golden_savefig.svg').read().startswith('<'))
