//! Pure text routines behind `str` and `bytes` methods and `repr()`.
//!
//! Functions take `&str` / `&[u8]` and return Rust values; they know nothing of Python
//! objects and never allocate Python-visible state. Indices are in characters for `str` and in
//! bytes for `bytes`. Character properties and case mappings come from tables generated from
//! CPython 3.11's `unicodedata` (`gen_unicode_tables.py`).

pub mod bytes_ops;
pub(crate) mod charmap;
#[rustfmt::skip]
mod charmap_tables;
mod packed;
mod repr;
mod str_ops;
pub mod suggest;
mod surrogate;
mod unicode;
#[rustfmt::skip]
mod unicode_tables;
mod utf7;

pub(crate) use packed::StrMap;
pub use repr::{ascii_repr, bytearray_repr, bytes_repr, push_code_point_escape, str_repr};
pub use str_ops::{
    MAX_TEXT_BYTES, TooLong, adjust_indices, capitalize, casefold, center, char_len, contains,
    count, endswith, expandtabs, fill_char, find, index, isalnum, isalpha, isascii, isdecimal,
    isdigit, isidentifier, islower, isnumeric, isprintable, isspace, istitle, isupper, join, ljust,
    lower, lstrip, partition, replace, rfind, rindex, rjust, rpartition, rsplit, rstrip, split,
    splitlines, startswith, strip, swapcase, text_buffer, title, upper, zfill,
};
pub use surrogate::{
    char_of_code_point, code_point, has_surrogates, str_literal_with_surrogates, surrogate_of,
};
pub use unicode::{
    decimal_value, is_alnum, is_alpha, is_cased, is_decimal, is_digit, is_id_continue, is_id_start,
    is_linebreak, is_lower, is_numeric, is_printable, is_python_space, is_titlecase, is_upper,
};
pub use utf7::{Utf7Error, decode_utf7, encode_utf7};
