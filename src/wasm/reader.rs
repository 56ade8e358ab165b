//! Arguments from JavaScript (articles handed back, options) read into the
//! model.
//!
//! Why not serde-wasm-bindgen's deserializer: it hands serde a struct as a
//! map, so serde's derive instantiates, for every model type, a visitor
//! that matches each key against the field names, and that visitor is
//! inlined into a copy of the deserializer's object walk per type. Reading
//! an `Article` back (`compare(articles)`, `Workspace.add`) cost the core
//! about 66 KB of wasm, 20 KB gzipped. This reader fetches each field the
//! type names, in the type's order, and hands serde the values as a
//! sequence: only the derive's positional visitor is instantiated, and no
//! field name is matched.
//!
//! Values read as serde-wasm-bindgen reads them: `null` and `undefined` are
//! `None`; a missing field is `None` for an `Option`, the default for a
//! field that has one and otherwise "missing field"; keys the type has no
//! field for are ignored; integers must be safe integers in range; unit
//! variants are their name. One leniency: a field present as `undefined`
//! reads as missing. `tests/web.rs` holds the two readers equal on articles.

use js_sys::{Array, Number};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};
use std::cell::{Cell, RefCell};
use std::fmt;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Any JS object, read by key.
    type Object;

    /// `object[key]`, as a plain property read. `Reflect.get` goes through
    /// wasm-bindgen's exception wrapper: with it (and two calls to test for
    /// `null` or `undefined`), reading articles took 1.2x as long as with
    /// serde-wasm-bindgen; with this, as long.
    #[wasm_bindgen(method, indexing_getter)]
    fn get(this: &Object, key: &JsValue) -> JsValue;
}

/// Why an argument could not be read, in serde's words ("missing field
/// `text`", "invalid type: ..., expected ...").
#[derive(Debug)]
pub struct ReadError(String);

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ReadError(msg.to_string())
    }
}

/// Reads `value` as a `T`.
pub fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, ReadError> {
    let keys = Keys::default();
    T::deserialize(Reader { value, keys: &keys })
}

/// The field names of the struct types read so far, as JS strings, so each
/// name crosses into JavaScript once per call rather than once per object.
/// A type is known by the address of the field list serde's derive passes.
#[derive(Default)]
struct Keys(RefCell<Vec<(*const &'static str, Vec<JsValue>)>>);

impl Keys {
    /// The slot holding `fields`' names, filled the first time they are asked for.
    fn slot(&self, fields: &'static [&'static str]) -> usize {
        let mut slots = self.0.borrow_mut();
        let id = fields.as_ptr();
        if let Some(slot) = slots.iter().position(|(known, _)| *known == id) {
            return slot;
        }
        slots.push((id, fields.iter().map(|&name| JsValue::from_str(name)).collect()));
        slots.len() - 1
    }

    /// `object[name]` for the name at `index` of slot `slot`; `undefined`
    /// when the object has no such key.
    fn field(&self, object: &JsValue, slot: usize, index: usize) -> JsValue {
        let slots = self.0.borrow();
        object.unchecked_ref::<Object>().get(&slots[slot].1[index])
    }
}

/// One JS value being read.
struct Reader<'k> {
    value: JsValue,
    keys: &'k Keys,
}

impl Reader<'_> {
    /// `null` or `undefined`, in one call (`value == null`).
    fn is_nullish(&self) -> bool {
        self.value.loose_eq(&JsValue::NULL)
    }

    /// The error for a value of the wrong type, naming what was expected.
    /// Not generic, so one copy serves every visitor.
    fn invalid(&self, expected: &dyn de::Expected) -> ReadError {
        let text;
        let unexpected = if self.is_nullish() {
            Unexpected::Unit
        } else if let Some(b) = self.value.as_bool() {
            Unexpected::Bool(b)
        } else if let Some(n) = self.value.as_f64() {
            Unexpected::Float(n)
        } else if let Some(s) = self.value.as_string() {
            text = s;
            Unexpected::Str(&text)
        } else if Array::is_array(&self.value) {
            Unexpected::Seq
        } else {
            Unexpected::Map
        };
        de::Error::invalid_type(unexpected, expected)
    }

    /// The value as an integer, when it is a number JavaScript holds exactly.
    fn safe_integer(&self) -> Option<i64> {
        Number::is_safe_integer(&self.value).then(|| self.value.as_f64().unwrap_or(0.0) as i64)
    }
}

