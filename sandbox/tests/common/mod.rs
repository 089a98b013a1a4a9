//! Helpers for kernel tests: run a deliberate fault in a forked child and report how it ended.

#![allow(dead_code)] // each test binary uses a subset

use nix::sys::resource::{Resource, setrlimit};
use nix::sys::signal::{SigHandler, Signal, signal};
use nix::sys::wait::{WaitStatus, waitpid};
use nix::unistd::{ForkResult, fork};

/// Runs `f` in a forked child and returns how the child ended; the child exits 0 if `f`
/// returns. `f` must only do async-signal-safe things (the test harness is multi-threaded).
pub fn in_child(f: impl FnOnce()) -> WaitStatus {
    // SAFETY: the child only resets two signal dispositions, lowers its core limit (raw
    // syscalls), runs `f` (which the caller keeps async-signal-safe) and `_exit`s.
    match unsafe { fork() }.expect("fork") {
        ForkResult::Child => {
            let _ = setrlimit(Resource::RLIMIT_CORE, 0, 0);
            // SAFETY: SIG_DFL installs no handler; std's stack-overflow handler must not run.
            unsafe {
                let _ = signal(Signal::SIGSEGV, SigHandler::SigDfl);
                let _ = signal(Signal::SIGBUS, SigHandler::SigDfl);
            }
            f();
            // SAFETY: _exit is async-signal-safe and skips the parent's atexit handlers.
            unsafe { libc::_exit(0) }
        }
        ForkResult::Parent { child } => waitpid(child, None).expect("waitpid"),
    }
}

/// Asserts that writing one byte at `addr` in a child process kills it with SIGSEGV.
pub fn assert_write_segfaults(addr: *const u8) {
    let addr = addr as *mut u8;
    // SAFETY: this write is the point of the test: it must fault. It happens in the child,
    // whose memory is a copy; if the guarantee were broken only the child's copy would change.
    let status = in_child(|| unsafe { std::ptr::write_volatile(addr, 0x5a) });
    match status {
        WaitStatus::Signaled(_, Signal::SIGSEGV, _) => {}
        other => panic!("a write at {addr:p} did not die with SIGSEGV: {other:?}"),
    }
}

/// The line of /proc/self/maps whose range starts at `addr`.
pub fn maps_line(addr: *const u8) -> String {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("read /proc/self/maps");
    let start = format!("{:x}-", addr as usize);
    maps.lines()
        .find(|l| l.starts_with(&start))
        .unwrap_or_else(|| panic!("no mapping starts at {addr:p} in:\n{maps}"))
        .to_owned()
}

pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

/// Sample image bytes: `len` bytes of a recognizable pattern.
pub fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + 3) as u8).collect()
}
