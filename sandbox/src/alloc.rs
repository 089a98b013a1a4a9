//! The C allocator's arena choice.
//!
//! pyseal interprets on a dedicated thread (for its large stack). glibc gives a second thread
//! its own malloc arena, which grows a few pages at a time with one `mprotect` per growth:
//! about 80 system calls before a trivial program's first line, a measurable part of
//! start-up. With a single arena the interpreter thread allocates from the main heap, which
//! grows by `brk` with glibc's usual padding.

/// Makes every thread allocate from the main arena. Call it before starting other threads;
/// returns whether the C library accepted the setting (other C libraries may not know it).
pub fn use_single_arena() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: `mallopt` only updates the allocator's tuning parameters under its own
        // lock; M_ARENA_MAX with a positive value is a documented glibc setting, and no
        // memory is handed out or taken back by the call.
        unsafe { libc::mallopt(libc::M_ARENA_MAX, 1) == 1 }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn single_arena_is_accepted_and_allocation_still_works() {
        let accepted = super::use_single_arena();
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        assert!(accepted);
        let _ = accepted;
        let v: Vec<u64> = (0..100_000).collect();
        let t = std::thread::spawn(move || v.iter().sum::<u64>());
        assert_eq!(t.join().unwrap(), 4_999_950_000);
    }
}
