//! The UTF-7 codec (RFC 2152) as CPython's `utf-7` spells it: which characters go out
//! directly, where shift sequences open and close, and which malformed inputs are errors.
//!
//! Pure byte/text routines: decoding errors go to a caller-supplied callback, which decides
//! (as an `errors=` handler does) what replaces the bad bytes or whether decoding stops.

/// How CPython classifies an ASCII character for UTF-7 output.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Set D (letters, digits, `'(),-./:?`) and set O (`!"#$%&*;<=>@[]^_\`{|}`): written as is.
    Direct,
    /// Space, tab, CR, LF: written as is.
    Space,
    /// Everything else (`+`, `\`, `~`, controls, non-ASCII): base64-encoded.
    Shifted,
}

fn class(c: char) -> Class {
    match c {
        'A'..='Z' | 'a'..='z' | '0'..='9' => Class::Direct,
        '\'' | '(' | ')' | ',' | '-' | '.' | '/' | ':' | '?' => Class::Direct,
        '!' | '"' | '#' | '$' | '%' | '&' | '*' | ';' | '<' | '=' | '>' | '@' | '[' | ']' => {
            Class::Direct
        }
        '^' | '_' | '`' | '{' | '|' | '}' => Class::Direct,
        ' ' | '\t' | '\r' | '\n' => Class::Space,
        _ => Class::Shifted,
    }
}

fn is_base64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'+' || b == b'/'
}

fn to_base64(n: u64) -> u8 {
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[(n & 0x3f) as usize]
}

fn from_base64(b: u8) -> u64 {
    u64::from(match b {
        b'A'..=b'Z' => b - b'A',
        b'a'..=b'z' => b - b'a' + 26,
        b'0'..=b'9' => b - b'0' + 52,
        b'+' => 62,
        _ => 63,
    })
}

/// Bits waiting to be written as base64 digits.
struct BitBuffer {
    bits: u32,
    value: u64,
}

impl BitBuffer {
    fn push_unit(&mut self, unit: u16, out: &mut Vec<u8>) {
        self.value = (self.value << 16) | u64::from(unit);
        self.bits += 16;
        while self.bits >= 6 {
            self.bits -= 6;
            out.push(to_base64(self.value >> self.bits));
        }
        self.value &= (1 << self.bits) - 1;
    }

    /// Writes the remaining bits, zero-padded to a whole digit.
    fn flush(&mut self, out: &mut Vec<u8>) {
        if self.bits > 0 {
            out.push(to_base64(self.value << (6 - self.bits)));
        }
        self.bits = 0;
        self.value = 0;
    }
}

/// `s` in UTF-7; every string can be encoded.
pub fn encode_utf7(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut shifted = false;
    let mut buf = BitBuffer { bits: 0, value: 0 };
    for c in s.chars() {
        let direct = class(c) != Class::Shifted;
        if shifted && direct {
            buf.flush(&mut out);
            shifted = false;
            // A following base64 digit or '-' would be read as part of the sequence.
            if c.is_ascii() && (is_base64(c as u8) || c == '-') {
                out.push(b'-');
            }
            out.push(c as u8);
            continue;
        }
        if !shifted {
            if c == '+' {
                out.extend_from_slice(b"+-");
                continue;
            }
            if direct {
                out.push(c as u8);
                continue;
            }
            out.push(b'+');
            shifted = true;
        }
        if let Some(unit) = super::surrogate_of(c) {
            buf.push_unit(unit, &mut out);
            continue;
        }
        let mut units = [0u16; 2];
        for &u in c.encode_utf16(&mut units).iter() {
            buf.push_unit(u, &mut out);
        }
    }
    buf.flush(&mut out);
    if shifted {
        out.push(b'-');
    }
    out
}

/// A malformed stretch `data[start..end]` and why; decoding resumes at `end`.
pub struct Utf7Error {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Decodes UTF-7. Each malformed stretch goes to `on_error`, which appends its replacement to
/// the output or fails; a lone surrogate decodes to its stand-in (see `surrogate`).
pub fn decode_utf7<E>(
    data: &[u8],
    mut on_error: impl FnMut(&mut String, Utf7Error) -> Result<(), E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    let mut shifted = false;
    let mut shift_start = 0;
    let mut bits = 0u32;
    let mut value = 0u64;
    // A high surrogate waiting for its low half.
    let mut high: Option<u32> = None;
    while i < data.len() {
        let b = data[i];
        if shifted {
            if is_base64(b) {
                value = (value << 6) | from_base64(b);
                bits += 6;
                i += 1;
                if bits >= 16 {
                    bits -= 16;
                    let unit = ((value >> bits) & 0xffff) as u32;
                    value &= (1 << bits) - 1;
                    if let Some(h) = high.take() {
                        if (0xdc00..=0xdfff).contains(&unit) {
                            let c = 0x10000 + ((h - 0xd800) << 10) + (unit - 0xdc00);
                            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                            continue;
                        }
                        out.extend(super::char_of_code_point(h));
                    }
                    if (0xd800..=0xdbff).contains(&unit) {
                        high = Some(unit);
                    } else {
                        out.extend(super::char_of_code_point(unit));
                    }
                }
                continue;
            }
            // Leaving the shift sequence: leftover bits must be a zero pad of under 6 bits.
            shifted = false;
            let reason = if bits >= 6 {
                Some("partial character in shift sequence")
            } else if bits > 0 && value != 0 {
                Some("non-zero padding bits in shift sequence")
            } else {
                None
            };
            if let Some(reason) = reason {
                i += 1;
                let err = Utf7Error {
                    start: shift_start,
                    end: i,
                    reason,
                };
                on_error(&mut out, err)?;
                continue;
            }
            if let Some(h) = high.take()
                && b < 0x80
                && b != b'+'
            {
                out.extend(super::char_of_code_point(h));
            }
            // A '-' closes the sequence and is dropped; any other character stays.
            if b == b'-' {
                i += 1;
            }
            continue;
        }
        if b == b'+' {
            shift_start = i;
            i += 1;
            match data.get(i) {
                Some(b'-') => {
                    i += 1;
                    out.push('+');
                }
                Some(&n) if !is_base64(n) => {
                    i += 1;
                    let err = Utf7Error {
                        start: shift_start,
                        end: i,
                        reason: "ill-formed sequence",
                    };
                    on_error(&mut out, err)?;
                }
                _ => {
                    shifted = true;
                    high = None;
                    bits = 0;
                    value = 0;
                }
            }
        } else if b < 0x80 {
            out.push(b as char);
            i += 1;
        } else {
            let err = Utf7Error {
                start: i,
                end: i + 1,
                reason: "unexpected special character",
            };
            i += 1;
            on_error(&mut out, err)?;
        }
    }
    if shifted && (high.is_some() || bits >= 6 || (bits > 0 && value != 0)) {
        let err = Utf7Error {
            start: shift_start,
            end: data.len(),
            reason: "unterminated shift sequence",
        };
        on_error(&mut out, err)?;
    }
    Ok(out)
}
