//! `SealedImage::seal` falls back to a read-only anonymous mapping when memfd is missing.
//!
//! "Missing" is simulated with a seccomp filter that makes `memfd_create` fail with ENOSYS, as
//! on a kernel without memfd. A filter cannot be removed, so the test re-runs this binary with
//! an environment variable and installs the filter only in that child process.

mod common;

use std::process::Command;

use common::{assert_write_segfaults, pattern};
use pyseal_sandbox::{SealMechanism, SealedImage};

const CHILD_ENV: &str = "PYSEAL_TEST_MEMFD_DENIED";

/// Makes `memfd_create` fail with ENOSYS in the calling thread, forever.
fn deny_memfd_create() {
    let nr_offset = 0; // offsetof(struct seccomp_data, nr)
    let mut filter = [
        libc::sock_filter {
            code: (libc::BPF_LD | libc::BPF_W | libc::BPF_ABS) as u16,
            jt: 0,
            jf: 0,
            k: nr_offset,
        },
        libc::sock_filter {
            code: (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16,
            jt: 0,
            jf: 1,
            k: libc::SYS_memfd_create as u32,
        },
        libc::sock_filter {
            code: (libc::BPF_RET | libc::BPF_K) as u16,
            jt: 0,
            jf: 0,
            k: libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32,
        },
        libc::sock_filter {
            code: (libc::BPF_RET | libc::BPF_K) as u16,
            jt: 0,
            jf: 0,
            k: libc::SECCOMP_RET_ALLOW,
        },
    ];
    let prog = libc::sock_fprog {
        len: filter.len() as u16,
        filter: filter.as_mut_ptr(),
    };
    // SAFETY: prctl and seccomp read only the flag and `prog`, a live local; this process is
    // the re-executed test child, so the filter affects nothing else.
    unsafe {
        assert_eq!(libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), 0);
        let rc = libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER,
            0,
            &prog as *const libc::sock_fprog,
        );
        assert_eq!(rc, 0, "seccomp: {}", nix::errno::Errno::last());
    }
}

#[test]
fn seal_falls_back_when_memfd_is_missing() {
    if std::env::var_os(CHILD_ENV).is_some() {
        deny_memfd_create();
        let bytes = pattern(10_000);
        let image = SealedImage::seal("denied", &bytes).expect("seal must fall back");
        assert_eq!(image.mechanism(), SealMechanism::ReadOnlyAnon);
        assert_eq!(image.as_bytes(), &bytes[..]);
        assert_write_segfaults(image.as_ptr());
        // Forcing memfd reports the failure instead of hiding it.
        let err = SealedImage::seal_with("denied", &bytes, SealMechanism::Memfd)
            .expect_err("memfd is denied");
        assert!(err.to_string().contains("memfd_create"), "{err}");
        println!("fallback-child-ran");
        return;
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "seal_falls_back_when_memfd_is_missing",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, "1")
        .output()
        .expect("re-run test binary");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("fallback-child-ran"),
        "child failed: {}\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}
