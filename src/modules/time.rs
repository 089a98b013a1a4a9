//! `_time`: clocks, calendar arithmetic, time zones, `strftime` and the common ISO 8601
//! forms, for the embedded
//! `time.py` (which adds `struct_time` and the argument handling that is easier in Python).
//!
//! Broken-down times follow C's `struct tm` conventions inside this file (Sunday-based week
//! day, zero-based month and year day) and CPython's outside it. The local time zone comes
//! from `TZ` or `/etc/localtime` (TZif files with their POSIX-rule footer, or a POSIX `TZ`
//! string), read once and cached until `tzset()`. Nothing here changes the process
//! environment.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::args::check;
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("sleep", sleep),
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("mktime", mktime),
    ("asctime", asctime),
    ("strftime", strftime),
    ("tzset", tzset),
    ("zone_info", zone_info),
    ("iso_fields", iso_fields),
    ("iso_text", iso_text),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_time", FUNCS)
}

// ---- clocks ------------------------------------------------------------------------------

fn now_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds as seconds, rounded as CPython converts them.
fn ns_to_secs(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

fn time(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.time", &a, 0, 0)?;
    Ok(Value::float(ns_to_secs(now_ns())))
}

fn time_ns(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.time_ns", &a, 0, 0)?;
    Ok(Value::from_bigint(BigInt::from(now_ns())))
}

thread_local! {
    /// The monotonic clock's origin: an `Instant` and the system uptime it stands for, so
    /// readings count from boot like CLOCK_MONOTONIC's do.
    static MONO_BASE: (Instant, Duration) = (Instant::now(), uptime());
    static ZONE: RefCell<Option<Rc<Zone>>> = const { RefCell::new(None) };
}

fn uptime() -> Duration {
    std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .and_then(|secs| Duration::try_from_secs_f64(secs).ok())
        .unwrap_or_default()
}

fn monotonic_raw() -> i128 {
    MONO_BASE.with(|(at, base)| (*base + at.elapsed()).as_nanos() as i128)
}

fn monotonic(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.monotonic", &a, 0, 0)?;
    Ok(Value::float(ns_to_secs(monotonic_raw())))
}

fn monotonic_ns(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.monotonic_ns", &a, 0, 0)?;
    Ok(Value::from_bigint(BigInt::from(monotonic_raw())))
}

/// The performance counter: the monotonic clock, as on CPython for Linux.
fn perf_counter(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.perf_counter", &a, 0, 0)?;
    Ok(Value::float(ns_to_secs(monotonic_raw())))
}

fn perf_counter_ns(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.perf_counter_ns", &a, 0, 0)?;
    Ok(Value::from_bigint(BigInt::from(monotonic_raw())))
}

/// CPU time of this process in nanoseconds: the scheduler's counts of all its threads (the
/// VM does not run on the main thread, whose count alone stays still) when the kernel keeps
/// them, else user plus system ticks (USER_HZ is 100 on Linux).
fn cpu_ns() -> i128 {
    let mut total: i128 = 0;
    if let Ok(tasks) = std::fs::read_dir("/proc/self/task") {
        for task in tasks.flatten() {
            if let Ok(s) = std::fs::read_to_string(task.path().join("schedstat"))
                && let Some(Ok(ns)) = s.split_whitespace().next().map(str::parse::<i128>)
            {
                total += ns;
            }
        }
    }
    if total > 0 {
        return total;
    }
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: i128 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i)?.parse::<i128>().ok())
        .sum();
    ticks * 10_000_000
}

fn process_time(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.process_time", &a, 0, 0)?;
    Ok(Value::float(ns_to_secs(cpu_ns())))
}

fn process_time_ns(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.process_time_ns", &a, 0, 0)?;
    Ok(Value::from_bigint(BigInt::from(cpu_ns())))
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.sleep", &a, 1, 1)?;
    let secs = match &a.pos[0] {
        Value::Float(f) => f.get(),
        v => {
            let n = vm.to_bigint_index(v)?;
            n.to_f64().unwrap_or(f64::INFINITY)
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let Ok(d) = Duration::try_from_secs_f64(secs) else {
        return Err(vm.overflow_error("sleep length is too large"));
    };
    vm.flush_stdout();
    std::thread::sleep(d);
    Ok(Value::None)
}

// ---- calendar ----------------------------------------------------------------------------

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month 1-12, day) of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A broken-down time in C's conventions: `mon` 0-11, `wday` 0 = Sunday, `yday` 0-365.
#[derive(Clone, Debug, PartialEq)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: i64,
}

/// The broken-down form of `t` seconds since the epoch in a zone `gmtoff` seconds east.
fn breakdown(t: i64, gmtoff: i64, isdst: bool, zone: &str) -> Tm {
    let local = t + gmtoff;
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    Tm {
        year: y,
        mon: m - 1,
        mday: d,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1),
        isdst: i64::from(isdst),
        zone: Some(zone.to_string()),
        gmtoff,
    }
}

