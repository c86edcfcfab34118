# the tutorial's opening example, in pure Python
gene0 = [100, 200, 50, 400]
gene1 = [50, 0, 0, 100]
gene2 = [350, 100, 50, 200]
expression_data = [gene0, gene1, gene2]
lib_size = [sum(col) for col in zip(*expression_data)]
print(lib_size)
normalized = [[v / s * 1e6 for v, s in zip(row, lib_size)] for row in expression_data]
for row in normalized:
    print([round(v, 1) for v in row])
gene_len = [1000, 2500, 500]
rpkm = [[v / (l / 1000) for v in row] for row, l in zip(normalized, gene_len)]
print([f"{v:.1f}" for v in rpkm[0]])
def transpose(m):
    return [list(r) for r in zip(*m)]
print(transpose(expression_data))
print(expression_data[0][::2], [row[1:3] for row in expression_data[::2]])
means = [sum(r) / len(r) for r in expression_data]
print(means, max(range(3), key=lambda i: means[i]))
