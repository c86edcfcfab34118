# title/xlabel/ylabel return Text objects; Axes repr shows them.
import matplotlib.pyplot as plt

print(plt.title('density'))
print(plt.xlabel('log-counts'))
print(plt.ylabel('frequency'))
print(plt.gca())
fig, ax = plt.subplots()
print(ax.set_title("it's"))
print(ax.set_xlabel('x'))
print(ax.set_ylabel('y'))
print(ax)
print(ax.get_title(), ax.get_xlabel(), ax.get_ylabel())
print(plt.title('t').get_text())
