//! What this kernel and user offer, layer by layer, for `pyseal doctor` and for choosing a
//! mechanism at start-up.
//!
//! [`probe`] gathers facts ([`Probe`]'s fields) and the `Probe` methods turn them into
//! decisions. Probing must never crash and must leave nothing behind: every fd it opens is
//! closed, every mapping unmapped, and anything irreversible (installing a seccomp filter)
//! happens only in a short-lived forked child.

use std::fmt;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

use nix::errno::Errno;
use nix::sys::resource::{Resource, getrlimit};

use crate::memfd::{F_SEAL_EXEC, MFD_NOEXEC_SEAL, SealMechanism, SealedImage};

/// An operation that failed while probing, and the errno it failed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    pub op: &'static str,
    pub errno: Errno,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.op, self.errno)
    }
}

fn fail(op: &'static str) -> Failure {
    Failure {
        op,
        errno: Errno::last(),
    }
}

// userfaultfd ABI (include/uapi/linux/userfaultfd.h), defined here on purpose: the
// `userfaultfd` crate needs libclang at build time and lacks WP_ASYNC.
pub const UFFD_API: u64 = 0xAA;
pub const UFFD_USER_MODE_ONLY: libc::c_int = 1;
pub const UFFD_FEATURE_PAGEFAULT_FLAG_WP: u64 = 1 << 0;
pub const UFFD_FEATURE_SIGBUS: u64 = 1 << 7;
pub const UFFD_FEATURE_THREAD_ID: u64 = 1 << 8;
pub const UFFD_FEATURE_EXACT_ADDRESS: u64 = 1 << 11;
pub const UFFD_FEATURE_WP_UNPOPULATED: u64 = 1 << 13;
pub const UFFD_FEATURE_WP_ASYNC: u64 = 1 << 15;

/// `struct uffdio_api`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct UffdioApi {
    pub api: u64,
    pub features: u64,
    pub ioctls: u64,
}

/// `UFFDIO_API = _IOWR(0xAA, 0x3F, struct uffdio_api)`.
pub const UFFDIO_API: libc::c_ulong =
    nix::request_code_readwrite!(0xAA, 0x3F, std::mem::size_of::<UffdioApi>()) as libc::c_ulong;
/// `USERFAULTFD_IOC_NEW = _IO(0xAA, 0x00)`, on `/dev/userfaultfd` (Linux 6.1).
pub const USERFAULTFD_IOC_NEW: libc::c_ulong = nix::request_code_none!(0xAA, 0x00) as libc::c_ulong;

// PAGEMAP_SCAN ABI (include/uapi/linux/fs.h, Linux 6.7).
/// `struct pm_scan_arg`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct PmScanArg {
    pub size: u64,
    pub flags: u64,
    pub start: u64,
    pub end: u64,
    pub walk_end: u64,
    pub vec: u64,
    pub vec_len: u64,
    pub max_pages: u64,
    pub category_inverted: u64,
    pub category_mask: u64,
    pub category_anyof_mask: u64,
    pub return_mask: u64,
}

/// `struct page_region`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct PageRegion {
    pub start: u64,
    pub end: u64,
    pub categories: u64,
}

pub const PAGE_IS_PRESENT: u64 = 1 << 3;
/// `PAGEMAP_SCAN = _IOWR('f', 16, struct pm_scan_arg)`.
pub const PAGEMAP_SCAN: libc::c_ulong =
    nix::request_code_readwrite!(b'f', 16, std::mem::size_of::<PmScanArg>()) as libc::c_ulong;

/// `LANDLOCK_CREATE_RULESET_VERSION`: ask `landlock_create_ruleset` for the ABI version.
pub const LANDLOCK_CREATE_RULESET_VERSION: libc::c_uint = 1 << 0;

/// What one userfaultfd handshake (`UFFDIO_API` with no features requested) reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UffdApi {
    /// Every feature the kernel offers for this fd.
    pub features: u64,
    /// Bit mask of the ioctls the fd accepts.
    pub ioctls: u64,
}

