//! `pyseal dis`: a readable listing of a code image.

use std::fmt::Write;

use super::image::{CodeRecord, ImageError, code_count, word_at};
use super::{BinOp, CmpOp, Const, Op, decode};

/// Disassembles every code object of an image.
pub fn disassemble(image: &[u8]) -> Result<String, ImageError> {
    let mut out = String::new();
    for index in 0..code_count(image)? {
        let rec = CodeRecord::parse(image, index)?;
        if index > 0 {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "Disassembly of code {index} <{}> ({}, line {}):",
            rec.qualname, rec.filename, rec.firstlineno
        );
        let _ = writeln!(
            out,
            "  args {} posonly {} kwonly {} flags 0x{:x} stack {}",
            rec.argcount, rec.posonlyargcount, rec.kwonlyargcount, rec.flags, rec.stacksize
        );
        let runs = rec.line_runs(image);
        for i in 0..rec.code_len {
            let (op, arg) = decode(word_at(image, rec.code_start, i));
            let line = runs
                .iter()
                .find(|(start, _)| *start == i as u32)
                .map(|(_, l)| format!("{l:>5}"))
                .unwrap_or_else(|| "     ".into());
            let Some(op) = op else {
                let _ = writeln!(out, "{line} {i:>6} <bad opcode>");
                continue;
            };
            let detail = describe(&rec, op, arg);
            let _ = writeln!(out, "{line} {i:>6} {:<20} {arg:>5} {detail}", op.name());
        }
        let entries: Vec<_> = rec.exc_entries(image).collect();
        if !entries.is_empty() {
            let _ = writeln!(out, "ExceptionTable:");
            for e in entries {
                let _ = writeln!(
                    out,
                    "  {} to {} -> {} [{}]{}",
                    e.start,
                    e.end,
                    e.target,
                    e.depth,
                    if e.push_lasti { " lasti" } else { "" }
                );
            }
        }
    }
    Ok(out)
}

fn describe(rec: &CodeRecord, op: Op, arg: u32) -> String {
    let a = arg as usize;
    match op {
        Op::LoadConst => rec.consts.get(a).map(const_text).unwrap_or_default(),
        Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::LoadGlobal
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::LoadSuperMethod
        | Op::ImportName
        | Op::ImportFrom => format!("({})", rec.names.get(a).map(String::as_str).unwrap_or("?")),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast | Op::LoadFastChecked => {
            format!(
                "({})",
                rec.varnames.get(a).map(String::as_str).unwrap_or("?")
            )
        }
        Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref => {
            let name = if a < rec.cellvars.len() {
                rec.cellvars.get(a)
            } else {
                rec.freevars.get(a - rec.cellvars.len())
            };
            format!("({})", name.map(String::as_str).unwrap_or("?"))
        }
        Op::BinaryOp | Op::InplaceOp => BinOp::from_arg(arg)
            .map(|b| {
                format!(
                    "({}{})",
                    b.symbol(),
                    if op == Op::InplaceOp { "=" } else { "" }
                )
            })
            .unwrap_or_default(),
        Op::CompareOp => CmpOp::from_arg(arg)
            .map(|c| format!("({})", c.symbol()))
            .unwrap_or_default(),
        Op::Jump
        | Op::JumpBackward
        | Op::PopJumpIfFalse
        | Op::PopJumpIfTrue
        | Op::JumpIfFalseOrPop
        | Op::JumpIfTrueOrPop
        | Op::PopJumpIfNone
        | Op::PopJumpIfNotNone
        | Op::ForIter
        | Op::Send => format!("(to {arg})"),
        _ => String::new(),
    }
}

fn const_text(c: &Const) -> String {
    match c {
        Const::None => "(None)".into(),
        Const::Bool(b) => format!("({})", if *b { "True" } else { "False" }),
        Const::Ellipsis => "(Ellipsis)".into(),
        Const::Int(i) => format!("({i})"),
        Const::BigInt(s) => format!("({s})"),
        Const::Float(f) => format!("({f:?})"),
        Const::Complex(r, i) => format!("(({r}+{i}j))"),
        Const::Str(s) => format!("({s:?})"),
        Const::Bytes(b) => format!("(b{:?})", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let parts: Vec<_> = items.iter().map(const_text).collect();
            format!("(tuple {})", parts.join(" "))
        }
        Const::Code(i) => format!("(code {i})"),
    }
}
