//! Per-process settings the standard library reads and changes: the file-creation mask.
//!
//! Safe wrappers only (through `nix`); nothing here touches memory or other processes.

use nix::sys::stat::{Mode, umask as set_mask};

/// Sets the file-creation mask (`os.umask`) to the permission bits of `mask` and returns the
/// previous mask.
pub fn umask(mask: u32) -> u32 {
    set_mask(Mode::from_bits_truncate(mask & 0o777)).bits()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umask_returns_the_previous_mask() {
        let old = umask(0o027);
        assert_eq!(umask(old), 0o027);
    }
}