impl UffdApi {
    pub fn write_protect(&self) -> bool {
        self.features & UFFD_FEATURE_PAGEFAULT_FLAG_WP != 0
    }

    pub fn wp_async(&self) -> bool {
        self.features & UFFD_FEATURE_WP_ASYNC != 0
    }
}

/// How a userfaultfd was (or would be) obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UffdSource {
    /// The raw `userfaultfd(2)` syscall with `UFFD_USER_MODE_ONLY`: works unprivileged even
    /// with `vm.unprivileged_userfaultfd=0`, and user-mode faults are all pyseal needs.
    SyscallUserModeOnly,
    /// The raw syscall without flags: needs privilege or `vm.unprivileged_userfaultfd=1`.
    Syscall,
    /// `ioctl(USERFAULTFD_IOC_NEW)` on `/dev/userfaultfd`: needs access to the device node.
    DevUserfaultfd,
}

impl fmt::Display for UffdSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UffdSource::SyscallUserModeOnly => "syscall with UFFD_USER_MODE_ONLY",
            UffdSource::Syscall => "syscall",
            UffdSource::DevUserfaultfd => "/dev/userfaultfd",
        })
    }
}

/// The three ways to get a userfaultfd, each tried with its handshake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UffdProbe {
    pub syscall: Result<UffdApi, Failure>,
    pub syscall_user_mode_only: Result<UffdApi, Failure>,
    pub dev_userfaultfd: Result<UffdApi, Failure>,
    /// `vm.unprivileged_userfaultfd`, if readable.
    pub unprivileged_sysctl: Option<u32>,
}

impl UffdProbe {
    /// The source pyseal will use, in order of preference, with its handshake.
    pub fn best(&self) -> Option<(UffdSource, UffdApi)> {
        [
            (
                UffdSource::SyscallUserModeOnly,
                &self.syscall_user_mode_only,
            ),
            (UffdSource::Syscall, &self.syscall),
            (UffdSource::DevUserfaultfd, &self.dev_userfaultfd),
        ]
        .into_iter()
        .find_map(|(source, r)| r.as_ref().ok().map(|api| (source, *api)))
    }

    /// The plain syscall is refused but `UFFD_USER_MODE_ONLY` gets an fd.
    pub fn needs_user_mode_only(&self) -> bool {
        self.syscall.is_err() && self.syscall_user_mode_only.is_ok()
    }

    /// Write-protect faults are offered through the preferred source.
    pub fn write_protect(&self) -> bool {
        self.best().is_some_and(|(_, api)| api.write_protect())
    }

    pub fn wp_async(&self) -> bool {
        self.best()
            .is_some_and(|(_, api)| api.write_protect() && api.wp_async())
    }
}

/// Seccomp state of this process and whether a filter can be installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeccompProbe {
    /// `Seccomp:` line of /proc/self/status: 0 disabled, 1 strict, 2 filter.
    pub status_mode: Option<u32>,
    /// `prctl(PR_GET_SECCOMP)` (not called in strict mode, where it would kill us).
    pub prctl_mode: Result<u32, Failure>,
    /// `prctl(PR_GET_NO_NEW_PRIVS)`.
    pub no_new_privs: Result<bool, Failure>,
    /// `seccomp(SECCOMP_GET_ACTION_AVAIL, SECCOMP_RET_KILL_PROCESS)`.
    pub kill_process_action: Result<(), Failure>,
    /// An allow-all filter installed (with `no_new_privs`) in a forked child that then exits.
    pub filter_install: Result<(), Failure>,
}

impl SeccompProbe {
    pub fn available(&self) -> bool {
        self.filter_install.is_ok() && self.kill_process_action.is_ok()
    }
}

/// One resource limit; `None` means unlimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub soft: Option<u64>,
    pub hard: Option<u64>,
}

/// The rlimits the untrusted runner sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rlimits {
    pub address_space: Limit,
    pub cpu: Limit,
    pub nofile: Limit,
    pub fsize: Limit,
    pub nproc: Limit,
}

