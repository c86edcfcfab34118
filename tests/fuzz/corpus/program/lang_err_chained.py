try:
    {}["k"]
except KeyError:
    raise ValueError("lookup failed")
