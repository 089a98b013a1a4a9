//! Sealed code images: a byte image written once to a memfd, sealed, and mapped read-only.
//!
//! This module owns the life cycle of a code image's memory: create the memfd, write the bytes,
//! seal it (`F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_WRITE|F_SEAL_SEAL`, plus `F_SEAL_EXEC` where the
//! kernel has it), map it `PROT_READ, MAP_SHARED`, close the fd. The order matters: the kernel
//! refuses `F_SEAL_WRITE` while a writable shared mapping exists, and a read-only shared mapping
//! of a write-sealed memfd loses `VM_MAYWRITE`, so `mprotect(PROT_WRITE)` fails with EACCES and
//! `/proc/self/mem` writes fail.
//!
//! Where memfd or sealing is missing, the image falls back to an anonymous private mapping made
//! read-only with `mprotect`; [`SealedImage::mechanism`] says which one was used.
//!
//! It must never map an image writable after sealing, hand out a mutable view, or copy the
//! bytes out: [`SealedImage::as_bytes`] is the mapping itself.

use std::ffi::CString;
use std::fs::File;
use std::io::Write;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU8, Ordering};

use nix::errno::Errno;

/// Prefix of every code memfd's name, so `/proc/PID/maps` shows `memfd:pyseal-code:<module>`.
pub const NAME_PREFIX: &str = "pyseal-code:";

/// Longest memfd name the kernel accepts: `NAME_MAX` minus the `memfd:` prefix it adds.
const MEMFD_NAME_MAX: usize = 249;

/// `F_SEAL_EXEC` (Linux 6.3): the exec bits of the file can no longer change.
pub const F_SEAL_EXEC: libc::c_int = libc::F_SEAL_EXEC;

/// `MFD_NOEXEC_SEAL` (Linux 6.3): create the memfd non-executable, with `F_SEAL_EXEC` set.
pub const MFD_NOEXEC_SEAL: libc::c_uint = libc::MFD_NOEXEC_SEAL;

/// The seals every memfd image carries: no byte and no size can change, no seal can be added.
pub const IMAGE_SEALS: libc::c_int =
    libc::F_SEAL_SHRINK | libc::F_SEAL_GROW | libc::F_SEAL_WRITE | libc::F_SEAL_SEAL;

/// How the bytes of an image are kept read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SealMechanism {
    /// A sealed memfd mapped `PROT_READ, MAP_SHARED`: the kernel refuses every write path,
    /// including `mprotect(PROT_WRITE)` and `/proc/self/mem`.
    Memfd,
    /// An anonymous private mapping made `PROT_READ` with `mprotect`. A stray write faults, but
    /// the process could `mprotect` it writable again; used only where memfd sealing is missing.
    ReadOnlyAnon,
}

impl std::fmt::Display for SealMechanism {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SealMechanism::Memfd => "sealed memfd",
            SealMechanism::ReadOnlyAnon => "read-only anonymous mapping",
        })
    }
}

/// What failed while sealing an image, and the errno the kernel gave.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// The name cannot be a memfd name (no syscall was made).
    #[error("image name {name:?} contains a NUL byte")]
    Name { name: String },
    #[error("memfd_create(\"{name}\") failed: {errno}")]
    MemfdCreate { name: String, errno: Errno },
    #[error("writing {len} bytes to the image memfd failed: {errno}")]
    Write { len: usize, errno: Errno },
    #[error("sealing the image memfd (F_ADD_SEALS) failed: {errno}")]
    AddSeals { errno: Errno },
    #[error("mapping {len} bytes of image failed: {errno}")]
    Map { len: usize, errno: Errno },
    #[error("making the image mapping read-only (mprotect) failed: {errno}")]
    Protect { errno: Errno },
}

impl SealError {
    /// True when the error means "this kernel (or sandbox) has no memfd sealing", so the
    /// read-only anonymous fallback is the right answer rather than a failure.
    fn means_unavailable(&self) -> bool {
        match self {
            // ENOSYS: no memfd_create; EPERM/EACCES: denied by a seccomp filter or policy;
            // EINVAL: a flag this kernel does not know (MFD_ALLOW_SEALING).
            SealError::MemfdCreate { errno, .. } => matches!(
                errno,
                Errno::ENOSYS | Errno::EPERM | Errno::EACCES | Errno::EINVAL
            ),
            // EINVAL: this file system does not support sealing.
            SealError::AddSeals { errno } => *errno == Errno::EINVAL,
            _ => false,
        }
    }
}

