def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), transpose(A), identity(3))
print(matmul(A, identity(2)) == A)
def det2(m):
    return m[0][0] * m[1][1] - m[0][1] * m[1][0]
print(det2(A), det2(B))
grid = [[(r * 3 + c) % 5 for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join(f"{v:2d}" for v in row))
print([sum(r) for r in grid], [sum(c) for c in zip(*grid)], max(max(r) for r in grid))
flat = [v for r in grid for v in r]
print(flat, sorted(set(flat)), flat.count(0))
rows, cols = len(grid), len(grid[0])
print(rows, cols, [[grid[r][c] for r in range(rows)] for c in range(cols)][0])
