# Float formatting with long precisions: the whole result (a fixed 512-byte buffer once cut it
# at 511 characters), CPython's "precision too big" past INT_MAX, and %-format zero padding to
# a long precision (was quadratic).
print(len(format(1.5, '.600f')), format(1.5, '.600f')[-5:], len(format(1e300, '.400f')))
print(format(1.5, '.30e'), len(format(2.5, '.700g')), len('%.600f' % 1.5), len(f'{1/3:.520%}'))
print(len(format(1 + 2j, '.550f')), len('%.70000x' % 255), ('%.3000d' % -7)[:4], len('%#.600o' % 8))
for spec in ['.3000000000f', '.2147483648e', '.3000000000g', '.3000000000', '.3000000000%']:
    try:
        format(1.5, spec)
    except ValueError as e:
        print(spec, e)
for f in ['%.3000000000f', '%.2147483648e']:
    try:
        f % 1.5
    except ValueError as e:
        print(f, e)
try:
    format(1 + 2j, '.3000000000f')
except ValueError as e:
    print(e)
