//! The list sort of CPython 3.11: natural runs (strictly descending ones reversed), short
//! runs extended by binary insertion to `minrun`, merged in the order the powersort policy
//! picks, with galloping merges. It makes the same comparisons in the same order as CPython,
//! so a `__lt__` that counts or prints sees what it sees there, and partly ordered data sorts
//! in far fewer comparisons than a plain merge sort.
//!
//! The sort is stable. `less` must not panic; a failing comparison is the caller's business
//! (it records the error and answers `false`, which keeps every loop here finite).

/// Galloping starts after this many consecutive wins of one run (adapted per sort).
const MIN_GALLOP: usize = 7;

/// Runs shorter than this are not worth merging: the whole slice is one binary-sorted run.
const MIN_MERGE: usize = 64;

type Less<'a, T> = &'a mut dyn FnMut(&T, &T) -> bool;

/// A sorted run waiting on the stack to be merged.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    /// Powersort's node power of the boundary between this run and the next one.
    power: u32,
}

/// Sorts `v` stably by `less`.
pub fn sort<T: Copy>(v: &mut [T], less: Less<'_, T>) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut min_gallop = MIN_GALLOP;
    let minrun = compute_minrun(n);
    let mut runs: Vec<Run> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(&v[lo..], less);
        if descending {
            v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = (n - lo).min(minrun);
            binary_sort(&mut v[lo..lo + force], len, less);
            len = force;
        }
        if let Some(last) = runs.last() {
            let power = node_power(last.base, last.len, len, n);
            while runs.len() > 1 && runs[runs.len() - 2].power > power {
                let i = runs.len() - 2;
                merge_at(v, &mut runs, i, &mut min_gallop, less);
            }
            if let Some(last) = runs.last_mut() {
                last.power = power;
            }
        }
        runs.push(Run {
            base: lo,
            len,
            power: 0,
        });
        lo += len;
    }
    while runs.len() > 1 {
        let mut i = runs.len() - 2;
        if i > 0 && runs[i - 1].len < runs[i + 1].len {
            i -= 1;
        }
        merge_at(v, &mut runs, i, &mut min_gallop, less);
    }
}

/// The shortest run length worth merging for `n` items: `n` itself below [`MIN_MERGE`],
/// else a number in `MIN_MERGE/2..=MIN_MERGE` for which `n / minrun` is a power of two or
/// just below one.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MIN_MERGE {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `v` (at least 2 when `v` has 2 items), and whether
/// it is strictly descending.
fn count_run<T: Copy>(v: &[T], less: Less<'_, T>) -> (usize, bool) {
    let n = v.len();
    if n == 1 {
        return (1, false);
    }
    let mut run = 2;
    if less(&v[1], &v[0]) {
        while run < n && less(&v[run], &v[run - 1]) {
            run += 1;
        }
        (run, true)
    } else {
        while run < n && !less(&v[run], &v[run - 1]) {
            run += 1;
        }
        (run, false)
    }
}

/// Sorts `v` whose first `sorted` items are already in order, inserting each later item
/// where a binary search puts it (after equal items: stable).
fn binary_sort<T: Copy>(v: &mut [T], sorted: usize, less: Less<'_, T>) {
    for start in sorted.max(1)..v.len() {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(&pivot, &v[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
}

/// Powersort's power of the boundary between run `s1..s1+n1` and the run of `n2` items that
/// follows it, in a slice of `n` items: the first bit at which the binary expansions of the
/// two runs' midpoints (as fractions of `n`) differ.
fn node_power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, so they are whole numbers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return power;
        }
        a <<= 1;
        b <<= 1;
    }
}

/// Merges runs `i` and `i + 1` of the stack into one.
fn merge_at<T: Copy>(
    v: &mut [T],
    runs: &mut Vec<Run>,
    i: usize,
    min_gallop: &mut usize,
    less: Less<'_, T>,
) {
    let (mut pa, mut na) = (runs[i].base, runs[i].len);
    let (pb, nb) = (runs[i + 1].base, runs[i + 1].len);
    runs[i].len = na + nb;
    runs.remove(i + 1);
    // Items of a before where b's first belongs are already in place.
    let k = gallop_right(v[pb], &v[pa..pa + na], 0, less);
    pa += k;
    na -= k;
    if na == 0 {
        return;
    }
    // Items of b after where a's last belongs are already in place.
    let nb = gallop_left(v[pa + na - 1], &v[pb..pb + nb], nb - 1, less);
    if nb == 0 {
        return;
    }
    if na <= nb {
        merge_lo(v, pa, na, pb, nb, min_gallop, less);
    } else {
        merge_hi(v, pa, na, pb, nb, min_gallop, less);
    }
}

