# unicodedata: names, categories, bidi classes, widths, numeric values and decompositions of
# characters from many blocks; the four normalization forms; lookup and its errors.
import unicodedata as ud
for c in ['A', 'é', '\u0301', '½', '٣', '\u00a0', '€', '\U0001f600', '\u4e00', '\uac00', '\x00', '\ufffd', 'ǅ', '\u2028', 'ﬁ', '\u0378', 'Ⅻ', '𝟙']:
    print(ascii(c), ud.name(c, '?'), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), repr(ud.decomposition(c)))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['é', 'e\u0301', 'ﬁ', 'Å', '\u1e9b\u0323', '한국어', '①②', 'x\u0327\u0301']:
        n = ud.normalize(form, s)
        print(form, ascii(s), ascii(n), ud.is_normalized(form, s))
print(ud.lookup('LATIN SMALL LETTER A'), ud.lookup('latin small letter a'), ud.lookup('HANGUL SYLLABLE GA'), ud.unidata_version)
for bad in [lambda: ud.lookup('NOPE'), lambda: ud.name('\u0378'), lambda: ud.decimal('x'), lambda: ud.numeric('a'), lambda: ud.normalize('XX', 'a'), lambda: ud.category('ab')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(''.join(c for c in ud.normalize('NFD', 'Crème Brûlée à la française') if not ud.combining(c)))
print(sorted(['é', 'e', 'f', 'E'], key=lambda s: ud.normalize('NFD', s).casefold()))