/// Seconds since the epoch of a broken-down UTC time, normalising out-of-range fields.
fn timegm(tm: &Tm) -> i64 {
    let y = tm.year + tm.mon.div_euclid(12);
    let m = tm.mon.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + tm.mday - 1;
    days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

// ---- time zones --------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
struct LocalType {
    /// Seconds east of UTC.
    off: i64,
    isdst: bool,
    abbr: String,
}

/// The day a POSIX TZ rule switches on.
#[derive(Clone, Copy, Debug, PartialEq)]
enum RuleDay {
    /// `Jn`: day 1-365, never counting February 29.
    Julian1(i64),
    /// `n`: day 0-365, counting February 29.
    Julian0(i64),
    /// `Mm.w.d`: day d (0 = Sunday) of week w (5 = last) of month m.
    Month(i64, i64, i64),
}

impl RuleDay {
    /// Days since the epoch of this rule's day in year `y`.
    fn day_in(self, y: i64) -> i64 {
        let jan1 = days_from_civil(y, 1, 1);
        match self {
            RuleDay::Julian1(n) => jan1 + n - 1 + i64::from(is_leap(y) && n >= 60),
            RuleDay::Julian0(n) => jan1 + n,
            RuleDay::Month(m, w, d) => {
                let first = days_from_civil(y, m, 1);
                let first_wday = (first + 4).rem_euclid(7);
                let mut mday = 1 + (d - first_wday).rem_euclid(7) + (w - 1) * 7;
                while mday > days_in_month(y, m) {
                    mday -= 7;
                }
                first + mday - 1
            }
        }
    }
}

/// When a rule switches: a day and the local time of day in seconds.
type Switch = (RuleDay, i64);

#[derive(Clone, Debug, PartialEq)]
struct Rule {
    std: LocalType,
    /// Daylight time with its start and end.
    dst: Option<(LocalType, Switch, Switch)>,
}

impl Rule {
    /// The local type at instant `t`. As in glibc, the switch instants are computed for
    /// t's UTC year, counted from January 1 of that year, or of 1970 for earlier years.
    fn at(&self, t: i64) -> &LocalType {
        let Some((dst, (sday, stime), (eday, etime))) = &self.dst else {
            return &self.std;
        };
        let year = civil_from_days(t.div_euclid(86_400)).0;
        let jan1 = days_from_civil(year, 1, 1);
        let base = if year > 1970 { jan1 } else { 0 };
        let switch = |day: &RuleDay, secs: i64, off: i64| {
            (base + day.day_in(year) - jan1) * 86_400 + secs - off
        };
        let start = switch(sday, *stime, self.std.off);
        let end = switch(eday, *etime, dst.off);
        let in_dst = if start > end {
            t < end || t >= start
        } else {
            t >= start && t < end
        };
        if in_dst { dst } else { &self.std }
    }
}

/// A time zone: TZif transitions, then a POSIX rule for times after the last one.
#[derive(Debug)]
struct Zone {
    transitions: Vec<(i64, usize)>,
    types: Vec<LocalType>,
    rule: Option<Rule>,
}

impl Zone {
    fn utc() -> Zone {
        Zone {
            transitions: vec![],
            types: vec![],
            rule: Some(Rule {
                std: LocalType {
                    off: 0,
                    isdst: false,
                    abbr: "UTC".into(),
                },
                dst: None,
            }),
        }
    }

    fn at(&self, t: i64) -> LocalType {
        let after_last = self.transitions.last().is_none_or(|&(last, _)| t >= last);
        if after_last && let Some(rule) = &self.rule {
            return rule.at(t).clone();
        }
        let i = self.transitions.partition_point(|&(at, _)| at <= t);
        let ty = if i == 0 { 0 } else { self.transitions[i - 1].1 };
        self.types.get(ty).cloned().unwrap_or(LocalType {
            off: 0,
            isdst: false,
            abbr: "UTC".into(),
        })
    }

    /// The UTC instant of local time `local` (seconds, as if UTC); `hint` is C's tm_isdst,
    /// as glibc's mktime reads it: -1 lets the zone decide (a repeated hour reads as
    /// standard time, a skipped one with the offset before it); 0 or 1 asks for standard
    /// or daylight time, taking the offset of the nearest time that has it (probing a
    /// week apart up to about seven years away), else shifting by an hour.
    fn to_utc(&self, local: i64, hint: i64) -> i64 {
        let t = self.resolve(local);
        if hint < 0 || self.at(t).isdst == (hint != 0) {
            return t;
        }
        const STRIDE: i64 = 601_200;
        const BOUND: i64 = 457_243_200 / 2 + STRIDE;
        let want = hint != 0;
        let mut delta = STRIDE;
        while delta < BOUND {
            for probe in [t - delta, t + delta] {
                let o = self.at(probe);
                if o.isdst == want {
                    return local - o.off;
                }
            }
            delta += STRIDE;
        }
        if want { t - 3600 } else { t + 3600 }
    }

    /// The instant whose local time is `local`, when the zone decides.
    fn resolve(&self, local: i64) -> i64 {
        // The nearest standard offset around this time, probing a year either way at
        // monthly steps (daylight time if there is no standard time near).
        let mut std_off = None;
        let mut dst_off = None;
        for k in [
            0i64, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 8, -8, 10, -10, 12, -12,
        ] {
            let probe = self.at(local.saturating_add(k * 30 * 86_400));
            let slot = if probe.isdst {
                &mut dst_off
            } else {
                &mut std_off
            };
            slot.get_or_insert(probe.off);
        }
        let std_off = std_off.or(dst_off).unwrap_or(0);
        let o = self.at(local - std_off).off;
        if self.at(local - o).off == o {
            local - o
        } else {
            local - std_off
        }
    }
}

/// Reads a TZif file (RFC 8536): the 64-bit data of version 2 and later, else version 1's.
fn parse_tzif(data: &[u8]) -> Option<Zone> {
    fn be32(b: &[u8], at: usize) -> Option<u32> {
        let s = b.get(at..at + 4)?;
        Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn header(b: &[u8], at: usize) -> Option<[usize; 6]> {
        if b.get(at..at + 4)? != b"TZif" {
            return None;
        }
        let mut counts = [0usize; 6];
        for (i, c) in counts.iter_mut().enumerate() {
            *c = be32(b, at + 20 + 4 * i)? as usize;
        }
        Some(counts)
    }
    fn block_len(c: &[usize; 6], tsize: usize) -> usize {
        let [isut, isstd, leap, time, typ, chr] = *c;
        time * tsize + time + typ * 6 + chr + leap * (tsize + 4) + isstd + isut
    }
    let version = *data.get(4)?;
    let first = header(data, 0)?;
    let (counts, tsize, at) = if version >= b'2' {
        let second = 44 + block_len(&first, 4);
        (header(data, second)?, 8, second + 44)
    } else {
        (first, 4, 44)
    };
    let [_, _, _, timecnt, typecnt, charcnt] = counts;
    let times_at = at;
    let idx_at = times_at + timecnt * tsize;
    let types_at = idx_at + timecnt;
    let chars_at = types_at + typecnt * 6;
    let chars = data.get(chars_at..chars_at + charcnt)?;
    let mut transitions = Vec::with_capacity(timecnt);
    for i in 0..timecnt {
        let p = times_at + i * tsize;
        let t = if tsize == 8 {
            let s = data.get(p..p + 8)?;
            i64::from_be_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]])
        } else {
            be32(data, p)? as i32 as i64
        };
        let ty = *data.get(idx_at + i)? as usize;
        if ty >= typecnt {
            return None;
        }
        transitions.push((t, ty));
    }
    let mut types = Vec::with_capacity(typecnt);
    for i in 0..typecnt {
        let p = types_at + i * 6;
        let off = be32(data, p)? as i32 as i64;
        let isdst = *data.get(p + 4)? != 0;
        let ai = *data.get(p + 5)? as usize;
        let abbr_bytes = chars.get(ai..)?;
        let end = abbr_bytes
            .iter()
            .position(|&b| b == 0)
            .unwrap_or(abbr_bytes.len());
        let abbr = String::from_utf8_lossy(&abbr_bytes[..end]).into_owned();
        types.push(LocalType { off, isdst, abbr });
    }
    let rule = if version >= b'2' {
        let footer_at = at + block_len(&counts, 8);
        let footer = data.get(footer_at..)?;
        let text = String::from_utf8_lossy(footer);
        let line = text
            .trim_start_matches('\n')
            .split('\n')
            .next()
            .unwrap_or("");
        if line.is_empty() {
            None
        } else {
            parse_posix_tz(line)
        }
    } else {
        None
    };
    if types.is_empty() {
        return None;
    }
    Some(Zone {
        transitions,
        types,
        rule,
    })
}