/// Where `key` goes in sorted `a`, before any equal items, searching from `a[hint]`
/// outwards by doubling steps and then by bisection.
fn gallop_left<T: Copy>(key: T, a: &[T], hint: usize, less: Less<'_, T>) -> usize {
    let n = a.len();
    let (mut last, mut ofs) = (0, 1);
    // The answer lies in `l..=r`.
    let (mut l, mut r);
    if less(&a[hint], &key) {
        let max = n - hint;
        while ofs < max && less(&a[hint + ofs], &key) {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        l = hint + last + 1;
        r = hint + ofs;
    } else {
        let max = hint + 1;
        while ofs < max && !less(&a[hint - ofs], &key) {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        l = hint + 1 - ofs;
        r = hint - last;
    }
    while l < r {
        let m = l + ((r - l) >> 1);
        if less(&a[m], &key) {
            l = m + 1;
        } else {
            r = m;
        }
    }
    r
}

/// Where `key` goes in sorted `a`, after any equal items (see [`gallop_left`]).
fn gallop_right<T: Copy>(key: T, a: &[T], hint: usize, less: Less<'_, T>) -> usize {
    let n = a.len();
    let (mut last, mut ofs) = (0, 1);
    let (mut l, mut r);
    if less(&key, &a[hint]) {
        let max = hint + 1;
        while ofs < max && less(&key, &a[hint - ofs]) {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        l = hint + 1 - ofs;
        r = hint - last;
    } else {
        let max = n - hint;
        while ofs < max && !less(&key, &a[hint + ofs]) {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        l = hint + last + 1;
        r = hint + ofs;
    }
    while l < r {
        let m = l + ((r - l) >> 1);
        if less(&key, &a[m]) {
            r = m;
        } else {
            l = m + 1;
        }
    }
    r
}

/// How a merge ended: normally, or with one item of the copied run left, which belongs at
/// the far end.
enum End {
    Done,
    LastOne,
}

/// Merges run a (`na` items at `pa`) with the run b right after it (`nb` items at `pb`),
/// `na <= nb`, from the left: a is copied aside. b's first item is known to come first and
/// a's last item last.
fn merge_lo<T: Copy>(
    v: &mut [T],
    pa: usize,
    mut na: usize,
    pb: usize,
    mut nb: usize,
    min_gallop: &mut usize,
    less: Less<'_, T>,
) {
    let tmp: Vec<T> = v[pa..pa + na].to_vec();
    let (mut dest, mut ia, mut ib) = (pa, 0, pb);
    v[dest] = v[ib];
    dest += 1;
    ib += 1;
    nb -= 1;
    let end = 'merge: {
        if nb == 0 {
            break 'merge End::Done;
        }
        if na == 1 {
            break 'merge End::LastOne;
        }
        let mut mg = *min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            // One item at a time, until one run wins `mg` times in a row.
            loop {
                if less(&v[ib], &tmp[ia]) {
                    v[dest] = v[ib];
                    dest += 1;
                    ib += 1;
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                    if bcount >= mg {
                        break;
                    }
                } else {
                    v[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 1 {
                        break 'merge End::LastOne;
                    }
                    if acount >= mg {
                        break;
                    }
                }
            }
            // Gallop while it keeps paying off.
            mg += 1;
            loop {
                mg -= usize::from(mg > 1);
                *min_gallop = mg;
                let k = gallop_right(v[ib], &tmp[ia..ia + na], 0, less);
                acount = k;
                if k > 0 {
                    v[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                    dest += k;
                    ia += k;
                    na -= k;
                    if na == 1 {
                        break 'merge End::LastOne;
                    }
                    // Only an inconsistent `<` gets here.
                    if na == 0 {
                        break 'merge End::Done;
                    }
                }
                v[dest] = v[ib];
                dest += 1;
                ib += 1;
                nb -= 1;
                if nb == 0 {
                    break 'merge End::Done;
                }
                let k = gallop_left(tmp[ia], &v[ib..ib + nb], 0, less);
                bcount = k;
                if k > 0 {
                    v.copy_within(ib..ib + k, dest);
                    dest += k;
                    ib += k;
                    nb -= k;
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                }
                v[dest] = tmp[ia];
                dest += 1;
                ia += 1;
                na -= 1;
                if na == 1 {
                    break 'merge End::LastOne;
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            // Leaving gallop mode costs.
            mg += 1;
            *min_gallop = mg;
        }
    };
    match end {
        End::Done => v[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]),
        End::LastOne => {
            v.copy_within(ib..ib + nb, dest);
            v[dest + nb] = tmp[ia];
        }
    }
}

/// Merges run a (`na` items at `pa`) with the run b right after it (`nb` items at `pb`),
/// `na > nb`, from the right: b is copied aside.
fn merge_hi<T: Copy>(
    v: &mut [T],
    pa: usize,
    mut na: usize,
    pb: usize,
    mut nb: usize,
    min_gallop: &mut usize,
    less: Less<'_, T>,
) {
    let tmp: Vec<T> = v[pb..pb + nb].to_vec();
    // Positions one past the next item to take or fill, so they never go below zero.
    let (mut dest, mut ia, mut ib) = (pb + nb, pa + na, nb);
    v[dest - 1] = v[ia - 1];
    dest -= 1;
    ia -= 1;
    na -= 1;
    let end = 'merge: {
        if na == 0 {
            break 'merge End::Done;
        }
        if nb == 1 {
            break 'merge End::LastOne;
        }
        let mut mg = *min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if less(&tmp[ib - 1], &v[ia - 1]) {
                    v[dest - 1] = v[ia - 1];
                    dest -= 1;
                    ia -= 1;
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 0 {
                        break 'merge End::Done;
                    }
                    if acount >= mg {
                        break;
                    }
                } else {
                    v[dest - 1] = tmp[ib - 1];
                    dest -= 1;
                    ib -= 1;
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge End::LastOne;
                    }
                    if bcount >= mg {
                        break;
                    }
                }
            }
            mg += 1;
            loop {
                mg -= usize::from(mg > 1);
                *min_gallop = mg;
                let k = na - gallop_right(tmp[ib - 1], &v[pa..pa + na], na - 1, less);
                acount = k;
                if k > 0 {
                    dest -= k;
                    ia -= k;
                    v.copy_within(ia..ia + k, dest);
                    na -= k;
                    if na == 0 {
                        break 'merge End::Done;
                    }
                }
                v[dest - 1] = tmp[ib - 1];
                dest -= 1;
                ib -= 1;
                nb -= 1;
                if nb == 1 {
                    break 'merge End::LastOne;
                }
                let k = nb - gallop_left(v[ia - 1], &tmp[..nb], nb - 1, less);
                bcount = k;
                if k > 0 {
                    dest -= k;
                    ib -= k;
                    v[dest..dest + k].copy_from_slice(&tmp[ib..ib + k]);
                    nb -= k;
                    if nb == 1 {
                        break 'merge End::LastOne;
                    }
                    // Only an inconsistent `<` gets here.
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                }
                v[dest - 1] = v[ia - 1];
                dest -= 1;
                ia -= 1;
                na -= 1;
                if na == 0 {
                    break 'merge End::Done;
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            mg += 1;
            *min_gallop = mg;
        }
    };
    match end {
        End::Done => v[dest - nb..dest].copy_from_slice(&tmp[..nb]),
        End::LastOne => {
            // The remaining b item goes before the remaining a items.
            dest -= na;
            ia -= na;
            v.copy_within(ia..ia + na, dest);
            v[dest - 1] = tmp[ib - 1];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency on `rand`).
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        *seed >> 33
    }

    fn check(data: Vec<(u32, usize)>) {
        let mut got = data.clone();
        sort(&mut got, &mut |a, b| a.0 < b.0);
        let mut want = data;
        want.sort_by_key(|p| p.0);
        assert_eq!(got, want);
    }

    #[test]
    fn sorts_stably_on_many_shapes() {
        let mut seed = 7;
        for &n in &[0, 1, 2, 3, 63, 64, 65, 100, 257, 1000, 5000] {
            for modulus in [2u64, 10, 1000, u64::MAX] {
                let random: Vec<(u32, usize)> = (0..n)
                    .map(|i| ((lcg(&mut seed) % modulus) as u32, i))
                    .collect();
                check(random.clone());
                // Runs: ascending, descending, sawtooth, mostly sorted.
                let mut asc = random.clone();
                asc.sort_by_key(|p| p.0);
                check(asc.clone());
                let mut desc = asc.clone();
                desc.reverse();
                check(desc);
                let saw: Vec<(u32, usize)> = (0..n).map(|i| ((i % 37) as u32, i)).collect();
                check(saw);
                let mut mostly = asc;
                if n > 10 {
                    for _ in 0..n / 10 {
                        let (a, b) = (lcg(&mut seed) as usize % n, lcg(&mut seed) as usize % n);
                        mostly.swap(a, b);
                    }
                }
                check(mostly);
            }
        }
    }

    #[test]
    fn inconsistent_comparisons_terminate_with_a_permutation() {
        let mut seed = 3;
        for &n in &[50, 64, 500, 3000] {
            let mut v: Vec<usize> = (0..n).collect();
            sort(&mut v, &mut |_, _| lcg(&mut seed).is_multiple_of(2));
            let mut s = v.clone();
            s.sort_unstable();
            assert_eq!(s, (0..n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn runs_cost_few_comparisons() {
        // An ascending run then a descending one: two runs and one galloping merge.
        let v: Vec<u32> = (0..10_000).chain((0..10_000).rev()).collect();
        let mut count = 0;
        let mut s = v;
        sort(&mut s, &mut |a, b| {
            count += 1;
            a < b
        });
        assert!(s.windows(2).all(|w| w[0] <= w[1]));
        assert!(count < 40_000, "{count} comparisons");
    }
}
