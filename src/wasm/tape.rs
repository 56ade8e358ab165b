//! Results cross to JavaScript as one flat "tape" that `tape.js` turns into
//! objects in a single call.
//!
//! Why: serde-wasm-bindgen builds the result from Rust, one boundary call per
//! object, property and string. A parsed article holds about a hundred
//! objects and fifty strings per kilobyte of input, and converting them that
//! way took about 40 ms per MB, a third of all the time `parse` took in wasm.
//! Here every value is written into three buffers instead (words, floats and
//! one string table) and JavaScript decodes them in one pass, slicing every
//! string from a single decoded table.
//!
//! The values that come out are the ones serde-wasm-bindgen gives with
//! `serialize_missing_as_null` and `serialize_maps_as_objects`: structs and
//! maps become plain objects with their keys in order, `None` and `()` become
//! `null`, unit variants their name, other variants `{ Variant: value }`,
//! integers numbers. `tests/web.rs` holds the two routes equal.
//!
//! Layout of `words` (`u32`s):
//! - a word with the top bit set is the integer in its low 31 bits;
//! - otherwise it is an op, followed by its operands:
//!   [`NULL`], [`FALSE`], [`TRUE`], [`FLOAT`] `index into floats`,
//!   [`STRING`] `start end` (UTF-16 offsets into the string table),
//!   [`ARRAY`] `length` then the items, [`OBJECT`] `shape` then one value per
//!   key of the shape, [`MAP`] `length` then key (a [`STRING`]) and value pairs.
//! - Word 0 is where the shapes begin; the value starts at word 1. The shapes
//!   are a count, then per shape its key count and its keys as `start end`.

use serde::ser::{self, Serialize};
use std::fmt;

pub const NULL: u32 = 0;
pub const FALSE: u32 = 1;
pub const TRUE: u32 = 2;
pub const FLOAT: u32 = 3;
pub const STRING: u32 = 4;
pub const ARRAY: u32 = 5;
pub const OBJECT: u32 = 6;
pub const MAP: u32 = 7;
/// Set on a word that is a small non-negative integer.
const INTEGER: u32 = 1 << 31;
const RECENT_SLOTS: usize = 64;

/// A value written for `tape.js` to decode.
pub struct Tape {
    pub words: Vec<u32>,
    pub floats: Vec<f64>,
    pub strings: String,
}

/// Why a value could not be written: a form JavaScript has no plain value
/// for here (bytes, 128-bit integers, integers beyond 2^53, non-string map
/// keys). The model uses none of them; the message names the form.
#[derive(Debug)]
pub struct TapeError(String);

impl fmt::Display for TapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TapeError {}

impl ser::Error for TapeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TapeError(msg.to_string())
    }
}

/// Writes `value` to a tape.
pub fn write<T: Serialize + ?Sized>(value: &T) -> Result<Tape, TapeError> {
    let mut writer = Writer {
        words: Vec::with_capacity(1 << 12),
        floats: Vec::new(),
        strings: String::with_capacity(1 << 12),
        strings_utf16: 0,
        recent: [None; RECENT_SLOTS],
        shapes: Vec::new(),
        keys: Vec::new(),
    };
    writer.words.push(0);
    value.serialize(&mut writer)?;
    let shapes_at = writer.words.len();
    writer.words[0] = shapes_at as u32;
    let shapes = std::mem::take(&mut writer.shapes);
    writer.words.push(shapes.len() as u32);
    for keys in &shapes {
        writer.words.push(keys.len() as u32);
        for key in keys.iter() {
            writer.push_string(key);
        }
    }
    Ok(Tape { words: writer.words, floats: writer.floats, strings: writer.strings })
}

