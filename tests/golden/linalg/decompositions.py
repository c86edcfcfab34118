import numpy as np


def show(label, a):
    print('==', label)
    if isinstance(a, (tuple, list)):
        print('tuple', len(a))  # NumPy 2 returns NamedTuples here
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


rs = np.random.RandomState(3)
A = rs.standard_normal((4, 4))
S = A + A.T
P = A @ A.T + 4 * np.eye(4)
W = rs.standard_normal((5, 3))
H = rs.standard_normal((3, 6))


def hexs(*arrs):
    print(' '.join(np.asarray(x).tobytes().hex()[:48] for x in arrs))


L = np.linalg.cholesky(P)
show('cholesky', L)
hexs(L)
show('cholesky stack float32', np.linalg.cholesky(np.stack([P, 2 * P]).astype(np.float32)))
show('cholesky int', np.linalg.cholesky(np.array([[4, 2], [2, 3]])))
err('cholesky not pd', lambda: np.linalg.cholesky(S))
err('cholesky 1-d', lambda: np.linalg.cholesky(np.ones(3)))
err('cholesky not square', lambda: np.linalg.cholesky(np.ones((2, 3))))
for mode in ['reduced', 'complete', 'r']:
    for M in (W, H, A):
        r = np.linalg.qr(M, mode=mode)
        if mode == 'r':
            show('qr r', r)
            hexs(r)
        else:
            q, rr = r
            show('qr ' + mode + ' Q', q)
            show('qr ' + mode + ' R', rr)
            hexs(q, rr)
h, tau = np.linalg.qr(W, mode='raw')
show('qr raw h', h)
show('qr raw tau', tau)
q, r = np.linalg.qr(np.arange(12).reshape(2, 3, 2))
show('qr stack int Q', q)
show('qr stack int R', r)
show('qr float32', np.linalg.qr(W.astype(np.float32))[1])
err('qr mode', lambda: len(np.linalg.qr(W, mode='full')))
err('qr mode bad', lambda: np.linalg.qr(W, mode='x'))
err('qr 1-d', lambda: np.linalg.qr(np.ones(3)))
w, v = np.linalg.eigh(S)
show('eigh w', w)
show('eigh v', v)
hexs(w, v)
show('eigh upper', np.linalg.eigh(np.triu(S), UPLO='U')[0])
show('eigvalsh', np.linalg.eigvalsh(S))
show('eigvalsh stack', np.linalg.eigvalsh(np.stack([S, P])))
show('eigh float32', np.linalg.eigh(S.astype(np.float32))[1])
show('eigh repeated', np.linalg.eigh(np.ones((3, 3)))[1])
show('eigh diagonal', np.linalg.eigh(np.diag([3.0, 1.0, 2.0])))
err('eigh uplo', lambda: np.linalg.eigh(S, UPLO='X'))
err('eigh not square', lambda: np.linalg.eigh(W))
for M in (W, H, A, np.arange(12.).reshape(3, 4), np.ones((3, 3))):
    u, s, vh = np.linalg.svd(M)
    show('svd full U', u)
    show('svd S', s)
    show('svd Vh', vh)
    hexs(u, s, vh)
    u, s, vh = np.linalg.svd(M, full_matrices=False)
    hexs(u, s, vh)
    sv = np.linalg.svd(M, compute_uv=False)
    show('svd values', sv)
    hexs(sv)
show('svd stack', np.linalg.svd(np.stack([A, P]), compute_uv=False))
show('svd float32', np.linalg.svd(W.astype(np.float32))[1])
show('svd hermitian', np.linalg.svd(S, hermitian=True)[1])
show('svd hermitian values', np.linalg.svd(S, compute_uv=False, hermitian=True))
err('svd nan', lambda: np.linalg.svd(np.array([[1.0, np.nan], [0, 1]])))
err('svd 1-d', lambda: np.linalg.svd(np.ones(3)))
print(str(np.linalg.matrix_rank(A)), str(np.linalg.matrix_rank(np.ones((4, 4)))), str(np.linalg.matrix_rank(np.zeros((3, 3)))))
print(repr(np.linalg.matrix_rank([1, 2])), repr(np.linalg.matrix_rank(np.zeros(3))), str(np.linalg.matrix_rank(np.eye(4), tol=1.5)))
show('matrix_rank stack', np.linalg.matrix_rank(np.stack([np.eye(3), np.ones((3, 3))])))
show('pinv', np.linalg.pinv(W))
show('pinv square', np.linalg.pinv(A))
show('pinv singular', np.linalg.pinv(np.ones((3, 3))))
show('pinv rcond', np.linalg.pinv(np.diag([1.0, 1e-3]), rcond=1e-2))
show('pinv float32', np.linalg.pinv(W.astype(np.float32)))
show('pinv empty', np.linalg.pinv(np.zeros((0, 3))))
for p in [None, 2, -2, 1, -1, np.inf, -np.inf, 'fro']:
    print(p, repr(float(np.linalg.cond(A, p))))
print(repr(float(np.linalg.cond(np.ones((2, 2)), 1))), repr(float(np.linalg.cond(np.ones((2, 2))))))
show('cond stack', np.linalg.cond(np.stack([A, P])))
sign, logdet = np.linalg.slogdet(A)
print(str(sign), str(logdet))
show('slogdet stack sign', np.linalg.slogdet(np.stack([A, np.ones((4, 4))]))[0])
print(str(np.linalg.slogdet(np.eye(2, dtype=np.float32))[1].dtype))
show('matrix_power 0', np.linalg.matrix_power(A, 0))
show('matrix_power 3', np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 3))
show('matrix_power 10', np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 10))
show('matrix_power -2', np.linalg.matrix_power(np.array([[2.0, 0], [0, 4]]), -2))
B = np.array([[1, 2], [3, 4]])
print(np.linalg.matrix_power(B, 1) is B)
err('matrix_power float n', lambda: np.linalg.matrix_power(B, 1.5))
err('matrix_power not square', lambda: np.linalg.matrix_power(W, 2))
for o in [2, -2, 'nuc']:
    print(o, repr(float(np.linalg.norm(A, o))), repr(float(np.linalg.norm(W, o))))
