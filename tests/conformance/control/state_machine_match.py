def lexer(src):
    state, buf, tokens = "start", "", []
    for ch in src + " ":
        match state, ch:
            case "start", c if c.isdigit():
                state, buf = "num", c
            case "start", c if c.isalpha() or c == "_":
                state, buf = "ident", c
            case "start", " ":
                pass
            case "start", c:
                tokens.append(("op", c))
            case "num", c if c.isdigit():
                buf += c
            case "ident", c if c.isalnum() or c == "_":
                buf += c
            case ("num" | "ident") as s, c:
                tokens.append((s, buf))
                state, buf = "start", ""
                if c != " ":
                    tokens.append(("op", c))
    return tokens
for line in ["x = 42 + y_1*(3-z)", "total=count*2", "a1 b2 33"]:
    print(lexer(line))
