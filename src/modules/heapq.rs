//! `_heapq`: binary heaps on plain lists (`heap[k] <= heap[2k+1]`, `heap[2k+2]`), the core of
//! `heapq.py`.
//!
//! Items are compared with `<` only, so user `__lt__` methods run and their exceptions
//! propagate. A comparison may run Python code that changes the list: every one is followed
//! by a size check ("list changed size during iteration"), and items are re-read by index
//! after it, never held across it as positions.

use std::rc::Rc;

use crate::builtins::args::{check, payload};
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapify", heapify),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("_heappop_max", heappop_max),
    ("_heapify_max", heapify_max),
    ("_heapreplace_max", heapreplace_max),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_heapq", FUNCS)
}

/// `a < b`, as the heap and bisect functions compare items.
pub(super) fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match quick_less(a, b) {
        Some(r) => Ok(r),
        None => crate::builtins::functions::less_than(vm, a, b),
    }
}

/// `a < b` when no Python code can run to decide it: ints, floats, strs, and tuples (the
/// common `(priority, item)` entries) whose first differing items are such. `None` when
/// the full protocol must decide (and perhaps raise).
fn quick_less(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x.get() < y.get()),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() < y.as_str()),
        (Value::Tuple(x), Value::Tuple(y)) => {
            // As tuple `<`: items equal by `==` (identity first) are skipped, the first
            // pair that differs decides, else the shorter tuple is less.
            for (p, q) in x.0.iter().zip(y.0.iter()) {
                if !crate::objects::dict::fast_eq(p, q)? {
                    return quick_less(p, q);
                }
            }
            Some(x.0.len() < y.0.len())
        }
        _ => None,
    }
}

/// The list behind a heap argument (a list or an instance of a subclass). The message
/// names it as `{name}() {what}`, formatted only on error (this runs on every push).
fn heap_arg(vm: &mut Vm, v: &Value, name: &str, what: &str) -> PyResult<Rc<List>> {
    match payload(v) {
        Value::List(l) => Ok(l),
        _ => {
            // Argument Clinic's wording: None is named as itself.
            let t = match v {
                Value::None => "None".to_string(),
                _ => vm.type_name(v),
            };
            Err(vm.type_error(format!("{name}() {what} must be list, not {t}")))
        }
    }
}

fn no_keywords(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")))
}

/// Arity check for the one-argument functions, worded as CPython words it.
fn one_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Rc<List>> {
    no_keywords(vm, a, name)?;
    if a.pos.len() != 1 {
        let n = a.pos.len();
        return Err(vm.type_error(format!(
            "_heapq.{name}() takes exactly one argument ({n} given)"
        )));
    }
    heap_arg(vm, &a.pos[0], name, "argument")
}

fn two_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Rc<List>> {
    no_keywords(vm, a, name)?;
    check(vm, name, a, 2, 2)?;
    heap_arg(vm, &a.pos[0], name, "argument 1")
}

fn item(l: &List, i: usize) -> Option<Value> {
    l.0.borrow().get(i).cloned()
}

fn changed_size(vm: &mut Vm) -> PyErr {
    vm.runtime_error("list changed size during iteration")
}

/// Which way the heap is ordered: smallest first, or (the `_max` helpers) largest first.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

impl Order {
    /// Whether `a` belongs nearer the root than `b`.
    fn before(self, vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
        match self {
            Order::Min => less(vm, a, b),
            Order::Max => less(vm, b, a),
        }
    }
}

/// Moves the item at `pos` toward the root (not above `start`) while it belongs before its
/// parent.
fn sift_toward_root(
    vm: &mut Vm,
    heap: &List,
    start: usize,
    mut pos: usize,
    order: Order,
) -> PyResult<()> {
    let size = heap.0.borrow().len();
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (Some(new), Some(parent)) = (item(heap, pos), item(heap, parent_pos)) else {
            return Err(changed_size(vm));
        };
        let before = order.before(vm, &new, &parent)?;
        let mut v = heap.0.borrow_mut();
        if v.len() != size {
            drop(v);
            return Err(changed_size(vm));
        }
        if !before {
            break;
        }
        v.swap(parent_pos, pos);
        pos = parent_pos;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the path of preferred children, then back up
/// to its place (fewer comparisons than stopping early).
fn sift_toward_leaves(vm: &mut Vm, heap: &List, mut pos: usize, order: Order) -> PyResult<()> {
    let end = heap.0.borrow().len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (Some(a), Some(b)) = (item(heap, child), item(heap, child + 1)) else {
                return Err(changed_size(vm));
            };
            if !order.before(vm, &a, &b)? {
                child += 1;
            }
            if heap.0.borrow().len() != end {
                return Err(changed_size(vm));
            }
        }
        heap.0.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_toward_root(vm, heap, start, pos, order)
}

fn heappush(vm: &mut Vm, a: Args) -> PyResult {
    let heap = two_args(vm, &a, "heappush")?;
    let last = {
        let mut v = heap.0.borrow_mut();
        v.push(a.pos[1].clone());
        v.len() - 1
    };
    sift_toward_root(vm, &heap, 0, last, Order::Min)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, heap: &List, order: Order) -> PyResult {
    let (last, rest) = {
        let mut v = heap.0.borrow_mut();
        match v.pop() {
            Some(last) => (last, v.len()),
            None => {
                drop(v);
                return Err(vm.index_error("index out of range"));
            }
        }
    };
    if rest == 0 {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.0.borrow_mut()[0], last);
    sift_toward_leaves(vm, heap, 0, order)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, a: Args) -> PyResult {
    let heap = one_arg(vm, &a, "heappop")?;
    pop(vm, &heap, Order::Min)
}

fn heappop_max(vm: &mut Vm, a: Args) -> PyResult {
    let heap = one_arg(vm, &a, "_heappop_max")?;
    pop(vm, &heap, Order::Max)
}

fn replace(vm: &mut Vm, heap: &List, new: Value, order: Order) -> PyResult {
    let top = {
        let mut v = heap.0.borrow_mut();
        match v.first_mut() {
            Some(slot) => std::mem::replace(slot, new),
            None => {
                drop(v);
                return Err(vm.index_error("index out of range"));
            }
        }
    };
    sift_toward_leaves(vm, heap, 0, order)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, a: Args) -> PyResult {
    let heap = two_args(vm, &a, "heapreplace")?;
    replace(vm, &heap, a.pos[1].clone(), Order::Min)
}

fn heapreplace_max(vm: &mut Vm, a: Args) -> PyResult {
    let heap = two_args(vm, &a, "_heapreplace_max")?;
    replace(vm, &heap, a.pos[1].clone(), Order::Max)
}

fn heappushpop(vm: &mut Vm, a: Args) -> PyResult {
    let heap = two_args(vm, &a, "heappushpop")?;
    let new = &a.pos[1];
    let Some(top) = item(&heap, 0) else {
        return Ok(new.clone());
    };
    if !less(vm, &top, new)? {
        return Ok(new.clone());
    }
    replace(vm, &heap, new.clone(), Order::Min)
}

fn build(vm: &mut Vm, heap: &List, order: Order) -> PyResult {
    let n = heap.0.borrow().len();
    for i in (0..n / 2).rev() {
        sift_toward_leaves(vm, heap, i, order)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, a: Args) -> PyResult {
    let heap = one_arg(vm, &a, "heapify")?;
    build(vm, &heap, Order::Min)
}

fn heapify_max(vm: &mut Vm, a: Args) -> PyResult {
    let heap = one_arg(vm, &a, "_heapify_max")?;
    build(vm, &heap, Order::Max)
}
