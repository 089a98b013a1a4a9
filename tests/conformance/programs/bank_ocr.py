DIGITS = {
    " _ | ||_|": "0", "     |  |": "1", " _  _||_ ": "2", " _  _| _|": "3", "   |_|  |": "4",
    " _ |_  _|": "5", " _ |_ |_|": "6", " _   |  |": "7", " _ |_||_|": "8", " _ |_| _|": "9",
}
def render(number):
    rev = {v: k for k, v in DIGITS.items()}
    rows = ["", "", ""]
    for d in number:
        cell = rev[d]
        for r in range(3):
            rows[r] += cell[r * 3:r * 3 + 3]
    return rows
def parse(rows):
    out = ""
    for i in range(0, len(rows[0]), 3):
        cell = "".join(r[i:i + 3] for r in rows)
        out += DIGITS.get(cell, "?")
    return out
def checksum_ok(acct):
    return "?" not in acct and sum((9 - i) * int(d) for i, d in enumerate(acct)) % 11 == 0
for num in ["123456789", "490067715", "000000051", "888888888"]:
    rows = render(num)
    print("\n".join(rows))
    acct = parse(rows)
    print(acct, "OK" if checksum_ok(acct) else "ERR")
broken = render("123456789")
broken[1] = broken[1][:4] + "_" + broken[1][5:]
print(parse(broken), checksum_ok(parse(broken)))
