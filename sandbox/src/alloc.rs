//! Memory allocation: the C allocator's arena choice, and the small-object allocator the
//! `pyseal` binary installs as its global allocator.
//!
//! ## Arena choice
//!
//! pyseal interprets on a dedicated thread (for its large stack). glibc gives a second thread
//! its own malloc arena, which grows a few pages at a time with one `mprotect` per growth:
//! about 80 system calls before a trivial program's first line, a measurable part of
//! start-up. With a single arena the interpreter thread allocates from the main heap, which
//! grows by `brk` with glibc's usual padding.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Makes every thread allocate from the main arena. Call it before starting other threads;
/// returns whether the C library accepted the setting (other C libraries may not know it).
pub fn use_single_arena() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: `mallopt` only updates the allocator's tuning parameters under its own
        // lock; M_ARENA_MAX with a positive value is a documented glibc setting, and no
        // memory is handed out or taken back by the call.
        unsafe { libc::mallopt(libc::M_ARENA_MAX, 1) == 1 }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

/// Keeps large blocks (big lists, dict and set tables) in the heap and freed memory in the
/// process, instead of glibc's defaults: blocks from 128 KiB up are mapped and unmapped one
/// by one, and the heap's free top is returned to the kernel at a few MiB. A program that
/// builds and drops big containers in a loop (`a | b` of two large sets) otherwise spends most
/// of its time in page faults: measured, 0.19 s of system time against 0.02 s with these
/// settings. Returns whether the C library took both settings.
pub fn retain_large_blocks() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: as in `use_single_arena`: `mallopt` only changes tuning parameters under the
        // allocator's lock. M_MMAP_THRESHOLD (at most 32 MiB, glibc's documented maximum on
        // 64-bit) and M_TRIM_THRESHOLD are documented settings; no memory changes hands.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20) == 1
                && libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20) == 1
        }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

// ## Small objects
//
// A Python program allocates and frees small blocks at a high rate: a tuple per `(x, y)`, an
// instance and its dict per object, a frame's buffers, a boxed int. glibc's malloc takes the
// arena lock and often its slower paths for each (its per-thread cache holds 7 blocks per
// size); measured, `malloc`/`free` were 18% of the instructions of a BFS over tuples.
//
// `SmallObjects` serves blocks of up to `MAX_SMALL` bytes (alignment at most `GRAIN`) from
// per-thread free lists, one per size class of `GRAIN` bytes, refilled by carving chunks
// taken from the system allocator. A freed block goes onto the free list of the thread that
// frees it. Chunks are never given back, so a block stays valid memory for the life of the
// process whichever thread frees it; memory of small blocks is reused, never returned (as
// CPython's own small-object allocator keeps its arenas). Larger or more aligned requests go
// to the system allocator unchanged.

/// Size-class granularity and the alignment every small block has.
const GRAIN: usize = 16;
/// The largest request served from the size classes.
const MAX_SMALL: usize = 512;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// Bytes taken from the system allocator at a time to carve small blocks from.
const CHUNK: usize = 256 * 1024;

/// One thread's free lists and the unused rest of its current chunk.
struct Heap {
    /// The first free block of each size class; each free block's first word holds the next.
    free: [Cell<*mut u8>; CLASSES],
    /// The unused part of the current chunk: `next..end`.
    next: Cell<*mut u8>,
    end: Cell<*mut u8>,
}

thread_local! {
    // A `const` initialiser and no `Drop`: the heap needs no lazy set-up and no destructor
    // registration, so using it can never allocate (which would recurse into the allocator)
    // and it stays usable while the thread is being torn down.
    static HEAP: Heap = const {
        Heap {
            free: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            next: Cell::new(ptr::null_mut()),
            end: Cell::new(ptr::null_mut()),
        }
    };
}

/// The size class of a small request, or `None` when the system allocator serves it.
#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    if layout.size() <= MAX_SMALL && layout.align() <= GRAIN {
        // `size() == 0` never reaches a GlobalAlloc; map it to the first class anyway.
        Some(layout.size().saturating_sub(1) / GRAIN)
    } else {
        None
    }
}

