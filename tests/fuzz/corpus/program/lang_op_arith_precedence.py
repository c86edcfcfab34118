# operator precedence: ** binds tighter than unary minus, right-assoc; * / // % left-assoc
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(not 1 + 1, not 0 == 1, -3 * -3, +-+5, ~5, ~-1, -~5)
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 | 3 & 8, 6 ^ 3 & 1, 1 | 2 ^ 3 & 4)
print(2 * 3 ** 2, -3 ** 2 * 2, 2 ** 2 ** -1)
print(True + True, True * 10, False - 1, 3 / True)
print(0.1 + 0.2, 1 / 3, 2 / 2, 7 / 2, -7 / 2, 10 ** 0.5, 4 ** 0.5)