/// A cursor over a POSIX TZ string.
struct TzText<'a> {
    s: &'a [u8],
    i: usize,
}

impl TzText<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn name(&mut self) -> Option<String> {
        let start;
        let end;
        if self.eat(b'<') {
            start = self.i;
            while self.peek()? != b'>' {
                self.i += 1;
            }
            end = self.i;
            self.i += 1;
        } else {
            start = self.i;
            while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                self.i += 1;
            }
            end = self.i;
        }
        (end - start >= 3).then(|| String::from_utf8_lossy(&self.s[start..end]).into_owned())
    }

    fn number(&mut self) -> Option<i64> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[start..self.i])
            .ok()?
            .parse()
            .ok()
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    fn hms(&mut self) -> Option<i64> {
        let sign = if self.eat(b'-') {
            -1
        } else {
            self.eat(b'+');
            1
        };
        let mut secs = self.number()? * 3600;
        if self.eat(b':') {
            secs += self.number()? * 60;
            if self.eat(b':') {
                secs += self.number()?;
            }
        }
        Some(sign * secs)
    }

    fn rule_day(&mut self) -> Option<Switch> {
        let day = if self.eat(b'J') {
            RuleDay::Julian1(self.number()?)
        } else if self.eat(b'M') {
            let m = self.number()?;
            self.eat(b'.').then_some(())?;
            let w = self.number()?;
            self.eat(b'.').then_some(())?;
            let d = self.number()?;
            if !(1..=12).contains(&m) || !(1..=5).contains(&w) || !(0..=6).contains(&d) {
                return None;
            }
            RuleDay::Month(m, w, d)
        } else {
            RuleDay::Julian0(self.number()?)
        };
        let time = if self.eat(b'/') { self.hms()? } else { 7200 };
        Some((day, time))
    }
}