/// An immutable byte image in kernel-protected memory.
///
/// The bytes are the mapping itself; dropping the image unmaps them.
pub struct SealedImage {
    /// Start of the mapping; dangling (and never dereferenced) when `len == 0`.
    ptr: NonNull<u8>,
    len: usize,
    mechanism: SealMechanism,
}

// SAFETY: the mapping is read-only and never changes after `seal_with` returns; the struct owns
// it exclusively (only `Drop` unmaps it), so sending the owner to another thread is sound.
unsafe impl Send for SealedImage {}
// SAFETY: shared access only reads immutable memory; there is no interior mutability.
unsafe impl Sync for SealedImage {}

/// Whether `MFD_NOEXEC_SEAL` is known to work: 0 unknown, 1 yes, 2 no (EINVAL once).
static NOEXEC_SEAL: AtomicU8 = AtomicU8::new(0);

impl SealedImage {
    /// Seals `bytes` as the code image `name`: a sealed memfd where the kernel has one,
    /// else a read-only anonymous mapping.
    pub fn seal(name: &str, bytes: &[u8]) -> Result<SealedImage, SealError> {
        match seal_memfd(name, bytes) {
            Ok((image, _fd)) => Ok(image),
            Err(e) if e.means_unavailable() => seal_anon(bytes),
            Err(e) => Err(e),
        }
    }

    /// Seals with exactly the given mechanism, never falling back (tests force the fallback
    /// with this).
    pub fn seal_with(
        name: &str,
        bytes: &[u8],
        mechanism: SealMechanism,
    ) -> Result<SealedImage, SealError> {
        match mechanism {
            SealMechanism::Memfd => seal_memfd(name, bytes).map(|(image, _fd)| image),
            SealMechanism::ReadOnlyAnon => seal_anon(bytes),
        }
    }

    /// Like `seal_with(.., Memfd)` but also returns the sealed fd, still open.
    ///
    /// For tests that check the seals on the fd itself; production code must let the fd close.
    #[doc(hidden)]
    pub fn seal_keep_fd(name: &str, bytes: &[u8]) -> Result<(SealedImage, OwnedFd), SealError> {
        seal_memfd(name, bytes)
    }

    /// The image's bytes: a view of the read-only mapping, never a copy.
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: `ptr` is valid for `len` readable bytes for as long as `self` lives (the
        // mapping is only unmapped in Drop), nothing writes to it, and for `len == 0` a
        // dangling, aligned pointer is valid for an empty slice.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }

    /// Start of the mapping (dangling when the image is empty).
    pub fn as_ptr(&self) -> *const u8 {
        self.ptr.as_ptr()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How the bytes are protected.
    pub fn mechanism(&self) -> SealMechanism {
        self.mechanism
    }
}

impl AsRef<[u8]> for SealedImage {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl std::fmt::Debug for SealedImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedImage")
            .field("ptr", &self.ptr)
            .field("len", &self.len)
            .field("mechanism", &self.mechanism)
            .finish()
    }
}

impl Drop for SealedImage {
    fn drop(&mut self) {
        if self.len == 0 {
            return; // empty images have no mapping
        }
        // SAFETY: `ptr..ptr+len` is the mapping this value created and owns; no reference to
        // it outlives `self` (as_bytes borrows self).
        let rc = unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len) };
        debug_assert_eq!(rc, 0, "munmap of a sealed image failed");
    }
}

/// The memfd name for image `name`: prefixed, cut at a char boundary to the kernel's limit.
fn memfd_name(name: &str) -> Result<CString, SealError> {
    let mut full = format!("{NAME_PREFIX}{name}");
    if full.len() > MEMFD_NAME_MAX {
        let mut cut = MEMFD_NAME_MAX;
        while !full.is_char_boundary(cut) {
            cut -= 1;
        }
        full.truncate(cut);
    }
    CString::new(full).map_err(|_| SealError::Name {
        name: name.to_owned(),
    })
}

