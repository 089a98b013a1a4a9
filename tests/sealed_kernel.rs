//! Kernel guarantees on the real mapping of a code image the VM made and runs from (not one
//! the sandbox crate made for itself): a write through it dies with SIGSEGV, `mprotect`
//! cannot make it writable, `/proc/self/mem` cannot write it, `/proc/self/maps` shows a shared
//! read-only `memfd:pyseal-code:__main__`, and the memfd behind it (reopened through
//! `/proc/self/map_files`) refuses `write(2)`, `ftruncate` and a writable shared `mmap`.
//!
//! The SIGSEGV check re-runs this test binary with `SEALED_KERNEL_CHILD` set: the child builds
//! its own VM and writes to its image; the parent checks how it died.

use std::fs::OpenOptions;
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;
use std::os::unix::process::ExitStatusExt;
use std::process::Command;
use std::rc::Rc;

use pyseal::objects::{Code, Value};
use pyseal::runtime::run_source_for_test;
use pyseal::vm::Vm;

const CHILD_ENV: &str = "SEALED_KERNEL_CHILD";

const SRC: &str = "\
def f(n):
    return n * 2
assert f(21) == 42
";

/// A VM that ran `SRC`, and the code object of `f` (its image is `__main__`'s).
fn vm_and_code() -> (Vm, Rc<Code>) {
    let mut vm = Vm::new();
    let module = run_source_for_test(&mut vm, SRC).expect("program runs");
    let Value::Module(m) = module else {
        panic!("not a module")
    };
    let Some(Value::Function(f)) = m.dict.get_name("f") else {
        panic!("f is not a function")
    };
    let code = f.code.borrow().clone();
    (vm, code)
}

/// The image's mapping: start address and length.
fn mapping(code: &Code) -> (*const u8, usize) {
    let sealed = code.image.sealed().expect("the VM sealed the image");
    assert_eq!(code.image.mechanism(), "memfd");
    (sealed.as_ptr(), sealed.len())
}

