//! The one error type. Its text is written for the person using the page:
//! it says what was wrong with their input and what to do about it.

use std::fmt;

/// What went wrong, for callers that want to react differently to each case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input has no text to work with.
    EmptyInput,
    /// The input is larger than Parallax accepts.
    TooLarge,
    /// The input could be read but holds no article.
    NoArticle,
    /// An option or argument is not valid.
    InvalidArgument,
}

/// An error with a message a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }

    /// What went wrong, for callers that handle kinds differently (a bad input against a limit).
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message to show the user: it says what to do about the error.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
