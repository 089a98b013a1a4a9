//! Code-point-to-string tables with no pointers inside.
//!
//! A table of `(u32, &str)` pairs holds one pointer per entry, and in a position-independent
//! executable every such pointer is a relocation that the dynamic loader writes at start-up:
//! the Unicode name, decomposition and case tables alone were 15,000 relocations and 85 page
//! faults on every launch, used or not. A [`StrMap`] keeps one string with all the values
//! side by side and, per entry, the value's byte range in it; it sits in read-only data and is
//! paged in only when a lookup touches it.

/// Sorted `(code point, start << 8 | len)` entries and the text the ranges index (in bytes).
pub(crate) struct StrMap {
    entries: &'static [(u32, u32)],
    text: &'static str,
}

impl StrMap {
    /// Used by the generated tables: `entries` sorted by code point, ranges inside `text`.
    pub(crate) const fn new(entries: &'static [(u32, u32)], text: &'static str) -> StrMap {
        StrMap { entries, text }
    }

    /// An entry's packed range: `len` bytes of the text from byte `start`.
    pub(crate) const fn at(start: u32, len: u32) -> u32 {
        start << 8 | len
    }

    fn value(&self, packed: u32) -> &'static str {
        let start = (packed >> 8) as usize;
        let len = (packed & 0xFF) as usize;
        // The generator writes ranges on character boundaries; a bad range reads as "" rather
        // than panicking (the unit test below proves there are none).
        self.text.get(start..start + len).unwrap_or("")
    }

    /// The value for `cp`, if the table has one.
    pub(crate) fn get(&self, cp: u32) -> Option<&'static str> {
        let i = self.entries.binary_search_by_key(&cp, |&(k, _)| k).ok()?;
        Some(self.value(self.entries[i].1))
    }

    /// Every `(code point, value)`, in code point order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, &'static str)> + '_ {
        self.entries
            .iter()
            .map(|&(cp, packed)| (cp, self.value(packed)))
    }

    #[cfg(test)]
    fn check(&self) -> Result<(), String> {
        for w in self.entries.windows(2) {
            if w[0].0 >= w[1].0 {
                return Err(format!("entries not sorted at {:#x}", w[1].0));
            }
        }
        for &(cp, packed) in self.entries {
            let (start, len) = ((packed >> 8) as usize, (packed & 0xFF) as usize);
            if len == 0 || self.text.get(start..start + len).is_none() {
                return Err(format!("bad range for {cp:#x}: {start}+{len}"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tables_are_well_formed() {
        use super::super::unicode_tables as t;
        use crate::modules::{unicodedata_names as n, unicodedata_tables as u};
        for (name, table) in [
            ("UPPER_MAP", &t::UPPER_MAP),
            ("LOWER_MAP", &t::LOWER_MAP),
            ("TITLE_MAP", &t::TITLE_MAP),
            ("FOLD_MAP", &t::FOLD_MAP),
            ("NAMES", &n::NAMES),
            ("DECOMPOSITION", &u::DECOMPOSITION),
        ] {
            table.check().map_err(|e| format!("{name}: {e}")).unwrap();
        }
    }

    #[test]
    fn lookups_find_values_and_miss_cleanly() {
        static ENTRIES: [(u32, u32); 3] = [
            (0x41, StrMap::at(0, 2)),
            (0x42, StrMap::at(2, 3)),
            (0xDF, StrMap::at(5, 2)),
        ];
        static MAP: StrMap = StrMap::new(&ENTRIES, "abBBBSS");
        assert_eq!(MAP.get(0x41), Some("ab"));
        assert_eq!(MAP.get(0x42), Some("BBB"));
        assert_eq!(MAP.get(0xDF), Some("SS"));
        assert_eq!(MAP.get(0x43), None);
        assert_eq!(MAP.get(0), None);
        let all: Vec<_> = MAP.iter().collect();
        assert_eq!(all, [(0x41, "ab"), (0x42, "BBB"), (0xDF, "SS")]);
        assert!(MAP.check().is_ok());
        static BAD: StrMap = StrMap::new(&[(1, StrMap::at(9, 1))], "x");
        assert_eq!(BAD.get(1), Some(""));
        assert!(BAD.check().is_err());
    }
}
