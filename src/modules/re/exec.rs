//! The backtracking matcher: runs a [`Program`] over a subject with leftmost-first (Perl and
//! CPython) semantics. Backtracking state lives on an explicit heap stack, never on the Rust
//! call stack, so long subjects cannot overflow it. Never allocates per character.

use super::chars;
use super::compile::{Inst, Program, Single};
use super::parse::{Assertion, RepeatKind};

/// An unset capture position.
pub const UNSET: usize = usize::MAX;

/// A subject character: bytes and ASCII text are matched as `u8`, other text as `u32`.
pub trait Unit: Copy {
    fn code(self) -> u32;
}

impl Unit for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Unit for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Search,
    Match,
    FullMatch,
}

/// One entry of the backtracking stack.
#[derive(Clone, Copy)]
enum Bt {
    /// An untried alternative.
    Alt {
        pc: usize,
        pos: usize,
    },
    /// Undo a capture write.
    Slot {
        slot: usize,
        old: usize,
    },
    /// Undo a register write.
    Reg {
        reg: usize,
        old: usize,
    },
    LastIndex(usize),
    /// A greedy single-character repeat that can give back characters down to `min_pos`.
    Greedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-character repeat (instruction at `pc`) that can take one more.
    Lazy {
        pc: usize,
        pos: usize,
        count: u32,
    },
    /// A look-around's start (instruction at `pc`), at subject position `pos`.
    Look {
        pc: usize,
        pos: usize,
    },
    Atomic,
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(self, Bt::Slot { .. } | Bt::Reg { .. } | Bt::LastIndex(_))
    }
}

/// Reusable matching state for one program.
pub struct Matcher<'p> {
    prog: &'p Program,
    /// Capture positions: group g spans `slots[2g]..slots[2g + 1]`.
    pub slots: Vec<usize>,
    /// The last group closed on the matching path (0 for none).
    pub lastindex: usize,
    regs: Vec<usize>,
    stack: Vec<Bt>,
}

