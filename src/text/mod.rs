//! Text: bytes in, `&str` with byte offsets out. Decoding, spans, line positions in every
//! encoding a client may count in, and the folding that lets names written differently
//! compare equal.

mod decode;
mod eight_bytes;
mod fold;
mod language;
mod line_index;
mod span;
mod words;

pub use decode::{BINARY_SNIFF, Decoded, decode, looks_binary};
pub use eight_bytes::{
    ascii_letters_and_capitals, ascii_letters_end, ascii_letters_run, ascii_run, ascii_spaces,
    eight_bytes,
};
pub use fold::{fold, fold_into, fold_letter};
#[cfg(test)]
pub(crate) use language::{ENGLISH as ENGLISH_SHORT_WORDS, FRENCH as FRENCH_SHORT_WORDS};
pub use language::{Language, guess as guess_language};
pub use line_index::{Encoding, LineIndex, Position, SpanWalk, Walk, floor_char_boundary};
pub use span::Span;
pub(crate) use words::{ELISIONS, is_apostrophe, is_hyphen};
pub use words::{Word, words};
