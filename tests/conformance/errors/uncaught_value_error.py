for token in ["12", "7", "x9"]:
    print(int(token) * 2)
