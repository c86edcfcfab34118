records = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
nums = [3, -1, 2, -3, 1, -2]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: (abs(v), v)))
lst = [5, 2, 8, 1]
lst.sort(key=lambda v: -v)
print(lst)
print(sorted([[3, 'c'], [1, 'a'], [2, 'b']])[0], sorted('hello world'.split(), key=len))
print(sorted([1.5, 1, True, 0.5]), sorted([(1, 2), (1,), ()]))
