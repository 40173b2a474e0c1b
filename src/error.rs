//! Errors from building an [`Extractor`](crate::Extractor).
//!
//! Extraction itself never fails: every error belongs to building, where
//! gazetteer and rule files are parsed and checked. Like `regex-syntax`, an error
//! keeps the offending line and points at the column with a caret, so a user can
//! fix their file without guessing.

use std::fmt;
use std::path::Path;

/// What went wrong, in broad strokes. Match on this to react programmatically;
/// print the [`Error`] for the full message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A data file could not be read (missing, unreadable, not UTF-8).
    Io,
    /// A gazetteer file is malformed.
    Gazetteer,
    /// A rule file is malformed, or a rule does not type-check.
    Rule,
    /// A mapping table (relation types to PLOVER events) is malformed.
    Mapping,
}

/// Where in a data file an error was found. Lines and columns count from 1;
/// columns count characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The file's path, or `<embedded>/NAME` for data compiled into the crate.
    pub file: String,
    /// The 1-based line number.
    pub line: usize,
    /// The 1-based column (in characters) where the fault starts.
    pub column: usize,
    /// The text of the offending line.
    pub text: String,
}

/// An error from building an extractor: a kind, a message, and usually the
/// file, line and column where it happened.
///
/// ```
/// let err = newsie::Extractor::builder()
///     .gazetteer_str("my.tsv", "IRN\tCOUNTRI\tIran\tIran\t\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.kind(), newsie::ErrorKind::Gazetteer);
/// assert_eq!(err.location().unwrap().line, 1);
/// assert!(err.to_string().starts_with("my.tsv:1:5: unknown entity type 'COUNTRI'"));
/// ```
#[derive(Clone, Debug)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    location: Option<Location>,
}

impl Error {
    pub(crate) fn at(kind: ErrorKind, message: impl Into<String>, location: Location) -> Error {
        Error {
            kind,
            message: message.into(),
            location: Some(location),
        }
    }

    /// An error about no particular spot of a data file.
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            location: None,
        }
    }

    pub(crate) fn io(path: &Path, err: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io,
            message: format!("{}: {}", path.display(), err),
            location: None,
        }
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message without the location prefix.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where the error is, when it is in a data file.
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            None => write!(f, "{}", self.message),
            Some(loc) => {
                writeln!(f, "{}:{}:{}: {}", loc.file, loc.line, loc.column, self.message)?;
                writeln!(f, "  | {}", loc.text.replace('\t', " "))?;
                write!(f, "  | {}^", " ".repeat(loc.column.saturating_sub(1)))
            }
        }
    }
}

impl std::error::Error for Error {}

/// Locates a fault in one line of a data file: the file name, the 1-based
/// line number, the line itself and a byte offset into it.
pub(crate) fn locate(file: &str, line_no: usize, line: &str, byte_col: usize) -> Location {
    let byte_col = byte_col.min(line.len());
    let column = line.char_indices().take_while(|(i, _)| *i < byte_col).count() + 1;
    Location {
        file: file.to_string(),
        line: line_no,
        column,
        text: line.to_string(),
    }
}