/// Parses a POSIX TZ string such as `CET-1CEST,M3.5.0,M10.5.0/3` (offsets are west of
/// UTC there, east here).
fn parse_posix_tz(text: &str) -> Option<Rule> {
    let mut p = TzText {
        s: text.as_bytes(),
        i: 0,
    };
    let std_name = p.name()?;
    let std_off = -p.hms()?;
    let std = LocalType {
        off: std_off,
        isdst: false,
        abbr: std_name,
    };
    if p.peek().is_none() {
        return Some(Rule { std, dst: None });
    }
    let dst_name = p.name()?;
    let dst_off = match p.peek() {
        Some(c) if c == b'+' || c == b'-' || c.is_ascii_digit() => -p.hms()?,
        _ => std_off + 3600,
    };
    let (start, end) = if p.eat(b',') {
        let start = p.rule_day()?;
        p.eat(b',').then_some(())?;
        (start, p.rule_day()?)
    } else {
        (
            (RuleDay::Month(3, 2, 0), 7200),
            (RuleDay::Month(11, 1, 0), 7200),
        )
    };
    if p.peek().is_some() {
        return None;
    }
    let dst = LocalType {
        off: dst_off,
        isdst: true,
        abbr: dst_name,
    };
    Some(Rule {
        std,
        dst: Some((dst, start, end)),
    })
}

fn load_zone_file(path: &str) -> Option<Zone> {
    parse_tzif(&std::fs::read(path).ok()?)
}

/// The zone a `TZ` value names, as the C library reads it: unset means /etc/localtime,
/// empty means UTC, otherwise a zone file (absolute, or under the zoneinfo directory) or
/// else a POSIX rule string.
fn zone_for(tz: Option<&str>) -> Zone {
    let Some(tz) = tz else {
        return load_zone_file("/etc/localtime").unwrap_or_else(Zone::utc);
    };
    if tz.is_empty() {
        return Zone::utc();
    }
    let name = tz.strip_prefix(':').unwrap_or(tz);
    let file = if name.starts_with('/') {
        name.to_string()
    } else {
        let dir = std::env::var("TZDIR").unwrap_or_else(|_| "/usr/share/zoneinfo".into());
        format!("{dir}/{name}")
    };
    if !name.contains("..")
        && let Some(z) = load_zone_file(&file)
    {
        return z;
    }
    match parse_posix_tz(name) {
        Some(rule) => Zone {
            transitions: vec![],
            types: vec![],
            rule: Some(rule),
        },
        None => Zone::utc(),
    }
}

fn current_zone() -> Rc<Zone> {
    ZONE.with(|z| {
        z.borrow_mut()
            .get_or_insert_with(|| Rc::new(zone_for(std::env::var("TZ").ok().as_deref())))
            .clone()
    })
}

/// `tzset([tz])`: reloads the local zone from a TZ value (None: as if TZ were unset), or
/// from the process environment's TZ when no value is given.
fn tzset(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "tzset", &a, 0, 1)?;
    let tz = match a.pos.first() {
        None => std::env::var("TZ").ok(),
        Some(Value::None) => None,
        Some(v) => Some(vm.to_str(v)?),
    };
    let zone = Rc::new(zone_for(tz.as_deref()));
    ZONE.with(|z| *z.borrow_mut() = Some(zone));
    Ok(Value::None)
}

/// `zone_info()`: (tzname, timezone, altzone, daylight) as the time module exposes them,
/// from January and July of the current year.
fn zone_info(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "zone_info", &a, 0, 0)?;
    let zone = current_zone();
    let now = (now_ns() / 1_000_000_000) as i64;
    let year = civil_from_days(now.div_euclid(86_400)).0;
    let jan = zone.at(days_from_civil(year, 1, 1) * 86_400);
    let jul = zone.at(days_from_civil(year, 7, 1) * 86_400);
    let (janzone, julzone) = (-jan.off, -jul.off);
    let (std, alt, names) = if janzone < julzone {
        (julzone, janzone, (jul.abbr, jan.abbr))
    } else {
        (janzone, julzone, (jan.abbr, jul.abbr))
    };
    Ok(Value::tuple(vec![
        Value::tuple(vec![Value::string(names.0), Value::string(names.1)]),
        Value::Int(std),
        Value::Int(alt),
        Value::Int(i64::from(janzone != julzone)),
    ]))
}

// ---- conversions -------------------------------------------------------------------------

/// Seconds since the epoch from a number (None: now), floored to whole seconds.
fn timestamp_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let out_of_range =
        |vm: &mut Vm| vm.overflow_error("timestamp out of range for platform time_t");
    match v {
        None | Some(Value::None) => Ok((now_ns().div_euclid(1_000_000_000)) as i64),
        Some(Value::Float(f)) => {
            let f = f.get();
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
                return Err(out_of_range(vm));
            }
            Ok(f as i64)
        }
        Some(v) => {
            let n = vm.to_bigint_index(v)?;
            n.to_i64().ok_or_else(|| out_of_range(vm))
        }
    }
}

