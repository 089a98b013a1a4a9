//! Instruction set and code images.
//!
//! The compiler produces one [`image::ImageBuilder`] per module; its bytes are the only
//! representation of compiled code the VM executes from. The image is immutable once built: the
//! VM reads instructions, line tables and exception tables straight from it and keeps every
//! piece of mutable state (materialised constants, inline caches) in side tables of its own.

pub mod dis;
pub mod image;

macro_rules! opcodes {
    ($($name:ident),* $(,)?) => {
        /// One instruction is a little-endian `u32`: the opcode in the low byte, a 24-bit
        /// argument above it. Jump arguments are absolute instruction indices.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op {
            $($name,)*
            /// Never in an image (the verifier rejects its byte): what [`DISPATCH`] gives for
            /// bytes no instruction uses.
            Invalid,
        }

        const OP_TABLE: &[Op] = &[$(Op::$name),*];
        const OP_NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Opcode byte to instruction for the eval loop: a 256-entry table, so dispatch needs
        /// neither a bounds check nor an `Option` test.
        pub const DISPATCH: [Op; 256] = {
            let mut t = [Op::Invalid; 256];
            let mut i = 0;
            while i < OP_TABLE.len() {
                t[i] = OP_TABLE[i];
                i += 1;
            }
            t
        };

        impl Op {
            /// Decodes an opcode byte; `None` for bytes no instruction uses.
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Op> {
                OP_TABLE.get(b as usize).copied()
            }

            pub fn name(self) -> &'static str {
                OP_NAMES.get(self as usize).copied().unwrap_or("Invalid")
            }
        }
    };
}

opcodes! {
    Nop,
    // stack manipulation
    PopTop, Copy, Swap,
    // constants and variables
    LoadConst, LoadFast, StoreFast, DeleteFast, LoadFastChecked,
    LoadDeref, StoreDeref, DeleteDeref, LoadClosure, LoadClassDeref,
    LoadName, StoreName, DeleteName,
    LoadGlobal, StoreGlobal, DeleteGlobal,
    LoadAttr, StoreAttr, DeleteAttr, LoadMethod, CallMethod, LoadSuperMethod,
    BinarySubscr, StoreSubscr, DeleteSubscr,
    // operators
    BinaryOp, InplaceOp, UnaryNeg, UnaryPos, UnaryInvert, UnaryNot, CompareOp, IsOp, ContainsOp,
    // control flow
    Jump, JumpBackward, PopJumpIfFalse, PopJumpIfTrue, JumpIfFalseOrPop, JumpIfTrueOrPop,
    PopJumpIfNone, PopJumpIfNotNone,
    GetIter, ForIter,
    // building
    BuildTuple, BuildList, BuildSet, BuildMap, BuildConstKeyMap, BuildString, BuildSlice,
    ListAppend, SetAdd, MapAdd, ListExtend, SetUpdate, DictUpdate, DictMerge, ListToTuple,
    FormatValue, UnpackSequence, UnpackEx,
    // calls and functions
    CallFunction, CallFunctionKw, CallFunctionEx, MakeFunction, ReturnValue,
    LoadBuildClass,
    // exceptions
    Raise, Reraise, PushExcInfo, PopExcept, CheckExcMatch, LoadAssertionError,
    BeforeWith, WithExceptStart,
    // generators
    YieldValue, GetYieldFromIter, Send,
    // imports
    ImportName, ImportFrom, ImportStar,
    // pattern matching
    MatchClass, MatchMapping, MatchSequence, MatchKeys, GetLen, CopyDictWithoutKeys,
    // annotations
    SetupAnnotations,
    // except* (PEP 654)
    CheckEgMatch, PrepReraiseStar,
    // a decorated def or class: its decorators run between these two
    BeginDefinition, EndDefinition,
}