/// The global allocator of the `pyseal` binary (see the module comment).
pub struct SmallObjects;

impl SmallObjects {
    /// A block of class `class` carved from the thread's chunk, taking a new chunk when the
    /// current one is used up; null when the system has no memory left.
    #[cold]
    fn carve(heap: &Heap, class: usize) -> *mut u8 {
        let size = (class + 1) * GRAIN;
        let next = heap.next.get();
        let left = (heap.end.get() as usize).wrapping_sub(next as usize);
        if next.is_null() || left < size {
            // SAFETY: CHUNK is non-zero and GRAIN a power of two, so the layout is valid.
            let layout = unsafe { Layout::from_size_align_unchecked(CHUNK, GRAIN) };
            // SAFETY: a valid, non-zero-sized layout, as `GlobalAlloc::alloc` requires.
            let chunk = unsafe { System.alloc(layout) };
            if chunk.is_null() {
                return ptr::null_mut();
            }
            // The rest of the old chunk (less than the largest class) is left unused.
            heap.next.set(chunk);
            // SAFETY: `chunk` starts an allocation of CHUNK bytes; one past its end is in
            // bounds for `add`.
            heap.end.set(unsafe { chunk.add(CHUNK) });
        }
        let block = heap.next.get();
        // SAFETY: at least `size` bytes remain between `block` and `end` (checked or fresh
        // chunk, CHUNK being larger than MAX_SMALL), so the result is within the chunk or one
        // past its end.
        heap.next.set(unsafe { block.add(size) });
        block
    }
}

