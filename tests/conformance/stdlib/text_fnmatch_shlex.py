# fnmatch.translate spells its regular expressions as CPython does, and shlex's lexer
# tokenizes like CPython's state machine in every mode.
import fnmatch
import shlex

patterns = ["*a*b*", "a*", "*", "**", "*.py", "[a-c]x", "[!a-c]", "[]]", "[!]]", "[a-]",
            "[-a]", "[z-a]", "[a\\b]", "[&&]", "[^x]", "[[]", "[", "a[", "[!]", "[]",
            "?*?", "a*b?c*", "[a-c-e]", "[!a-z]*.txt", "x|y", "é*", "data_*_[0-9][0-9].csv"]
for p in patterns:
    print(repr(p), fnmatch.translate(p))
names = ["a.py", "b.txt", "]x", "data_1_07.csv", "data__99.csv", "abc", "a-b", "!"]
for p in ["*.py", "[]]*", "[!a]*", "data_*_[0-9][0-9].csv", "a*b*", "[!]]", "?"]:
    print(p, fnmatch.filter(names, p))


def tokens(text, **kw):
    try:
        return list(shlex.shlex(text, **kw))
    except ValueError as e:
        return "ValueError: " + str(e)


samples = ["a#*", "1\"*", "a&(11\"'-| ", "é(&*)|1'))#", "a#b c\nd e", "ab'\"--(*;(",
           "x = 'y z' # q", "a'b-a'||(*b(", "cmd arg1 'quoted arg' # comment\nnext line",
           "f(x, y) -> z;", "'unterminated", "ends with \\"]
for s in samples:
    print(repr(s))
    print("   classic:", tokens(s))
    print("   posix:  ", tokens(s, posix=True))
    print("   punct:  ", tokens(s, posix=True, punctuation_chars=True))
    print("   custom: ", tokens(s, punctuation_chars="=;"))

lex = shlex.shlex("one two\nthree # c\nfour")
out = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    out.append((tok, lex.lineno))
print(out)
