import gettext
import os
import struct
import sys
import tempfile

def write_mo(path, messages, plural_forms=None):
    """Write a GNU .mo file: messages maps msgid (str or (singular, plural)) -> str or list."""
    header = "Content-Type: text/plain; charset=UTF-8\n"
    if plural_forms:
        header += "Plural-Forms: %s\n" % plural_forms
    entries = {"": header}
    for k, v in messages.items():
        if isinstance(k, tuple):
            entries["\x00".join(k)] = "\x00".join(v)
        else:
            entries[k] = v
    keys = sorted(entries)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        kb = k.encode("utf-8")
        vb = entries[k].encode("utf-8")
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b"\x00"
        strs += vb + b"\x00"
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets = []
    voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    data = struct.pack("Iiiiiii", 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    data += struct.pack("%di" % len(koffsets), *koffsets)
    data += struct.pack("%di" % len(voffsets), *voffsets)
    data += ids + strs
    with open(path, "wb") as f:
        f.write(data)

base = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp()
localedir = os.path.join(base, "locale")
for lang, msgs, pf in [
    ("fr", {"Hello": "Bonjour", "Goodbye": "Au revoir", ("%d file", "%d files"): ["%d fichier", "%d fichiers"],
            "menu\x04Open": "Ouvrir"}, "nplurals=2; plural=(n > 1);"),
    ("pl", {("%d file", "%d files"): ["%d plik", "%d pliki", "%d plików"]},
     "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    ("de", {"Hello": "Hallo"}, None),
]:
    d = os.path.join(localedir, lang, "LC_MESSAGES")
    os.makedirs(d)
    write_mo(os.path.join(d, "app.mo"), msgs, pf)

print(gettext.gettext("Hello"), gettext.ngettext("apple", "apples", 1), gettext.ngettext("apple", "apples", 3))
print(gettext.pgettext("ctx", "msg"), gettext.npgettext("ctx", "one", "many", 2))
null = gettext.NullTranslations()
print(null.gettext("x"), null.ngettext("a", "b", 0), null.info(), null.charset())
t = gettext.translation("app", localedir, languages=["fr"])
print(type(t).__name__, t.gettext("Hello"), t.gettext("Missing"), t.charset())
for n in (0, 1, 2, 5):
    print(n, t.ngettext("%d file", "%d files", n) % n)
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"))
print(sorted(t.info().items()))
pl = gettext.translation("app", localedir, languages=["pl"])
for n in (1, 2, 4, 5, 12, 22, 25, 101):
    print(n, pl.ngettext("%d file", "%d files", n) % n)
chain = gettext.translation("app", localedir, languages=["de", "fr"])
print(chain.gettext("Hello"), chain.gettext("Goodbye"))
try:
    gettext.translation("app", localedir, languages=["es"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno)
fb = gettext.translation("app", localedir, languages=["es"], fallback=True)
print(type(fb).__name__, fb.gettext("Hello"))
print(gettext.find("app", localedir, ["fr_FR.UTF-8"]) == os.path.join(localedir, "fr", "LC_MESSAGES", "app.mo"))
print(gettext.find("app", localedir, ["es", "de"], all=True) == [os.path.join(localedir, "de", "LC_MESSAGES", "app.mo")])
print(gettext.find("app", localedir, ["xx"]))
t.install()
print(_("Hello"), _("Goodbye"))
print(gettext.textdomain(), gettext.textdomain("app"), gettext.textdomain())
gettext.bindtextdomain("app", localedir)
os.environ["LANGUAGE"] = "fr"
print(gettext.gettext("Hello"), gettext.dgettext("app", "Goodbye"), gettext.ngettext("%d file", "%d files", 3) % 3)
f = gettext.c2py("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2")
print([f(i) for i in (0, 1, 2, 11, 21, 111)])
for bad in ["n +", "(n", "n ; import os"]:
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print("ValueError")