impl<'p> Matcher<'p> {
    pub fn new(prog: &'p Program) -> Matcher<'p> {
        Matcher {
            prog,
            slots: vec![UNSET; 2 * (prog.groups + 1)],
            lastindex: 0,
            regs: vec![0; prog.regs],
            stack: Vec::new(),
        }
    }

    /// Looks for a match in `text[..end]` starting at `pos` (only there unless `mode` is
    /// `Search`). With `must_advance`, an empty match at `pos` is refused (the rule that
    /// keeps `finditer` moving). On success the captures are in `slots`.
    pub fn find<T: Unit>(
        &mut self,
        text: &[T],
        pos: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
    ) -> bool {
        let end = end.min(text.len());
        if pos > end {
            return false;
        }
        let text = &text[..end];
        let one_start = mode != Mode::Search || self.prog.anchored;
        let mut start = pos;
        loop {
            if let (Some(c), false) = (self.prog.first_char, one_start) {
                match text[start..].iter().position(|u| u.code() == c) {
                    Some(i) => start += i,
                    None => return false,
                }
            }
            if self.run(text, start, pos, mode == Mode::FullMatch, must_advance) {
                return true;
            }
            if one_start || start >= end {
                return false;
            }
            start += 1;
        }
    }

    fn set_slot(&mut self, slot: usize, pos: usize) {
        self.stack.push(Bt::Slot {
            slot,
            old: self.slots[slot],
        });
        self.slots[slot] = pos;
        if slot % 2 == 1 && slot > 1 {
            self.stack.push(Bt::LastIndex(self.lastindex));
            self.lastindex = slot / 2;
        }
    }

    fn set_reg(&mut self, reg: usize, v: usize) {
        self.stack.push(Bt::Reg {
            reg,
            old: self.regs[reg],
        });
        self.regs[reg] = v;
    }

    /// Removes the choice points above the topmost entry matching `marker`, keeping the undo
    /// entries, and removes that entry. Returns it.
    fn cut_to(&mut self, marker: fn(&Bt) -> bool) -> Option<Bt> {
        let k = self.stack.iter().rposition(marker)?;
        let mark = self.stack[k];
        let mut w = k;
        for r in k + 1..self.stack.len() {
            if self.stack[r].is_undo() {
                self.stack[w] = self.stack[r];
                w += 1;
            }
        }
        self.stack.truncate(w);
        Some(mark)
    }

    /// Pops back to (and including) the topmost look-around mark, undoing as it goes.
    fn unwind_look(&mut self) {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Look { .. } => return,
                other => self.undo(other),
            }
        }
    }

    fn undo(&mut self, e: Bt) {
        match e {
            Bt::Slot { slot, old } => self.slots[slot] = old,
            Bt::Reg { reg, old } => self.regs[reg] = old,
            Bt::LastIndex(old) => self.lastindex = old,
            _ => {}
        }
    }

    #[inline(always)]
    fn one<T: Unit>(&self, one: Single, text: &[T], pos: usize) -> bool {
        let Some(&u) = text.get(pos) else {
            return false;
        };
        let c = u.code();
        match one {
            Single::Char(x) => c == x,
            Single::CharFold(f) => chars::fold(c, self.prog.ascii_fold) == f,
            Single::Any => true,
            Single::AnyNoNewline => c != b'\n' as u32,
            Single::Set(i) => self.prog.sets[i].matches(c, self.prog.ascii_fold),
        }
    }

    fn assert<T: Unit>(&self, a: Assertion, text: &[T], pos: usize) -> bool {
        let end = text.len();
        let nl = b'\n' as u32;
        match a {
            Assertion::TextStart | Assertion::LineStart(false) => pos == 0,
            Assertion::LineStart(true) => pos == 0 || text[pos - 1].code() == nl,
            Assertion::TextEnd => pos == end,
            Assertion::LineEnd(false) => pos == end || (pos + 1 == end && text[pos].code() == nl),
            Assertion::LineEnd(true) => pos == end || text[pos].code() == nl,
            Assertion::WordBoundary(ascii) | Assertion::NotWordBoundary(ascii) => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && chars::is_word(text[pos - 1].code(), ascii);
                let after = pos < end && chars::is_word(text[pos].code(), ascii);
                (before != after) == matches!(a, Assertion::WordBoundary(_))
            }
        }
    }

    fn backref<T: Unit>(&self, group: usize, fold: bool, text: &[T], pos: usize) -> Option<usize> {
        let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
        if s == UNSET || e == UNSET || e < s {
            return None;
        }
        let len = e - s;
        if pos + len > text.len() {
            return None;
        }
        let ascii = self.prog.ascii_fold;
        let same = (0..len).all(|i| {
            let (a, b) = (text[s + i].code(), text[pos + i].code());
            a == b || (fold && chars::fold(a, ascii) == chars::fold(b, ascii))
        });
        same.then_some(pos + len)
    }

    /// How many characters (up to `max`) `one` matches from `pos`.
    fn count_run<T: Unit>(&self, one: Single, text: &[T], pos: usize, max: u32) -> usize {
        let limit = if max == u32::MAX {
            text.len() - pos
        } else {
            (max as usize).min(text.len() - pos)
        };
        match one {
            Single::Any => limit,
            Single::Char(x) => text[pos..pos + limit]
                .iter()
                .position(|u| u.code() != x)
                .unwrap_or(limit),
            _ => {
                let mut n = 0;
                while n < limit && self.one(one, text, pos + n) {
                    n += 1;
                }
                n
            }
        }
    }

    /// One attempt at `start`. `search_start` is where the search began (for `must_advance`).
    fn run<T: Unit>(
        &mut self,
        text: &[T],
        start: usize,
        search_start: usize,
        full: bool,
        must_advance: bool,
    ) -> bool {
        let prog = self.prog;
        self.slots.fill(UNSET);
        self.lastindex = 0;
        self.stack.clear();
        let mut pc = 0;
        let mut pos = start;
        'outer: loop {
            // Run forward until failure.
            let failed = loop {
                match &prog.insts[pc] {
                    Inst::One(one) => {
                        if !self.one(*one, text, pos) {
                            break true;
                        }
                        pos += 1;
                        pc += 1;
                    }
                    Inst::Assert(a) => {
                        if !self.assert(*a, text, pos) {
                            break true;
                        }
                        pc += 1;
                    }
                    Inst::Split(a, b) => {
                        self.stack.push(Bt::Alt { pc: *b, pos });
                        pc = *a;
                    }
                    Inst::Jmp(t) => pc = *t,
                    Inst::Save(slot) => {
                        self.set_slot(*slot, pos);
                        pc += 1;
                    }
                    Inst::RepeatOne {
                        one,
                        min,
                        max,
                        kind,
                    } => {
                        let (one, min, max) = (*one, *min as usize, *max);
                        match kind {
                            RepeatKind::Lazy => {
                                if self.count_run(one, text, pos, min as u32) < min {
                                    break true;
                                }
                                pos += min;
                                if (min as u32) < max {
                                    self.stack.push(Bt::Lazy {
                                        pc,
                                        pos,
                                        count: min as u32,
                                    });
                                }
                            }
                            _ => {
                                let n = self.count_run(one, text, pos, max);
                                if n < min {
                                    break true;
                                }
                                if n > min && *kind == RepeatKind::Greedy {
                                    self.stack.push(Bt::Greedy {
                                        pc: pc + 1,
                                        min_pos: pos + min,
                                        pos: pos + n,
                                    });
                                }
                                pos += n;
                            }
                        }
                        pc += 1;
                    }
                    Inst::RepInit(reg) => {
                        self.set_reg(*reg, 0);
                        self.set_reg(*reg + 1, UNSET);
                        pc += 1;
                    }
                    Inst::RepCheck {
                        reg,
                        min,
                        max,
                        greedy,
                        body,
                        exit,
                    } => {
                        let count = self.regs[*reg];
                        if count < *min as usize {
                            pc = *body;
                        } else if (*max != u32::MAX && count >= *max as usize)
                            || pos == self.regs[*reg + 1]
                        {
                            pc = *exit;
                        } else if *greedy {
                            self.stack.push(Bt::Alt { pc: *exit, pos });
                            pc = *body;
                        } else {
                            self.stack.push(Bt::Alt { pc: *body, pos });
                            pc = *exit;
                        }
                    }
                    Inst::RepBody { reg, min } => {
                        if self.regs[*reg] >= *min as usize {
                            self.set_reg(*reg + 1, pos);
                        }
                        pc += 1;
                    }
                    Inst::RepIncr { reg, check } => {
                        let c = self.regs[*reg];
                        self.set_reg(*reg, c + 1);
                        pc = *check;
                    }
                    Inst::LookStart {
                        behind,
                        negate,
                        end,
                    } => match behind {
                        Some(w) if pos < *w => {
                            if *negate {
                                pc = *end;
                            } else {
                                break true;
                            }
                        }
                        _ => {
                            self.stack.push(Bt::Look { pc, pos });
                            pos -= behind.unwrap_or(0);
                            pc += 1;
                        }
                    },
                    Inst::LookEnd => {
                        let Some(Bt::Look {
                            pc: look_pc,
                            pos: look_pos,
                        }) = self
                            .stack
                            .iter()
                            .rev()
                            .find(|e| matches!(e, Bt::Look { .. }))
                            .copied()
                        else {
                            break true;
                        };
                        let Inst::LookStart {
                            behind,
                            negate,
                            end,
                        } = &prog.insts[look_pc]
                        else {
                            break true;
                        };
                        if behind.is_some() && pos != look_pos {
                            break true;
                        }
                        if *negate {
                            self.unwind_look();
                            break true;
                        }
                        self.cut_to(|e| matches!(e, Bt::Look { .. }));
                        pos = look_pos;
                        pc = *end;
                    }
                    Inst::AtomicStart => {
                        self.stack.push(Bt::Atomic);
                        pc += 1;
                    }
                    Inst::AtomicEnd => {
                        self.cut_to(|e| matches!(e, Bt::Atomic));
                        pc += 1;
                    }
                    Inst::Backref { group, fold } => match self.backref(*group, *fold, text, pos) {
                        Some(p) => {
                            pos = p;
                            pc += 1;
                        }
                        None => break true,
                    },
                    Inst::CondGroup { group, no } => {
                        let matched =
                            self.slots[2 * group] != UNSET && self.slots[2 * group + 1] != UNSET;
                        pc = if matched { pc + 1 } else { *no };
                    }
                    Inst::Match => {
                        if (full && pos != text.len()) || (must_advance && pos == search_start) {
                            break true;
                        }
                        self.slots[0] = start;
                        self.slots[1] = pos;
                        break false;
                    }
                }
            };
            if !failed {
                return true;
            }
            // Backtrack to the most recent choice point.
            loop {
                let Some(e) = self.stack.pop() else {
                    return false;
                };
                match e {
                    Bt::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        continue 'outer;
                    }
                    Bt::Greedy {
                        pc: p,
                        min_pos,
                        pos: q,
                    } => {
                        let mut q = q - 1;
                        // Give back characters until the next literal can match.
                        if let Inst::One(Single::Char(c)) = prog.insts[p] {
                            while q > min_pos && text.get(q).map(|u| u.code()) != Some(c) {
                                q -= 1;
                            }
                        }
                        if q > min_pos {
                            self.stack.push(Bt::Greedy {
                                pc: p,
                                min_pos,
                                pos: q,
                            });
                        }
                        pc = p;
                        pos = q;
                        continue 'outer;
                    }
                    Bt::Lazy {
                        pc: p,
                        pos: q,
                        count,
                    } => {
                        let Inst::RepeatOne { one, max, .. } = prog.insts[p] else {
                            continue;
                        };
                        if !self.one(one, text, q) {
                            continue;
                        }
                        if count + 1 < max {
                            self.stack.push(Bt::Lazy {
                                pc: p,
                                pos: q + 1,
                                count: count + 1,
                            });
                        }
                        pc = p + 1;
                        pos = q + 1;
                        continue 'outer;
                    }
                    Bt::Look { pc: p, pos: q } => {
                        // The look-around's body failed.
                        if let Inst::LookStart {
                            negate: true, end, ..
                        } = prog.insts[p]
                        {
                            pc = end;
                            pos = q;
                            continue 'outer;
                        }
                    }
                    Bt::Atomic => {}
                    undo => self.undo(undo),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::re::{compile, parse};

    fn prog(p: &str) -> Program {
        let src: Vec<u32> = p.chars().map(|c| c as u32).collect();
        let parsed = parse::parse(&src, false, 0).expect("pattern parses");
        compile::compile(&parsed.node, parsed.groups, false)
    }

    /// The spans of every group of the first match of `p` in `s`, as CPython prints them.
    fn search(p: &str, s: &str) -> Option<Vec<Option<(usize, usize)>>> {
        let prog = prog(p);
        let text: Vec<u32> = s.chars().map(|c| c as u32).collect();
        let mut m = Matcher::new(&prog);
        if !m.find(&text, 0, text.len(), Mode::Search, false) {
            return None;
        }
        Some(
            m.slots
                .chunks(2)
                .map(|c| (c[0] != UNSET).then_some((c[0], c[1])))
                .collect(),
        )
    }

    fn span(p: &str, s: &str) -> Option<(usize, usize)> {
        search(p, s).and_then(|g| g[0])
    }

    #[test]
    fn leftmost_first() {
        assert_eq!(span("a|ab", "ab"), Some((0, 1)));
        assert_eq!(span("(a|ab)(c|bcd)", "abcd"), Some((0, 4)));
        assert_eq!(span("x*", "abc"), Some((0, 0)));
        assert_eq!(span("b+", "abbbc"), Some((1, 4)));
        assert_eq!(span("a.*c", "abcabc"), Some((0, 6)));
        assert_eq!(span("a.*?c", "abcabc"), Some((0, 3)));
        assert_eq!(span("a{2,3}", "aaaa"), Some((0, 3)));
        assert_eq!(span("a{2,3}?", "aaaa"), Some((0, 2)));
    }

    #[test]
    fn captures_keep_last_iteration() {
        assert_eq!(search("(a|b)*", "abab").unwrap()[1], Some((3, 4)));
        assert_eq!(search("(?:(a)|b)*", "ab").unwrap()[1], Some((0, 1)));
        assert_eq!(search("(a|)*", "aa").unwrap()[1], Some((2, 2)));
        // The first `min` iterations do not count for the empty-iteration check.
        assert_eq!(search("(a??){1,2}b", "ab").unwrap()[1], Some((0, 1)));
    }

    #[test]
    fn lookaround_backref_atomic() {
        assert_eq!(span("foo(?=bar)", "foobaz foobar"), Some((7, 10)));
        assert_eq!(span("foo(?!bar)", "foobar foobaz"), Some((7, 10)));
        assert_eq!(span("(?<=\\$)\\d+", "cost $42"), Some((6, 8)));
        assert_eq!(span("(?<!\\$)\\b\\d+", "$42 17"), Some((4, 6)));
        assert_eq!(span("(\\w)\\1", "abccd"), Some((2, 4)));
        assert_eq!(span("(?>a+)b", "aaab"), Some((0, 4)));
        assert_eq!(span("(?>a+)a", "aaaa"), None);
        assert_eq!(span("a++a", "aaaa"), None);
        assert_eq!(span("(a)?(?(1)b|c)", "c"), Some((0, 1)));
    }

    #[test]
    fn long_subjects_do_not_overflow() {
        let s = "ab".repeat(100_000);
        assert_eq!(span("(a|b)*", &s), Some((0, 200_000)));
        assert_eq!(span("(?:ab)+$", &s), Some((0, 200_000)));
    }
}
