//! [`Node`] tree -> [`Program`]: a flat instruction list for the backtracking matcher in
//! `exec.rs`. Never sees subject strings.

use super::chars;
use super::parse::{Assertion, ClassItem, ClassSet, Node, RepeatKind};

/// A matcher of exactly one character.
#[derive(Clone, Copy, Debug)]
pub enum Single {
    Char(u32),
    /// Matches characters whose fold is this (already folded) value.
    CharFold(u32),
    Any,
    AnyNoNewline,
    Set(usize),
}

#[derive(Clone, Debug)]
pub enum Inst {
    One(Single),
    Assert(Assertion),
    /// Try `.0` first; on failure resume at `.1`.
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    /// A quantified single-character matcher: no per-iteration state on the stack.
    RepeatOne {
        one: Single,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    /// Starts a general repeat: count register `reg`, last-iteration start `reg + 1`.
    RepInit(usize),
    RepCheck {
        reg: usize,
        min: u32,
        max: u32,
        greedy: bool,
        body: usize,
        exit: usize,
    },
    /// Starts an iteration; records where, for the empty-iteration check, unless the
    /// iteration is one of the first `min` (CPython records only optional ones).
    RepBody {
        reg: usize,
        min: u32,
    },
    RepIncr {
        reg: usize,
        check: usize,
    },
    LookStart {
        /// The look-behind's width, or `None` for a look-ahead.
        behind: Option<usize>,
        negate: bool,
        end: usize,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    Backref {
        group: usize,
        fold: bool,
    },
    /// Continue if `group` matched, else jump to `no`.
    CondGroup {
        group: usize,
        no: usize,
    },
    Match,
}

/// A character class ready for matching.
#[derive(Debug)]
pub struct CompiledSet {
    pub negated: bool,
    pub fold: bool,
    pub items: Vec<ClassItem>,
    /// Final answers (negation and case included) for the 128 ASCII characters.
    pub ascii_map: [u64; 2],
}

impl CompiledSet {
    fn new(set: &ClassSet, ascii_fold: bool) -> CompiledSet {
        let mut s = CompiledSet {
            negated: set.negated,
            fold: set.fold,
            items: set.items.clone(),
            ascii_map: [0; 2],
        };
        for c in 0..128u32 {
            if s.slow_matches(c, ascii_fold) {
                s.ascii_map[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        s
    }

    fn slow_matches(&self, c: u32, ascii_fold: bool) -> bool {
        let hit = if self.fold {
            chars::items_contain_folded(&self.items, c, ascii_fold)
        } else {
            chars::items_contain(&self.items, c)
        };
        hit != self.negated
    }

    #[inline]
    pub fn matches(&self, c: u32, ascii_fold: bool) -> bool {
        if c < 128 {
            self.ascii_map[(c / 64) as usize] & (1 << (c % 64)) != 0
        } else {
            self.slow_matches(c, ascii_fold)
        }
    }
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CompiledSet>,
    /// Capturing groups (group 0 not counted).
    pub groups: usize,
    pub regs: usize,
    /// Case folding is ASCII-only (bytes patterns, ASCII flag).
    pub ascii_fold: bool,
    /// Only the first start position can match (the pattern begins with `\A` or `^`).
    pub anchored: bool,
    /// A character every match must begin with (case-sensitive).
    pub first_char: Option<u32>,
    /// Group names and numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// The pattern's flags (as `Pattern.flags` shows them, before the Python layer's
    /// additions).
    pub flags: u32,
    /// FutureWarning messages of the pattern's parse, given each time it is compiled.
    pub warnings: Vec<String>,
}

/// Compiles a parsed pattern.
pub fn compile(node: &Node, groups: usize, ascii_fold: bool) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        regs: 0,
        ascii_fold,
    };
    c.emit_node(node);
    c.insts.push(Inst::Match);
    let (anchored, first_char) = analyse_start(&c.insts);
    Program {
        insts: c.insts,
        sets: c.sets,
        groups,
        regs: c.regs,
        ascii_fold,
        anchored,
        first_char,
        names: Vec::new(),
        flags: 0,
        warnings: Vec::new(),
    }
}

/// Finds what every match must start with, skipping group marks.
fn analyse_start(insts: &[Inst]) -> (bool, Option<u32>) {
    for inst in insts {
        match inst {
            Inst::Save(_) => continue,
            Inst::Assert(Assertion::TextStart) | Inst::Assert(Assertion::LineStart(false)) => {
                return (true, None);
            }
            Inst::One(Single::Char(c)) => return (false, Some(*c)),
            Inst::RepeatOne {
                one: Single::Char(c),
                min,
                ..
            } if *min > 0 => return (false, Some(*c)),
            _ => return (false, None),
        }
    }
    (false, None)
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CompiledSet>,
    regs: usize,
    ascii_fold: bool,
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn push(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.insts.len() - 1
    }

    /// The single-character matcher for `node`, if it is one.
    fn single(&mut self, node: &Node) -> Option<Single> {
        Some(match node {
            Node::Char { c, fold: false } => Single::Char(*c),
            Node::Char { c, fold: true } => {
                let f = chars::fold(*c, self.ascii_fold);
                let mut has_other = f != *c;
                chars::any_folding_to(f, self.ascii_fold, |_| {
                    has_other = true;
                    true
                });
                if has_other {
                    Single::CharFold(f)
                } else {
                    Single::Char(*c)
                }
            }
            Node::Any { dotall: true } => Single::Any,
            Node::Any { dotall: false } => Single::AnyNoNewline,
            Node::Set(set) => {
                self.sets.push(CompiledSet::new(set, self.ascii_fold));
                Single::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn emit_node(&mut self, node: &Node) {
        if let Some(one) = self.single(node) {
            self.push(Inst::One(one));
            return;
        }
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {}
            Node::Cat(items) => {
                for n in items {
                    self.emit_node(n);
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.push(Inst::Split(0, 0));
                        self.emit_node(b);
                        jumps.push(self.push(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit_node(b);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group { index, node } => {
                self.push(Inst::Save(2 * index));
                self.emit_node(node);
                self.push(Inst::Save(2 * index + 1));
            }
            Node::Repeat {
                node,
                min,
                max,
                kind,
            } => self.emit_repeat(node, *min, *max, *kind),
            Node::Assert(a) => {
                self.push(Inst::Assert(*a));
            }
            Node::Look {
                behind,
                negate,
                node,
                width,
            } => {
                let width = behind.then_some(*width);
                let start = self.push(Inst::LookStart {
                    behind: width,
                    negate: *negate,
                    end: 0,
                });
                self.emit_node(node);
                self.push(Inst::LookEnd);
                let end = self.pc();
                self.insts[start] = Inst::LookStart {
                    behind: width,
                    negate: *negate,
                    end,
                };
            }
            Node::Backref { group, fold } => {
                self.push(Inst::Backref {
                    group: *group,
                    fold: *fold,
                });
            }
            Node::Atomic(node) => {
                self.push(Inst::AtomicStart);
                self.emit_node(node);
                self.push(Inst::AtomicEnd);
            }
            Node::Cond { group, yes, no } => {
                let cond = self.push(Inst::CondGroup {
                    group: *group,
                    no: 0,
                });
                self.emit_node(yes);
                let jmp = self.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit_node(no);
                let end = self.pc();
                self.insts[cond] = Inst::CondGroup {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
        }
    }

    fn emit_repeat(&mut self, node: &Node, min: u32, max: u32, kind: RepeatKind) {
        if max == 0 {
            return;
        }
        if min == 1 && max == 1 {
            if kind == RepeatKind::Possessive {
                self.push(Inst::AtomicStart);
                self.emit_node(node);
                self.push(Inst::AtomicEnd);
            } else {
                self.emit_node(node);
            }
            return;
        }
        if let Some(one) = self.single(node) {
            self.push(Inst::RepeatOne {
                one,
                min,
                max,
                kind,
            });
            return;
        }
        if kind == RepeatKind::Possessive {
            self.push(Inst::AtomicStart);
            self.emit_repeat(node, min, max, RepeatKind::Greedy);
            self.push(Inst::AtomicEnd);
            return;
        }
        let greedy = kind == RepeatKind::Greedy;
        if min == 0 && max == 1 {
            let split = self.push(Inst::Split(0, 0));
            self.emit_node(node);
            let exit = self.pc();
            self.insts[split] = if greedy {
                Inst::Split(split + 1, exit)
            } else {
                Inst::Split(exit, split + 1)
            };
            return;
        }
        let reg = self.regs;
        self.regs += 2;
        self.push(Inst::RepInit(reg));
        let check = self.push(Inst::Jmp(0));
        self.push(Inst::RepBody { reg, min });
        self.emit_node(node);
        self.push(Inst::RepIncr { reg, check });
        let exit = self.pc();
        self.insts[check] = Inst::RepCheck {
            reg,
            min,
            max,
            greedy,
            body: check + 1,
            exit,
        };
    }
}