struct Writer {
    words: Vec<u32>,
    floats: Vec<f64>,
    strings: String,
    /// The string table's length in UTF-16 code units, the unit JavaScript slices by.
    strings_utf16: usize,
    /// The shape last found per slot, the slot chosen from the addresses of
    /// a struct's first and last keys (struct keys are `'static`): objects
    /// of one type come in runs, so this nearly always hits, and a hit is
    /// confirmed against the keys themselves.
    recent: [Option<u32>; RECENT_SLOTS],
    shapes: Vec<Box<[&'static str]>>,
    /// The keys of the structs being written, innermost last.
    keys: Vec<&'static str>,
}

impl Writer {
    #[inline]
    fn push_unsigned(&mut self, value: u64) {
        if value < u64::from(INTEGER) {
            self.words.push(INTEGER | value as u32);
        } else {
            self.push_float(value as f64);
        }
    }

    #[inline]
    fn push_float(&mut self, value: f64) {
        // (`as` saturates and drops the fraction: only whole, in-range,
        // non-negative-zero values come back equal.)
        let whole = value as u32;
        if whole < INTEGER && f64::from(whole) == value && !(whole == 0 && value.is_sign_negative())
        {
            self.words.push(INTEGER | whole);
        } else {
            self.words.extend_from_slice(&[FLOAT, self.floats.len() as u32]);
            self.floats.push(value);
        }
    }

    #[inline]
    fn push_string(&mut self, s: &str) {
        let start = self.strings_utf16;
        let units = utf16_units(s);
        self.strings.push_str(s);
        self.strings_utf16 += units;
        self.words.extend_from_slice(&[STRING, start as u32, self.strings_utf16 as u32]);
    }

    /// Reserves an op's count word, to be filled in when the items are written.
    #[inline]
    fn open(&mut self, op: u32) -> usize {
        self.words.push(op);
        self.words.push(0);
        self.words.len() - 1
    }

    #[inline]
    fn shape_of(&mut self, keys_from: usize) -> u32 {
        let keys = &self.keys[keys_from..];
        let same_keys = |shape: &[&'static str]| {
            shape.len() == keys.len() && shape.iter().zip(keys).all(|(a, b)| std::ptr::eq(*a, *b))
        };
        let address = |k: Option<&&str>| k.map_or(0, |k| k.as_ptr() as usize);
        let slot = (address(keys.first()) ^ address(keys.last()).rotate_left(7) ^ keys.len())
            % RECENT_SLOTS;
        if let Some(id) = self.recent[slot] {
            if same_keys(&self.shapes[id as usize]) {
                return id;
            }
        }
        let id = match self.shapes.iter().position(|shape| same_keys(shape)) {
            Some(found) => found as u32,
            None => {
                self.shapes.push(keys.into());
                self.shapes.len() as u32 - 1
            }
        };
        self.recent[slot] = Some(id);
        id
    }

    fn unsupported(what: &str) -> TapeError {
        TapeError(format!("{what} cannot be handed to JavaScript as a plain value"))
    }
}

/// The length of `s` in UTF-16 code units, counted from its bytes eight at a
/// time: one unit per byte, less one per continuation byte (`10xxxxxx`),
/// plus one per four-byte character's first byte (`11110xxx`), which
/// becomes a surrogate pair.
fn utf16_units(s: &str) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let (mut continuation, mut four_byte) = (0, 0);
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if w & HIGH != 0 {
            continuation += (w & !(w << 1) & HIGH).count_ones() as usize;
            four_byte += (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
        }
    }
    for &b in chunks.remainder() {
        continuation += usize::from(b & 0xC0 == 0x80);
        four_byte += usize::from(b >= 0xF0);
    }
    bytes.len() - continuation + four_byte
}

/// An array, or a map, being written: counts its items into the reserved word.
pub struct Items<'a> {
    writer: &'a mut Writer,
    count_at: usize,
    count: u32,
}

/// A struct being written: its keys gather on the writer's key stack and
/// decide its shape at the end.
pub struct Fields<'a> {
    writer: &'a mut Writer,
    shape_at: usize,
    keys_from: usize,
}

/// A `{ Variant: … }` wrapper around a tuple or struct variant.
pub struct Variant<'a, Inner> {
    inner: Inner,
    _writer: std::marker::PhantomData<&'a mut Writer>,
}

