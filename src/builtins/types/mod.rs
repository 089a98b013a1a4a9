//! Methods of the built-in types, one file per type family.

pub mod bytes;
pub mod dict;
pub mod iter_state;
pub mod list;
pub mod memoryview;
pub mod misc;
pub mod number;
pub mod object;
pub mod perma_bytes;
pub mod range;
pub mod set;
pub mod str;
