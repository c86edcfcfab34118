a = [1, 2]
b = a * 3
print(b, [0] * 4, [[]] * 2, a + [3], [1, 2] == [1, 2], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print(list(range(3)) + list('ab'), len([None] * 5), [1, 2, 3][-1], [x for x in [3, 1] * 2])
print(sum([[1], [2]], []), max([[1, 2], [1, 3]]), sorted([[2, 1], [1, 2]]), [1, [2, [3]]][1][1][0])
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
nested = [1, [2, 3]]
shallow = nested[:]
shallow[1].append(4)
print(nested)
print([1, 2, 3].__len__(), [1] * 0, -1 * [1])
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 'a'
except TypeError as e:
    print(type(e).__name__, e)
