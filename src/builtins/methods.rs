//! Method tables of the built-in types: which native functions each type's dict holds.

use std::rc::Rc;

use super::types;
use crate::objects::{Class, NativeFn};
use crate::vm::Types;

type Table = &'static [(&'static str, NativeFn)];

/// Every (class, owner name, methods) triple, installed into the class dicts at start-up.
pub fn tables(t: &Types) -> Vec<(Rc<Class>, &'static str, Table)> {
    let mut v = all_tables(t);
    v.extend(types::object::typed_new_tables(t));
    v
}

fn all_tables(t: &Types) -> Vec<(Rc<Class>, &'static str, Table)> {
    vec![
        (t.object.clone(), "object", types::object::OBJECT_METHODS),
        (t.type_.clone(), "type", types::object::TYPE_METHODS),
        (t.list.clone(), "list", types::list::METHODS),
        (t.tuple.clone(), "tuple", types::list::TUPLE_METHODS),
        (t.dict.clone(), "dict", types::dict::METHODS),
        (t.set.clone(), "set", types::set::SET_METHODS),
        (
            t.frozenset.clone(),
            "frozenset",
            types::set::FROZENSET_METHODS,
        ),
        (t.str_.clone(), "str", types::str::METHODS),
        (t.int.clone(), "int", types::number::INT_METHODS),
        (t.float.clone(), "float", types::number::FLOAT_METHODS),
        (t.complex.clone(), "complex", types::number::COMPLEX_METHODS),
        (t.bytes.clone(), "bytes", types::bytes::BYTES_METHODS),
        (
            t.bytearray.clone(),
            "bytearray",
            types::bytes::BYTEARRAY_METHODS,
        ),
        (
            t.base_exception.clone(),
            "BaseException",
            types::object::EXCEPTION_METHODS,
        ),
        (
            t.generator.clone(),
            "generator",
            types::misc::GENERATOR_METHODS,
        ),
        (
            t.coroutine.clone(),
            "coroutine",
            types::misc::COROUTINE_METHODS,
        ),
        (
            t.iterator.clone(),
            "iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_enumerate.clone(),
            "enumerate",
            types::iter_state::ITERATOR_METHODS,
        ),
        (t.it_zip.clone(), "zip", types::iter_state::ZIP_METHODS),
        (t.it_map.clone(), "map", types::iter_state::ITERATOR_METHODS),
        (
            t.it_filter.clone(),
            "filter",
            types::iter_state::ITERATOR_METHODS,
        ),
        (
            t.it_reversed.clone(),
            "reversed",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_list.clone(),
            "list_iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_list_reversed.clone(),
            "list_reverseiterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_tuple.clone(),
            "tuple_iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_range.clone(),
            "range_iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_longrange.clone(),
            "longrange_iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_dict_revkeys.clone(),
            "dict_reversekeyiterator",
            types::iter_state::SIZED_ITERATOR_METHODS,
        ),
        (
            t.it_dict_revvalues.clone(),
            "dict_reversevalueiterator",
            types::iter_state::SIZED_ITERATOR_METHODS,
        ),
        (
            t.it_dict_revitems.clone(),
            "dict_reverseitemiterator",
            types::iter_state::SIZED_ITERATOR_METHODS,
        ),
        (
            t.it_str.clone(),
            "str_iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_str_ascii.clone(),
            "str_ascii_iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_dict_keys.clone(),
            "dict_keyiterator",
            types::iter_state::SIZED_ITERATOR_METHODS,
        ),
        (
            t.it_dict_values.clone(),
            "dict_valueiterator",
            types::iter_state::SIZED_ITERATOR_METHODS,
        ),
        (
            t.it_dict_items.clone(),
            "dict_itemiterator",
            types::iter_state::SIZED_ITERATOR_METHODS,
        ),
        (
            t.it_set.clone(),
            "set_iterator",
            types::iter_state::SIZED_ITERATOR_METHODS,
        ),
        (
            t.it_callable.clone(),
            "callable_iterator",
            types::iter_state::ITERATOR_METHODS,
        ),
        (
            t.it_bytes.clone(),
            "bytes_iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.it_bytearray.clone(),
            "bytearray_iterator",
            types::iter_state::SEEKABLE_ITERATOR_METHODS,
        ),
        (
            t.wrapper_descriptor.clone(),
            "wrapper_descriptor",
            types::misc::DESCRIPTOR_METHODS,
        ),
        (
            t.method_descriptor.clone(),
            "method_descriptor",
            types::misc::DESCRIPTOR_METHODS,
        ),
        (
            t.property.clone(),
            "property",
            types::misc::PROPERTY_METHODS,
        ),
        (
            t.classmethod.clone(),
            "classmethod",
            types::misc::CLASSMETHOD_METHODS,
        ),
        (
            t.staticmethod.clone(),
            "staticmethod",
            types::misc::STATICMETHOD_METHODS,
        ),
        (t.dict_keys.clone(), "dict_keys", types::dict::VIEW_METHODS),
        (
            t.dict_items.clone(),
            "dict_items",
            types::dict::VIEW_METHODS,
        ),
        (
            t.dict_values.clone(),
            "dict_values",
            types::dict::VALUES_VIEW_METHODS,
        ),
        (t.code.clone(), "code", types::misc::CODE_METHODS),
        (
            t.perma_bytes.clone(),
            "perma_bytes",
            types::perma_bytes::PERMA_BYTES_METHODS,
        ),
        (
            t.memoryview.clone(),
            "memoryview",
            types::memoryview::MEMORYVIEW_METHODS,
        ),
        (t.range.clone(), "range", types::misc::RANGE_METHODS),
        (t.slice.clone(), "slice", types::misc::SLICE_METHODS),
        (t.file.clone(), "TextIOWrapper", super::io::FILE_METHODS),
        (
            t.buffered_reader.clone(),
            "BufferedReader",
            super::io::FILE_METHODS,
        ),
        (
            t.buffered_writer.clone(),
            "BufferedWriter",
            super::io::FILE_METHODS,
        ),
        (
            t.buffered_random.clone(),
            "BufferedRandom",
            super::io::FILE_METHODS,
        ),
        (t.file_io.clone(), "FileIO", super::io::RAW_FILE_METHODS),
        (t.module.clone(), "module", types::misc::MODULE_METHODS),
        (
            t.function.clone(),
            "function",
            types::misc::FUNCTION_METHODS,
        ),
    ]
}
