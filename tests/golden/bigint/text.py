# Big ints as text: str/repr, int() with bases, prefixes and underscores, hex/oct/bin,
# format() with grouping, signs, alignment and the alternate form, %-formatting, f-strings,
# and CPython 3.11's int_max_str_digits limit (4300 digits).
big = 2 ** 200 - 1
neg = -(10 ** 45) - 123
print(big, repr(neg), str(-big), [big, neg], {neg: big})
print(hex(big), oct(neg), bin(2 ** 70 + 1), hex(-2 ** 64))
print(format(big, ','), format(neg, '_'), format(big, '_x'), format(big, '_b')[:40], format(neg, '#o'))
print(format(big, '>80'), format(neg, '<60') + '|', format(big, '^70'))
print(format(neg, '+,'), format(big, '+'), format(big, ' '), format(neg, '=+70,'), format(big, '070'))
print(format(big, 'X'), format(big, '#X'), format(big, 'e'), format(neg, '.3e'), format(big, '.2f'), format(neg, '%'))
print('%d|%i|%x|%X|%o|%5d|%-50d|' % (big, neg, big, neg, big, neg, neg))
print(f'{big:,}', f'{neg!r}', f'{big:>{70}}', f'{big=}')
for text, base in [('1' * 40, 10), ('-' + '9' * 25, 10), ('  +123_456_789_012_345_678_901  ', 10),
                   ('0x' + 'f' * 30, 16), ('F' * 30, 16), ('0b' + '10' * 40, 0), ('0o' + '7' * 30, 0),
                   ('z' * 20, 36), ('0x_ff_ff_ff_ff_ff_ff_ff_ff_ff', 0), ('1' * 70, 2), ('00000', 0)]:
    print(int(text, base))
for text, base in [('1__0', 10), ('_1', 10), ('1_', 10), ('012', 0), ('0x', 16), ('12a', 10), ('', 10), ('9' * 30, 8)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print('ValueError', e)
print(len(str(10 ** 4299)), str(-(10 ** 4299))[:5])
for f in [lambda: str(10 ** 4300), lambda: int('1' * 4301), lambda: repr(-(10 ** 5000)), lambda: format(10 ** 4400, ',')]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
print(len(hex(10 ** 5000)), int('1' * 4300) % 97, int('f' * 5000, 16) % 97)