impl<'a> Items<'a> {
    fn new(writer: &'a mut Writer, op: u32) -> Self {
        let count_at = writer.open(op);
        Items { writer, count_at, count: 0 }
    }

    #[inline]
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        self.count += 1;
        value.serialize(&mut *self.writer)
    }

    #[inline]
    fn finish(self) -> Result<(), TapeError> {
        self.writer.words[self.count_at] = self.count;
        Ok(())
    }
}

impl<'a> Fields<'a> {
    fn new(writer: &'a mut Writer) -> Self {
        let shape_at = writer.open(OBJECT);
        let keys_from = writer.keys.len();
        Fields { writer, shape_at, keys_from }
    }

    #[inline]
    fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        self.writer.keys.push(key);
        value.serialize(&mut *self.writer)
    }

    #[inline]
    fn finish(self) -> Result<(), TapeError> {
        let shape = self.writer.shape_of(self.keys_from);
        self.writer.keys.truncate(self.keys_from);
        self.writer.words[self.shape_at] = shape;
        Ok(())
    }
}

/// Opens `{ variant: … }`: a one-entry map whose value follows.
fn open_variant(writer: &mut Writer, variant: &'static str) {
    writer.words.extend_from_slice(&[MAP, 1]);
    writer.push_string(variant);
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = TapeError;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Variant<'a, Items<'a>>;
    type SerializeMap = Items<'a>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Variant<'a, Fields<'a>>;

    #[inline]
    fn serialize_bool(self, v: bool) -> Result<(), TapeError> {
        self.words.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    #[inline]
    fn serialize_i8(self, v: i8) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    #[inline]
    fn serialize_i16(self, v: i16) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    #[inline]
    fn serialize_i32(self, v: i32) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    #[inline]
    fn serialize_i64(self, v: i64) -> Result<(), TapeError> {
        const SAFE: i64 = (1 << 53) - 1;
        if (0..=SAFE).contains(&v) {
            self.push_unsigned(v as u64);
            Ok(())
        } else if (-SAFE..0).contains(&v) {
            self.serialize_f64(v as f64)
        } else {
            Err(TapeError(format!("{v} can't be represented as a JavaScript number")))
        }
    }
    #[inline]
    fn serialize_u8(self, v: u8) -> Result<(), TapeError> {
        self.serialize_u64(v.into())
    }
    #[inline]
    fn serialize_u16(self, v: u16) -> Result<(), TapeError> {
        self.serialize_u64(v.into())
    }
    #[inline]
    fn serialize_u32(self, v: u32) -> Result<(), TapeError> {
        self.serialize_u64(v.into())
    }
    #[inline]
    fn serialize_u64(self, v: u64) -> Result<(), TapeError> {
        if v < 1 << 53 {
            self.push_unsigned(v);
            Ok(())
        } else {
            Err(TapeError(format!("{v} can't be represented as a JavaScript number")))
        }
    }
    #[inline]
    fn serialize_i128(self, _: i128) -> Result<(), TapeError> {
        Err(Writer::unsupported("A 128-bit integer"))
    }
    #[inline]
    fn serialize_u128(self, _: u128) -> Result<(), TapeError> {
        Err(Writer::unsupported("A 128-bit integer"))
    }
    #[inline]
    fn serialize_f32(self, v: f32) -> Result<(), TapeError> {
        self.serialize_f64(v.into())
    }
    #[inline]
    fn serialize_f64(self, v: f64) -> Result<(), TapeError> {
        self.push_float(v);
        Ok(())
    }
    #[inline]
    fn serialize_char(self, v: char) -> Result<(), TapeError> {
        self.push_string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    #[inline]
    fn serialize_str(self, v: &str) -> Result<(), TapeError> {
        self.push_string(v);
        Ok(())
    }
    #[inline]
    fn serialize_bytes(self, _: &[u8]) -> Result<(), TapeError> {
        Err(Writer::unsupported("A byte string"))
    }
    #[inline]
    fn serialize_none(self) -> Result<(), TapeError> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), TapeError> {
        value.serialize(self)
    }
    #[inline]
    fn serialize_unit(self) -> Result<(), TapeError> {
        self.words.push(NULL);
        Ok(())
    }
    #[inline]
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), TapeError> {
        self.serialize_unit()
    }
    /// Not inlined: serde's derive writes one call to this per variant of
    /// every enum, and inlined, each such arm was a copy of
    /// [`Writer::push_string`] (the core 5.4 KB larger, 1.1 KB gzipped).
    #[inline(never)]
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), TapeError> {
        self.push_string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        open_variant(self, variant);
        value.serialize(self)
    }
    #[inline]
    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'a>, TapeError> {
        Ok(Items::new(self, ARRAY))
    }
    #[inline]
    fn serialize_tuple(self, _: usize) -> Result<Items<'a>, TapeError> {
        Ok(Items::new(self, ARRAY))
    }
    #[inline]
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Items<'a>, TapeError> {
        Ok(Items::new(self, ARRAY))
    }
    #[inline]
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'a, Items<'a>>, TapeError> {
        open_variant(self, variant);
        Ok(Variant { inner: Items::new(self, ARRAY), _writer: std::marker::PhantomData })
    }
    #[inline]
    fn serialize_map(self, _: Option<usize>) -> Result<Items<'a>, TapeError> {
        Ok(Items::new(self, MAP))
    }
    #[inline]
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'a>, TapeError> {
        Ok(Fields::new(self))
    }
    #[inline]
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'a, Fields<'a>>, TapeError> {
        open_variant(self, variant);
        Ok(Variant { inner: Fields::new(self), _writer: std::marker::PhantomData })
    }
}

