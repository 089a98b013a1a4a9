print("Guess the number game")
secret = 37
tries = 0
while True:
    try:
        raw = input("guess: ")
    except EOFError:
        print("\nno more input")
        break
    tries += 1
    if not raw.strip().isdigit():
        print("please type a number")
        continue
    g = int(raw)
    if g < secret:
        print("too low")
    elif g > secret:
        print("too high")
    else:
        print(f"correct after {tries} tries")
        break
