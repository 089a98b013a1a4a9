# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap
from textwrap import TextWrapper

LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
    "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat."
)
HYPHENS = (
    "The well-known state-of-the-art self-driving car--a marvel--drove past the "
    "re-entry point; x-ray, A-B-C, 1-2-3, e-mail, --flag and foo--bar---baz are all here."
)
SENTENCES = 'He said "Stop." Then he left! Was it Mr. Smith? Yes. it was "odd." ok'


def show(label, lines):
    print(f"-- {label}")
    for line in lines:
        print(f"|{line}|")


for w in (10, 20, 33, 50, 70):
    show(f"lorem width={w}", textwrap.wrap(LOREM, w))
for w in (5, 8, 12, 17, 25, 40):
    show(f"hyphens width={w}", textwrap.wrap(HYPHENS, w))
    show(f"hyphens nobreak width={w}", textwrap.wrap(HYPHENS, w, break_on_hyphens=False))
show("fix endings", textwrap.wrap(SENTENCES, 30, fix_sentence_endings=True))
show("no fix", textwrap.wrap(SENTENCES, 30))

print(textwrap.fill(LOREM, 40))
print(textwrap.fill(LOREM, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("short", 40, initial_indent=">>> "))

long_word = "Supercalifragilisticexpialidocious-and-antidisestablishmentarianism words"
for w in (6, 10, 15):
    show(f"long width={w}", textwrap.wrap(long_word, w))
    show(f"long nobreak width={w}", textwrap.wrap(long_word, w, break_long_words=False))
show("dashes", textwrap.wrap("----------- ---- a-------b", 5))

ws_text = "  leading\tand  trailing \n newline\ttabs   here  "
show("default ws", textwrap.wrap(ws_text, 12))
show("keep ws", textwrap.wrap(ws_text, 12, drop_whitespace=False))
show("no replace", textwrap.wrap("a\nb c\td", 40, replace_whitespace=False, expand_tabs=False))
show("tabsize", textwrap.wrap("x\ty\tz", 40, tabsize=4))
show("empty", textwrap.wrap("", 10))
show("blank", textwrap.wrap("   \n  ", 10))
print(repr(textwrap.fill("", 10)))

for ml in (1, 2, 3):
    show(f"max_lines={ml}", textwrap.wrap(LOREM, 30, max_lines=ml))
show("placeholder", textwrap.wrap(LOREM, 25, max_lines=2, placeholder="..."))
show("max_lines fits", textwrap.wrap("one two three", 30, max_lines=1))
show("max_lines exact", textwrap.wrap("one two three four", 9, max_lines=2))
show("max_lines long word", textwrap.wrap("aaaaaaaaaaaaaaaaaaaa bbb", 10, max_lines=1))

for w in (5, 10, 12, 15, 20, 40, 100):
    print(repr(textwrap.shorten("Hello  world!  This is   a test of shorten.", w)))
print(repr(textwrap.shorten("Hello world", 11, placeholder="~~")))
print(repr(textwrap.shorten("   spaced    out    text  ", 14)))

for bad in (lambda: textwrap.wrap("abc", 0), lambda: textwrap.shorten("abc def", 3)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("x", -3)
except ValueError as e:
    print("ValueError:", e)

tw = TextWrapper(width=18, initial_indent="- ", subsequent_indent="  ", break_on_hyphens=False)
show("wrapper", tw.wrap(HYPHENS))
tw.width = 30
print(tw.fill(LOREM))
print(tw.width, tw.max_lines, repr(tw.placeholder), tw.tabsize, tw.expand_tabs)

# dedent
samples = [
    "    hello\n      world\n    !",
    "\thello\n\t  world\n",
    "  a\n\t b\n",
    "    x\n\n    y\n  \n    z",
    "no indent\n   here",
    "   \n   only blank lines\n   ",
    "  \ttab mix\n  \t  more\n  \t",
    "",
    "\n\n",
    "   one line",
    "  trailing spaces   \n    deeper\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))

# indent
text = "alpha\n\nbeta\n  \ngamma"
print(repr(textwrap.indent(text, "> ")))
print(repr(textwrap.indent(text, "+ ", lambda line: True)))
print(repr(textwrap.indent(text, "# ", lambda line: line.startswith("b"))))
print(repr(textwrap.indent("a\r\nb\rc\n", "..")))
print(repr(textwrap.indent("", "x")))