/// How frozen-namespace pages are write-protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArenaProtection {
    Userfaultfd(UffdSource),
    /// `mprotect` plus a SIGSEGV handler.
    Mprotect,
}

/// How audit mode learns which protected pages were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditTracking {
    /// `UFFD_FEATURE_WP_ASYNC` + `PAGEMAP_SCAN`: writes land without blocking, scanned later.
    WpAsyncScan,
    /// Every first write to a page stops in the fault handler, which records it.
    FaultHandler,
}

/// Everything [`probe`] found. Fields are facts; methods are pyseal's decisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// A real sealed image could be made (memfd_create, write, F_ADD_SEALS, read-only map).
    pub memfd_sealing: Result<(), Failure>,
    /// `memfd_create(MFD_NOEXEC_SEAL)` works (Linux 6.3).
    pub mfd_noexec_seal: Result<(), Failure>,
    /// `F_ADD_SEALS(F_SEAL_EXEC)` works (Linux 6.3).
    pub f_seal_exec: Result<(), Failure>,
    pub userfaultfd: UffdProbe,
    /// `ioctl(PAGEMAP_SCAN)` on /proc/self/pagemap answered a read-only scan (Linux 6.7).
    pub pagemap_scan: Result<(), Failure>,
    pub seccomp: SeccompProbe,
    /// Landlock ABI version.
    pub landlock_abi: Result<u32, Failure>,
    pub rlimits: Result<Rlimits, Failure>,
}

impl Probe {
    pub fn code_images(&self) -> SealMechanism {
        if self.memfd_sealing.is_ok() {
            SealMechanism::Memfd
        } else {
            SealMechanism::ReadOnlyAnon
        }
    }

    pub fn arena_protection(&self) -> ArenaProtection {
        match self.userfaultfd.best() {
            Some((source, api)) if api.write_protect() => ArenaProtection::Userfaultfd(source),
            _ => ArenaProtection::Mprotect,
        }
    }

    pub fn audit_tracking(&self) -> AuditTracking {
        if self.userfaultfd.wp_async() && self.pagemap_scan.is_ok() {
            AuditTracking::WpAsyncScan
        } else {
            AuditTracking::FaultHandler
        }
    }
}

/// Probes every mechanism. Never panics; leaves no fd, mapping or filter behind.
pub fn probe() -> Probe {
    Probe {
        memfd_sealing: probe_memfd_sealing(),
        mfd_noexec_seal: probe_noexec_seal(),
        f_seal_exec: probe_seal_exec(),
        userfaultfd: probe_userfaultfd(),
        pagemap_scan: probe_pagemap_scan(),
        seccomp: probe_seccomp(),
        landlock_abi: probe_landlock(),
        rlimits: probe_rlimits(),
    }
}

fn probe_memfd_sealing() -> Result<(), Failure> {
    use crate::memfd::SealError as E;
    match SealedImage::seal_with("probe", b"probe", SealMechanism::Memfd) {
        Ok(_image) => Ok(()),
        Err(e) => Err(match e {
            E::MemfdCreate { errno, .. } => Failure {
                op: "memfd_create",
                errno,
            },
            E::Write { errno, .. } => Failure { op: "write", errno },
            E::AddSeals { errno } => Failure {
                op: "F_ADD_SEALS",
                errno,
            },
            E::Map { errno, .. } => Failure { op: "mmap", errno },
            E::Protect { errno } => Failure {
                op: "mprotect",
                errno,
            },
            E::Name { .. } => Failure {
                op: "memfd name",
                errno: Errno::EINVAL,
            },
        }),
    }
}

