# shlex: the lexer's settings in each mode (wordchars, eof, punctuation_chars), iteration,
# push_token, error_leader, and split/join/quote round trips.
import shlex

for posix in (False, True):
    for punct in (False, True, "|&", ""):
        lx = shlex.shlex("a", posix=posix, punctuation_chars=punct)
        print(posix, repr(punct), repr(lx.eof), len(lx.wordchars), repr(lx.punctuation_chars),
              repr(lx.wordchars[-12:]), lx.whitespace_split, repr(lx.commenters),
              repr(lx.quotes), repr(lx.escape), repr(lx.escapedquotes), lx.lineno, lx.infile,
              lx.source, lx.debug, repr(lx.token), repr(lx.state), list(lx.pushback),
              list(lx.filestack))
print("~" in shlex.shlex("", punctuation_chars=True).wordchars,
      "-" in shlex.shlex("", punctuation_chars="-").wordchars)

text = "cmd -x 'quoted arg' \"dq $x\" a|b&&c; d>e # note\nnext line"
for posix in (False, True):
    for punct in (False, True):
        lx = shlex.shlex(text, posix=posix, punctuation_chars=punct)
        print(posix, punct, list(lx), lx.lineno)
lx = shlex.shlex(text, posix=True, punctuation_chars=True)
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex("one two three", infile="conf.txt")
print(lx.get_token(), lx.error_leader(), lx.error_leader("other", 9))
lx.push_token("pushed")
lx.push_token("first")
print(lx.get_token(), lx.get_token(), lx.get_token(), next(lx), repr(lx.get_token()))
try:
    next(lx)
except StopIteration:
    print("StopIteration")
lx = shlex.shlex("x y", posix=True)
print(list(lx), lx.get_token(), lx.get_token())
for bad in ("'open", 'a "b', "trail\\"):
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)

for s in ("a b  c", "a#b c # comment", "x 'y z' \"w v\"", "esc\\ aped", "", "  ", "é ß ok",
          "a\"b\"c", "'it'\\''s'"):
    words = shlex.split(s)
    print(repr(s), words, shlex.split(s, comments=True), shlex.split(s, posix=False),
          repr(shlex.join(words)), shlex.split(shlex.join(words)) == words)
for s in ("", "plain", "has space", "it's", "$HOME", "a@b%c+d=e:f,g./h-i", "tab\t", "é"):
    print(repr(s), shlex.quote(s))
print(shlex.join([]), shlex.join(("a b", "c")), shlex.join(iter(["x", "'"])))