/// The /proc/self/maps line of the mapping that starts at `addr`.
fn maps_line(addr: *const u8) -> String {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("read /proc/self/maps");
    let start = format!("{:x}-", addr as usize);
    maps.lines()
        .find(|l| l.starts_with(&start))
        .unwrap_or_else(|| panic!("no mapping at {addr:p}:\n{maps}"))
        .to_owned()
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

#[test]
fn proc_maps_lists_a_shared_read_only_memfd() {
    let (_vm, code) = vm_and_code();
    let (ptr, _) = mapping(&code);
    let line = maps_line(ptr);
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(fields[1], "r--s", "{line}");
    assert!(line.contains("/memfd:pyseal-code:__main__"), "{line}");
}

#[test]
fn the_code_runs_from_inside_the_mapping() {
    let (_vm, code) = vm_and_code();
    let (ptr, len) = mapping(&code);
    let words = code.code_bytes();
    let at = words.as_ptr() as usize;
    assert!(at >= ptr as usize && at + words.len() <= ptr as usize + len);
}

#[test]
fn write_through_the_mapping_dies_with_sigsegv() {
    if std::env::var_os(CHILD_ENV).is_some() {
        let (_vm, code) = vm_and_code();
        let target = code.code_bytes().as_ptr() as *mut u8;
        // SAFETY: this write is the point of the test and must fault: it targets the VM's
        // sealed image in a child process that exists only to die here.
        unsafe { std::ptr::write_volatile(target, 0x5a) };
        // Reaching this line means the write landed.
        std::process::exit(0);
    }
    let status = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "write_through_the_mapping_dies_with_sigsegv",
            "--exact",
            "--test-threads=1",
            "--nocapture",
        ])
        .env(CHILD_ENV, "1")
        .output()
        .expect("re-run the test binary");
    assert_eq!(
        status.status.signal(),
        Some(libc::SIGSEGV),
        "the child was not killed by SIGSEGV: {:?}\n{}",
        status.status,
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn mprotect_writable_fails_with_eacces() {
    let (vm, code) = vm_and_code();
    let (ptr, len) = mapping(&code);
    // SAFETY: asks the kernel to change the protection of the VM's own image mapping; it must
    // refuse, so no Rust reference ever sees the memory writable.
    let rc = unsafe {
        libc::mprotect(
            ptr as *mut libc::c_void,
            len,
            libc::PROT_READ | libc::PROT_WRITE,
        )
    };
    assert_eq!(rc, -1, "mprotect(PROT_WRITE) succeeded on a sealed image");
    assert_eq!(errno(), libc::EACCES);
    assert!(maps_line(ptr).contains(" r--s "));
    drop(vm);
}

#[test]
fn proc_self_mem_write_fails_and_changes_nothing() {
    let (_vm, code) = vm_and_code();
    let before = code.image.bytes().to_vec();
    let target = code.code_bytes().as_ptr() as u64;
    let mem = OpenOptions::new()
        .read(true)
        .write(true)
        .open("/proc/self/mem")
        .expect("open /proc/self/mem");
    let err = mem
        .write_at(&[0xaa; 8], target)
        .expect_err("/proc/self/mem wrote into a sealed image");
    assert!(
        matches!(
            err.raw_os_error(),
            Some(libc::EIO | libc::EPERM | libc::EACCES | libc::EFAULT)
        ),
        "unexpected error {err}"
    );
    assert_eq!(code.image.bytes(), &before[..]);
}

/// The memfd behind the image, reopened read-write through /proc/self/map_files (the VM closed
/// its own fd after mapping). None where this user may not open map_files.
fn reopen_memfd(ptr: *const u8) -> Option<std::fs::File> {
    let line = maps_line(ptr);
    let range = line.split_whitespace().next().expect("range field");
    match OpenOptions::new()
        .read(true)
        .write(true)
        .open(format!("/proc/self/map_files/{range}"))
    {
        Ok(f) => Some(f),
        Err(e) => {
            eprintln!("skipping fd checks: cannot open map_files/{range}: {e}");
            None
        }
    }
}

#[test]
fn the_memfd_refuses_write_truncate_and_writable_mmap() {
    let (_vm, code) = vm_and_code();
    let (ptr, len) = mapping(&code);
    let before = code.image.bytes().to_vec();
    let Some(file) = reopen_memfd(ptr) else {
        return;
    };
    let eperm = Some(libc::EPERM);
    let e = file
        .write_at(b"x", 0)
        .expect_err("write(2) on a sealed memfd");
    assert_eq!(e.raw_os_error(), eperm, "write: {e}");
    let e = file.set_len(0).expect_err("ftruncate shrink");
    assert_eq!(e.raw_os_error(), eperm, "ftruncate shrink: {e}");
    let e = file.set_len(len as u64 * 2).expect_err("ftruncate grow");
    assert_eq!(e.raw_os_error(), eperm, "ftruncate grow: {e}");
    // SAFETY: asks for a new writable shared mapping of the sealed memfd; the kernel must
    // refuse it, and if it did not we unmap it at once without touching it.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_SHARED,
            file.as_raw_fd(),
            0,
        )
    };
    if p != libc::MAP_FAILED {
        // SAFETY: unmaps the mapping created just above, which nothing references.
        unsafe { libc::munmap(p, len) };
        panic!("a writable shared mmap of a sealed memfd succeeded");
    }
    assert_eq!(errno(), libc::EPERM);
    // SAFETY: F_GET_SEALS only reads the seals of an fd we own.
    let seals = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GET_SEALS) };
    let want = libc::F_SEAL_SHRINK | libc::F_SEAL_GROW | libc::F_SEAL_WRITE | libc::F_SEAL_SEAL;
    assert_eq!(seals & want, want, "seals {seals:#x}");
    assert_eq!(code.image.bytes(), &before[..]);
}