/// A broken-down time as CPython's 11 fields (year, month 1-12, day, hour, minute, second,
/// weekday 0 = Monday, year day 1-366, isdst, zone, gmtoff).
fn tm_value(vm: &mut Vm, tm: Tm) -> PyResult {
    if i32::try_from(tm.year - 1900).is_err() {
        let c = vm.builtins_module.dict.get_name("OSError");
        let c = match c {
            Some(Value::Class(c)) => c,
            _ => vm.types.os_error.clone(),
        };
        let msg = super::os::strerror_text(75);
        let err = vm.new_exc_args(&c, vec![Value::Int(75), Value::string(msg)]);
        return Err(err);
    }
    Ok(Value::tuple(vec![
        Value::Int(tm.year),
        Value::Int(tm.mon + 1),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int((tm.wday + 6) % 7),
        Value::Int(tm.yday + 1),
        Value::Int(tm.isdst),
        tm.zone.map(Value::string).unwrap_or(Value::None),
        Value::Int(tm.gmtoff),
    ]))
}

fn gmtime(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "gmtime", &a, 0, 1)?;
    let t = timestamp_arg(vm, a.pos.first())?;
    tm_value(vm, breakdown(t, 0, false, "GMT"))
}

fn local_tm(t: i64) -> Tm {
    let lt = current_zone().at(t);
    breakdown(t, lt.off, lt.isdst, &lt.abbr)
}

fn localtime(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "localtime", &a, 0, 1)?;
    let t = timestamp_arg(vm, a.pos.first())?;
    tm_value(vm, local_tm(t))
}

/// A 9-item time tuple converted as CPython's `gettmarg` does (C conventions, C ints).
fn tm_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Tm> {
    let items = match crate::builtins::args::payload(v) {
        Value::Tuple(t) => t.0.clone(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        let n = vm.to_bigint_index(item)?;
        *slot = match n.to_i32() {
            Some(i) => i as i64,
            None if n.sign() == num_bigint::Sign::Minus => {
                return Err(vm.overflow_error("signed integer is less than minimum"));
            }
            None => return Err(vm.overflow_error("signed integer is greater than maximum")),
        };
    }
    Ok(Tm {
        year: f[0],
        mon: f[1] - 1,
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: (f[6] + 1) % 7,
        yday: f[7] - 1,
        isdst: f[8],
        zone: None,
        gmtoff: 0,
    })
}

/// CPython's range checks for strftime() and asctime(); a zero month, day or year day
/// stands for the first.
fn check_tm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

fn mktime(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "time.mktime", &a, 1, 1)?;
    let tm = tm_arg(vm, &a.pos[0], "mktime")?;
    let local = timegm(&tm);
    let t = current_zone().to_utc(local, tm.isdst.clamp(-1, 1));
    let year = civil_from_days(t.div_euclid(86_400)).0;
    if i32::try_from(year - 1900).is_err() {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::float(t as f64))
}

const WDAY: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTH: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &WDAY[tm.wday as usize % 7][..3],
        &MONTH[tm.mon as usize % 12][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// `asctime(t)`: t is a 9-tuple, or None for the current local time.
fn asctime(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "asctime", &a, 1, 1)?;
    let mut tm = match &a.pos[0] {
        Value::None => local_tm(timestamp_arg(vm, None)?),
        v => tm_arg(vm, v, "asctime")?,
    };
    check_tm(vm, &mut tm)?;
    Ok(Value::string(asctime_text(&tm)))
}

/// `strftime(format, t, zone, gmtoff)`: t is a 9-tuple; zone and gmtoff come from a
/// struct_time (None for a plain tuple).
fn strftime(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "strftime", &a, 4, 4)?;
    let fmt = match &a.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("strftime() argument 1 must be str, not {t}")));
        }
    };
    let mut tm = tm_arg(vm, &a.pos[1], "strftime")?;
    check_tm(vm, &mut tm)?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    tm.zone = match &a.pos[2] {
        Value::None => None,
        v => Some(vm.to_str(v)?),
    };
    tm.gmtoff = match &a.pos[3] {
        Value::None => 0,
        v => vm.to_index(v)?,
    };
    let zone = current_zone();
    Ok(Value::string(format_tm(&fmt, &tm, &zone)))
}

// ---- strftime ----------------------------------------------------------------------------

/// ISO 8601 week-based year and week number.
fn iso_week(tm: &Tm) -> (i64, i64) {
    // Monday-based weekday 0-6 and the year day of this week's Thursday.
    let wd = (tm.wday + 6) % 7;
    let thursday = tm.yday - wd + 3;
    let year_len = |y: i64| if is_leap(y) { 366 } else { 365 };
    if thursday < 0 {
        let prev = tm.year - 1;
        let t = thursday + year_len(prev);
        (prev, t / 7 + 1)
    } else if thursday >= year_len(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, thursday / 7 + 1)
    }
}

