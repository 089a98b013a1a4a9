stack = [1, 2, 3]
while True:
    print("popped", stack.pop())
