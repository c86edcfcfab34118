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


a = np.array([1, 2, 3, 4, 5])
for mode in ['wrap', 'reflect', 'symmetric', 'edge', 'maximum', 'minimum', 'mean', 'median', 'linear_ramp']:
    show(mode + ' (2, 3)', np.pad(a, (2, 3), mode))
    show(mode + ' wide 12', np.pad(a, 12, mode))
show('reflect odd', np.pad(a, (2, 3), 'reflect', reflect_type='odd'))
show('symmetric odd wide', np.pad(a, 8, 'symmetric', reflect_type='odd'))
show('reflect singleton', np.pad(np.array([7]), 3, 'reflect'))
show('reflect 2-d', np.pad(np.arange(6).reshape(2, 3), ((3, 2), (2, 5)), 'reflect'))
show('symmetric F', np.pad(np.asfortranarray(np.arange(6.).reshape(2, 3)), 1, 'symmetric'))
show('mean int rounds', np.pad(np.array([1, 2, 4]), 1, 'mean'))
show('mean stat_length', np.pad(np.array([1, 2, 4, 8, 16]), 2, 'mean', stat_length=2))
show('median 2-d', np.pad(np.array([[1, 2], [3, 4]]), ((1, 0), (0, 2)), 'median'))
show('maximum stat_length pairs', np.pad(np.arange(10), 3, 'maximum', stat_length=((1, 4),)))
show('minimum float32', np.pad(np.array([3.5, 1.5, 2.5], np.float32), (1, 2), 'minimum'))
show('linear_ramp end_values', np.pad(a, (2, 3), 'linear_ramp', end_values=(5, -4)))
show('linear_ramp float', np.pad(np.array([1.0, 2.0]), 3, 'linear_ramp', end_values=10.5))
show('linear_ramp 2-d', np.pad(np.arange(4).reshape(2, 2), 2, 'linear_ramp', end_values=9))
show('linear_ramp uint8', np.pad(np.array([200, 10], np.uint8), 3, 'linear_ramp'))
show('wrap zero width', np.pad(a, 0, 'wrap'))


def pad_with(vector, pad_width, iaxis, kwargs):
    pad_value = kwargs.get('padder', 10)
    vector[:pad_width[0]] = pad_value
    vector[-pad_width[1]:] = pad_value


show('callable', np.pad(np.arange(6).reshape(2, 3), 2, pad_with))
show('callable kwargs', np.pad(np.arange(6).reshape(2, 3), 1, pad_with, padder=-1))
err('unknown mode', lambda: np.pad(a, 1, 'nope'))
err('unsupported kwarg', lambda: np.pad(a, 1, 'wrap', constant_values=1))
err('stat zero', lambda: np.pad(a, 1, 'maximum', stat_length=0))
err('empty axis', lambda: np.pad(np.zeros((0, 2)), 1, 'wrap'))
err('negative width', lambda: np.pad(a, -1, 'edge'))
err('negative stat_length', lambda: np.pad(a, 1, 'mean', stat_length=-1))
