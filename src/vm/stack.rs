//! Unchecked operand-stack access for the eval loop's hot instructions.
//!
//! A frame's `stack` holds its fast locals and then its operand stack. The image verifier
//! (`CodeRecord::prove_depths`) proves, for every reachable instruction, how many operand
//! values sit above the locals when it starts, that this covers what it pops or reads, and
//! that no depth exceeds the code object's `stacksize`. `run_until_error` keeps the proof
//! true at run time:
//!
//! - on entry it checks that the stack holds exactly the locals plus the proven depth of the
//!   instruction it resumes at, and reserves room for the locals plus `stacksize` values;
//! - the hot instructions, all in that one function, pop and push exactly what the verifier
//!   counts for them (debug builds assert the depth before every instruction);
//! - after any instruction whose stack traffic goes through other code (the cold
//!   instructions, calls, slow-path method loads) it checks the depth again, in every build,
//!   and stops with an error if it is wrong.
//!
//! So a pop always finds a value above the locals and a push always finds spare capacity.
//! Measured: checked `Vec::push`/`pop` cost about 10% of the instructions of float-heavy
//! loops (nbody) and 5% of call-heavy ones (fib).

use crate::objects::Value;

/// Removes and returns the top of the operand stack.
///
/// The caller must know the stack holds a value above the frame's locals: the verifier proved
/// the instruction's depth covers its pops and the eval loop keeps that depth exact.
#[inline(always)]
pub(super) fn pop_proven(stack: &mut Vec<Value>) -> Value {
    debug_assert!(!stack.is_empty(), "operand stack underflow");
    let n = stack.len().wrapping_sub(1);
    // SAFETY: the verified depth of the running instruction is at least the number of values
    // it pops and the stack length equals locals + that depth (see the module comment), so
    // `n` is an initialised slot. Shrinking the length first hands its ownership to the read.
    unsafe {
        stack.set_len(n);
        std::ptr::read(stack.as_ptr().add(n))
    }
}

/// Pushes onto the operand stack.
///
/// The caller must know there is spare capacity: `run_until_error` reserved room for the
/// locals plus the verified `stacksize`, and no instruction pushes past its proven depth.
#[inline(always)]
pub(super) fn push_proven(stack: &mut Vec<Value>, v: Value) {
    debug_assert!(stack.len() < stack.capacity(), "operand stack overflow");
    let n = stack.len();
    // SAFETY: `n < capacity` because the entry reserve covers locals + stacksize and the
    // verifier proved every depth stays within stacksize (module comment); slot `n` is
    // uninitialised spare capacity, written once before the length grows over it.
    unsafe {
        std::ptr::write(stack.as_mut_ptr().add(n), v);
        stack.set_len(n + 1);
    }
}

/// The instruction word at `pc`.
///
/// The caller must know `pc` is an instruction the verifier reached: the entry check found it
/// in the proven depths, and every later `pc` is a verified fall-through or jump target of a
/// reached instruction (the verifier rejects paths that run off the end).
#[inline(always)]
pub(super) fn fetch_proven(words: &[[u8; 4]], pc: usize) -> u32 {
    debug_assert!(pc < words.len(), "instruction {pc} outside the code");
    // SAFETY: reached instructions are all below the code length (module comment), and
    // `words` is that code's instruction slice.
    u32::from_le_bytes(*unsafe { words.get_unchecked(pc) })
}

/// Fast local `i` of the frame.
///
/// The caller must know `i` is a local index the verifier checked (below `co_varnames`'s
/// length), so it lies under the frame's locals, which the stack never shrinks below.
#[inline(always)]
pub(super) fn local_proven(stack: &[Value], i: usize) -> &Value {
    debug_assert!(i < stack.len(), "local {i} outside the frame");
    // SAFETY: the verifier bounds local indices by the number of varnames, the entry check
    // found the frame's locals at least that many, and the proven depths never go negative,
    // so the stack always holds every local slot.
    unsafe { stack.get_unchecked(i) }
}

/// Fast local `i` of the frame, to overwrite (same contract as [`local_proven`]).
#[inline(always)]
pub(super) fn local_proven_mut(stack: &mut [Value], i: usize) -> &mut Value {
    debug_assert!(i < stack.len(), "local {i} outside the frame");
    // SAFETY: as for `local_proven`.
    unsafe { stack.get_unchecked_mut(i) }
}
