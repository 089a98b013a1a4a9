//! Kernel guarantees of sealed code images, checked on the real mapping and the real fd.
//!
//! Every write path must be refused by the kernel, not by our code: a write through the
//! mapping, mprotect, write(2)/pwrite/ftruncate/fallocate on the fd, writable mmap, new seals,
//! /proc/self/mem and process_vm_writev.

mod common;

use std::os::fd::{AsRawFd, OwnedFd};

use common::{assert_write_segfaults, in_child, maps_line, page_size, pattern};
use nix::errno::Errno;
use nix::sys::wait::WaitStatus;
use pyseal_sandbox::memfd::{F_SEAL_EXEC, IMAGE_SEALS};
use pyseal_sandbox::{SealError, SealMechanism, SealedImage};

fn sealed(name: &str, bytes: &[u8]) -> SealedImage {
    let image = SealedImage::seal_with(name, bytes, SealMechanism::Memfd).expect("seal");
    assert_eq!(image.mechanism(), SealMechanism::Memfd);
    image
}

fn sealed_with_fd(name: &str, bytes: &[u8]) -> (SealedImage, OwnedFd) {
    SealedImage::seal_keep_fd(name, bytes).expect("seal_keep_fd")
}

/// Runs a raw syscall wrapper and returns its errno, panicking if it succeeded.
fn errno_of(what: &str, rc: libc::c_long) -> Errno {
    assert!(rc < 0, "{what} succeeded on a sealed image");
    Errno::last()
}

#[test]
fn seal_prefers_memfd_and_keeps_the_bytes() {
    let bytes = pattern(3 * page_size() + 5);
    let image = SealedImage::seal("roundtrip", &bytes).expect("seal");
    assert_eq!(image.mechanism(), SealMechanism::Memfd);
    assert_eq!(image.as_bytes(), &bytes[..]);
    assert_eq!(image.len(), bytes.len());
    assert!(!image.is_empty());
}

#[test]
fn as_bytes_is_the_mapping_not_a_copy() {
    let image = sealed("nocopy", b"abc");
    assert_eq!(image.as_bytes().as_ptr(), image.as_ptr());
    assert_eq!(
        image.as_ptr() as usize % page_size(),
        0,
        "not a mapping start"
    );
    // The sealed mapping is the one at that address.
    assert!(maps_line(image.as_ptr()).contains("memfd:pyseal-code:nocopy"));
}

#[test]
fn write_through_the_mapping_dies_with_sigsegv() {
    let bytes = pattern(2 * page_size() + 1);
    let image = sealed("write-segv", &bytes);
    assert_write_segfaults(image.as_ptr());
    // SAFETY: pointer arithmetic inside the mapping (last byte).
    assert_write_segfaults(unsafe { image.as_ptr().add(bytes.len() - 1) });
    assert_eq!(image.as_bytes(), &bytes[..]);
}

#[test]
fn mprotect_writable_is_refused_with_eacces() {
    let image = sealed("mprotect", &pattern(100));
    // SAFETY: only asks the kernel to change our own mapping; it must refuse.
    let rc = unsafe {
        libc::mprotect(
            image.as_ptr() as *mut libc::c_void,
            image.len(),
            libc::PROT_READ | libc::PROT_WRITE,
        )
    };
    assert_eq!(errno_of("mprotect(PROT_WRITE)", rc.into()), Errno::EACCES);
    // Still read-only afterwards.
    assert_write_segfaults(image.as_ptr());
}

#[test]
fn fd_carries_all_image_seals() {
    let (_image, fd) = sealed_with_fd("seals", b"x");
    // SAFETY: F_GET_SEALS only reads the seals of our fd.
    let seals = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GET_SEALS) };
    assert!(seals >= 0, "F_GET_SEALS: {}", Errno::last());
    assert_eq!(seals & IMAGE_SEALS, IMAGE_SEALS, "seals {seals:#x}");
}

#[test]
fn write_and_pwrite_on_the_fd_fail_with_eperm() {
    let bytes = pattern(64);
    let (image, fd) = sealed_with_fd("fd-write", &bytes);
    // SAFETY: write/pwrite read from a valid local buffer; the kernel must refuse them.
    let rc = unsafe { libc::write(fd.as_raw_fd(), b"zz".as_ptr().cast(), 2) };
    assert_eq!(errno_of("write", rc as libc::c_long), Errno::EPERM);
    // SAFETY: as above.
    let rc = unsafe { libc::pwrite(fd.as_raw_fd(), b"zz".as_ptr().cast(), 2, 0) };
    assert_eq!(errno_of("pwrite", rc as libc::c_long), Errno::EPERM);

    // A fresh read-write open through /proc does not get around the seal.
    let path = format!("/proc/self/fd/{}", fd.as_raw_fd());
    let mut reopened = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .expect("reopen memfd for writing");
    let err = std::io::Write::write(&mut reopened, b"zz").expect_err("write after reopen");
    assert_eq!(err.raw_os_error(), Some(libc::EPERM));
    assert_eq!(image.as_bytes(), &bytes[..]);
}

