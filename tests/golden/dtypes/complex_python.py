# Python complex numbers: literals, complex(), arithmetic with int/float, repr, hash, errors.
z = 1 + 2j
print(z, repr(z), type(z).__name__, z.real, z.imag, z.conjugate(), abs(3 + 4j))
print(1j * 1j, (1 + 2j) / (3 - 4j), (1 + 2j) ** 2, (1 + 2j) ** -2, 2 ** 0.5j, (-8) ** (1 / 3), (-1) ** 0.5)
print(complex(1, 2), complex('1+2j'), complex(' (3-4.5j) '), complex(2), complex(), complex('j'), complex('-1.5e3J'))
print(complex(1 + 1j, 2j), complex('inf-nanj'), complex(real=3), complex(imag=-1))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), 1 + 0j == 1, (1 + 2j) != (1 + 2j), -0j, complex(-0.0, -1))
print(0j, 00j, 1e20j, 1.5e-7j, (1 + 1e16j), complex(1e300, 1e-300), complex(float('nan'), float('inf')))
print([1j, 2 + 0j], {1j: 'x'}, bool(0j), bool(1j), -(1 + 2j), +(1 - 2j))
print(f"{1 + 2j}", str(3j), 2 * (1 + 1j), (1 + 1j) - 1, 1.5 - (2 + 2j), 3 / 1j)
for bad in ['1+2', 'abc', '1 + 2j', '']:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
for f in [lambda: 1j < 2j, lambda: (1 + 1j) // 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex('1', 2), lambda: complex([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