/// Sequences, tuples and tuple structs are all arrays.
macro_rules! items_are_an_array {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = TapeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
                self.item(value)
            }
            fn end(self) -> Result<(), TapeError> {
                self.finish()
            }
        }
    )*};
}

items_are_an_array!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeTupleVariant for Variant<'_, Items<'_>> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        self.inner.item(value)
    }
    fn end(self) -> Result<(), TapeError> {
        self.inner.finish()
    }
}

impl ser::SerializeMap for Items<'_> {
    type Ok = ();
    type Error = TapeError;
    /// Keys must come out as strings: the result is a plain object.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), TapeError> {
        let at = self.writer.words.len();
        self.item(key)?;
        if self.writer.words.get(at) != Some(&STRING) {
            return Err(TapeError(
                "A map key is not a string, so it cannot be an object key in JavaScript".into(),
            ));
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), TapeError> {
        self.finish()
    }
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), TapeError> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Variant<'_, Fields<'_>> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        self.inner.field(key, value)
    }
    fn end(self) -> Result<(), TapeError> {
        self.inner.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Span {
        start: usize,
        end: usize,
    }

    #[derive(Serialize)]
    enum Kind {
        Unit,
        Wrapped(u8),
    }

    #[test]
    fn shapes_are_shared_and_strings_use_utf16_offsets() {
        let tape = write(&(
            vec![Span { start: 1, end: 2 }, Span { start: 3, end: 4 }],
            "é😀",
            Kind::Unit,
            Kind::Wrapped(7),
            -1.5,
            None::<u8>,
        ))
        .unwrap();
        let w = &tape.words;
        let int = |n: u32| INTEGER | n;
        let shapes_at = w[0] as usize;
        // ("é😀" is 3 UTF-16 units; "Unit" 4; "Wrapped" 7; then the shape's keys.)
        assert_eq!(
            &w[1..shapes_at],
            &[
                ARRAY,
                6,
                ARRAY,
                2,
                OBJECT,
                0,
                int(1),
                int(2),
                OBJECT,
                0,
                int(3),
                int(4),
                STRING,
                0,
                3,
                STRING,
                3,
                7,
                MAP,
                1,
                STRING,
                7,
                14,
                int(7),
                FLOAT,
                0,
                NULL,
            ]
        );
        assert_eq!(&w[shapes_at..], &[1, 2, STRING, 14, 19, STRING, 19, 22]);
        assert_eq!(tape.strings, "é😀UnitWrappedstartend");
        assert_eq!(tape.floats, vec![-1.5]);
    }

    #[test]
    fn utf16_units_matches_the_library_on_every_prefix() {
        let text = "Kyiv — “5 killed” 🚀 in Ünye\r\n, 12% 👩‍🚒 done; naïve café 日本 x";
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            for from in [0, 1, 3].into_iter().filter(|&f| text.is_char_boundary(f) && f <= at) {
                let s = &text[from..at];
                assert_eq!(utf16_units(s), s.encode_utf16().count(), "{s:?}");
            }
        }
    }

    /// The keys of each shape in a tape, joined as tape.js's builders name them.
    fn shape_names(tape: &Tape) -> Vec<String> {
        let w = &tape.words[tape.words[0] as usize..];
        let units: Vec<u16> = tape.strings.encode_utf16().collect();
        let (mut at, mut names) = (1, Vec::new());
        for _ in 0..w[0] {
            let count = w[at] as usize;
            let keys: Vec<String> = (0..count)
                .map(|k| {
                    String::from_utf16(
                        &units[w[at + 2 + 3 * k] as usize..w[at + 3 + 3 * k] as usize],
                    )
                    .unwrap()
                })
                .collect();
            names.push(keys.join(","));
            at += 1 + 3 * count;
        }
        names
    }

    #[test]
    fn every_builder_in_tape_js_matches_a_shape_of_the_article() {
        let article = crate::parse("Quay closes\n\nBy Ana Ruiz\n\nMayor Ana Ruiz said five boats sank on Tuesday. Ruiz left.", &Default::default()).unwrap();
        let shapes = shape_names(&write(&article).unwrap());
        let script = include_str!("tape.js");
        let builders = script
            .split("const BUILDERS = {")
            .nth(1)
            .and_then(|rest| rest.split("};").next())
            .expect("tape.js declares BUILDERS");
        let mut listed = 0;
        for line in builders.lines().filter_map(|l| l.trim().strip_prefix('\'')) {
            let keys = line.split('\'').next().unwrap();
            assert!(shapes.iter().any(|s| s == keys), "tape.js builds {{{keys}}}, which the article no longer has: its shapes are {shapes:?}");
            listed += 1;
        }
        assert_eq!(listed, 6);
    }

    #[test]
    fn tape_js_names_the_same_op_codes() {
        let script = include_str!("tape.js");
        let ops = [
            ("NULL", NULL),
            ("FALSE", FALSE),
            ("TRUE", TRUE),
            ("FLOAT", FLOAT),
            ("STRING", STRING),
            ("ARRAY", ARRAY),
            ("OBJECT", OBJECT),
            ("MAP", MAP),
        ];
        for (name, code) in ops {
            let line = format!("const {name} = {code};");
            assert!(script.contains(&line), "tape.js must declare `{line}`");
            assert!(script.contains(&format!("case {name}:")), "tape.js decodes {name} by name");
        }
        assert!(script.contains("const INTEGER = 0x80000000;") && INTEGER == 0x8000_0000);
        assert!(!script.contains("case 0:"), "tape.js names every op it decodes");
    }

    #[test]
    fn numbers_outside_31_bits_and_negative_zero_go_to_floats() {
        let tape = write(&(2u64.pow(31), -0.0f64, 0.5f64, 5u8)).unwrap();
        assert_eq!(
            &tape.words[1..tape.words[0] as usize],
            &[ARRAY, 4, FLOAT, 0, FLOAT, 1, FLOAT, 2, INTEGER | 5]
        );
        assert_eq!(tape.floats[0], 2f64.powi(31));
        assert!(tape.floats[1] == 0.0 && tape.floats[1].is_sign_negative());
    }

    #[test]
    fn unrepresentable_values_are_errors_with_a_reason() {
        let error = write(&(1u64 << 60)).err().unwrap();
        assert!(error.to_string().contains("JavaScript number"), "{error}");
        let mut map = std::collections::BTreeMap::new();
        map.insert(1u8, 2u8);
        assert!(write(&map).err().unwrap().to_string().contains("not a string"));
    }
}