fn memfd(flags: libc::c_uint) -> Result<OwnedFd, Failure> {
    // SAFETY: the name is a NUL-terminated literal; memfd_create only reads it.
    let fd = unsafe { libc::memfd_create(c"pyseal-probe".as_ptr(), flags) };
    if fd < 0 {
        return Err(fail("memfd_create"));
    }
    // SAFETY: a fresh fd owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

fn probe_noexec_seal() -> Result<(), Failure> {
    memfd(libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING | MFD_NOEXEC_SEAL).map(drop)
}

fn probe_seal_exec() -> Result<(), Failure> {
    let fd = memfd(libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING)
        // vm.memfd_noexec=2 refuses executable memfds; MFD_NOEXEC_SEAL then sets the seal.
        .or_else(|_| memfd(libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING | MFD_NOEXEC_SEAL))?;
    // SAFETY: F_ADD_SEALS with an int argument on our own temporary fd.
    let rc = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_ADD_SEALS, F_SEAL_EXEC) };
    if rc < 0 {
        return Err(fail("F_ADD_SEALS(F_SEAL_EXEC)"));
    }
    Ok(())
}

/// `UFFDIO_API` handshake asking for no feature, which reports every feature offered.
fn uffd_handshake(fd: &OwnedFd) -> Result<UffdApi, Failure> {
    let mut api = UffdioApi {
        api: UFFD_API,
        ..UffdioApi::default()
    };
    // SAFETY: UFFDIO_API reads and writes exactly one `struct uffdio_api`, which `api` is.
    let rc = unsafe { libc::ioctl(fd.as_raw_fd(), UFFDIO_API, &mut api as *mut UffdioApi) };
    if rc < 0 {
        return Err(fail("UFFDIO_API"));
    }
    Ok(UffdApi {
        features: api.features,
        ioctls: api.ioctls,
    })
}

fn uffd_syscall(extra: libc::c_int) -> Result<UffdApi, Failure> {
    // SAFETY: userfaultfd takes only flags and returns a new fd or -1.
    let fd = unsafe {
        libc::syscall(
            libc::SYS_userfaultfd,
            libc::O_CLOEXEC | libc::O_NONBLOCK | extra,
        )
    };
    if fd < 0 {
        return Err(fail("userfaultfd"));
    }
    // SAFETY: a fresh fd owned by nobody else (fds fit in c_int).
    let fd = unsafe { OwnedFd::from_raw_fd(fd as libc::c_int) };
    uffd_handshake(&fd)
}

fn uffd_dev() -> Result<UffdApi, Failure> {
    let dev = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/userfaultfd")
        .map_err(|e| Failure {
            op: "open /dev/userfaultfd",
            errno: Errno::from_raw(e.raw_os_error().unwrap_or(libc::EIO)),
        })?;
    let flags = libc::O_CLOEXEC | libc::O_NONBLOCK;
    // SAFETY: USERFAULTFD_IOC_NEW takes the flags as its integer argument and returns a new fd.
    let fd = unsafe { libc::ioctl(dev.as_raw_fd(), USERFAULTFD_IOC_NEW, flags) };
    if fd < 0 {
        return Err(fail("USERFAULTFD_IOC_NEW"));
    }
    // SAFETY: a fresh fd owned by nobody else.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    uffd_handshake(&fd)
}

fn read_u32(path: &str) -> Option<u32> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

fn probe_userfaultfd() -> UffdProbe {
    UffdProbe {
        syscall: uffd_syscall(0),
        syscall_user_mode_only: uffd_syscall(UFFD_USER_MODE_ONLY),
        dev_userfaultfd: uffd_dev(),
        unprivileged_sysctl: read_u32("/proc/sys/vm/unprivileged_userfaultfd"),
    }
}

fn probe_pagemap_scan() -> Result<(), Failure> {
    let pagemap = std::fs::File::open("/proc/self/pagemap").map_err(|e| Failure {
        op: "open /proc/self/pagemap",
        errno: Errno::from_raw(e.raw_os_error().unwrap_or(libc::EIO)),
    })?;
    // Scan the (present) page holding a local variable; no flags, so nothing is changed.
    let local = 0u8;
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64;
    let start = (&local as *const u8 as u64) & !(page - 1);
    let mut regions = [PageRegion::default(); 1];
    let mut arg = PmScanArg {
        size: std::mem::size_of::<PmScanArg>() as u64,
        start,
        end: start + page,
        vec: regions.as_mut_ptr() as u64,
        vec_len: regions.len() as u64,
        return_mask: PAGE_IS_PRESENT,
        ..PmScanArg::default()
    };
    // SAFETY: PAGEMAP_SCAN reads `arg` and writes `arg.walk_end` and at most `vec_len`
    // entries of `regions`, both live locals of the right layout; without flags it only reads
    // page tables.
    let rc = unsafe {
        libc::ioctl(
            pagemap.as_raw_fd(),
            PAGEMAP_SCAN,
            &mut arg as *mut PmScanArg,
        )
    };
    if rc < 0 {
        return Err(fail("ioctl(PAGEMAP_SCAN)"));
    }
    Ok(())
}

