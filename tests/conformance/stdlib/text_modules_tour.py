# Text modules together: textwrap, string.Template/Formatter, difflib, unicodedata,
# shlex, fnmatch and html on the same kind of data.
import textwrap, string, difflib, unicodedata, shlex, fnmatch, html
s = "The quick brown fox jumps over the lazy dog. " * 4 + "Supercalifragilisticexpialidocious-words-with-hyphens are long-ish."
for w in (10, 20, 33):
    print(textwrap.wrap(s, w))
    print(textwrap.fill(s, w, initial_indent="* ", subsequent_indent="  ", break_long_words=False))
print(textwrap.wrap(s, 15, break_on_hyphens=False, max_lines=3, placeholder=" [..]"))
print(textwrap.shorten("Hello  world!   How are you?", 12), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n    b")), repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=12, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=False, fix_sentence_endings=True)
print(w.wrap("Hi.\tThere is  a dog. Yes!  ok"))
print(textwrap.wrap("a\tb  c\nd", 5))
t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$5").substitute()
except ValueError as e:
    print(e)
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"), string.ascii_letters, string.punctuation, repr(string.whitespace), string.printable[-10:])
f = string.Formatter()
print(f.format("{0}-{x:>4}", 1, x="y"), list(f.parse("a{0!r:>3}b{{c}}{d[1].e}")))
a = "one two three four five six".split()
b = "one too three four six seven".split()
print(list(difflib.unified_diff(a, b, "a.txt", "b.txt", lineterm="")))
print(list(difflib.context_diff(a, b, lineterm="")))
print(list(difflib.ndiff(["abcde\n", "fghij\n"], ["abxde\n", "fghij\n", "k\n"])))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio(), sm.get_matching_blocks(), sm.get_opcodes())
print(list(sm.get_grouped_opcodes(1)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell"], n=2, cutoff=0.5))
print(difflib.SequenceMatcher(lambda x: x == " ", "a b c d", "a bcd").ratio())
for ch in "aÅ1 \u00e9\u0301€😀\u200b\t中":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), unicodedata.bidirectional(ch), unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.mirrored(ch), unicodedata.decomposition(ch))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, [unicodedata.normalize(form, x) for x in ["é", "e\u0301", "ﬁ", "①", "Å", "한", "ẛ̣"]], unicodedata.is_normalized(form, "e\u0301"))
print(unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.digit("٣"), unicodedata.decimal("7"), unicodedata.unidata_version)
try:
    unicodedata.lookup("NOT A CHAR")
except KeyError as e:
    print(e)
print(shlex.split("a 'b c' \"d e\" f\\ g # x"), shlex.split("a # b", comments=True), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.PY"], "*.py"), fnmatch.translate("a?[!b]*.[ch]"), fnmatch.fnmatchcase("A.py", "a*"))
print(html.escape("<a href='x'>&\"</a>"), html.unescape("&lt;&amp;&#39;&#x41;&eacute;&notin;&copy x &unknown;"))
