//! Numbers and quantities, French and English, as intervals. (Being written.)

use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    pub fn compatible(&self, other: &Interval) -> bool {
        self.low <= other.high && other.low <= self.high
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    Percent,
    Count,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub span: Span,
    pub value: Interval,
    pub unit: Unit,
}

pub fn find_quantities(_text: &str) -> Vec<Quantity> {
    Vec::new()
}