#[test]
fn ftruncate_and_fallocate_fail_with_eperm() {
    let bytes = pattern(64);
    let (image, fd) = sealed_with_fd("fd-size", &bytes);
    for len in [0, 10, 1 << 20] {
        // SAFETY: ftruncate on our own fd; the kernel must refuse.
        let rc = unsafe { libc::ftruncate(fd.as_raw_fd(), len) };
        assert_eq!(errno_of("ftruncate", rc.into()), Errno::EPERM, "len {len}");
    }
    // SAFETY: fallocate on our own fd: growing (F_SEAL_GROW) and punching a hole
    // (F_SEAL_WRITE) must both be refused.
    let grow = unsafe { libc::fallocate(fd.as_raw_fd(), 0, 0, 1 << 20) };
    assert_eq!(errno_of("fallocate grow", grow.into()), Errno::EPERM);
    // SAFETY: as above.
    let punch = unsafe {
        libc::fallocate(
            fd.as_raw_fd(),
            libc::FALLOC_FL_PUNCH_HOLE | libc::FALLOC_FL_KEEP_SIZE,
            0,
            64,
        )
    };
    assert_eq!(errno_of("fallocate punch", punch.into()), Errno::EPERM);
    assert_eq!(image.as_bytes(), &bytes[..]);
}

#[test]
fn writable_shared_mmap_fails_with_eperm() {
    let (_image, fd) = sealed_with_fd("fd-mmap", &pattern(64));
    // SAFETY: asks for a new mapping of our fd; the kernel must refuse.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            64,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_SHARED,
            fd.as_raw_fd(),
            0,
        )
    };
    assert_eq!(ptr, libc::MAP_FAILED, "writable shared mmap succeeded");
    assert_eq!(Errno::last(), Errno::EPERM);
}

#[test]
fn private_writable_copy_cannot_reach_the_image() {
    let bytes = pattern(64);
    let (image, fd) = sealed_with_fd("fd-private", &bytes);
    // SAFETY: a copy-on-write private mapping of our fd, unmapped below.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            64,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE,
            fd.as_raw_fd(),
            0,
        )
    };
    assert_ne!(ptr, libc::MAP_FAILED, "{}", Errno::last());
    // SAFETY: ptr is our private writable mapping of 64 bytes.
    unsafe {
        std::ptr::write_bytes(ptr.cast::<u8>(), 0xee, 64);
        libc::munmap(ptr, 64);
    }
    assert_eq!(image.as_bytes(), &bytes[..]);
}

#[test]
fn adding_seals_fails_once_sealed() {
    let (_image, fd) = sealed_with_fd("fd-seal", b"x");
    // There is no call to remove a seal; F_SEAL_SEAL makes adding one fail too.
    for seal in [libc::F_SEAL_FUTURE_WRITE, libc::F_SEAL_WRITE, F_SEAL_EXEC] {
        // SAFETY: F_ADD_SEALS on our own fd; the kernel must refuse.
        let rc = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_ADD_SEALS, seal) };
        assert_eq!(
            errno_of("F_ADD_SEALS", rc.into()),
            Errno::EPERM,
            "seal {seal:#x}"
        );
    }
}

#[test]
fn exec_bits_are_sealed_where_the_kernel_has_f_seal_exec() {
    let (_image, fd) = sealed_with_fd("fd-exec", b"x");
    // SAFETY: F_GET_SEALS only reads.
    let seals = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GET_SEALS) };
    if seals & F_SEAL_EXEC == 0 {
        // Acceptable only if this kernel does not know the seal at all.
        // SAFETY: the name is a NUL-terminated literal.
        let raw = unsafe { libc::memfd_create(c"exec-probe".as_ptr(), libc::MFD_ALLOW_SEALING) };
        assert!(raw >= 0, "memfd_create: {}", Errno::last());
        // SAFETY: F_ADD_SEALS on the fresh fd, which is closed right after.
        let rc = unsafe { libc::fcntl(raw, libc::F_ADD_SEALS, F_SEAL_EXEC) };
        let errno = Errno::last();
        // SAFETY: closes the fd created above, owned by nobody else.
        unsafe { libc::close(raw) };
        assert!(
            rc < 0 && errno == Errno::EINVAL,
            "kernel has F_SEAL_EXEC but image lacks it"
        );
        return;
    }
    // SAFETY: fchmod on our own fd; the kernel must refuse to add exec bits.
    let rc = unsafe { libc::fchmod(fd.as_raw_fd(), 0o755) };
    assert_eq!(errno_of("fchmod +x", rc.into()), Errno::EPERM);
}

