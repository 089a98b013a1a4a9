//! Ending the process the way a signal would.
//!
//! A Python program stopped by an uncaught `KeyboardInterrupt` does not exit with a status:
//! CPython re-delivers SIGINT to itself with the default action, so a shell sees status 130
//! and a parent process sees "killed by SIGINT" (and can stop a loop of runs, as shells do).

/// Ends the process by SIGINT with its default action. Call it last: nothing after it runs,
/// and no destructors or exit handlers run either (flush output first). Should the signal
/// not end the process (blocked by the parent's mask), exits with status 130 instead.
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring SIGINT's default disposition and raising it on our own process are
    // async-signal-safe C calls with constant, valid arguments; no Rust state is touched.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(128 + libc::SIGINT)
}