// SAFETY: every small block handed out is `(class + 1) * GRAIN` bytes of a chunk that is never
// freed, GRAIN-aligned (chunks are GRAIN-aligned and sizes are multiples of GRAIN), so it fits
// any layout of its class; a block is on at most one free list and is handed out again only
// after it was freed. Everything else is the system allocator's, with the caller's layout.
unsafe impl GlobalAlloc for SmallObjects {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(&layout) else {
            // SAFETY: the caller's layout, passed on as `GlobalAlloc::alloc` received it.
            return unsafe { System.alloc(layout) };
        };
        HEAP.with(|heap| {
            let slot = &heap.free[class];
            let block = slot.get();
            if block.is_null() {
                return Self::carve(heap, class);
            }
            // SAFETY: `block` is a free block of this class: its first word, written by
            // `dealloc` and GRAIN-aligned, holds the next free block (or null).
            slot.set(unsafe { ptr::read(block as *const *mut u8) });
            block
        })
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(class) = class_of(&layout) else {
            // SAFETY: a block the system allocator handed out for this same layout.
            return unsafe { System.dealloc(block, layout) };
        };
        HEAP.with(|heap| {
            let slot = &heap.free[class];
            // SAFETY: `block` was handed out by `alloc` for a layout of this class, so it is
            // at least GRAIN bytes, GRAIN-aligned and no longer used by its owner: its first
            // word may hold the link.
            unsafe { ptr::write(block as *mut *mut u8, slot.get()) };
            slot.set(block);
        })
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `GlobalAlloc::realloc` promises `new_size` is non-zero and, rounded up to
        // the alignment, does not overflow: the new layout is valid.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(&layout), class_of(&new_layout)) {
            (Some(old), Some(new)) if old == new => block,
            // SAFETY: a system block of `layout`, resized for a request the system serves.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            _ => {
                // SAFETY: a valid non-zero layout (see above).
                let moved = unsafe { self.alloc(new_layout) };
                if !moved.is_null() {
                    // SAFETY: both blocks are live, distinct, and at least this long.
                    unsafe {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// glibc takes both allocator settings, and big blocks still work after them.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn large_block_settings_are_accepted() {
        assert!(retain_large_blocks());
        for round in 0..4u8 {
            let mut v = vec![round; 8 << 20];
            v[(8 << 20) - 1] = round.wrapping_add(1);
            assert_eq!(
                v.iter().map(|&b| b as usize).sum::<usize>(),
                (8 << 20) * round as usize + 1
            );
        }
    }

    /// Fills `n` bytes with a pattern derived from `seed`, to detect overlapping blocks.
    fn fill(p: *mut u8, n: usize, seed: u8) {
        for i in 0..n {
            // SAFETY: `p` is a live block of at least `n` bytes owned by the test.
            unsafe { *p.add(i) = seed.wrapping_add(i as u8) };
        }
    }

    fn holds(p: *const u8, n: usize, seed: u8) -> bool {
        // SAFETY: as in `fill`.
        (0..n).all(|i| unsafe { *p.add(i) } == seed.wrapping_add(i as u8))
    }

    #[test]
    fn small_blocks_are_distinct_aligned_and_reused() {
        let a = SmallObjects;
        let mut live = Vec::new();
        for (k, size) in (1..=MAX_SMALL + 64).step_by(7).enumerate() {
            let layout = Layout::from_size_align(size, 8).unwrap();
            // SAFETY: a valid non-zero layout.
            let p = unsafe { a.alloc(layout) };
            assert!(!p.is_null());
            assert_eq!(p as usize % 8, 0);
            fill(p, size, k as u8);
            live.push((p, layout, k as u8));
        }
        for &(p, layout, seed) in &live {
            assert!(
                holds(p, layout.size(), seed),
                "block of {} overwritten",
                layout.size()
            );
        }
        // A freed block of a class comes back for the next request of that class.
        let (p, layout, _) = live.pop().unwrap();
        let (q, qlayout, _) = live.pop().unwrap();
        // SAFETY: blocks from `alloc` with their own layouts, freed once.
        unsafe {
            a.dealloc(q, qlayout);
            if class_of(&qlayout).is_some() {
                assert_eq!(a.alloc(qlayout), q);
                a.dealloc(q, qlayout);
            }
            a.dealloc(p, layout);
            for (p, layout, _) in live {
                a.dealloc(p, layout);
            }
        }
    }

    #[test]
    fn realloc_keeps_contents_across_classes_and_to_the_system() {
        let a = SmallObjects;
        let mut layout = Layout::from_size_align(10, 8).unwrap();
        // SAFETY: valid layouts; each realloc gets the block's current layout.
        unsafe {
            let mut p = a.alloc(layout);
            fill(p, 10, 3);
            for new_size in [12, 40, 300, 4000, 100_000, 600, 20] {
                p = a.realloc(p, layout, new_size);
                assert!(!p.is_null());
                let kept = layout.size().min(new_size).min(10);
                assert!(holds(p, kept, 3), "lost contents growing to {new_size}");
                layout = Layout::from_size_align(new_size, 8).unwrap();
            }
            a.dealloc(p, layout);
        }
    }

    #[test]
    fn blocks_freed_on_another_thread_stay_usable() {
        let layout = Layout::from_size_align(48, 16).unwrap();
        // SAFETY: a valid layout; the blocks are freed once, by the other thread.
        let blocks: Vec<usize> = (0..1000)
            .map(|i| {
                let p = unsafe { SmallObjects.alloc(layout) };
                fill(p, 48, i as u8);
                p as usize
            })
            .collect();
        let freed = std::thread::spawn(move || {
            for &p in &blocks {
                // SAFETY: each block came from `alloc` with this layout and is freed once.
                unsafe { SmallObjects.dealloc(p as *mut u8, layout) };
            }
            // That thread reuses them.
            // SAFETY: a valid layout.
            let again: Vec<usize> = (0..1000)
                .map(|_| unsafe { SmallObjects.alloc(layout) } as usize)
                .collect();
            let mut a = again.clone();
            a.sort_unstable();
            a.dedup();
            assert_eq!(a.len(), 1000, "a block was handed out twice");
            again
        })
        .join()
        .unwrap();
        for p in freed {
            // SAFETY: live blocks of this layout, freed once here.
            unsafe { SmallObjects.dealloc(p as *mut u8, layout) };
        }
    }
    #[test]
    fn single_arena_is_accepted_and_allocation_still_works() {
        let accepted = super::use_single_arena();
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        assert!(accepted);
        let _ = accepted;
        let v: Vec<u64> = (0..100_000).collect();
        let t = std::thread::spawn(move || v.iter().sum::<u64>());
        assert_eq!(t.join().unwrap(), 4_999_950_000);
    }
}