/// Argument of `BinaryOp` / `InplaceOp`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    pub fn from_arg(a: u32) -> Option<BinOp> {
        Self::ALL.get(a as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// Names of the forward, reflected and in-place special methods.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Argument of `CompareOp`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_arg(a: u32) -> Option<CmpOp> {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ]
        .get(a as usize)
        .copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operator tried on the right operand when the left one does not know.
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// `MakeFunction` argument flags: which optional parts are on the stack.
pub mod make_fn {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// `FormatValue` argument: conversion in the low two bits, spec flag above.
pub mod format_flags {
    pub const CONV_MASK: u32 = 3;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}

/// Code flags, CPython's values where they exist so `co_flags` reads the same.
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
}

/// A constant as the compiler knows it and the image stores it.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// Decimal digits of an integer that does not fit in `i64`.
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    /// Index of a code object in the same image.
    Code(u32),
}

/// One entry of a code object's exception table: instructions `start..end` are covered by
/// the handler at `target`, entered with the value stack cut to `depth` entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    /// Push the offset of the raising instruction below the exception (for re-raise).
    pub push_lasti: bool,
}

/// Encodes one instruction word.
#[inline(always)]
pub fn encode(op: Op, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24));
    (op as u32) | (arg << 8)
}

/// Decodes one instruction word; unknown opcodes decode as `None`.
#[inline(always)]
pub fn decode(word: u32) -> (Option<Op>, u32) {
    (Op::from_u8((word & 0xff) as u8), word >> 8)
}

/// Largest argument one instruction can carry.
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// Stack effect of an instruction on the fall-through path (or the branch, for jumps).
pub fn stack_effect(op: Op, arg: u32, branch: bool) -> i32 {
    let a = arg as i32;
    match op {
        Op::Nop
        | Op::Swap
        | Op::Jump
        | Op::JumpBackward
        | Op::Invalid
        | Op::BeginDefinition
        | Op::EndDefinition => 0,
        Op::PopTop => -1,
        Op::Copy => 1,
        Op::LoadConst
        | Op::LoadFast
        | Op::LoadFastChecked
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadClassDeref
        | Op::LoadName
        | Op::LoadGlobal
        | Op::LoadBuildClass
        | Op::LoadAssertionError => 1,
        Op::StoreFast | Op::StoreDeref | Op::StoreName | Op::StoreGlobal => -1,
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteName | Op::DeleteGlobal => 0,
        Op::LoadAttr => 0,
        Op::StoreAttr => -2,
        Op::DeleteAttr => -1,
        Op::LoadMethod => 1,
        Op::LoadSuperMethod => 0,
        Op::CallMethod => -a - 1,
        Op::BinarySubscr => -1,
        Op::StoreSubscr => -3,
        Op::DeleteSubscr => -2,
        Op::BinaryOp | Op::InplaceOp | Op::CompareOp | Op::IsOp | Op::ContainsOp => -1,
        Op::UnaryNeg | Op::UnaryPos | Op::UnaryInvert | Op::UnaryNot => 0,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => -1,
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
            if branch {
                0
            } else {
                -1
            }
        }
        Op::GetIter | Op::GetYieldFromIter => 0,
        Op::ForIter => {
            if branch {
                -1
            } else {
                1
            }
        }
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString | Op::BuildSlice => 1 - a,
        Op::BuildMap => 1 - 2 * a,
        Op::BuildConstKeyMap => -a,
        Op::ListAppend | Op::SetAdd => -1,
        Op::MapAdd => -2,
        Op::ListExtend | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => -1,
        Op::ListToTuple => 0,
        Op::FormatValue => {
            if arg & format_flags::HAS_SPEC != 0 {
                -1
            } else {
                0
            }
        }
        Op::UnpackSequence => a - 1,
        Op::UnpackEx => (a & 0xff) + (a >> 8),
        Op::CallFunction => -a,
        Op::CallFunctionKw => -a - 1,
        Op::CallFunctionEx => -1 - (a & 1),
        Op::MakeFunction => -(arg.count_ones() as i32),
        Op::ReturnValue => -1,
        Op::Raise => -a,
        Op::Reraise => -1,
        Op::PushExcInfo => 1,
        Op::PopExcept => -1,
        Op::CheckExcMatch => 0,
        Op::BeforeWith => 1,
        Op::WithExceptStart => 1,
        Op::YieldValue => 0,
        Op::Send => {
            if branch {
                -1
            } else {
                0
            }
        }
        Op::ImportName => -1,
        Op::ImportFrom => 1,
        Op::ImportStar => -1,
        Op::MatchClass => -2,
        Op::MatchMapping | Op::MatchSequence | Op::MatchKeys | Op::GetLen => 1,
        Op::CopyDictWithoutKeys => 0,
        Op::SetupAnnotations => 0,
        Op::CheckEgMatch => 0,
        Op::PrepReraiseStar => -1,
    }
}