fn status_field(name: &str) -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .and_then(|v| v.trim().parse().ok())
}

fn prctl_get(op: libc::c_int, name: &'static str) -> Result<u32, Failure> {
    // SAFETY: PR_GET_SECCOMP / PR_GET_NO_NEW_PRIVS take no pointer and only return a value.
    let rc = unsafe { libc::prctl(op, 0, 0, 0, 0) };
    if rc < 0 {
        Err(fail(name))
    } else {
        Ok(rc as u32)
    }
}

fn probe_seccomp() -> SeccompProbe {
    let status_mode = status_field("Seccomp");
    let prctl_mode = if status_mode == Some(1) {
        // In strict mode prctl is not an allowed syscall: calling it would kill the process.
        Ok(1)
    } else {
        prctl_get(libc::PR_GET_SECCOMP, "PR_GET_SECCOMP")
    };
    let no_new_privs = prctl_get(libc::PR_GET_NO_NEW_PRIVS, "PR_GET_NO_NEW_PRIVS").map(|v| v == 1);

    let action: u32 = libc::SECCOMP_RET_KILL_PROCESS;
    // SAFETY: SECCOMP_GET_ACTION_AVAIL reads one u32 through the pointer, a live local.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_GET_ACTION_AVAIL,
            0,
            &action as *const u32,
        )
    };
    let kill_process_action = if rc < 0 {
        Err(fail("SECCOMP_GET_ACTION_AVAIL"))
    } else {
        Ok(())
    };

    SeccompProbe {
        status_mode,
        prctl_mode,
        no_new_privs,
        kill_process_action,
        filter_install: seccomp_install_in_child(),
    }
}

/// Installs an allow-all filter in a forked child: the only side-effect-free way to know that
/// installing works (a filter can never be removed). The child exits with 0 or the errno.
fn seccomp_install_in_child() -> Result<(), Failure> {
    // Built before fork: the child of a multi-threaded process must not allocate.
    let mut filter = [libc::sock_filter {
        code: (libc::BPF_RET | libc::BPF_K) as u16,
        jt: 0,
        jf: 0,
        k: libc::SECCOMP_RET_ALLOW,
    }];
    let prog = libc::sock_fprog {
        len: filter.len() as u16,
        filter: filter.as_mut_ptr(),
    };
    // SAFETY: fork has no memory-safety preconditions; the child below only makes raw,
    // async-signal-safe syscalls and leaves with _exit.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(fail("fork"));
    }
    if pid == 0 {
        // SAFETY: raw syscalls on data prepared before fork; _exit never returns.
        unsafe {
            if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 {
                libc::_exit(200);
            }
            let rc = libc::syscall(
                libc::SYS_seccomp,
                libc::SECCOMP_SET_MODE_FILTER,
                0,
                &prog as *const libc::sock_fprog,
            );
            // Exit codes 1..=199 carry the errno; 200 is reserved for PR_SET_NO_NEW_PRIVS.
            let code = if rc == 0 {
                0
            } else {
                (*libc::__errno_location()).clamp(1, 199)
            };
            libc::_exit(code);
        }
    }
    let mut status = 0;
    loop {
        // SAFETY: waits for our own child, writing its status into a live local.
        let rc = unsafe { libc::waitpid(pid, &mut status, 0) };
        if rc == pid {
            break;
        }
        if Errno::last() != Errno::EINTR {
            return Err(fail("waitpid"));
        }
    }
    match (libc::WIFEXITED(status), libc::WEXITSTATUS(status)) {
        (true, 0) => Ok(()),
        (true, 200) => Err(Failure {
            op: "PR_SET_NO_NEW_PRIVS",
            errno: Errno::UnknownErrno,
        }),
        (true, code) => Err(Failure {
            op: "SECCOMP_SET_MODE_FILTER",
            errno: Errno::from_raw(code),
        }),
        // Killed, e.g. by an existing filter that forbids seccomp().
        _ => Err(Failure {
            op: "SECCOMP_SET_MODE_FILTER (child killed)",
            errno: Errno::UnknownErrno,
        }),
    }
}

