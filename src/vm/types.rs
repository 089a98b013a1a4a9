//! The registry of built-in types and exception classes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::dict::DictRole;
use crate::objects::*;

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        pub struct Types {
            $(pub $field: Rc<Class>,)*
            /// Every exception class by name, for `builtins`.
            pub exceptions: Vec<Rc<Class>>,
        }
    };
}

types_struct! {
    object, type_, int, bool_, float, complex, str_, bytes, bytearray, tuple, list, dict, set,
    frozenset, range, slice, none, not_implemented, ellipsis, function, builtin, method, module,
    generator, coroutine, cell, code, property, classmethod, staticmethod, super_, iterator, dict_keys,
    dict_values, dict_items, file, buffered_reader, buffered_writer, buffered_random, file_io, perma_bytes, memoryview, traceback, frame,
    // iterator types, by what they iterate
    it_enumerate, it_zip, it_map, it_filter, it_reversed, it_list, it_tuple, it_range, it_str,
    it_str_ascii, it_list_reversed, it_dict_keys, it_dict_values, it_dict_items, it_set, it_callable, it_bytes,
    it_bytearray, it_longrange, it_dict_revkeys, it_dict_revvalues, it_dict_revitems,
    // the built-in methods of the built-in types, unbound (slot wrappers and method descriptors)
    // and bound to an object through a type slot (method-wrapper)
    wrapper_descriptor, method_descriptor, method_wrapper,
    // exceptions
    base_exception, exception, system_exit, keyboard_interrupt, generator_exit, stop_iteration,
    arithmetic_error, zero_division_error, overflow_error, lookup_error, index_error, key_error,
    value_error, unicode_error, type_error, attribute_error, readonly_error, name_error,
    unbound_local_error, runtime_error, recursion_error, not_implemented_error, os_error,
    file_not_found_error, eof_error, import_error, module_not_found_error, assertion_error,
    syntax_error, indentation_error, tab_error, memory_error, warning, deprecation_warning,
    is_a_directory_error, permission_error, file_exists_error, unicode_decode_error,
    unicode_encode_error, floating_point_error, user_warning, runtime_warning, unsupported_operation,
    base_exception_group, exception_group,
}

thread_local! {
    /// Every class made so far, oldest first, for `type.__subclasses__()` (weak: a class that
    /// goes away leaves its subclass lists).
    static CLASSES: RefCell<Vec<std::rc::Weak<Class>>> = const { RefCell::new(Vec::new()) };
}

/// Records a new class for `__subclasses__()`.
pub fn note_class(cls: &Rc<Class>) {
    let _ = CLASSES.try_with(|all| {
        let mut all = all.borrow_mut();
        if all.len() >= 64 && all.len().is_power_of_two() {
            all.retain(|w| w.strong_count() > 0);
        }
        all.push(Rc::downgrade(cls));
    });
}

