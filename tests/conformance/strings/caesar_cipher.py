def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

def vigenere(text, key, sign=1):
    out, j = [], 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[j % len(key)].lower()) - 97)))
            j += 1
        else:
            out.append(c)
    return "".join(out)

msg = "Attack at Dawn! The quick brown fox, 42 times."
for k in (1, 3, 13, 25, -4):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", -1))
freq = {}
for c in msg.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
