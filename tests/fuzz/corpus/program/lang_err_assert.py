x = 2
assert x == 2
assert x == 3, f"x should be 3, got {x}"