/// The name of the OSError subclass CPython maps an errno to (Linux numbering).
pub fn errno_exception_name(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

/// The live classes that list `cls` among their direct bases, oldest first.
pub fn subclasses_of(cls: &Rc<Class>) -> Vec<Rc<Class>> {
    CLASSES
        .try_with(|all| {
            all.borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .filter(|c| c.bases.borrow().iter().any(|b| Rc::ptr_eq(b, cls)))
                .collect()
        })
        .unwrap_or_default()
}

pub fn new_class(name: &str, bases: Vec<Rc<Class>>, kind: BaseKind) -> Rc<Class> {
    let dict = Rc::new(DictObj::new());
    dict.role.set(DictRole::Namespace);
    let mut owner = String::with_capacity("builtins.".len() + name.len());
    owner.push_str("builtins.");
    owner.push_str(name);
    *dict.owner.borrow_mut() = Some(crate::readonly::NsOwner::Class(owner));
    // Name and qualname start as one string: assigning either replaces it.
    let name = Rc::new(PyStr::new(name));
    let c = Rc::new(Class {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(name),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict,
        base_kind: kind,
        metaclass: RefCell::new(None),
        slots: None,
        slot_layout: Vec::new(),
        has_dict: false,
        is_builtin: true,
        modified: Cell::new(false),
        has_getattr: Cell::new(false),
        is_abstract: Cell::new(false),
        cache: Default::default(),
    });
    // The MRO: the class, then its first base's.
    let mro = {
        let bases = c.bases.borrow();
        let inherited = bases.first().map(|b| b.mro.borrow());
        let mut mro = Vec::with_capacity(1 + inherited.as_ref().map_or(0, |m| m.len()));
        mro.push(c.clone());
        mro.extend(inherited.iter().flat_map(|m| m.iter().cloned()));
        mro
    };
    *c.mro.borrow_mut() = mro;
    note_class(&c);
    c
}

impl Types {
    pub fn new() -> Types {
        let object = new_class("object", vec![], BaseKind::Object);
        let o = || vec![object.clone()];
        let type_ = new_class("type", o(), BaseKind::Type);
        let int = new_class("int", o(), BaseKind::Int);
        let bool_ = new_class("bool", vec![int.clone()], BaseKind::Int);
        let base_exception = new_class("BaseException", o(), BaseKind::Exception);
        let mut exceptions = vec![base_exception.clone()];
        let mut exc = |name: &str, base: &Rc<Class>| {
            let c = new_class(name, vec![base.clone()], BaseKind::Exception);
            exceptions.push(c.clone());
            c
        };
        let exception = exc("Exception", &base_exception);
        let system_exit = exc("SystemExit", &base_exception);
        let keyboard_interrupt = exc("KeyboardInterrupt", &base_exception);
        let generator_exit = exc("GeneratorExit", &base_exception);
        let stop_iteration = exc("StopIteration", &exception);
        let arithmetic_error = exc("ArithmeticError", &exception);
        let zero_division_error = exc("ZeroDivisionError", &arithmetic_error);
        let overflow_error = exc("OverflowError", &arithmetic_error);
        let floating_point_error = exc("FloatingPointError", &arithmetic_error);
        let lookup_error = exc("LookupError", &exception);
        let index_error = exc("IndexError", &lookup_error);
        let key_error = exc("KeyError", &lookup_error);
        let value_error = exc("ValueError", &exception);
        let unicode_error = exc("UnicodeError", &value_error);
        let unicode_decode_error = exc("UnicodeDecodeError", &unicode_error);
        let unicode_encode_error = exc("UnicodeEncodeError", &unicode_error);
        let type_error = exc("TypeError", &exception);
        let attribute_error = exc("AttributeError", &exception);
        let readonly_error = exc("ReadOnlyError", &attribute_error);
        let name_error = exc("NameError", &exception);
        let unbound_local_error = exc("UnboundLocalError", &name_error);
        let runtime_error = exc("RuntimeError", &exception);
        let recursion_error = exc("RecursionError", &runtime_error);
        let not_implemented_error = exc("NotImplementedError", &runtime_error);
        let os_error = exc("OSError", &exception);
        let file_not_found_error = exc("FileNotFoundError", &os_error);
        let file_exists_error = exc("FileExistsError", &os_error);
        let is_a_directory_error = exc("IsADirectoryError", &os_error);
        let permission_error = exc("PermissionError", &os_error);
        // io.UnsupportedOperation: not a builtin name, but raised by file objects.
        let unsupported_operation = new_class(
            "UnsupportedOperation",
            vec![os_error.clone(), value_error.clone()],
            BaseKind::Exception,
        );
        unsupported_operation
            .dict
            .set_str_raw(Rc::new(PyStr::new("__module__")), Value::str("io"));
        {
            // Both bases in the MRO (new_class follows the first base only).
            let mut mro = vec![unsupported_operation.clone(), os_error.clone()];
            mro.extend(value_error.mro.borrow().iter().cloned());
            *unsupported_operation.mro.borrow_mut() = mro;
        }
        exc("NotADirectoryError", &os_error);
        let connection_error = exc("ConnectionError", &os_error);
        exc("BrokenPipeError", &connection_error);
        exc("ConnectionAbortedError", &connection_error);
        exc("ConnectionRefusedError", &connection_error);
        exc("ConnectionResetError", &connection_error);
        exc("TimeoutError", &os_error);
        exc("InterruptedError", &os_error);
        exc("BlockingIOError", &os_error);
        exc("ChildProcessError", &os_error);
        exc("ProcessLookupError", &os_error);
        let eof_error = exc("EOFError", &exception);
        let import_error = exc("ImportError", &exception);
        let module_not_found_error = exc("ModuleNotFoundError", &import_error);
        let assertion_error = exc("AssertionError", &exception);
        let syntax_error = exc("SyntaxError", &exception);
        let indentation_error = exc("IndentationError", &syntax_error);
        let tab_error = exc("TabError", &indentation_error);
        let memory_error = exc("MemoryError", &exception);
        exc("BufferError", &exception);
        exc("ReferenceError", &exception);
        exc("SystemError", &exception);
        exc("StopAsyncIteration", &exception);
        exc("UnicodeTranslateError", &unicode_error);
        let warning = exc("Warning", &exception);
        let deprecation_warning = exc("DeprecationWarning", &warning);
        let user_warning = exc("UserWarning", &warning);
        let runtime_warning = exc("RuntimeWarning", &warning);
        exc("PendingDeprecationWarning", &warning);
        exc("SyntaxWarning", &warning);
        exc("FutureWarning", &warning);
        exc("ImportWarning", &warning);
        exc("UnicodeWarning", &warning);
        exc("BytesWarning", &warning);
        exc("ResourceWarning", &warning);
        exc("EncodingWarning", &warning);
        // PEP 654: `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`.
        let base_exception_group = exc("BaseExceptionGroup", &base_exception);
        let exception_group = exc("ExceptionGroup", &base_exception_group);
        exception_group.bases.borrow_mut().push(exception.clone());
        *exception_group.mro.borrow_mut() = vec![
            exception_group.clone(),
            base_exception_group.clone(),
            exception.clone(),
            base_exception.clone(),
            object.clone(),
        ];
        let other = |name: &str| new_class(name, vec![object.clone()], BaseKind::Other);
        Types {
            type_,
            int,
            bool_,
            float: new_class("float", o(), BaseKind::Float),
            complex: new_class("complex", o(), BaseKind::Complex),
            str_: new_class("str", o(), BaseKind::Str),
            bytes: new_class("bytes", o(), BaseKind::Bytes),
            bytearray: new_class("bytearray", o(), BaseKind::Bytes),
            tuple: new_class("tuple", o(), BaseKind::Tuple),
            list: new_class("list", o(), BaseKind::List),
            dict: new_class("dict", o(), BaseKind::Dict),
            set: new_class("set", o(), BaseKind::Set),
            frozenset: new_class("frozenset", o(), BaseKind::FrozenSet),
            range: other("range"),
            slice: other("slice"),
            none: other("NoneType"),
            not_implemented: other("NotImplementedType"),
            ellipsis: other("ellipsis"),
            function: other("function"),
            builtin: other("builtin_function_or_method"),
            method: other("method"),
            module: other("module"),
            generator: other("generator"),
            coroutine: other("coroutine"),
            cell: other("cell"),
            code: other("code"),
            property: other("property"),
            classmethod: other("classmethod"),
            staticmethod: other("staticmethod"),
            super_: other("super"),
            iterator: other("iterator"),
            dict_keys: other("dict_keys"),
            dict_values: other("dict_values"),
            dict_items: other("dict_items"),
            file: other("TextIOWrapper"),
            buffered_reader: other("BufferedReader"),
            buffered_writer: other("BufferedWriter"),
            buffered_random: other("BufferedRandom"),
            file_io: other("FileIO"),
            perma_bytes: other("perma_bytes"),
            memoryview: other("memoryview"),
            traceback: other("traceback"),
            frame: other("frame"),
            it_enumerate: other("enumerate"),
            it_zip: other("zip"),
            it_map: other("map"),
            it_filter: other("filter"),
            it_reversed: other("reversed"),
            it_list: other("list_iterator"),
            it_list_reversed: other("list_reverseiterator"),
            it_tuple: other("tuple_iterator"),
            it_range: other("range_iterator"),
            it_str: other("str_iterator"),
            it_str_ascii: other("str_ascii_iterator"),
            it_dict_keys: other("dict_keyiterator"),
            it_dict_values: other("dict_valueiterator"),
            it_dict_items: other("dict_itemiterator"),
            it_set: other("set_iterator"),
            it_callable: other("callable_iterator"),
            it_bytes: other("bytes_iterator"),
            it_bytearray: other("bytearray_iterator"),
            it_longrange: other("longrange_iterator"),
            it_dict_revkeys: other("dict_reversekeyiterator"),
            it_dict_revvalues: other("dict_reversevalueiterator"),
            it_dict_revitems: other("dict_reverseitemiterator"),
            wrapper_descriptor: other("wrapper_descriptor"),
            method_descriptor: other("method_descriptor"),
            method_wrapper: other("method-wrapper"),
            object,
            base_exception,
            exception,
            system_exit,
            keyboard_interrupt,
            generator_exit,
            stop_iteration,
            arithmetic_error,
            zero_division_error,
            overflow_error,
            lookup_error,
            index_error,
            key_error,
            value_error,
            unicode_error,
            type_error,
            attribute_error,
            readonly_error,
            name_error,
            unbound_local_error,
            runtime_error,
            recursion_error,
            not_implemented_error,
            os_error,
            file_not_found_error,
            eof_error,
            import_error,
            module_not_found_error,
            assertion_error,
            syntax_error,
            indentation_error,
            tab_error,
            memory_error,
            warning,
            deprecation_warning,
            is_a_directory_error,
            permission_error,
            file_exists_error,
            unicode_decode_error,
            unicode_encode_error,
            floating_point_error,
            user_warning,
            runtime_warning,
            unsupported_operation,
            base_exception_group,
            exception_group,
            exceptions,
        }
    }

    /// The class of any value.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::Instance(i) => i.class(),
            Value::Class(c) => c
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| self.type_.clone()),
            other => self.builtin_type_of(other).clone(),
        }
    }

    /// Built-in types that cannot be subclassed (`class F(bool)` is a TypeError in CPython).
    pub fn is_final(&self, c: &Rc<Class>) -> bool {
        [
            &self.bool_,
            &self.none,
            &self.not_implemented,
            &self.ellipsis,
            &self.range,
            &self.slice,
            &self.function,
            &self.builtin,
            &self.method,
            &self.generator,
            &self.coroutine,
            &self.cell,
            &self.code,
            &self.memoryview,
            &self.traceback,
            &self.frame,
            &self.wrapper_descriptor,
            &self.method_descriptor,
            &self.method_wrapper,
            &self.iterator,
            &self.dict_keys,
            &self.dict_values,
            &self.dict_items,
            &self.it_list,
            &self.it_list_reversed,
            &self.it_tuple,
            &self.it_range,
            &self.it_longrange,
            &self.it_str,
            &self.it_str_ascii,
            &self.it_dict_keys,
            &self.it_dict_values,
            &self.it_dict_items,
            &self.it_dict_revkeys,
            &self.it_dict_revvalues,
            &self.it_dict_revitems,
            &self.it_set,
            &self.it_callable,
            &self.it_bytes,
            &self.it_bytearray,
        ]
        .iter()
        .any(|t| Rc::ptr_eq(t, c))
    }

    pub fn builtin_type_of(&self, v: &Value) -> &Rc<Class> {
        match v {
            Value::Undef | Value::None => &self.none,
            Value::NotImplemented => &self.not_implemented,
            Value::Ellipsis => &self.ellipsis,
            Value::Bool(_) => &self.bool_,
            Value::Int(_) | Value::BigInt(_) => &self.int,
            Value::Float(_) => &self.float,
            Value::Complex(_) => &self.complex,
            Value::Str(_) => &self.str_,
            Value::Bytes(_) => &self.bytes,
            Value::ByteArray(_) => &self.bytearray,
            Value::Tuple(_) => &self.tuple,
            Value::List(_) => &self.list,
            Value::Dict(_) => &self.dict,
            Value::Set(_) => &self.set,
            Value::FrozenSet(_) => &self.frozenset,
            Value::Range(_) => &self.range,
            Value::Slice(_) => &self.slice,
            Value::Function(_) => &self.function,
            Value::Builtin(b) => match (&b.receiver, b.owner) {
                (Value::Undef, Some(owner)) if !bound_to_class(b.name) => {
                    if is_slot_wrapper(owner, b.name) {
                        &self.wrapper_descriptor
                    } else {
                        &self.method_descriptor
                    }
                }
                _ => &self.builtin,
            },
            Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => match &m.func {
                Value::Builtin(b) if b.owner.is_some_and(|o| is_slot_wrapper(o, b.name)) => {
                    &self.method_wrapper
                }
                _ => &self.builtin,
            },
            Value::BoundMethod(_) => &self.method,
            Value::Class(c) => match &*c.metaclass.borrow() {
                Some(_) => &self.type_,
                None => &self.type_,
            },
            Value::Instance(_) => &self.object,
            Value::Module(_) => &self.module,
            Value::Generator(g) if g.coroutine => &self.coroutine,
            Value::Generator(_) => &self.generator,
            Value::Iter(i) => {
                use crate::objects::IterTag as T;
                match i.0.borrow().tag() {
                    T::List => &self.it_list,
                    T::Tuple => &self.it_tuple,
                    T::ByteArray => &self.it_bytearray,
                    T::Bytes => &self.it_bytes,
                    T::Iterator => &self.iterator,
                    T::Range => &self.it_range,
                    T::LongRange => &self.it_longrange,
                    T::DictKeys => &self.it_dict_keys,
                    T::DictValues => &self.it_dict_values,
                    T::DictItems => &self.it_dict_items,
                    T::DictRevKeys => &self.it_dict_revkeys,
                    T::DictRevValues => &self.it_dict_revvalues,
                    T::DictRevItems => &self.it_dict_revitems,
                    T::Set => &self.it_set,
                    T::StrAscii => &self.it_str_ascii,
                    T::Str => &self.it_str,
                    T::Enumerate => &self.it_enumerate,
                    T::Zip => &self.it_zip,
                    T::Map => &self.it_map,
                    T::Filter => &self.it_filter,
                    T::ListReversed => &self.it_list_reversed,
                    T::Reversed => &self.it_reversed,
                    T::Callable => &self.it_callable,
                }
            }
            Value::Cell(_) => &self.cell,
            Value::Code(_) => &self.code,
            Value::Property(_) => &self.property,
            Value::ClassMethod(_) => &self.classmethod,
            Value::StaticMethod(_) => &self.staticmethod,
            Value::Super(_) => &self.super_,
            // Binary files are the buffered types of `_io`, by what they can do.
            Value::File(f) if f.raw => &self.file_io,
            Value::File(f) if f.binary => {
                if f.mode.contains('+') {
                    &self.buffered_random
                } else if f.mode.contains('r') {
                    &self.buffered_reader
                } else {
                    &self.buffered_writer
                }
            }
            Value::File(_) => &self.file,
            Value::DictView(v) => match v.kind {
                ViewKind::Keys => &self.dict_keys,
                ViewKind::Values => &self.dict_values,
                ViewKind::Items => &self.dict_items,
            },
            Value::PermaBytes(_) => &self.perma_bytes,
        }
    }

    /// Adds every built-in method table to its type's dict.
    // An `Interned` hashes and compares by its text, which never changes; the string's
    // cached hash and marks (its interior mutability) play no part.
    #[expect(clippy::mutable_key_type)]
    pub fn install_methods(&self, interned: &mut InternTable) {
        for (class, owner, table) in crate::builtins::methods::tables(self) {
            let method_of = |name: &'static str, func| {
                let method = Value::Builtin(Rc::new(Builtin {
                    name,
                    func,
                    receiver: Value::Undef,
                    owner: Some(owner),
                }));
                // Alternative constructors are classmethods: they receive the class, also
                // when called on an instance or a subclass.
                if matches!(name, "fromkeys" | "from_bytes" | "fromhex" | "maketrans") {
                    Value::ClassMethod(Rc::new(method))
                } else {
                    method
                }
            };
            let mut dict = class.dict.table.borrow_mut();
            if !dict.is_empty() {
                // A second table for this class (the typed `__new__`s): names may repeat.
                drop(dict);
                for &(name, func) in table {
                    let key = intern_in(interned, name);
                    class.dict.set_str_raw(key, method_of(name, func));
                }
                continue;
            }
            // The class's first table fills an empty dict sized for it (room left for the
            // comparisons and markers added below), and its names are distinct (a unit test
            // checks every table): each is a plain insert, with no probe for an old entry.
            *dict = DictTable::with_capacity(table.len() + 8);
            for &(name, func) in table {
                let key = intern_in(interned, name);
                let hash = key.hash();
                dict.insert_new(hash, Value::Str(key), method_of(name, func));
            }
        }
        // The comparisons a type's table leaves out (the VM carries them out) are still its
        // own, not object's.
        for (class, owner) in [
            (&self.int, "int"),
            (&self.float, "float"),
            (&self.complex, "complex"),
            (&self.str_, "str"),
            (&self.bytes, "bytes"),
            (&self.bytearray, "bytearray"),
            (&self.list, "list"),
            (&self.tuple, "tuple"),
            (&self.dict, "dict"),
            (&self.set, "set"),
            (&self.frozenset, "frozenset"),
            (&self.range, "range"),
            (&self.slice, "slice"),
            (&self.dict_keys, "dict_keys"),
            (&self.dict_items, "dict_items"),
        ] {
            for &(name, func) in crate::builtins::attrs::RICH_COMPARISONS {
                let key = intern_in(interned, name);
                if class.dict.contains_str(&key) {
                    continue;
                }
                let b = Builtin {
                    name,
                    func,
                    receiver: Value::Undef,
                    owner: Some(owner),
                };
                class.dict.set_str_raw(key, Value::Builtin(Rc::new(b)));
            }
        }
        // Mutable containers (and the set-like dict views) are unhashable: their `__hash__` is
        // None, as in CPython.
        let key = intern_in(interned, "__hash__");
        for class in [
            &self.list,
            &self.dict,
            &self.set,
            &self.bytearray,
            &self.dict_keys,
            &self.dict_items,
            // Slices became hashable only in 3.12.
            &self.slice,
        ] {
            class.dict.set_str_raw(key.clone(), Value::None);
        }
        // NameError.name and AttributeError.name/.obj are None until the VM sets them.
        for (class, attrs) in [
            (&self.name_error, &["name"][..]),
            (&self.attribute_error, &["name", "obj"][..]),
        ] {
            for &a in attrs {
                let key = intern_in(interned, a);
                class.dict.set_str_raw(key, Value::None);
            }
        }
        // The file types live in `_io`.
        let key = intern_in(interned, "__module__");
        for class in [
            &self.file,
            &self.buffered_reader,
            &self.buffered_writer,
            &self.buffered_random,
            &self.file_io,
        ] {
            class.dict.set_str_raw(key.clone(), Value::str("_io"));
        }
        // `type.__prepare__(name, bases, **kw)`: the namespace of a class body, a new dict.
        let key = intern_in(interned, "__prepare__");
        let prepare = Builtin {
            name: "__prepare__",
            func: type_prepare,
            receiver: Value::Undef,
            owner: Some("type"),
        };
        let prepare = Value::ClassMethod(Rc::new(Value::Builtin(Rc::new(prepare))));
        self.type_.dict.set_str_raw(key, prepare);
        super::excgroup::install(self, &mut |name| intern_in(interned, name));
    }
}

