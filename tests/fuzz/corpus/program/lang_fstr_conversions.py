s = 'hi\n'
v = [1, 'a']
print(f'{s!r}', f'{s!s}', f'{"é"!a}', f'{v!r}', f'{v}', f'{"q"!r:>6}')
class P:
    def __repr__(self):
        return 'P-repr'
    def __str__(self):
        return 'P-str'
p = P()
print(f'{p}', f'{p!r}', f'{p!s}', str(p), repr(p), [p])
a, b = 3, 'x'
print(f'{a=}', f'{b=}', f'{a*2=}', f'{a = }', f'{a=:>4}', f'{b=!s}', f'{p=}')
w = 8
print(f'{3.14159:{w}.{a}f}|', f'{"c":{"^"}{w}}|', f'{42:{"0"}{w}d}')
print(f'{{}}', f'{{{a}}}', f'a{{b', f'{a}{b}{a}')
d = {'k': [10, 20]}
print(f'{d["k"][1]}', f"{d['k']!r:>12}", f'{len(d)}')
print(f'''{a
+ 1}''')
