name = input()
print(f"Hello, {name}!")
age = int(input("Age? "))
print(f"Next year you'll be {age + 1}.")
nums = [int(x) for x in input().split()]
print("sum:", sum(nums), "max:", max(nums))
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    lines.append(line)
print(len(lines), lines)