/// `name` interned in `interned`, looked up before inserting so a name already there costs
/// no key allocation (start-up installs ~2,000 method names, most already interned). The one
/// interning routine: `Vm::intern` calls it too.
// An `Interned` hashes and compares by its text, which never changes; the string's
// cached hash and marks (its interior mutability) play no part.
#[expect(clippy::mutable_key_type)]
pub(crate) fn intern_in(interned: &mut InternTable, name: &str) -> Rc<PyStr> {
    if let Some(k) = interned.get(name) {
        return k.0.clone();
    }
    let k = Rc::new(PyStr::new(name));
    interned.insert(Interned(k.clone()));
    k
}

/// The table of interned names: each entry is the canonical string itself, found by its
/// text, so the table holds no second copy of the text (one allocation less per name).
pub type InternTable = std::collections::HashSet<Interned, BuildIdentity>;

/// A canonical name string, equal and hashed as its text.
pub struct Interned(Rc<PyStr>);

impl std::borrow::Borrow<str> for Interned {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl std::hash::Hash for Interned {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        // As `str` hashes: `Borrow<str>` lookups must find the entry.
        self.0.as_str().hash(h)
    }
}

impl PartialEq for Interned {
    fn eq(&self, other: &Interned) -> bool {
        self.0.as_str() == other.0.as_str()
    }
}

