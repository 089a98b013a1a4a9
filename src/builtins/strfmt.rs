//! `%`-formatting and `str.format` on Python values, built on the `format` library.

use std::rc::Rc;

use crate::format::{
    self, ArgSource, FieldAccess, FieldFirst, FieldNumbering, FmtError, FormatPiece, PercentArgs,
    PercentNeed, PercentValue,
};
use crate::objects::*;
use crate::vm::Vm;

struct VmArgs<'a> {
    vm: &'a mut Vm,
    args: Value,
    err: Option<PyErr>,
}

impl VmArgs<'_> {
    fn pick(&mut self, source: ArgSource<'_>) -> Result<Value, FmtError> {
        match source {
            ArgSource::Whole => Ok(self.args.clone()),
            ArgSource::Positional(i) => match &self.args {
                Value::Tuple(t) => Ok(t.0.get(i).cloned().unwrap_or_default()),
                other => Ok(other.clone()),
            },
            ArgSource::Key(k) => {
                let key = Value::str(k);
                let args = self.args.clone();
                match self.vm.get_item(&args, &key) {
                    Ok(v) => Ok(v),
                    Err(e) => {
                        self.err = Some(e);
                        Err(FmtError::value("key lookup failed"))
                    }
                }
            }
        }
    }

    fn fail(&mut self, e: PyErr) -> FmtError {
        self.err = Some(e);
        FmtError::value("conversion failed")
    }
}

impl PercentArgs for VmArgs<'_> {
    fn tuple_len(&self) -> Option<usize> {
        match &self.args {
            Value::Tuple(t) => Some(t.0.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        // CPython asks whether the operand supports subscripting at all, so a list counts.
        match &self.args {
            Value::Dict(_)
            | Value::List(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_) => true,
            Value::Instance(i) => {
                i.class().lookup(&PyStr::new("__getitem__")).is_some()
                    || matches!(&i.payload, Payload::Builtin(b) if matches!(&*b.borrow(), Value::Dict(_)))
            }
            _ => false,
        }
    }

    fn convert(
        &mut self,
        source: ArgSource<'_>,
        need: PercentNeed,
    ) -> Result<PercentValue, FmtError> {
        let v = self.pick(source)?;
        let r = match need {
            PercentNeed::Str => self.vm.to_str(&v).map(PercentValue::Text),
            PercentNeed::Repr => self.vm.repr(&v).map(PercentValue::Text),
            PercentNeed::Ascii => self
                .vm
                .repr(&v)
                .map(|r| PercentValue::Text(super::ascii_escape(&r))),
            PercentNeed::Int | PercentNeed::Index | PercentNeed::Star | PercentNeed::Char => {
                match &v {
                    Value::Int(i) => Ok(PercentValue::SmallInt(*i)),
                    Value::Bool(b) => Ok(PercentValue::SmallInt(i64::from(b.get()))),
                    Value::BigInt(_) => Ok(PercentValue::Int(
                        crate::vm::ops::to_bigint(&v).unwrap_or_default(),
                    )),
                    Value::Float(_) if need == PercentNeed::Int => {
                        // int() of the float: NaN and infinities raise as there.
                        super::functions::int_of(self.vm, &v).map(|i| {
                            PercentValue::Int(crate::vm::ops::to_bigint(&i).unwrap_or_default())
                        })
                    }
                    Value::Str(s) if need == PercentNeed::Char => {
                        Ok(PercentValue::Text(s.as_str().to_string()))
                    }
                    Value::Instance(_) if need == PercentNeed::Int => {
                        match percent_d_int(self.vm, &v) {
                            Ok(Some(b)) => Ok(PercentValue::Int(b)),
                            Ok(None) => Ok(PercentValue::WrongType(self.vm.type_name(&v))),
                            Err(e) => Err(e),
                        }
                    }
                    Value::Instance(_) => match self.vm.to_index(&v) {
                        Ok(i) => Ok(PercentValue::Int(i.into())),
                        Err(_) => Ok(PercentValue::WrongType(self.vm.type_name(&v))),
                    },
                    _ => Ok(PercentValue::WrongType(self.vm.type_name(&v))),
                }
            }
            PercentNeed::Float => match &v {
                Value::Float(f) => Ok(PercentValue::Float(f.get())),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
                    match self.vm.to_f64(&v) {
                        Ok(f) => Ok(PercentValue::Float(f)),
                        Err(_) => Ok(PercentValue::WrongType(self.vm.type_name(&v))),
                    }
                }
                _ => Ok(PercentValue::WrongType(self.vm.type_name(&v))),
            },
        };
        r.map_err(|e| self.fail(e))
    }
}

