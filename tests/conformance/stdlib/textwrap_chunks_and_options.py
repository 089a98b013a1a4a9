# textwrap: how text is cut into chunks (spaces, other whitespace, hyphenated words,
# em-dashes) and every TextWrapper option, each at several widths.
import textwrap

SAMPLES = [
    "plain words separated by single spaces only",
    "  leading   and   repeated   spaces   and trailing  ",
    "well-known self-contained long-term re-use of x-ray and e-mail",
    "an em--dash between words -- and a spaced one, then ---triple--- and -- alone --",
    "numbers 12-34 and a-1 or 1-a, a--b--c and -start end- and --flag=value",
    "tabs\tand\nnewlines\x0bvertical\x0cform\rreturn mixed in",
    "unicode café-crème naïve—dash ünïcödé-wörds",
    "Sentence one.  Sentence two! Is it three? \"Quoted.\" 'Single.' Mr. Smith e.g. here",
    "supercalifragilisticexpialidocious-antidisestablishmentarianism word",
    "",
    "   ",
    "-",
    "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p",
]

for text in SAMPLES:
    wrapper = textwrap.TextWrapper(width=12)
    print(repr(text))
    print(" chunks:", wrapper._split(wrapper._munge_whitespace(text)))
    print(" no-hyphen:", textwrap.TextWrapper(break_on_hyphens=False)._split(text))
    print(" keep-ws:", textwrap.TextWrapper(replace_whitespace=False)._split(text))
    for width in (1, 5, 9, 16, 30):
        print(" ", width, textwrap.wrap(text, width))

print(vars(textwrap.TextWrapper()))
print(vars(textwrap.TextWrapper(5, ">", "..", False, False, True, False, False, False, 4,
                                max_lines=2, placeholder="~")))

text = SAMPLES[7] + " " + SAMPLES[2]
options = [
    {"fix_sentence_endings": True},
    {"break_long_words": False},
    {"break_on_hyphens": False},
    {"drop_whitespace": False},
    {"expand_tabs": False, "replace_whitespace": False},
    {"tabsize": 3},
    {"initial_indent": "* ", "subsequent_indent": "  "},
    {"max_lines": 2},
    {"max_lines": 1, "placeholder": " ..."},
    {"max_lines": 3, "placeholder": "[cut]", "initial_indent": ">> "},
]
for opts in options:
    print(opts)
    for width in (10, 25, 40):
        print(" ", width, textwrap.wrap(text + "\tend", width, **opts))
print(textwrap.fill(SAMPLES[8], 10, break_long_words=False))
print(textwrap.fill(SAMPLES[8], 10, break_on_hyphens=False))
print(textwrap.fill("x" * 25, 10, initial_indent="=> ", subsequent_indent="   "))

for bad in ({"width": 0}, {"width": -3}, {"width": 5, "max_lines": 1, "placeholder": " [......]"}):
    try:
        textwrap.wrap("some words here", **bad)
    except ValueError as err:
        print("ValueError", err)

for width in (5, 8, 12, 20, 40):
    print(width, repr(textwrap.shorten("Hello  there,\tgeneral   Kenobi! You are a bold one.", width)))
print(repr(textwrap.shorten("one two three four", 12, placeholder="+")))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(repr(textwrap.dedent("\ta\n  \tb\n")))
print(repr(textwrap.indent("x\n\ny\n", "> ")))
print(repr(textwrap.indent("x\n\ny\n", "> ", lambda line: True)))