#[test]
fn proc_self_mem_write_fails_and_bytes_are_unchanged() {
    let bytes = pattern(128);
    let image = sealed("procmem", &bytes);
    let mem = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/proc/self/mem")
        .expect("open /proc/self/mem");
    let payload = [0xaau8; 16];
    // SAFETY: pwrite reads from a valid local buffer; the target offset is our sealed mapping
    // and the kernel must refuse to write it.
    let rc = unsafe {
        libc::pwrite(
            mem.as_raw_fd(),
            payload.as_ptr().cast(),
            payload.len(),
            image.as_ptr() as libc::off_t,
        )
    };
    assert!(rc < 0, "/proc/self/mem write returned {rc}");
    let errno = Errno::last();
    assert!(
        matches!(
            errno,
            Errno::EIO | Errno::EPERM | Errno::EACCES | Errno::EFAULT
        ),
        "unexpected errno {errno}"
    );
    assert_eq!(image.as_bytes(), &bytes[..]);
}

#[test]
fn process_vm_writev_fails() {
    let bytes = pattern(32);
    let image = sealed("vmwritev", &bytes);
    let mut payload = [0x11u8; 8];
    let local = libc::iovec {
        iov_base: payload.as_mut_ptr().cast(),
        iov_len: payload.len(),
    };
    let remote = libc::iovec {
        iov_base: image.as_ptr() as *mut libc::c_void,
        iov_len: payload.len(),
    };
    // SAFETY: the iovecs describe a valid local buffer and our sealed mapping as the target;
    // the kernel must refuse the write.
    let rc = unsafe { libc::process_vm_writev(libc::getpid(), &local, 1, &remote, 1, 0) };
    assert!(rc <= 0, "process_vm_writev wrote {rc} bytes");
    assert_eq!(image.as_bytes(), &bytes[..]);
}

#[test]
fn proc_maps_shows_a_read_only_shared_memfd() {
    let image = sealed("json.decoder", &pattern(10));
    let line = maps_line(image.as_ptr());
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(fields[1], "r--s", "{line}");
    assert!(
        line.contains("/memfd:pyseal-code:json.decoder"),
        "name missing: {line}"
    );
}

#[test]
fn empty_images_work_for_both_mechanisms() {
    for mechanism in [SealMechanism::Memfd, SealMechanism::ReadOnlyAnon] {
        let image = SealedImage::seal_with("empty", b"", mechanism).expect("seal empty");
        assert_eq!(image.mechanism(), mechanism);
        assert!(image.is_empty());
        assert_eq!(image.as_bytes(), b"");
    }
    let (image, fd) = sealed_with_fd("empty", b"");
    assert!(image.is_empty());
    // SAFETY: ftruncate on our own fd; the empty image is sealed against growing too.
    let rc = unsafe { libc::ftruncate(fd.as_raw_fd(), 4096) };
    assert_eq!(errno_of("ftruncate", rc.into()), Errno::EPERM);
}

#[test]
fn names_are_prefixed_truncated_and_checked() {
    let long = "m".repeat(400);
    let image = sealed(&long, b"x");
    let line = maps_line(image.as_ptr());
    assert!(line.contains("memfd:pyseal-code:mmm"), "{line}");

    let err = SealedImage::seal("bad\0name", b"x").expect_err("NUL in name");
    assert!(matches!(err, SealError::Name { .. }), "{err}");
}

#[test]
fn images_are_send_and_sync_and_readable_from_other_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SealedImage>();

    let bytes = pattern(5000);
    let image = std::sync::Arc::new(sealed("threads", &bytes));
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let image = image.clone();
            std::thread::spawn(move || image.as_bytes().iter().map(|&b| b as u64).sum::<u64>())
        })
        .collect();
    let expected: u64 = bytes.iter().map(|&b| b as u64).sum();
    for h in handles {
        assert_eq!(h.join().unwrap(), expected);
    }
}

#[test]
fn dropping_an_image_unmaps_it() {
    let image = sealed("drop", &pattern(10));
    let start = format!("{:x}-", image.as_ptr() as usize);
    drop(image);
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    assert!(
        !maps
            .lines()
            .any(|l| l.starts_with(&start) && l.contains("pyseal-code:drop")),
        "mapping still present after drop"
    );
}

#[test]
fn fallback_is_read_only_and_intact() {
    let bytes = pattern(page_size() + 3);
    let image = SealedImage::seal_with("fallback", &bytes, SealMechanism::ReadOnlyAnon)
        .expect("seal fallback");
    assert_eq!(image.mechanism(), SealMechanism::ReadOnlyAnon);
    assert_eq!(image.as_bytes(), &bytes[..]);
    assert_write_segfaults(image.as_ptr());
    // SAFETY: pointer arithmetic inside the mapping (last byte).
    assert_write_segfaults(unsafe { image.as_ptr().add(bytes.len() - 1) });
    let line = maps_line(image.as_ptr());
    assert!(line.split_whitespace().nth(1) == Some("r--p"), "{line}");
    assert_eq!(image.as_bytes(), &bytes[..]);
}

#[test]
fn a_child_that_does_not_fault_is_noticed() {
    // The helper itself must be able to fail: a write to writable memory does not segfault.
    let mut local = [0u8; 1];
    let addr = local.as_mut_ptr();
    // SAFETY: `addr` points to the child's own copy of a writable stack byte.
    let status = in_child(|| unsafe { std::ptr::write_volatile(addr, 1) });
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
}
