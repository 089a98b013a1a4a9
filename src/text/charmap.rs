//! Single-byte code pages (cp437, cp1251, iso8859-x, koi8-r, mac-roman, ...): name lookup and
//! byte <-> character mapping. Pure tables; errors are reported as positions, never raised here.

use super::charmap_tables::CODE_PAGES;

/// One code page: ASCII below 0x80, `high` above (0 = undefined byte).
pub(crate) struct CodePage {
    /// The codec's module name in CPython's `encodings` package (`iso8859_15`).
    pub module: &'static str,
    /// Other names accepted for it, normalized (`latin9`, `l9`, ...).
    pub aliases: &'static [&'static str],
    pub high: [u16; 128],
}

/// An encoding name as CPython's codec search sees it: lower case, every run of characters
/// other than letters, digits and `.` made one `_`, no `_` at either end.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// The code page an encoding name stands for, if it is one of the single-byte pages.
pub(crate) fn code_page(name: &str) -> Option<&'static CodePage> {
    let n = normalize_encoding(name);
    let dotless = n.replace('.', "_");
    CODE_PAGES.iter().find(|p| {
        p.module == n || p.module == dotless || p.aliases.iter().any(|a| *a == n || *a == dotless)
    })
}

impl CodePage {
    /// The character of byte `b`, if the page defines one.
    pub fn decode_byte(&self, b: u8) -> Option<char> {
        if b < 0x80 {
            return Some(char::from(b));
        }
        match self.high[usize::from(b - 0x80)] {
            0 => None,
            u => char::from_u32(u32::from(u)),
        }
    }

    /// The byte of character `c`, if the page has one.
    pub fn encode_char(&self, c: char) -> Option<u8> {
        if c.is_ascii() {
            return Some(c as u8);
        }
        (0x80..=0xff).find(|&b| self.decode_byte(b) == Some(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalize_like_cpython() {
        assert_eq!(normalize_encoding("ISO-8859-15"), "iso_8859_15");
        assert_eq!(normalize_encoding("  Mac Roman "), "mac_roman");
        assert_eq!(normalize_encoding("latin--9"), "latin_9");
    }

    #[test]
    fn pages_are_found_by_name_and_alias() {
        assert_eq!(code_page("cp437").map(|p| p.module), Some("cp437"));
        assert_eq!(code_page("IBM437").map(|p| p.module), Some("cp437"));
        assert_eq!(
            code_page("iso-8859-15").map(|p| p.module),
            Some("iso8859_15")
        );
        assert_eq!(code_page("latin9").map(|p| p.module), Some("iso8859_15"));
        assert_eq!(code_page("windows-1251").map(|p| p.module), Some("cp1251"));
        assert!(code_page("utf-8").is_none());
        assert!(code_page("").is_none());
    }

    #[test]
    fn bytes_round_trip() {
        let koi8 = code_page("koi8-r").expect("koi8-r");
        assert_eq!(koi8.decode_byte(0xf0), Some('П'));
        assert_eq!(koi8.encode_char('П'), Some(0xf0));
        assert_eq!(koi8.encode_char('é'), None);
        let thai = code_page("cp874").expect("cp874");
        assert_eq!(thai.decode_byte(0x81), None);
        assert_eq!(thai.encode_char('A'), Some(b'A'));
    }
}