/// Formats `tm` as the C library's strftime does in the C locale, with glibc's flags
/// (`_ - 0 ^ #`), field widths and `E`/`O` modifiers. Unknown directives are copied.
fn format_tm(fmt: &str, tm: &Tm, zone: &Zone) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut pad: Option<char> = None;
        let mut upper = false;
        let mut swap = false;
        while let Some(&c) = chars.get(i) {
            match c {
                '_' | '-' | '0' => pad = Some(c),
                '^' => upper = true,
                '#' => swap = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            width = Some(
                width
                    .unwrap_or(0)
                    .saturating_mul(10)
                    .saturating_add(d as usize)
                    .min(1024),
            );
            i += 1;
        }
        let modifier = match chars.get(i) {
            Some(&c @ ('E' | 'O')) => {
                i += 1;
                Some(c)
            }
            _ => None,
        };
        let field = chars.get(i).and_then(|&conv| {
            let allowed = match modifier {
                None => true,
                Some('E') => "cCnpPrRstTuxXyYzZ%".contains(conv),
                Some(_) => "bBCdegGhHIjklmMnpPrRsStTuUVwWyzZ%".contains(conv),
            };
            if allowed {
                directive(conv, tm, zone)
            } else {
                None
            }
        });
        i = (i + 1).min(chars.len());
        // The common case, a bare directive: written straight into `out`.
        let bare = pad.is_none() && width.is_none() && !upper && !swap;
        if bare && modifier.is_none() {
            match &field {
                Some(Field::Num { value, width, pad }) if *value >= 0 => {
                    push_padded(&mut out, *value as u64, *width, *pad);
                    continue;
                }
                Some(Field::Text { text, .. }) => {
                    out.push_str(text);
                    continue;
                }
                _ => {}
            }
        }
        // glibc copies a directive it does not know as written, padded to the width.
        // (For %Eb and the like, '#' has already turned to uppercase when glibc notices.)
        let month_name = matches!(chars.get(i - 1), Some('b' | 'B' | 'h'));
        let field = field.unwrap_or_else(|| Field::Text {
            text: chars[start..i].iter().collect(),
            case: if month_name {
                Case::Normal
            } else {
                Case::UpperOnly
            },
        });
        out.push_str(&render(field, pad, width, upper, swap));
    }
    out
}

