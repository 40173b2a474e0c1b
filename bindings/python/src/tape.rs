//! Records as Python objects, in two steps that split the work between
//! threads.
//!
//! A record is written by the library's own `Serialize` (so its shape is
//! always the JSON Lines record's, whatever the library adds to it) into a
//! [`Tape`]: a flat list of tokens, built in a worker thread without the
//! GIL. The thread that holds the GIL then turns each tape into dicts and
//! lists ([`Builder`]), which is all it has to do.

use std::fmt;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rustc_hash::FxHashMap;
use serde::ser::{self, Serialize};

/// One serialized value, flattened: containers open with `Map` or `Seq`
/// and close with `End`. Keys and short strings are numbers in the
/// worker's [`Shared`] strings; longer strings are ranges of
/// [`Tape::long`].
#[derive(Clone, Copy, Debug)]
enum Tok {
    Map,
    Seq,
    End,
    Key(usize),
    Shared(usize),
    Str(usize, usize),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Bool(bool),
    Null,
}

/// Strings up to this many bytes are shared: keys, types, ids, names and
/// most mention texts repeat from record to record. Longer ones (evidence
/// sentences) are made each time.
const SHARED_MAX: usize = 48;

/// The short strings one worker has written, each with its number: the
/// worker hashes them, in parallel with the others, and the thread that
/// holds the GIL makes each one a Python string once and then only
/// indexes ([`Builder::learn`]).
#[derive(Debug, Default)]
pub struct Shared {
    ids: FxHashMap<Box<str>, usize>,
    /// Strings numbered since the last [`Shared::take_fresh`], in order.
    fresh: Vec<Box<str>>,
}

impl Shared {
    fn id(&mut self, s: &str) -> usize {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.ids.len();
        self.ids.insert(s.into(), id);
        self.fresh.push(s.into());
        id
    }

    /// The strings numbered since the last call, for [`Builder::learn`].
    pub fn take_fresh(&mut self) -> Vec<Box<str>> {
        std::mem::take(&mut self.fresh)
    }
}

/// A serialized value, ready to become a Python object.
#[derive(Debug, Default)]
pub struct Tape {
    toks: Vec<Tok>,
    long: String,
}

impl Tape {
    /// Serializes `value` (a record) into a tape, numbering its short
    /// strings in `shared`.
    pub fn of<T: Serialize + ?Sized>(value: &T, shared: &mut Shared) -> Result<Tape, Unsupported> {
        let mut w = Writer {
            tape: Tape::default(),
            shared,
        };
        value.serialize(&mut w)?;
        Ok(w.tape)
    }
}

/// The serializer: a tape being written, and the worker's strings.
struct Writer<'s> {
    tape: Tape,
    shared: &'s mut Shared,
}

impl Writer<'_> {
    fn key(&mut self, s: &str) {
        let id = self.shared.id(s);
        self.tape.toks.push(Tok::Key(id));
    }

    fn push(&mut self, tok: Tok) {
        self.tape.toks.push(tok);
    }

    /// Enum variants with data are written as serde_json writes them:
    /// `{"variant": data}`.
    fn open_variant(&mut self, variant: &str) {
        self.push(Tok::Map);
        self.key(variant);
    }

    fn push_str(&mut self, s: &str) {
        let tok = if s.len() <= SHARED_MAX {
            Tok::Shared(self.shared.id(s))
        } else {
            let start = self.tape.long.len();
            self.tape.long.push_str(s);
            Tok::Str(start, self.tape.long.len())
        };
        self.push(tok);
    }
}

/// A value the tape cannot hold (bytes, a map key that is not a string):
/// records have none, so this means the library's record format changed in
/// a way the binding must follow.
#[derive(Debug)]
pub struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "newsie record holds an unsupported value: {}", self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

type Res = Result<(), Unsupported>;

/// Scalars are one token each, widened to the token's type.
macro_rules! scalars {
    ($($method:ident($ty:ty) => $tok:ident($wide:ty)),* $(,)?) => {$(
        fn $method(self, v: $ty) -> Res {
            self.push(Tok::$tok(<$wide>::from(v)));
            Ok(())
        }
    )*};
}

