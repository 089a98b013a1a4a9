# A greeting script with a typo CPython 3.11 reports as an f-string error.
def greet(name):
    print(f'Hello {name')


greet("world")