/// Appends `value` in decimal, padded on the left with `pad` to at least `width` characters.
fn push_padded(out: &mut String, value: u64, width: usize, pad: char) {
    let mut buf = [0u8; 20];
    let mut n = value;
    let mut start = buf.len();
    loop {
        start -= 1;
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in (buf.len() - start)..width {
        out.push(pad);
    }
    for &b in &buf[start..] {
        out.push(char::from(b));
    }
}

/// What one directive produces: a number with its default width and padding, or text.
enum Field {
    Num {
        value: i64,
        width: usize,
        pad: char,
    },
    Text {
        text: String,
        case: Case,
    },
    /// Nothing at all, not even padding (`%z` when daylight time is unknown).
    Empty,
    /// `%z`: glibc pads the sign and the number to the field width separately.
    Offset {
        negative: bool,
        hhmm: i64,
    },
}

/// How the `^` (upper) and `#` (swap) flags apply to a text directive.
#[derive(Clone, Copy, PartialEq)]
enum Case {
    /// Both flags uppercase.
    Normal,
    /// `#` lowercases (`%p`, `%Z`).
    LowerOnSwap,
    /// Neither applies (`%P`).
    Fixed,
    /// Only `^` applies (composite directives such as `%c`).
    UpperOnly,
}

fn num(value: i64, width: usize) -> Option<Field> {
    Some(Field::Num {
        value,
        width,
        pad: '0',
    })
}

fn spaced(value: i64, width: usize) -> Option<Field> {
    Some(Field::Num {
        value,
        width,
        pad: ' ',
    })
}

fn text(s: impl Into<String>) -> Option<Field> {
    Some(Field::Text {
        text: s.into(),
        case: Case::Normal,
    })
}

fn composite(s: String) -> Option<Field> {
    Some(Field::Text {
        text: s,
        case: Case::UpperOnly,
    })
}

fn directive(conv: char, tm: &Tm, zone: &Zone) -> Option<Field> {
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let wday = tm.wday.rem_euclid(7) as usize;
    let mon = tm.mon.rem_euclid(12) as usize;
    let sub = |f: &str| format_tm(f, tm, zone);
    match conv {
        'a' => text(&WDAY[wday][..3]),
        'A' => text(WDAY[wday]),
        'b' | 'h' => text(&MONTH[mon][..3]),
        'B' => text(MONTH[mon]),
        'c' => composite(sub("%a %b %e %H:%M:%S %Y")),
        'C' => num(tm.year.div_euclid(100), 1),
        'd' => num(tm.mday, 2),
        'D' | 'x' => composite(sub("%m/%d/%y")),
        'e' => spaced(tm.mday, 2),
        'F' => composite(format!("{}-{}", tm.year, sub("%m-%d"))),
        'g' => num(iso_week(tm).0.rem_euclid(100), 2),
        'G' => num(iso_week(tm).0, 1),
        'H' => num(tm.hour, 2),
        'I' => num(hour12, 2),
        'j' => num(tm.yday + 1, 3),
        'k' => spaced(tm.hour, 2),
        'l' => spaced(hour12, 2),
        'm' => num(tm.mon + 1, 2),
        'M' => num(tm.min, 2),
        'n' => text("\n"),
        'p' => Some(Field::Text {
            text: if tm.hour >= 12 { "PM" } else { "AM" }.into(),
            case: Case::LowerOnSwap,
        }),
        // glibc keeps %P lowercase whatever the flags say.
        'P' => Some(Field::Text {
            text: if tm.hour >= 12 { "pm" } else { "am" }.into(),
            case: Case::Fixed,
        }),
        'r' => composite(sub("%I:%M:%S %p")),
        'R' => composite(sub("%H:%M")),
        's' => spaced(zone.to_utc(timegm(tm), tm.isdst), 1),
        'S' => num(tm.sec, 2),
        't' => text("\t"),
        'T' | 'X' => composite(sub("%H:%M:%S")),
        'u' => num(if tm.wday == 0 { 7 } else { tm.wday }, 1),
        'U' => num((tm.yday + 7 - tm.wday) / 7, 2),
        'V' => num(iso_week(tm).1, 2),
        'w' => num(tm.wday, 1),
        'W' => num((tm.yday + 7 - (tm.wday + 6) % 7) / 7, 2),
        'y' => num(tm.year.rem_euclid(100), 2),
        'Y' => num(tm.year, 1),
        'z' => {
            if tm.isdst < 0 {
                return Some(Field::Empty);
            }
            let mins = tm.gmtoff.abs() / 60;
            Some(Field::Offset {
                negative: tm.gmtoff < 0,
                hhmm: mins / 60 * 100 + mins % 60,
            })
        }
        'Z' => {
            let name = match &tm.zone {
                Some(z) if !z.is_empty() => z.clone(),
                _ if tm.isdst >= 0 => zone_name(zone, tm.isdst != 0),
                _ => String::new(),
            };
            Some(Field::Text {
                text: name,
                case: Case::LowerOnSwap,
            })
        }
        '%' => text("%"),
        _ => None,
    }
}

/// `tzname[isdst]` of a zone, as `time.tzname` has it.
fn zone_name(zone: &Zone, dst: bool) -> String {
    let now = (now_ns() / 1_000_000_000) as i64;
    let year = civil_from_days(now.div_euclid(86_400)).0;
    let jan = zone.at(days_from_civil(year, 1, 1) * 86_400);
    let jul = zone.at(days_from_civil(year, 7, 1) * 86_400);
    let (std, alt) = if -jan.off < -jul.off {
        (jul, jan)
    } else {
        (jan, jul)
    };
    if dst { alt.abbr } else { std.abbr }
}

fn render(
    field: Field,
    pad: Option<char>,
    width: Option<usize>,
    upper: bool,
    swap: bool,
) -> String {
    match field {
        Field::Num {
            value,
            width: default_width,
            pad: default_pad,
        } => {
            // First the number's own width (unless '-'), then the requested field width.
            let digits = value.unsigned_abs().to_string();
            let sign = if value < 0 { "-" } else { "" };
            let own_pad = match pad {
                Some('-') => None,
                Some('_') => Some(' '),
                Some('0') => Some('0'),
                _ => Some(default_pad),
            };
            let mut body = match own_pad {
                Some(c) if default_width > digits.len() => {
                    let fill = c.to_string().repeat(default_width - digits.len());
                    if c == '0' {
                        format!("{sign}{fill}{digits}")
                    } else {
                        format!("{fill}{sign}{digits}")
                    }
                }
                _ => format!("{sign}{digits}"),
            };
            if let Some(w) = width {
                let len = body.chars().count();
                if w > len {
                    let zeros = pad == Some('0') || (pad.is_none() && default_pad == '0');
                    body = if zeros {
                        format!("{sign}{}{}", "0".repeat(w - len), &body[sign.len()..])
                    } else {
                        format!("{}{body}", " ".repeat(w - len))
                    };
                }
            }
            body
        }
        Field::Empty => String::new(),
        Field::Offset { negative, hhmm } => {
            let fill = if pad == Some('0') { "0" } else { " " };
            let lead = fill.repeat(width.unwrap_or(0).saturating_sub(1));
            let sign = if negative { '-' } else { '+' };
            let number = Field::Num {
                value: hhmm,
                width: 4,
                pad: '0',
            };
            format!("{lead}{sign}{}", render(number, pad, width, upper, swap))
        }
        Field::Text { text, case } => {
            let text = match case {
                Case::Fixed => text,
                Case::LowerOnSwap if swap => text.to_lowercase(),
                _ if upper => text.to_uppercase(),
                Case::UpperOnly => text,
                _ if swap => text.to_uppercase(),
                _ => text,
            };
            let len = text.chars().count();
            match width {
                Some(w) if w > len => {
                    let c = if pad == Some('0') { '0' } else { ' ' };
                    format!("{}{text}", c.to_string().repeat(w - len))
                }
                _ => text,
            }
        }
    }
}

// ---- ISO 8601 fast paths for datetime ------------------------------------------------------

/// The value of the ASCII digits `b`, or None.
fn digits(b: &[u8]) -> Option<i64> {
    b.iter().try_fold(0i64, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0'))
    })
}

