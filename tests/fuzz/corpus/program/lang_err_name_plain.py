x = 1
print(undefined_variable_name)
