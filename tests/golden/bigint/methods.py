# int methods and builtins on big ints: bit_length/bit_count, to_bytes/from_bytes (both byte
# orders, signed), as_integer_ratio, real/imag/numerator/denominator, sum/max/sorted/set/dict
# keys, bool, and the errors of to_bytes.
n = 2 ** 130 - 3
print(n.bit_length(), (-n).bit_length(), n.bit_count(), (2 ** 200).bit_count(), (0).bit_length())
print(n.to_bytes(17, 'big').hex(), n.to_bytes(17, 'little').hex(), (-n).to_bytes(17, 'big', signed=True).hex())
print((-1).to_bytes(20, 'little', signed=True).hex(), (2 ** 127).to_bytes(17, 'big', signed=True).hex(), (255).to_bytes())
print(int.from_bytes(b'\xff' * 20, 'big'), int.from_bytes(b'\xff' * 20, 'little', signed=True), int.from_bytes([1, 2, 3] * 7, 'big'))
print(int.from_bytes(n.to_bytes(17, 'big'), 'big') == n, int.from_bytes(bytes(30)), int.from_bytes(b'\x80' + bytes(15), signed=True))
print(n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator, n.conjugate(), True.as_integer_ratio())
print(sum([2 ** 62] * 5), sum([2 ** 63, -1, 0.5]), sum(range(10 ** 6)), max(n, -n, 3), sorted([n, -n, 0, 2 ** 64]))
print(bool(n), bool(n - n), not n, n and 5, len({n, n + 0, 2 ** 130 - 3, float(n)}), {n: 1, n + 0: 2})
print(int(n), int(-n), int(str(n)), abs(-n), n.__index__() == n, [0, 1, 2][2 ** 64 % 3], divmod(n, 2 ** 64))
for f in [lambda: n.to_bytes(16, 'big'), lambda: (-1).to_bytes(2, 'big'), lambda: (2 ** 15).to_bytes(2, 'big', signed=True),
          lambda: n.to_bytes(-1, 'big'), lambda: n.to_bytes(17, 'middle'), lambda: int.from_bytes('ab', 'big'),
          lambda: [1, 2][2 ** 70], lambda: [0] * 2 ** 70, lambda: 'ab'[2 ** 64], lambda: chr(2 ** 70),
          lambda: int.from_bytes([256])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
