# np.load of .npz archives written by CPython's zipfile (NumPy 1.24's savez and
# savez_compressed: ZIP64 extra fields, zlib's dynamic-Huffman deflate), embedded as bytes;
# np.savez/np.savez_compressed round trips; NpzFile's mapping surface and errors.
import numpy as np

P = '/tmp/stridelab_golden_npz_archives_'

COMPRESSED = bytes.fromhex(
    '504b030414000000080000002100116e16b256000000d000000005001400612e6e707901001000d00000000000000056'
    '000000000000009bec17ea1b10c9c850c650ad9e925a9c5ca46ea5a06e9369a4aea3a09e965f54529498179f5f94920a'
    '12774bcc294e058a17672416a402f91aa63a0a169a3a0ab50a64032e0606460626066606160656063606ca7900504b03'
    '041400000008000000210043a2f4745d000000c800000005001400622e6e707901001000c8000000000000005d000000'
    '000000009bec17ea1b10c9c850c650ad9e925a9c5ca46ea5a06e9366a1aea3a09e965f54529498179f5f94920a12774b'
    'cc294e058a17672416a402f91a963a9a3a0ab50a14002e061470c01e425f80d237a0f40328fd044abf80d26fa0f4077b'
    '00504b03041400000008000000210016938cbb470000008300000009001400666c6167732e6e70790100100083000000'
    '0000000047000000000000009bec17ea1b10c9c850c650ad9e925a9c5ca46ea5a05e9364a8aea3a09e965f5452949817'
    '9f5f94920a12774bcc294e058a17672416a402f91ac63a9a3a0ab50a14002e46064600504b0102140314000000080000'
    '002100116e16b256000000d0000000050000000000000000000000800100000000612e6e7079504b0102140314000000'
    '08000000210043a2f4745d000000c800000005000000000000000000000080018d000000622e6e7079504b0102140314'
    '00000008000000210016938cbb4700000083000000090000000000000000000000800121010000666c6167732e6e7079'
    '504b050600000000030003009d000000a30100000000')
STORED = bytes.fromhex(
    '504b030414000000000000002100760e13898100000081000000050014007a2e6e707901001000810000000000000081'
    '00000000000000934e554d5059010076007b276465736372273a20277c7531272c2027666f727472616e5f6f72646572'
    '273a2046616c73652c20277368617065273a2028292c207d202020202020202020202020202020202020202020202020'
    '20202020202020202020202020202020202020202020202020202020202020202020202020200a07504b030414000000'
    '00000000210094de11c89000000090000000090014006172725f302e6e70790100100090000000000000009000000000'
    '000000934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a2046'
    '616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020'
    '202020202020202020202020202020202020202020202020202020202020202020200a000000000000f83f0000000000'
    '000440504b0102140314000000000000002100760e138981000000810000000500000000000000000000008001000000'
    '007a2e6e7079504b010214031400000000000000210094de11c890000000900000000900000000000000000000008001'
    'b80000006172725f302e6e7079504b050600000000020002006a000000830100000000')


def dump(label, npz):
    print('==', label)
    print(npz.files, len(npz), list(npz))
    for name in npz.files:
        a = npz[name]
        print(name, repr(a), a.dtype, a.shape, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'])


for label, data in [('zlib deflate', COMPRESSED), ('zip64 stored', STORED)]:
    with open(P + label.replace(' ', '_') + '.npz', 'wb') as f:
        f.write(data)
    with np.load(P + label.replace(' ', '_') + '.npz') as npz:
        dump(label, npz)

x = np.arange(12.0).reshape(3, 4)
y = np.array([1, -2, 3], dtype=np.int8)
big = np.zeros((50, 40))
big[::7, ::3] = 2.5
for func in [np.savez, np.savez_compressed]:
    name = func.__name__
    path = P + name
    func(path, x, y, big=big, f=np.asfortranarray(x), t=x.T[::2], s=np.float32(1.5), e=np.zeros((0, 3)), b=np.array([True, False]))
    npz = np.load(path + '.npz')
    print('==', name, sorted(npz.files), len(npz))
    for key in sorted(npz.files):
        a = npz[key]
        print(key, a.dtype, a.shape, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'], a.flags['WRITEABLE'])
    print(np.array_equal(npz['arr_0'], x), np.array_equal(npz['arr_1'], y), np.array_equal(npz['big'], big))
    print(repr(npz['t']), repr(npz['s']), repr(npz['e']))
    print('arr_0' in npz, 'arr_0.npy' in npz, 'nope' in npz, npz.get('nope'), npz.get('nope', 5))
    print(np.array_equal(npz.f.big, big), sorted(npz.keys()), len(npz.values()), len(npz.items()))
    print(sorted([k for k, v in npz.items()]), 'big' in npz.keys())
    print(np.array_equal(npz['arr_0.npy'], x))
    try:
        npz['missing']
    except KeyError as e:
        print('KeyError', e)
    try:
        npz.f.missing
    except AttributeError as e:
        print('AttributeError', e)
    npz.close()

with open(P + 'savez.npz', 'rb') as f:
    stored = f.read()
with open(P + 'savez_compressed.npz', 'rb') as f:
    packed = f.read()
print(stored[:2], packed[:2], len(packed) < len(stored) // 3)

np.savez(P + 'keep_name.npz', a=np.arange(3))
print(sorted(np.load(P + 'keep_name.npz').files))
np.savez(P + 'empty_archive')
print(np.load(P + 'empty_archive.npz').files)
with open(P + 'fileobj.npz', 'wb') as f:
    np.savez_compressed(f, np.arange(4), w=np.ones(2))
print(sorted(np.load(P + 'fileobj.npz').files), np.load(P + 'fileobj.npz')['arr_0'])
print('== order', np.load(P + 'savez.npz').files)
try:
    np.savez(P + 'bad', np.arange(2), arr_0=np.arange(3))
except ValueError as e:
    print('ValueError', e)
with open(P + 'broken.npz', 'wb') as f:
    f.write(STORED[:60])
try:
    np.load(P + 'broken.npz')
except Exception as e:
    print('broken archive', type(e).__name__ in ('BadZipFile', 'ValueError'))
