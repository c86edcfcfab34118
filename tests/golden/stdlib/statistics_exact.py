# statistics: exact rational results on float data (CPython's printed values)
import statistics as st
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5]), st.mean([1e300, 1e300, -1e300]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.stdev([0.1] * 5 + [0.2] * 5), st.mean([0.1] * 10))
print(st.mean([float('inf'), 1]), st.variance([1.0, float('nan')]))
import random
random.seed(5)
vals = [random.gauss(10, 3) for _ in range(200)]
print(st.mean(vals), st.stdev(vals), st.pvariance(vals), st.median(vals), st.quantiles(vals, n=4))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([60, 40], weights=[5, 30]))
