//! `probe()` returns without side effects and prints one line per mechanism.

use pyseal_sandbox::probe::{ArenaProtection, AuditTracking};
use pyseal_sandbox::{Probe, SealMechanism, SealedImage};

/// Serializes probes within this binary so the fd-leak check is not fooled by a probe running
/// in a parallel test.
static PROBING: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn probe() -> Probe {
    let _guard = PROBING.lock().unwrap_or_else(|e| e.into_inner());
    pyseal_sandbox::probe()
}

const MECHANISMS: [&str; 9] = [
    "memfd sealing",
    "MFD_NOEXEC_SEAL",
    "F_SEAL_EXEC",
    "userfaultfd write-protect",
    "WP_ASYNC",
    "PAGEMAP_SCAN",
    "seccomp",
    "Landlock",
    "rlimits",
];

#[test]
fn display_has_one_line_per_mechanism() {
    let text = probe().to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), MECHANISMS.len(), "{text}");
    for (line, name) in lines.iter().zip(MECHANISMS) {
        let rest = line
            .strip_prefix(name)
            .and_then(|r| r.strip_prefix(": "))
            .unwrap_or_else(|| panic!("line does not start with {name:?}: {line}"));
        assert!(
            rest.starts_with("available (") || rest.starts_with("unavailable ("),
            "{line}"
        );
        assert!(rest.contains(") -> "), "no decision in: {line}");
    }
}

#[test]
fn decisions_follow_the_facts() {
    let p = probe();
    assert_eq!(
        p.code_images() == SealMechanism::Memfd,
        p.memfd_sealing.is_ok()
    );
    // What the probe says about memfd sealing is what sealing an image actually does.
    let image = SealedImage::seal("probe-check", b"x").unwrap();
    assert_eq!(image.mechanism(), p.code_images());
    assert_eq!(
        matches!(p.arena_protection(), ArenaProtection::Userfaultfd(_)),
        p.userfaultfd.write_protect()
    );
    if p.audit_tracking() == AuditTracking::WpAsyncScan {
        assert!(p.userfaultfd.wp_async() && p.pagemap_scan.is_ok());
    }
    assert!(p.rlimits.is_ok(), "getrlimit failed: {:?}", p.rlimits);
}

#[test]
fn probing_leaves_no_fd_and_no_seccomp_filter_behind() {
    let fds = || std::fs::read_dir("/proc/self/fd").unwrap().count();
    let seccomp = || {
        std::fs::read_to_string("/proc/self/status")
            .unwrap()
            .lines()
            .find(|l| l.starts_with("Seccomp:"))
            .map(str::to_owned)
    };
    let _guard = PROBING.lock().unwrap_or_else(|e| e.into_inner());
    let (before_seccomp, before_fds) = (seccomp(), fds());
    for _ in 0..3 {
        let _ = pyseal_sandbox::probe();
    }
    assert_eq!(seccomp(), before_seccomp);
    // A probe opens at least 5 fds; three leaking probes would add 15 or more.
    assert!(
        fds() < before_fds + 5,
        "fds leaked: {} -> {}",
        before_fds,
        fds()
    );
}
