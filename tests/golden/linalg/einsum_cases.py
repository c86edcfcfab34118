import numpy as np


def show(label, a):
    print('==', label)
    if isinstance(a, (tuple, list)):
        print(type(a).__name__, len(a))
        for x in a:
            show_one(x)
    else:
        show_one(a)


def show_one(a):
    if isinstance(a, np.ndarray):
        print(repr(a))
        print(a.shape, a.strides, a.dtype, a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'],
              a.flags['OWNDATA'], a.flags['WRITEABLE'])
    else:
        print(type(a).__name__, str(a))


def err(label, f):
    print('==', label)
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


rs = np.random.RandomState(7)


def R(*s, dt=np.float64):
    return rs.standard_normal(s).astype(dt)


# float results are compared through their bytes: the summation order (NumPy's iterator and
# SIMD lanes) decides the last bits
cases = [
    ('i->', [R(37)]), ('i,i', [R(37), R(37)]), ('i,i', [R(37)[::2], R(37)[1::2]]),
    ('ij->i', [R(9, 37)]), ('ij->j', [R(9, 37)]), ('ij->', [R(9, 37)]), ('ji->', [R(9, 37)]),
    ('ij,j->i', [R(7, 33), R(33)]), ('ij,i->j', [R(7, 33), R(7)]), ('ij,jk->ik', [R(6, 19), R(19, 5)]),
    ('ij,kj->ik', [R(6, 19), R(5, 19)]), ('ji,jk->ik', [R(19, 6), R(19, 5)]),
    ('bij,bjk->bik', [R(3, 4, 17), R(3, 17, 5)]), ('ii->i', [R(5, 5)]), ('ii', [R(13, 13)]),
    ('iij->j', [R(4, 4, 7)]), ('ijk,jil->kl', [R(3, 4, 5), R(4, 3, 2)]), ('i,j,k->ijk', [R(3), R(4), R(2)]),
    ('i,i,i->', [R(21), R(21), R(21)]), ('ij,ij->', [R(9, 11), R(9, 11)]), ('ij,ij->i', [R(9, 11), R(9, 11)]),
    ('...i,...i->...', [R(3, 4, 9), R(9)]), ('i...->...', [R(7, 3)]), ('ij->', [R(40, 40).T]),
    ('i->', [R(300)[::-1]]), ('ab,bc,cd->ad', [R(3, 4), R(4, 5), R(5, 6)]), ('i->', [R(37, dt=np.float32)]),
    ('i,i', [R(37, dt=np.float32), R(37, dt=np.float32)]), ('ij,jk->ik', [R(6, 19, dt=np.float32), R(19, 5, dt=np.float32)]),
    ('ij->i', [R(9, 37, dt=np.float32)]), ('i,i', [R(37), R(37, dt=np.float32)]),
    ('ij,jk', [np.arange(12).reshape(3, 4), np.arange(8).reshape(4, 2)]), ('i,i', [np.ones(20, bool), np.ones(20, bool)]),
    ('ij->ji', [R(3, 4)]), ('ij,jk->ki', [R(6, 19), R(19, 5)]), ('kj,ij->ik', [R(5, 19), R(6, 19)]), ('i,j->', [R(30), R(40)]),
    ('i,i', [np.arange(5, dtype=np.int8), np.arange(5, dtype=np.uint8)]), ('ij', [np.zeros((0, 3))]), ('ij->', [np.zeros((0, 3))]),
    ('i,i->i', [R(1), R(6)]), ('', [np.float64(2.5)]), (',->', [np.float64(2.5), np.float64(4.0)]),
]
for s, ops in cases:
    for opt in (False, True):
        try:
            r = np.einsum(s, *ops, optimize=opt)
            print('==', s, opt, isinstance(r, np.ndarray))
            r = np.asarray(r)
            print(r.dtype, r.shape, r.strides, r.flags['OWNDATA'], r.tobytes().hex()[:96])
        except Exception as e:
            print('==', s, opt)
            print(type(e).__name__, e)