fn probe_landlock() -> Result<u32, Failure> {
    // SAFETY: with a NULL attr and size 0 and the VERSION flag, the kernel reads nothing and
    // returns the ABI version (no fd is created).
    let rc = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<libc::c_void>(),
            0usize,
            LANDLOCK_CREATE_RULESET_VERSION,
        )
    };
    if rc < 0 {
        Err(fail("landlock_create_ruleset"))
    } else {
        Ok(rc as u32)
    }
}

fn limit(resource: Resource, op: &'static str) -> Result<Limit, Failure> {
    #[allow(clippy::unnecessary_cast)] // rlim_t is 32 bits on some targets
    let finite = |v: libc::rlim_t| (v != libc::RLIM_INFINITY).then_some(v as u64);
    getrlimit(resource)
        .map(|(soft, hard)| Limit {
            soft: finite(soft),
            hard: finite(hard),
        })
        .map_err(|errno| Failure { op, errno })
}

fn probe_rlimits() -> Result<Rlimits, Failure> {
    Ok(Rlimits {
        address_space: limit(Resource::RLIMIT_AS, "getrlimit(RLIMIT_AS)")?,
        cpu: limit(Resource::RLIMIT_CPU, "getrlimit(RLIMIT_CPU)")?,
        nofile: limit(Resource::RLIMIT_NOFILE, "getrlimit(RLIMIT_NOFILE)")?,
        fsize: limit(Resource::RLIMIT_FSIZE, "getrlimit(RLIMIT_FSIZE)")?,
        nproc: limit(Resource::RLIMIT_NPROC, "getrlimit(RLIMIT_NPROC)")?,
    })
}

// ---- Display: one line per mechanism: `name: available|unavailable (detail) -> use` ----

fn line(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    available: bool,
    detail: &str,
    uses: &str,
) -> fmt::Result {
    let state = if available {
        "available"
    } else {
        "unavailable"
    };
    writeln!(f, "{name}: {state} ({detail}) -> {uses}")
}

fn detail<T>(r: &Result<T, Failure>, ok: impl FnOnce(&T) -> String) -> String {
    match r {
        Ok(v) => ok(v),
        Err(e) => e.to_string(),
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |v: Option<u64>| v.map_or("unlimited".to_owned(), |v| v.to_string());
        if self.soft == self.hard {
            f.write_str(&show(self.soft))
        } else {
            write!(f, "{}/{}", show(self.soft), show(self.hard))
        }
    }
}