/// The int `%d` formats for an instance, as CPython finds it: any number (something with
/// `__index__`, `__int__` or `__float__`) goes through `int()`. `None` for the wrong type (not
/// a number, or `int()` raised TypeError); other errors propagate.
pub(crate) fn percent_d_int(vm: &mut Vm, v: &Value) -> PyResult<Option<num_bigint::BigInt>> {
    let Value::Instance(i) = v else {
        return Ok(None);
    };
    let numeric = ["__index__", "__int__", "__float__"]
        .iter()
        .any(|m| i.class().lookup(&PyStr::new(m)).is_some());
    if !numeric {
        return Ok(None);
    }
    match super::ctors::int_new(vm, &Args::new(std::slice::from_ref(v))) {
        Ok(r) => {
            let r = crate::vm::ops::unwrap_builtin(&r).unwrap_or(r);
            Ok(crate::vm::ops::to_bigint(&r))
        }
        Err(e) if vm.exc_matches(&e, &vm.types.type_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `fmt % args`.
pub fn percent(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    // An instance of a tuple subclass supplies its items, as a tuple does.
    let args = match crate::vm::ops::unwrap_builtin(args) {
        Some(t @ Value::Tuple(_)) => t,
        _ => args.clone(),
    };
    let mut a = VmArgs {
        vm,
        args,
        err: None,
    };
    match format::percent_format(fmt, &mut a) {
        Ok(s) => Ok(s),
        Err(e) => {
            if let Some(err) = a.err.take() {
                return Err(err);
            }
            Err(a.vm.fmt_error(e))
        }
    }
}

/// Where a `str.format` template finds its fields.
#[derive(Clone, Copy)]
pub enum FormatArgs<'a> {
    /// `template.format(*args, **kwargs)`.
    Call(&'a [Value], &'a [(Rc<PyStr>, Value)]),
    /// `template.format_map(mapping)`: names looked up with `mapping[name]` (so `__missing__`
    /// applies); positional fields are an error.
    Map(&'a Value),
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
    depth: usize,
) -> PyResult<String> {
    let mut numbering = FieldNumbering::new();
    format_with(
        vm,
        template,
        FormatArgs::Call(args, kwargs),
        depth,
        &mut numbering,
    )
}

/// `template.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: &Value) -> PyResult<String> {
    let mut numbering = FieldNumbering::new();
    format_with(vm, template, FormatArgs::Map(mapping), 0, &mut numbering)
}

/// Formats one template; nested specs share the automatic field numbering.
fn format_with(
    vm: &mut Vm,
    template: &str,
    fields: FormatArgs<'_>,
    depth: usize,
    numbering: &mut FieldNumbering,
) -> PyResult<String> {
    if depth > 1 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(template.len() + 16);
    let syntax_error = format::for_each_piece(template, |piece| match piece {
        FormatPiece::Literal(s) => {
            out.push_str(s);
            Ok(())
        }
        FormatPiece::Field {
            name,
            conversion,
            spec,
        } => {
            let idx = numbering
                .resolve(&name.first)
                .map_err(|e| vm.fmt_error(e))?;
            let mut v = match (fields, &name.first, idx) {
                (FormatArgs::Map(_), _, Some(_)) => {
                    return Err(vm.value_error("Format string contains positional fields"));
                }
                (FormatArgs::Call(args, _), _, Some(i)) => match args.get(i) {
                    Some(v) => v.clone(),
                    None => return Err(vm.fmt_error(format::format_index_error(i))),
                },
                (FormatArgs::Call(_, kwargs), FieldFirst::Keyword(k), None) => {
                    match kwargs.iter().find(|(n, _)| n.as_str() == *k) {
                        Some((_, v)) => v.clone(),
                        None => return Err(vm.key_error(Value::str(k))),
                    }
                }
                (FormatArgs::Map(m), FieldFirst::Keyword(k), None) => {
                    vm.get_item(m, &Value::str(k))?
                }
                _ => Value::None,
            };
            for acc in &name.rest {
                v = match acc {
                    FieldAccess::Attr(a) => vm.get_attr_str(&v, a)?,
                    FieldAccess::Index(i) => vm.get_item(&v, &Value::Int(*i as i64))?,
                    FieldAccess::Key(k) => vm.get_item(&v, &Value::str(k))?,
                };
            }
            if let Some(e) = name.error {
                return Err(vm.fmt_error(e));
            }
            if let Some(c) = conversion {
                format::check_conversion(c).map_err(|e| vm.fmt_error(e))?;
            }
            let v = match conversion {
                Some('r') => Value::string(vm.repr(&v)?),
                Some('s') => vm.to_str_value(&v)?,
                Some('a') => {
                    let r = vm.repr(&v)?;
                    Value::string(super::ascii_escape(&r))
                }
                _ => v,
            };
            // An exact str with no spec is itself: the common `"{} {}".format(a, b)`.
            if let (Value::Str(text), "") = (&v, spec) {
                out.push_str(text.as_str());
                return Ok(());
            }
            if spec.contains('{') {
                let spec = format_with(vm, spec, fields, depth + 1, numbering)?;
                out.push_str(&vm.format_value(&v, &spec)?);
            } else {
                out.push_str(&vm.format_value(&v, spec)?);
            }
            Ok(())
        }
    })?;
    if let Some(e) = syntax_error {
        return Err(vm.fmt_error(e));
    }
    Ok(out)
}