impl<'t, 's> ser::Serializer for &'t mut Writer<'s> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Variant<'t, 's>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Variant<'t, 's>;

    scalars!(
        serialize_bool(bool) => Bool(bool),
        serialize_i8(i8) => Signed(i64),
        serialize_i16(i16) => Signed(i64),
        serialize_i32(i32) => Signed(i64),
        serialize_i64(i64) => Signed(i64),
        serialize_u8(u8) => Unsigned(u64),
        serialize_u16(u16) => Unsigned(u64),
        serialize_u32(u32) => Unsigned(u64),
        serialize_u64(u64) => Unsigned(u64),
        serialize_f32(f32) => Float(f64),
        serialize_f64(f64) => Float(f64),
    );
    fn serialize_char(self, v: char) -> Res {
        self.push_str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Res {
        self.push_str(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Res {
        Err(Unsupported("bytes".into()))
    }
    fn serialize_none(self) -> Res {
        self.push(Tok::Null);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Res {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Res {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Res {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Res {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.push(Tok::End);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Unsupported> {
        self.push(Tok::Seq);
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'t, 's>, Unsupported> {
        self.open_variant(variant);
        self.push(Tok::Seq);
        Ok(Variant(self))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Unsupported> {
        self.push(Tok::Map);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Unsupported> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'t, 's>, Unsupported> {
        self.open_variant(variant);
        self.push(Tok::Map);
        Ok(Variant(self))
    }
}

/// Sequences, tuples and tuple structs are lists.
macro_rules! list_like {
    ($($trait:ident::$method:ident),*) => {$(
        impl ser::$trait for &mut Writer<'_> {
            type Ok = ();
            type Error = Unsupported;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
                value.serialize(&mut **self)
            }
            fn end(self) -> Res {
                self.push(Tok::End);
                Ok(())
            }
        }
    )*};
}

list_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeMap for &mut Writer<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Res {
        // Keys are strings, as in JSON: serialized as a value, then marked.
        let at = self.tape.toks.len();
        key.serialize(&mut **self)?;
        match self.tape.toks[at..] {
            [Tok::Shared(id)] => self.tape.toks[at] = Tok::Key(id),
            [Tok::Str(a, b)] => {
                let long = self.tape.long[a..b].to_string();
                self.tape.toks[at] = Tok::Key(self.shared.id(&long));
            }
            _ => return Err(Unsupported("a map key that is not a string".into())),
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.push(Tok::End);
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Writer<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Res {
        self.key(key);
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.push(Tok::End);
        Ok(())
    }
}

/// The inner container of an enum variant, closed together with the map
/// that holds it.
pub struct Variant<'t, 's>(&'t mut Writer<'s>);

impl ser::SerializeTupleVariant for Variant<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
        value.serialize(&mut *self.0)
    }
    fn end(self) -> Res {
        self.0.tape.toks.extend([Tok::End, Tok::End]);
        Ok(())
    }
}

impl ser::SerializeStructVariant for Variant<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Res {
        self.0.key(key);
        value.serialize(&mut *self.0)
    }
    fn end(self) -> Res {
        self.0.tape.toks.extend([Tok::End, Tok::End]);
        Ok(())
    }
}

/// Turns one worker's tapes into Python objects, on the thread that holds
/// the GIL.
pub struct Builder<'py> {
    py: Python<'py>,
    /// The worker's shared strings, by number.
    shared: Vec<Bound<'py, PyString>>,
}

/// A container being filled.
enum Open<'py> {
    Dict(Bound<'py, PyDict>, Option<Bound<'py, PyString>>),
    List(Bound<'py, PyList>),
}

impl<'py> Builder<'py> {
    pub fn new(py: Python<'py>) -> Builder<'py> {
        Builder {
            py,
            shared: Vec::new(),
        }
    }

    /// Makes the strings the worker numbered since it last sent any.
    pub fn learn(&mut self, fresh: Vec<Box<str>>) {
        let py = self.py;
        self.shared.extend(fresh.iter().map(|s| PyString::new(py, s)));
    }

    fn shared(&self, id: usize) -> PyResult<Bound<'py, PyString>> {
        self.shared.get(id).cloned().ok_or_else(|| {
            pyo3::exceptions::PyRuntimeError::new_err("newsie: a tape names an unknown string")
        })
    }

    /// The Python value of `tape`: dicts, lists, str, int, float, bool and
    /// None.
    pub fn build(&self, tape: &Tape) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let mut stack: Vec<Open<'py>> = Vec::with_capacity(8);
        let mut done = None;
        for &tok in &tape.toks {
            let value: Bound<'py, PyAny> = match tok {
                Tok::Map => {
                    stack.push(Open::Dict(PyDict::new(py), None));
                    continue;
                }
                Tok::Seq => {
                    stack.push(Open::List(PyList::empty(py)));
                    continue;
                }
                Tok::Key(id) => {
                    let key = self.shared(id)?;
                    if let Some(Open::Dict(_, pending)) = stack.last_mut() {
                        *pending = Some(key);
                    }
                    continue;
                }
                Tok::End => match stack.pop() {
                    Some(Open::Dict(d, _)) => d.into_any(),
                    Some(Open::List(l)) => l.into_any(),
                    None => continue,
                },
                Tok::Shared(id) => self.shared(id)?.into_any(),
                Tok::Str(a, b) => PyString::new(py, &tape.long[a..b]).into_any(),
                Tok::Unsigned(v) => v.into_pyobject(py)?.into_any(),
                Tok::Signed(v) => v.into_pyobject(py)?.into_any(),
                Tok::Float(v) => v.into_pyobject(py)?.into_any(),
                Tok::Bool(v) => v.into_pyobject(py)?.to_owned().into_any(),
                Tok::Null => py.None().into_bound(py),
            };
            match stack.last_mut() {
                Some(Open::Dict(d, pending)) => {
                    if let Some(key) = pending.take() {
                        d.set_item(key, value)?;
                    }
                }
                Some(Open::List(l)) => l.append(value)?,
                None => done = Some(value),
            }
        }
        Ok(done.unwrap_or_else(|| py.None().into_bound(py)))
    }
}
