import numpy as np
a = np.arange(6.0).reshape(2, 3)
b = np.arange(12.0).reshape(3, 4)
for s in ['ij,jk->ik', 'ij,jk', 'ii', 'ii->i', '...j,j', 'i...->...', 'ij->', 'bij,bjk->bik', 'i,i', 'ij,ij->ij']:
    try:
        print(s, np.einsum(s, a, b) if ',' in s else np.einsum(s, a))
    except Exception as e:
        print(s, type(e).__name__, e)
print(np.einsum_path('ij,jk,kl->il', a, b, b.T, optimize='greedy')[0])
