//! Pure number and text formatting: `repr(float)`, `format()` specs, `str.format` templates,
//! `%`-formatting, `int()`/`float()` parsing, and float arithmetic with Python semantics.
//!
//! Nothing here knows Python objects: functions take Rust values and return
//! `Result<_, FmtError>` carrying CPython 3.11's exact message. Where a Python-level value is
//! needed (str.format fields, `%` arguments) the VM supplies it through a trait or by walking
//! the parsed pieces itself.

mod error;
mod float_ops;
mod float_repr;
mod number_text;
mod percent;
mod spec;
mod template;

pub use error::{ErrKind, FmtError};
pub use float_ops::{
    RoundResult, big_true_div, float_as_integer_ratio, float_divmod, float_floordiv,
    float_is_integer, float_mod, float_round, float_truediv,
};
pub use float_repr::float_repr;
pub use number_text::{
    DEFAULT_INT_MAX_STR_DIGITS, bigint_to_f64, int_max_str_digits, int_to_decimal, int_to_radix,
    parse_float, parse_i64, parse_int, set_int_max_str_digits,
};
pub use percent::{ArgSource, PercentArgs, PercentNeed, PercentValue, percent_format};
pub use spec::{
    Align, FormatSpec, SignOpt, format_complex, format_float, format_float_as, format_int,
    format_int_as, format_str, parse_format_spec,
};
pub use template::{
    FieldAccess, FieldFirst, FieldName, FieldNumbering, FormatPiece, check_conversion,
    for_each_piece, format_index_error, parse_field_name, parse_format_string,
};
