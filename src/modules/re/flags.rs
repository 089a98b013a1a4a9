//! Flag bits, with CPython's values (they are visible as `Pattern.flags`).

/// `re.TEMPLATE` (deprecated): patterns without repetition.
pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// Letters allowed in inline flag groups.
pub const FLAG_CHARS: &[char] = &['a', 'i', 'L', 'm', 's', 'u', 'x'];

pub fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => return None,
    })
}
