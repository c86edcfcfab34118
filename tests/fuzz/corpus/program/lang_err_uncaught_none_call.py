def greet():
    print('hi')
result = greet()
print(result)
result()