/// How many values an instruction needs on the operand stack before it runs: the most it
/// pops or reads below the top. The verifier proves every reachable instruction has at least
/// this many, which is what lets the eval loop pop without checking.
pub fn stack_needs(op: Op, arg: u32) -> u32 {
    let popcount = |n: u32| n.count_ones();
    match op {
        Op::Nop
        | Op::EndDefinition
        | Op::Jump
        | Op::JumpBackward
        | Op::Invalid
        | Op::LoadConst
        | Op::LoadFast
        | Op::LoadFastChecked
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadClassDeref
        | Op::LoadName
        | Op::LoadGlobal
        | Op::LoadBuildClass
        | Op::LoadAssertionError
        | Op::DeleteFast
        | Op::DeleteDeref
        | Op::DeleteName
        | Op::DeleteGlobal
        | Op::LoadSuperMethod
        | Op::SetupAnnotations => 0,
        Op::Copy | Op::Swap => arg,
        Op::PopTop
        | Op::StoreFast
        | Op::StoreDeref
        | Op::StoreName
        | Op::StoreGlobal
        | Op::LoadAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::UnaryNeg
        | Op::UnaryPos
        | Op::UnaryInvert
        | Op::UnaryNot
        | Op::PopJumpIfFalse
        | Op::PopJumpIfTrue
        | Op::PopJumpIfNone
        | Op::PopJumpIfNotNone
        | Op::JumpIfFalseOrPop
        | Op::JumpIfTrueOrPop
        | Op::GetIter
        | Op::GetYieldFromIter
        | Op::ForIter
        | Op::ListToTuple
        | Op::UnpackSequence
        | Op::UnpackEx
        | Op::ReturnValue
        | Op::Reraise
        | Op::PushExcInfo
        | Op::PopExcept
        | Op::BeforeWith
        | Op::YieldValue
        | Op::ImportFrom
        | Op::ImportStar
        | Op::MatchMapping
        | Op::MatchSequence
        | Op::GetLen
        | Op::BeginDefinition => 1,
        Op::StoreAttr
        | Op::BinarySubscr
        | Op::DeleteSubscr
        | Op::BinaryOp
        | Op::InplaceOp
        | Op::CompareOp
        | Op::IsOp
        | Op::ContainsOp
        | Op::CheckExcMatch
        | Op::Send
        | Op::ImportName
        | Op::MatchKeys
        | Op::CopyDictWithoutKeys
        | Op::CheckEgMatch
        | Op::PrepReraiseStar => 2,
        Op::StoreSubscr | Op::MatchClass | Op::WithExceptStart => 3,
        Op::CallMethod | Op::CallFunctionKw => arg.saturating_add(2),
        Op::CallFunction => arg.saturating_add(1),
        Op::CallFunctionEx => 2 + (arg & 1),
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString | Op::BuildSlice => arg,
        Op::BuildMap => arg.saturating_mul(2),
        Op::BuildConstKeyMap => arg.saturating_add(1),
        Op::ListAppend | Op::SetAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate => {
            arg.saturating_add(1)
        }
        Op::DictMerge => arg.saturating_add(1),
        Op::MapAdd => arg.saturating_add(2),
        Op::FormatValue => {
            if arg & format_flags::HAS_SPEC != 0 {
                2
            } else {
                1
            }
        }
        Op::MakeFunction => 1 + popcount(arg),
        Op::Raise => arg,
    }
}