fn memfd_create(name: &CString, flags: libc::c_uint) -> Result<OwnedFd, Errno> {
    // SAFETY: `name` is a valid NUL-terminated string; memfd_create only reads it.
    let fd = unsafe { libc::memfd_create(name.as_ptr(), flags) };
    if fd < 0 {
        return Err(Errno::last());
    }
    // SAFETY: `fd` was just returned by memfd_create and is owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Creates the memfd, asking for `MFD_NOEXEC_SEAL` unless this kernel rejected it before.
fn create_image_memfd(name: &CString) -> Result<OwnedFd, Errno> {
    let base = libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING;
    if NOEXEC_SEAL.load(Ordering::Relaxed) != 2 {
        match memfd_create(name, base | MFD_NOEXEC_SEAL) {
            Ok(fd) => {
                NOEXEC_SEAL.store(1, Ordering::Relaxed);
                return Ok(fd);
            }
            // Kernels before 6.3 do not know the flag.
            Err(Errno::EINVAL) => NOEXEC_SEAL.store(2, Ordering::Relaxed),
            Err(e) => return Err(e),
        }
    }
    memfd_create(name, base)
}

fn add_seals(fd: &OwnedFd, seals: libc::c_int) -> Result<(), Errno> {
    // SAFETY: F_ADD_SEALS takes an int argument and only changes the seals of an fd we own.
    let rc = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_ADD_SEALS, seals) };
    if rc < 0 { Err(Errno::last()) } else { Ok(()) }
}

/// write, seal, then map; returns the fd too (callers other than tests drop it at once).
fn seal_memfd(name: &str, bytes: &[u8]) -> Result<(SealedImage, OwnedFd), SealError> {
    let cname = memfd_name(name)?;
    let fd = create_image_memfd(&cname).map_err(|errno| SealError::MemfdCreate {
        name: cname.to_string_lossy().into_owned(),
        errno,
    })?;

    // File::write_all retries short writes and EINTR.
    let mut file = File::from(fd);
    file.write_all(bytes).map_err(|e| SealError::Write {
        len: bytes.len(),
        errno: e.raw_os_error().map_or(Errno::EIO, Errno::from_raw),
    })?;
    let fd = OwnedFd::from(file);

    // F_SEAL_EXEC is unknown (EINVAL) before Linux 6.3; seal without it there.
    match add_seals(&fd, IMAGE_SEALS | F_SEAL_EXEC) {
        Ok(()) => {}
        Err(Errno::EINVAL) => {
            add_seals(&fd, IMAGE_SEALS).map_err(|errno| SealError::AddSeals { errno })?
        }
        Err(errno) => return Err(SealError::AddSeals { errno }),
    }

    if bytes.is_empty() {
        // mmap rejects length 0; an empty image needs no memory.
        return Ok((empty(SealMechanism::Memfd), fd));
    }
    // SAFETY: a fresh read-only shared mapping of our own sealed fd at a kernel-chosen address;
    // it aliases no Rust object.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            bytes.len(),
            libc::PROT_READ,
            libc::MAP_SHARED,
            fd.as_raw_fd(),
            0,
        )
    };
    if ptr == libc::MAP_FAILED {
        return Err(SealError::Map {
            len: bytes.len(),
            errno: Errno::last(),
        });
    }
    let image = SealedImage {
        ptr: NonNull::new(ptr.cast()).expect("mmap returned NULL without MAP_FIXED"),
        len: bytes.len(),
        mechanism: SealMechanism::Memfd,
    };
    Ok((image, fd))
}

/// The fallback: copy into an anonymous mapping, then drop write permission.
fn seal_anon(bytes: &[u8]) -> Result<SealedImage, SealError> {
    if bytes.is_empty() {
        return Ok(empty(SealMechanism::ReadOnlyAnon));
    }
    let len = bytes.len();
    // SAFETY: a fresh private anonymous mapping at a kernel-chosen address; aliases nothing.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if ptr == libc::MAP_FAILED {
        return Err(SealError::Map {
            len,
            errno: Errno::last(),
        });
    }
    // From here the value owns the mapping, so an mprotect failure unmaps it in Drop.
    let image = SealedImage {
        ptr: NonNull::new(ptr.cast()).expect("mmap returned NULL without MAP_FIXED"),
        len,
        mechanism: SealMechanism::ReadOnlyAnon,
    };
    // SAFETY: the mapping is `len` writable bytes that nothing else references yet, and
    // `bytes` is a distinct allocation, so the regions do not overlap.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), image.ptr.as_ptr(), len) };
    // SAFETY: changes the protection of our own mapping only.
    let rc = unsafe { libc::mprotect(image.ptr.as_ptr().cast(), len, libc::PROT_READ) };
    if rc != 0 {
        return Err(SealError::Protect {
            errno: Errno::last(),
        });
    }
    Ok(image)
}

fn empty(mechanism: SealMechanism) -> SealedImage {
    SealedImage {
        ptr: NonNull::dangling(),
        len: 0,
        mechanism,
    }
}