impl Eq for Interned {}

fn type_prepare(_vm: &mut crate::vm::Vm, _a: Args) -> PyResult {
    Ok(Value::Dict(Rc::new(DictObj::new())))
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

/// The namespace a class body runs in, as `metaclass.__prepare__` made it.
pub struct PreparedNamespace {
    /// What `__prepare__` returned; the metaclass receives this object.
    pub mapping: Value,
    /// The table behind `mapping` (a fresh one when `mapping` is not a dict).
    pub dict: Rc<DictObj>,
    /// The body's name stores and loads must go through `mapping`'s own
    /// `__setitem__`/`__getitem__`/`__delitem__` (a dict subclass that overrides
    /// them, or a mapping that is not a dict at all).
    pub hooked: bool,
}

impl crate::vm::Vm {
    /// Calls `meta.__prepare__(name, bases, **kw)` (PEP 3115) when the metaclass is not
    /// `type` itself; otherwise the namespace is a plain dict.
    pub fn prepare_class_namespace(
        &mut self,
        meta: Option<&Value>,
        name: &Rc<PyStr>,
        bases: &[Value],
        kw: &crate::vm::call::Kw,
    ) -> PyResult<PreparedNamespace> {
        let plain = || {
            let d = Rc::new(DictObj::new());
            PreparedNamespace {
                mapping: Value::Dict(d.clone()),
                dict: d,
                hooked: false,
            }
        };
        let Some(meta) = meta else {
            return Ok(plain());
        };
        if matches!(meta, Value::Class(c) if Rc::ptr_eq(c, &self.types.type_)) {
            return Ok(plain());
        }
        let key = self.intern_static("__prepare__");
        let prepare = match meta {
            Value::Class(c) => match c.lookup_rc(&key) {
                // `type.__prepare__` (inherited by every metaclass) returns a new dict.
                None => return Ok(plain()),
                Some(Value::ClassMethod(f)) if matches!(*f, Value::Builtin(_)) => {
                    return Ok(plain());
                }
                Some(_) => self.get_attr(meta, &key)?,
            },
            other => match self.get_attr(other, &key) {
                Ok(p) => p,
                Err(_) => return Ok(plain()),
            },
        };
        let bases_v = Value::tuple(bases.to_vec());
        let mapping = self.call(&prepare, &[Value::Str(name.clone()), bases_v], kw)?;
        let item_methods = ["__getitem__", "__setitem__", "__delitem__"];
        match &mapping {
            Value::Dict(d) => Ok(PreparedNamespace {
                dict: d.clone(),
                mapping: mapping.clone(),
                hooked: false,
            }),
            Value::Instance(inst) => {
                let backing = match &inst.payload {
                    Payload::Builtin(b) => match &*b.borrow() {
                        Value::Dict(d) => Some(d.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                let cls = inst.class();
                let mut overrides = false;
                let mut is_mapping = false;
                for m in item_methods {
                    let k = self.intern_static(m);
                    match cls.lookup_rc(&k) {
                        Some(Value::Builtin(_)) => is_mapping = true,
                        Some(_) => {
                            is_mapping = true;
                            overrides = true;
                        }
                        None => {}
                    }
                }
                if !is_mapping && backing.is_none() {
                    return Err(self.prepare_not_mapping(meta, &mapping));
                }
                Ok(PreparedNamespace {
                    hooked: overrides || backing.is_none(),
                    dict: backing.unwrap_or_else(|| Rc::new(DictObj::new())),
                    mapping: mapping.clone(),
                })
            }
            other => Err(self.prepare_not_mapping(meta, other)),
        }
    }

    /// The metaclass a class base brings (`type` unless it has its own); a base that is not
    /// a class brings its type.
    fn metaclass_of_base(&self, b: &Value) -> Rc<Class> {
        match b {
            Value::Class(c) => c
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| self.types.type_.clone()),
            other => self.types.type_of(other),
        }
    }

    /// The most derived of `first` and `metas`: each must be a subclass or a superclass of
    /// the winner so far (CPython's metaclass calculation), else a metaclass conflict.
    fn most_derived_metaclass(
        &mut self,
        first: Rc<Class>,
        metas: impl IntoIterator<Item = Rc<Class>>,
    ) -> PyResult<Rc<Class>> {
        let mut winner = first;
        for m in metas {
            if winner.is_subclass(&m) {
                continue;
            }
            if m.is_subclass(&winner) {
                winner = m;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// The most derived metaclass among an explicit `metaclass=` and the bases' metaclasses
    /// (`None`: `type`). A metaclass that is not a class is used as given.
    pub fn calculate_metaclass(
        &mut self,
        explicit: Option<Value>,
        bases: &[Rc<Class>],
    ) -> PyResult<Option<Value>> {
        let type_ = self.types.type_.clone();
        let meta_of = |c: &Rc<Class>| c.metaclass.borrow().clone().unwrap_or(type_.clone());
        let winner = match explicit {
            Some(Value::Class(m)) => m,
            Some(other) => return Ok(Some(other)),
            None => match bases.first() {
                Some(b) => meta_of(b),
                None => return Ok(None),
            },
        };
        let winner = self.most_derived_metaclass(winner, bases.iter().map(meta_of))?;
        Ok(if Rc::ptr_eq(&winner, &self.types.type_) {
            None
        } else {
            Some(Value::Class(winner))
        })
    }

    /// `type(name, bases, ns, **kw)`: the class is made by the most derived metaclass of the
    /// bases (a user metaclass is called, so its `__new__`/`__init__` run), and
    /// `__init_subclass__` gets the keywords, as in CPython.
    pub fn type_three_args(&mut self, args: &[Value], kw: &crate::vm::call::Kw) -> PyResult {
        let [name, bases, ns] = args else {
            return Err(self.type_error("type() takes 1 or 3 arguments"));
        };
        if !matches!(name, Value::Str(_)) {
            let t = self.type_name(name);
            return Err(self.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
        }
        let Value::Tuple(bt) = bases else {
            let t = self.type_name(bases);
            return Err(
                self.type_error(format!("type.__new__() argument 2 must be tuple, not {t}"))
            );
        };
        if !matches!(crate::builtins::args::payload(ns), Value::Dict(_)) {
            let t = self.type_name(ns);
            return Err(self.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
        }
        // Only the class statement (and types.new_class) resolves `__mro_entries__`.
        let mro_entries = self.intern_static("__mro_entries__");
        for b in bt.0.iter() {
            if !matches!(b, Value::Class(_))
                && self.types.type_of(b).lookup_rc(&mro_entries).is_some()
            {
                return Err(self.type_error(
                    "type() doesn't support MRO entry resolution; use types.new_class()",
                ));
            }
        }
        // The winner among the bases' metaclasses (a non-class base counts by its type).
        let metas: Vec<Rc<Class>> = bt.0.iter().map(|b| self.metaclass_of_base(b)).collect();
        let type_ = self.types.type_.clone();
        let winner = self.most_derived_metaclass(type_, metas)?;
        if Rc::ptr_eq(&winner, &self.types.type_) {
            let type_ = self.types.type_.clone();
            return self.type_new(&type_, args, kw);
        }
        self.call(&Value::Class(winner), args, kw)
    }

    /// `class A(base)` where a base is not a class (and did not resolve through
    /// `__mro_entries__`): as in CPython, the most derived of the bases' types (or the explicit
    /// metaclass) makes the class, so `class A(1)` calls `int("A", (1,), ns)` and fails with
    /// `int`'s own message.
    pub fn build_class_non_class_bases(
        &mut self,
        body: &Rc<Function>,
        name: &Rc<PyStr>,
        bases: Vec<Value>,
        kw: &crate::vm::call::Kw,
    ) -> PyResult {
        let mut explicit = None;
        let mut class_kw: Vec<(Rc<PyStr>, Value)> = Vec::new();
        for (k, v) in kw {
            if k.as_str() == "metaclass" {
                explicit = Some(v.clone());
            } else {
                class_kw.push((k.clone(), v.clone()));
            }
        }
        let meta = match explicit {
            Some(Value::Class(m)) => Some(m),
            Some(other) => {
                // A metaclass that is not a class is called as given.
                return self.run_class_body_and_call(body, name, bases, other, &class_kw);
            }
            None => bases.first().map(|b| self.metaclass_of_base(b)),
        };
        let Some(winner) = meta else {
            return Err(self.type_error("bases must be types"));
        };
        let metas: Vec<Rc<Class>> = bases.iter().map(|b| self.metaclass_of_base(b)).collect();
        let winner = self.most_derived_metaclass(winner, metas)?;
        if winner.is_subclass(&self.types.type_) {
            // `type.__new__` itself rejects the non-class base.
            return Err(self.type_error("bases must be types"));
        }
        self.run_class_body_and_call(body, name, bases, Value::Class(winner), &class_kw)
    }

    fn run_class_body_and_call(
        &mut self,
        body: &Rc<Function>,
        name: &Rc<PyStr>,
        bases: Vec<Value>,
        meta: Value,
        class_kw: &crate::vm::call::Kw,
    ) -> PyResult {
        let prepared = self.prepare_class_namespace(Some(&meta), name, &bases, class_kw)?;
        let code = body.code.borrow().clone();
        let mut frame = self.bind_frame(body, &code, &[], &[])?;
        frame.locals = Some(prepared.dict.clone());
        if prepared.hooked {
            frame.mapping = Some(prepared.mapping.clone());
        }
        self.run_frame(&mut frame)?;
        let args = [
            Value::Str(name.clone()),
            Value::tuple(bases),
            prepared.mapping,
        ];
        self.call(&meta, &args, class_kw)
    }

    fn prepare_not_mapping(&mut self, meta: &Value, got: &Value) -> PyErr {
        let who = match meta {
            Value::Class(c) => c.name(),
            _ => "<metaclass>".to_string(),
        };
        let t = self.type_name(got);
        self.type_error(format!(
            "{who}.__prepare__() must return a mapping, not {t}"
        ))
    }
}

/// Special methods that CPython's built-in types implement through a type slot: unbound they
/// are slot wrappers (`<slot wrapper '__add__' of 'int' objects>`), bound they are
/// method-wrappers. Other methods of the built-in types are method descriptors.
const SLOT_METHODS: &[&str] = &[
    "__abs__",
    "__add__",
    "__aiter__",
    "__and__",
    "__anext__",
    "__await__",
    "__bool__",
    "__call__",
    "__contains__",
    "__del__",
    "__delattr__",
    "__delete__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__get__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imod__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__iter__",
    "__itruediv__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__matmul__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmatmul__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__set__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
];

/// Whether `owner.name` is a slot wrapper in CPython (see [`SLOT_METHODS`]); a few types
/// define `__getitem__` or `__contains__` as plain methods instead.
pub fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    if matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    ) {
        return false;
    }
    SLOT_METHODS.binary_search(&name).is_ok()
}

/// Built-in methods that a class attribute lookup binds to the class (`__new__` and the
/// class methods), so they are never method descriptors.
pub fn bound_to_class(name: &str) -> bool {
    matches!(
        name,
        "__new__" | "__init_subclass__" | "__subclasshook__" | "__class_getitem__" | "__prepare__"
    )
}

/// The class a new class's instance layout extends (CPython's "best base"): the first base
/// with a built-in representation other than `object`'s, else the first base.
fn layout_base(bases: &[Rc<Class>]) -> Option<&Rc<Class>> {
    bases
        .iter()
        .find(|b| b.base_kind != BaseKind::Object)
        .or(bases.first())
}

/// Instances of `cls` can be weakly referenced: some user class along its MRO has no
/// `__slots__` or names `__weakref__` in them, or it extends `set`/`frozenset`; never when it
/// extends one of the variable-sized `int`, `tuple` and `bytes` (CPython gives their
/// subclasses no weak-reference slot).
pub fn has_weakref(cls: &Class) -> bool {
    let variable_sized = |c: &Class| {
        c.is_builtin
            && match c.base_kind {
                BaseKind::Int | BaseKind::Tuple => true,
                BaseKind::Bytes => c.name.borrow().as_str() == "bytes",
                _ => false,
            }
    };
    if variable_sized(cls) || cls.mro.borrow().iter().any(|c| variable_sized(c)) {
        return false;
    }
    let own = |c: &Class| {
        if c.is_builtin {
            return matches!(c.base_kind, BaseKind::Set | BaseKind::FrozenSet);
        }
        match &c.slots {
            None => true,
            Some(s) => s.iter().any(|n| n.as_str() == "__weakref__"),
        }
    };
    own(cls) || cls.mro.borrow().iter().any(|c| own(c))
}

/// The class whose instance layout `cls`'s instances have (CPython's "solid base"): the
/// nearest class along the first-base chain that adds named slots, or the built-in type
/// the layout comes from.
fn solid_base(cls: &Rc<Class>) -> Rc<Class> {
    if cls.is_builtin {
        // The topmost built-in class with the same representation (bool -> int,
        // ValueError -> BaseException).
        let mro = cls.mro.borrow();
        return mro
            .iter()
            .rev()
            .find(|c| c.is_builtin && c.base_kind == cls.base_kind)
            .cloned()
            .unwrap_or_else(|| cls.clone());
    }
    let named = cls
        .slots
        .iter()
        .flatten()
        .any(|n| !matches!(n.as_str(), "__dict__" | "__weakref__"));
    if named {
        return cls.clone();
    }
    let bases = cls.bases.borrow();
    match layout_base(&bases) {
        Some(b) => solid_base(b),
        None => cls.clone(),
    }
}

/// `_Name__x` for a private name `__x` in class `Name`, as the compiler mangles it.
fn mangle_slot(class_name: &str, slot: &Rc<PyStr>) -> Rc<PyStr> {
    let s = slot.as_str();
    let owner = class_name.trim_start_matches('_');
    if !s.starts_with("__") || s.ends_with("__") || s.contains('.') || owner.is_empty() {
        return slot.clone();
    }
    Rc::new(PyStr::from_string(format!("_{owner}{s}")))
}

impl super::Vm {
    /// The bases of a new class can share one instance layout: at most one of them (up to
    /// inheritance) brings named slots or a built-in representation.
    pub fn check_layout_conflict(&mut self, bases: &[Rc<Class>]) -> PyResult<()> {
        let mut winner: Option<Rc<Class>> = None;
        for b in bases {
            let cand = solid_base(b);
            match &winner {
                None => winner = Some(cand),
                Some(w) if w.is_subclass(&cand) => {}
                Some(_) if cand.is_subclass(winner.as_ref().unwrap_or(&cand)) => {
                    winner = Some(cand)
                }
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
        Ok(())
    }

    /// Reads and checks the `__slots__` of a new class `name` (namespace `ns`, after
    /// `__qualname__` was taken out of it): `None` without `__slots__`, else the slot names
    /// with private names mangled (`__dict__` and `__weakref__` kept as they are).
    pub fn class_slots(
        &mut self,
        name: &str,
        bases: &[Rc<Class>],
        ns: &DictObj,
    ) -> PyResult<Option<Vec<Rc<PyStr>>>> {
        let items = match ns.get_name("__slots__") {
            None => return Ok(None),
            Some(Value::Str(s)) => vec![Value::Str(s)],
            Some(v) => self.iterate(&v)?,
        };
        let base = layout_base(bases).cloned();
        if !items.is_empty()
            && let Some(b) = &base
            && let bn = solid_base(b).name()
            && matches!(bn.as_str(), "int" | "tuple" | "bytes" | "type")
        {
            return Err(self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{bn}'"
            )));
        }
        // Exceptions and classes always have a `__dict__`.
        let may_add_dict = !base.as_ref().is_some_and(|b| {
            b.has_dict || matches!(b.base_kind, BaseKind::Exception | BaseKind::Type)
        });
        let may_add_weak = !base.as_ref().is_some_and(|b| has_weakref(b));
        let (mut seen_dict, mut seen_weak) = (false, false);
        let mut names = Vec::with_capacity(items.len());
        for it in &items {
            let s = match it {
                Value::Str(s) => s.clone(),
                other => {
                    let t = self.type_name(other);
                    return Err(
                        self.type_error(format!("__slots__ items must be strings, not '{t}'"))
                    );
                }
            };
            if !crate::text::isidentifier(s.as_str()) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match s.as_str() {
                "__dict__" => {
                    if !may_add_dict || seen_dict {
                        return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    seen_dict = true;
                }
                "__weakref__" => {
                    if !may_add_weak || seen_weak {
                        return Err(self.type_error(
                            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                        ));
                    }
                    seen_weak = true;
                }
                _ => {}
            }
            names.push(s);
        }
        let mut out = Vec::with_capacity(names.len());
        for s in names {
            if matches!(s.as_str(), "__dict__" | "__weakref__") {
                out.push(s);
                continue;
            }
            let m = mangle_slot(name, &s);
            // A slot is a descriptor in the class namespace: a class variable of that name
            // clashes with it.
            if ns.get_str(&m).is_some() {
                let r = crate::text::str_repr(s.as_str());
                return Err(
                    self.value_error(format!("{r} in __slots__ conflicts with class variable"))
                );
            }
            out.push(m);
        }
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_methods_sorted_for_binary_search() {
        assert!(SLOT_METHODS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn method_tables_name_each_method_once() {
        // `install_methods` inserts a class's first table without probing for old entries.
        let t = Types::new();
        for (_, owner, table) in crate::builtins::methods::tables(&t) {
            let mut seen = std::collections::HashSet::new();
            for (name, _) in table {
                assert!(seen.insert(name), "{owner}.{name} is listed twice");
            }
        }
    }

    #[test]
    fn every_method_table_is_in_its_class_dict() {
        let vm = crate::vm::Vm::new();
        for (class, owner, table) in crate::builtins::methods::tables(&vm.types) {
            for (name, _) in table {
                assert!(
                    class.dict.get_name(name).is_some(),
                    "{owner}.{name} missing from the class dict"
                );
            }
        }
        assert!(matches!(
            vm.types.list.dict.get_name("__hash__"),
            Some(Value::None)
        ));
    }

    #[test]
    fn slot_wrappers_and_method_descriptors() {
        assert!(is_slot_wrapper("object", "__init__"));
        assert!(is_slot_wrapper("int", "__add__"));
        assert!(is_slot_wrapper("tuple", "__getitem__"));
        assert!(!is_slot_wrapper("list", "__getitem__"));
        assert!(!is_slot_wrapper("dict", "__contains__"));
        assert!(!is_slot_wrapper("list", "append"));
        assert!(!is_slot_wrapper("object", "__format__"));
    }
}
