print(chr(97), chr(0x263A), ord('a'), ord('€'), [ord(c) for c in 'AZaz09'], ''.join(chr(c) for c in range(65, 71)))
print(hex(0), hex(-255), oct(-8), bin(-5), bin(0), hex(2 ** 40), int(hex(1234), 16), format(10, '#06x'))
print(ascii('naïve'), ascii([1, 'ü']), repr('ü'), str('ü'))
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