impl fmt::Display for Probe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        line(
            f,
            "memfd sealing",
            self.memfd_sealing.is_ok(),
            &detail(&self.memfd_sealing, |_| {
                "memfd_create, F_ADD_SEALS, read-only MAP_SHARED".to_owned()
            }),
            match self.code_images() {
                SealMechanism::Memfd => "code images in sealed memfds",
                SealMechanism::ReadOnlyAnon => {
                    "code images in read-only anonymous mappings (mprotect, not sealed)"
                }
            },
        )?;
        line(
            f,
            "MFD_NOEXEC_SEAL",
            self.mfd_noexec_seal.is_ok(),
            &detail(&self.mfd_noexec_seal, |_| {
                "memfd_create accepts it".to_owned()
            }),
            if self.mfd_noexec_seal.is_ok() {
                "code memfds created non-executable"
            } else {
                "code memfds created without MFD_NOEXEC_SEAL"
            },
        )?;
        line(
            f,
            "F_SEAL_EXEC",
            self.f_seal_exec.is_ok(),
            &detail(&self.f_seal_exec, |_| "F_ADD_SEALS accepts it".to_owned()),
            if self.f_seal_exec.is_ok() {
                "code memfds sealed against chmod +x"
            } else {
                "code memfds sealed without F_SEAL_EXEC"
            },
        )?;

        let uffd = &self.userfaultfd;
        let source = |r: &Result<UffdApi, Failure>| match r {
            Ok(api) => format!("ok, features {:#x}", api.features),
            Err(e) => e.to_string(),
        };
        let mut uffd_detail = format!(
            "syscall: {}; syscall+USER_MODE_ONLY: {}; /dev/userfaultfd: {}",
            source(&uffd.syscall),
            source(&uffd.syscall_user_mode_only),
            source(&uffd.dev_userfaultfd),
        );
        if uffd.best().is_some() {
            uffd_detail += if uffd.write_protect() {
                "; PAGEFAULT_FLAG_WP offered"
            } else {
                "; PAGEFAULT_FLAG_WP not offered"
            };
            uffd_detail += if uffd.needs_user_mode_only() {
                "; USER_MODE_ONLY needed"
            } else {
                "; USER_MODE_ONLY not needed for this user"
            };
        }
        if let Some(v) = uffd.unprivileged_sysctl {
            uffd_detail += &format!("; vm.unprivileged_userfaultfd={v}");
        }
        let arena = match self.arena_protection() {
            ArenaProtection::Userfaultfd(source) => {
                format!("frozen tables write-protected with userfaultfd ({source})")
            }
            ArenaProtection::Mprotect => {
                "frozen tables protected with mprotect + SIGSEGV handler".to_owned()
            }
        };
        line(
            f,
            "userfaultfd write-protect",
            uffd.write_protect(),
            &uffd_detail,
            &arena,
        )?;

        let audit = match self.audit_tracking() {
            AuditTracking::WpAsyncScan => "audit mode: writes land, found with PAGEMAP_SCAN",
            AuditTracking::FaultHandler => "audit mode: first write per page stops in the handler",
        };
        line(
            f,
            "WP_ASYNC",
            uffd.wp_async(),
            if uffd.wp_async() {
                "UFFD_FEATURE_WP_ASYNC offered"
            } else {
                "UFFD_FEATURE_WP_ASYNC not offered"
            },
            audit,
        )?;
        line(
            f,
            "PAGEMAP_SCAN",
            self.pagemap_scan.is_ok(),
            &detail(&self.pagemap_scan, |_| {
                "read-only scan of /proc/self/pagemap answered".to_owned()
            }),
            audit,
        )?;

        let sc = &self.seccomp;
        let sc_detail = format!(
            "mode {}; no_new_privs {}; KILL_PROCESS action: {}; test filter in a child: {}",
            detail(&sc.prctl_mode, |m| m.to_string()),
            detail(&sc.no_new_privs, |v| u8::from(*v).to_string()),
            detail(&sc.kill_process_action, |_| "ok".to_owned()),
            detail(&sc.filter_install, |_| "installed".to_owned()),
        );
        line(
            f,
            "seccomp",
            sc.available(),
            &sc_detail,
            if sc.available() {
                "syscall filter for untrusted runs"
            } else {
                "no syscall filter for untrusted runs"
            },
        )?;

        line(
            f,
            "Landlock",
            self.landlock_abi.is_ok(),
            &detail(&self.landlock_abi, |abi| format!("ABI {abi}")),
            if self.landlock_abi.is_ok() {
                "file and network rules for untrusted runs"
            } else {
                "no file or network rules for untrusted runs"
            },
        )?;

        line(
            f,
            "rlimits",
            self.rlimits.is_ok(),
            &detail(&self.rlimits, |r| {
                format!(
                    "AS {}, CPU {}, NOFILE {}, FSIZE {}, NPROC {}",
                    r.address_space, r.cpu, r.nofile, r.fsize, r.nproc
                )
            }),
            if self.rlimits.is_ok() {
                "rlimits for untrusted runs"
            } else {
                "interpreter-level limits only"
            },
        )
    }
}