a = np.arange(25).reshape(5, 5)
v = np.einsum('ii->i', a)
show('diagonal view', v)
print(v.base is a.base, np.einsum('ij->ji', a).base is a.base)
show('sublist', np.einsum(a, [0, 1], np.arange(5), [1], [0]))
show('sublist ellipsis', np.einsum(a, [Ellipsis, 0], [Ellipsis]))
err('dtype= safe', lambda: np.einsum('i,i->i', [1, 2], [3, 4], dtype=np.float32))
show('dtype=', np.einsum('i,i->i', [1.5, 2], [3, 4], dtype=np.float32, casting='same_kind'))
err('out cast', lambda: np.einsum('i->i', np.ones(2), out=np.zeros(2, int)))
show('casting unsafe', np.einsum('i->i', np.array([1.5, 2.5]), dtype=int, casting='unsafe'))
out = np.zeros(5)
r = np.einsum('ij->i', a, out=out)
print(r is out, out)
show('order F', np.einsum('ij,jk->ik', np.ones((2, 3)), np.ones((3, 4)), order='F'))
show('optimize greedy', np.einsum('ij,jk,kl->il', np.eye(3), np.arange(9.).reshape(3, 3), np.ones((3, 2)), optimize='greedy'))
show('optimize path', np.einsum('ij,jk,kl->il', np.eye(3), np.arange(9.).reshape(3, 3), np.ones((3, 2)),
                                optimize=['einsum_path', (1, 2), (0, 1)]))
for s, shapes in [('ij,jk,kl->il', [(2, 2), (2, 5), (5, 2)]), ('ea,fb,abcd,gc,hd->efgh', [(3, 3), (3, 3), (3, 3, 3, 3), (3, 3), (3, 3)]),
                  ('ab,bc,cd,de->ae', [(10, 2), (2, 30), (30, 4), (4, 50)]), ('i,i', [(3,), (3,)]), ('ij->', [(3, 4)])]:
    ops = [np.ones(sh) for sh in shapes]
    for o in ('greedy', 'optimal', True, False, ('greedy', 10)):
        p = np.einsum_path(s, *ops, optimize=o)
        print(p[0])
        print(p[1])
errors = [('ij,jk->ikk', 2), ('ij,jk->iz', 2), ('ij,jk,->ik', 2), ('i.j', 1), ('i$', 1), ('ij->j->', 1), ('ijk', 1),
          ('i', 1), ('ii->i', 1), ('ij,jk', 1), ('ij', 2), ('...i..', 1), ('ij-j', 1), ('ij>j', 1)]
for s, n in errors:
    try:
        np.einsum(s, *[np.ones((2, 3))] * n)
        print('==', s, 'no error')
    except Exception as e:
        print('==', s)
        print(type(e).__name__, e)
for bad in [lambda: np.einsum('ij,jk', np.ones((2, 3)), np.ones((4, 5))), lambda: np.einsum('ii', np.ones((2, 3))),
            lambda: np.einsum('i,i', np.ones(2), np.ones(3)), lambda: np.einsum(np.ones(2), [52]),
            lambda: np.einsum(np.ones(2), [0, Ellipsis, Ellipsis]), lambda: np.einsum('i->i', np.ones(2), dtype=int),
            lambda: np.einsum('ij->i', a, out=np.zeros((5, 1))), lambda: np.einsum_path('ij,jk', np.ones((2, 3)), np.ones((4, 5))),
            lambda: np.einsum_path('ij,jk', np.ones((2, 3)), np.ones((3, 5)), optimize='fast'),
            lambda: np.einsum_path('ij,jk', np.ones((2, 3)), np.ones((3, 5)), optimize=[1, 2]),
            lambda: np.einsum('i', np.ones(3), optimize=True, foo=1), lambda: np.einsum()]:
    err('error', bad)