impl<'de> de::Deserializer<'de> for Reader<'_> {
    type Error = ReadError;

    /// The model reads no value whose type it does not know.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        Err(self.invalid(&visitor))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.safe_integer() {
            Some(n) if n >= 0 => visitor.visit_u64(n as u64),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.safe_integer() {
            Some(n) => visitor.visit_i64(n),
            None => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value.as_f64() {
            Some(n) => visitor.visit_f64(n),
            None => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value.as_string() {
            Some(s) => visitor.visit_string(s),
            None => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        Err(self.invalid(&visitor))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        Err(self.invalid(&visitor))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        if self.is_nullish() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        if self.is_nullish() {
            visitor.visit_unit()
        } else {
            Err(self.invalid(&visitor))
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.value.dyn_ref::<Array>() {
            Some(array) => {
                let items = Items { array, next: 0, len: array.length(), keys: self.keys };
                visitor.visit_seq(items)
            }
            None => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    /// The model reads no maps from JavaScript.
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        Err(self.invalid(&visitor))
    }

    /// The object's fields in `fields`' order, as a sequence (see the module
    /// docs); a field that is missing is reported by its name.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        if !self.value.is_object() {
            return Err(self.invalid(&visitor));
        }
        let missing = Cell::new(None);
        let access = Fields {
            object: &self.value,
            slot: self.keys.slot(fields),
            next: 0,
            count: fields.len(),
            keys: self.keys,
            missing: &missing,
        };
        visitor.visit_seq(access).map_err(|error| match missing.get() {
            Some(index) => de::Error::missing_field(fields[index]),
            None => error,
        })
    }

    /// A unit variant, written as its name.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.value.as_string() {
            Some(name) => visitor.visit_enum(name.into_deserializer()),
            None => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_unit()
    }
}

/// The items of a JS array.
struct Items<'a, 'k> {
    array: &'a Array,
    next: u32,
    len: u32,
    keys: &'k Keys,
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        if self.next == self.len {
            return Ok(None);
        }
        let value = self.array.get(self.next);
        self.next += 1;
        seed.deserialize(Reader { value, keys: self.keys }).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.len - self.next) as usize)
    }
}

/// A JS object's values for a struct's fields, in the struct's order.
struct Fields<'a, 'k> {
    object: &'a JsValue,
    slot: usize,
    next: usize,
    count: usize,
    keys: &'k Keys,
    /// The field last reported missing, while no later field has been
    /// read: when serde then fails, it failed for want of that field.
    missing: &'a Cell<Option<usize>>,
}

impl Fields<'_, '_> {
    /// The next field's value, `undefined` when the object lacks it; `None`
    /// past the last field.
    fn next_value(&mut self) -> Option<JsValue> {
        if self.next == self.count {
            return None;
        }
        self.next += 1;
        self.missing.set(None);
        Some(self.keys.field(self.object, self.slot, self.next - 1))
    }
}

impl<'de> de::SeqAccess<'de> for Fields<'_, '_> {
    type Error = ReadError;

    /// The next field's value. A missing (`undefined`) one is read as such
    /// when its type has a reading for it (an `Option`: `None`), and is
    /// otherwise reported as absent, so serde's derive uses the field's
    /// default or fails.
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(value) = self.next_value() else {
            return Ok(None);
        };
        let absent = value.is_undefined();
        let read = seed.deserialize(Reader { value, keys: self.keys });
        if absent {
            let read = read.ok();
            if read.is_none() {
                self.missing.set(Some(self.next - 1));
            }
            return Ok(read);
        }
        read.map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.count - self.next)
    }
}