/// `iso_fields(s)`: `(year, month, day, hour, minute, second, microsecond)` of the plain
/// forms 'YYYY-MM-DD' and 'YYYY-MM-DD?HH:MM:SS[.ffffff]' (any separator, '.' or ','
/// before the fraction), unchecked; None for anything else, which datetime's general parser
/// handles.
fn iso_fields(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "iso_fields", &a, 1, 1)?;
    let Value::Str(s) = &a.pos[0] else {
        return Ok(Value::None);
    };
    let b = s.as_str().as_bytes();
    let n = s.char_len();
    if !(n == 10 || n == 19 || n == 26) || b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return Ok(Value::None);
    }
    let (Some(y), Some(m), Some(d)) = (digits(&b[..4]), digits(&b[5..7]), digits(&b[8..10])) else {
        return Ok(Value::None);
    };
    let mut fields = vec![y, m, d, 0, 0, 0, 0];
    if n > 10 {
        // The separator may be any one character (a multi-byte one shifts the rest).
        let sep = s.as_str()[10..].chars().next().map_or(1, char::len_utf8);
        let t = &b[10 + sep..];
        if t.len() != n - 11 || t[2] != b':' || t[5] != b':' {
            return Ok(Value::None);
        }
        let (Some(hh), Some(mm), Some(ss)) = (digits(&t[..2]), digits(&t[3..5]), digits(&t[6..8]))
        else {
            return Ok(Value::None);
        };
        fields[3] = hh;
        fields[4] = mm;
        fields[5] = ss;
        if t.len() == 15 {
            let Some(us) = digits(&t[9..]).filter(|_| t[8] == b'.' || t[8] == b',') else {
                return Ok(Value::None);
            };
            fields[6] = us;
        }
    }
    Ok(Value::tuple(fields.into_iter().map(Value::Int).collect()))
}

/// `iso_text(year, month, day, sep, hour, minute, second, microsecond)`: the isoformat()
/// of a naive datetime ('YYYY-MM-DD<sep>HH:MM:SS' and '.ffffff' when there are
/// microseconds); with sep None, the date alone.
fn iso_text(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "iso_text", &a, 8, 8)?;
    let mut f = [0i64; 7];
    for (slot, i) in f.iter_mut().zip([0, 1, 2, 4, 5, 6, 7]) {
        match &a.pos[i] {
            Value::Int(v) => *slot = *v,
            _ => return Err(vm.type_error("iso_text: integer fields expected")),
        }
    }
    let [y, m, d, hh, mm, ss, us] = f;
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    match &a.pos[3] {
        Value::None => {}
        Value::Str(sep) => {
            out.push_str(sep.as_str());
            out.push_str(&format!("{hh:02}:{mm:02}:{ss:02}"));
            if us != 0 {
                out.push_str(&format!(".{us:06}"));
            }
        }
        _ => return Err(vm.type_error("iso_text: the separator must be a str")),
    }
    Ok(Value::string(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [-719_468i64, -1, 0, 1, 59, 365, 10_957, 19_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn breakdown_matches_known_instants() {
        let tm = breakdown(1_234_567_890, 0, false, "GMT");
        assert_eq!((tm.year, tm.mon, tm.mday), (2009, 1, 13));
        assert_eq!(
            (tm.hour, tm.min, tm.sec, tm.wday, tm.yday),
            (23, 31, 30, 5, 43)
        );
        assert_eq!(timegm(&tm), 1_234_567_890);
    }

    #[test]
    fn posix_rules() {
        let rule = parse_posix_tz("EST5EDT,M3.2.0,M11.1.0").expect("parses");
        assert_eq!(rule.at(1_700_000_000).abbr, "EST");
        assert_eq!(rule.at(1_690_000_000).abbr, "EDT");
        assert_eq!(rule.at(1_690_000_000).off, -4 * 3600);
        let cet = parse_posix_tz("CET-1CEST,M3.5.0,M10.5.0/3").expect("parses");
        assert_eq!(cet.std.off, 3600);
        assert_eq!(
            parse_posix_tz("<+0330>-3:30").expect("parses").std.off,
            12_600
        );
        assert!(parse_posix_tz("X").is_none());
    }

    #[test]
    fn mktime_edges_in_new_york_rules() {
        let zone = Zone {
            transitions: vec![],
            types: vec![],
            rule: parse_posix_tz("EST5EDT,M3.2.0,M11.1.0"),
        };
        let l = |y: i64, mo: i64, d: i64, h: i64, mi: i64| {
            days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60
        };
        // Values from CPython with TZ set to the same rule.
        assert_eq!(zone.to_utc(l(2023, 7, 1, 12, 0), -1), 1_688_227_200);
        assert_eq!(zone.to_utc(l(2023, 3, 12, 2, 30), -1), 1_678_606_200);
        assert_eq!(zone.to_utc(l(2023, 11, 5, 1, 30), -1), 1_699_165_800);
        assert_eq!(zone.to_utc(l(2023, 11, 5, 1, 30), 1), 1_699_162_200);
        assert_eq!(zone.to_utc(l(2023, 7, 1, 12, 0), 0), 1_688_230_800);
    }

    #[test]
    fn strftime_directives() {
        let tm = breakdown(1_234_567_890, 0, false, "GMT");
        let z = Zone::utc();
        assert_eq!(
            format_tm(
                "%c|%x|%X|%D|%T|%r|%R|%e|%k|%l|%p|%P|%C|%g|%G|%V|%u|%U|%W|%w|%j",
                &tm,
                &z
            ),
            "Fri Feb 13 23:31:30 2009|02/13/09|23:31:30|02/13/09|23:31:30|11:31:30 PM|23:31|13|23|11|PM|pm|20|09|2009|07|5|06|06|5|044"
        );
        assert_eq!(format_tm("%q %Ox %E %", &tm, &z), "%q %Ox %E %");
        assert_eq!(
            format_tm("%-d %_m %5Y %^a %#b %#p", &tm, &z),
            "13  2 02009 FRI FEB pm"
        );
    }
}
