# statistics: CPython's exact results on int data, medians, modes, quantiles, fmean, errors
import statistics as st
from statistics import StatisticsError
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3, 4]), st.mean([1, 2]), st.mean([3]), st.mean(range(1, 11)))
print(st.fmean(data), st.fmean([1.5, 2.5, 3.25]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([1, 2])))
print(st.median(data), st.median([3, 1, 2]), st.median([1, 2, 3, 4]), st.median([1.5, 2.5]), st.median(['b', 'a', 'c']))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_low([5, 1, 3]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.median_grouped([52, 52, 53, 54], interval=2))
print(st.mode(data), st.mode('abracadabra'), st.mode([1, 1, 2, 2]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.pvariance(data), st.variance(data), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4, 5]))
print(st.variance([2, 4, 4, 4], 3.5), st.pvariance([1, 3, 5], mu=3))
print(st.quantiles(range(1, 11)), st.quantiles([1, 2, 3, 4, 5, 6], n=3), st.quantiles(range(1, 11), method='inclusive'))
print(st.quantiles([10, 20, 30, 40, 50], n=10), st.quantiles([1, 9], n=2))
print(st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([2.5]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True), StatisticsError.__mro__[1].__name__)
for bad in ["st.mean([])", "st.median([])", "st.mode([])", "st.variance([1])", "st.pvariance([])", "st.stdev([1])",
            "st.pstdev([])", "st.quantiles([1])", "st.quantiles([1, 2], n=0)", "st.quantiles([1, 2], method='x')",
            "st.fmean([])", "st.harmonic_mean([-1, 2])", "st.geometric_mean([0, 1])", "st.correlation([1, 1], [1, 2])",
            "st.covariance([1], [1])", "st.linear_regression([1, 1], [1, 2])", "st.mean(['a'])", "st.fmean([1], weights=[1, 2])"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
st.mean([])
