//! The process entry point of the `pyseal` binary.
//!
//! The binary defines C's `main` itself, through [`entry_point!`], rather than going through
//! Rust's runtime start-up. That start-up finds the main thread's stack guard by reading and
//! parsing `/proc/self/maps` (about 120,000 instructions and a dozen system calls, a tenth of
//! a trivial run's start-up) and installs a stack-overflow handler with an alternate signal
//! stack for every thread, for a stack pyseal never interprets on: the interpreter runs on a
//! thread of its own and checks its depth itself.
//!
//! What the binary does need of that start-up is done in [`start`]: SIGPIPE ignored (a write
//! to a closed pipe fails with EPIPE, which Python reports as `BrokenPipeError`), file
//! descriptors 0-2 open (so a file the program opens never lands on a closed standard
//! stream's number), a panic ending in exit status 101, and Rust's buffered stdout flushed at
//! exit. Command-line arguments need nothing: the standard library reads them on glibc from
//! the `.init_array` call it registers.

use std::ffi::c_int;

/// Prepares the process as Rust's start-up would, runs `real_main` and exits with its
/// status (flushing Rust's stdout on the way, as `std::process::exit` does).
pub fn start(real_main: fn() -> u8) -> ! {
    ignore_sigpipe();
    open_standard_fds();
    let status = match std::panic::catch_unwind(real_main) {
        Ok(code) => c_int::from(code),
        // The panic hook has already said what happened.
        Err(_) => 101,
    };
    std::process::exit(status)
}

fn ignore_sigpipe() {
    // SAFETY: setting SIGPIPE's disposition to SIG_IGN is a plain C call with constant, valid
    // arguments, made before any other thread exists; no handler code is involved.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
}

/// Opens `/dev/null` on each of descriptors 0, 1 and 2 that is closed.
fn open_standard_fds() {
    let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    });
    // SAFETY: `fds` is a valid array of three pollfd structs that outlives the call; a zero
    // timeout makes the call return at once.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, 0) };
    if n <= 0 {
        return;
    }
    for p in fds {
        if p.revents & libc::POLLNVAL != 0 {
            // `open` takes the lowest free number: this very descriptor, as the lower ones
            // are open by now. Failure leaves it closed, which writes then report.
            // SAFETY: the path is a NUL-terminated constant; the descriptor is deliberately
            // left open for the life of the process.
            unsafe {
                libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
            }
        }
    }
}

/// Defines C's `main` for a binary crate marked `#![no_main]`, calling `$main` (a
/// `fn() -> u8` returning the exit status) through [`start`].
#[macro_export]
macro_rules! entry_point {
    ($main:path) => {
        // SAFETY: `main` is the one symbol of this name in the program (the crate is
        // `no_main`, so Rust's runtime defines none), with the signature the C start-up
        // code calls.
        #[unsafe(no_mangle)]
        pub extern "C" fn main(
            _argc: ::std::ffi::c_int,
            _argv: *const *const ::std::ffi::c_char,
        ) -> ::std::ffi::c_int {
            $crate::entry::start($main)
        }
    };
}
