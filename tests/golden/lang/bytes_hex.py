# bytes.hex with separators and group sizes, bytes.fromhex, int.to_bytes / int.from_bytes
# round trips through hex text.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex(' ', -3), data.hex(b'_', 4), b''.hex(':'))
print(bytes.fromhex('de ad be ef'), bytes.fromhex('DEADbeef'), bytes.fromhex(''), bytes.fromhex(' 01\n02\t03 '))
print(bytes.fromhex(data.hex()) == data, (1234567890123456789).to_bytes(8, 'big').hex(' ', 2))
print(int.from_bytes(bytes.fromhex('ff' * 9), 'big'), int.from_bytes(bytes.fromhex('80'), 'big', signed=True))
for f in [lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'), lambda: bytes.fromhex('0 1'),
          lambda: data.hex('::'), lambda: data.hex(1), lambda: bytes.fromhex(b'00'), lambda: data.hex('é')]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
