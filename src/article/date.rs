//! Dates in French and English. (Being written.)

use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

pub fn find_dates(_text: &str) -> Vec<DateMention> {
    Vec::new()
}
