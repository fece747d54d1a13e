//! The article model: title, paragraphs, sentences, quotations, quantities and dates of one
//! text, all as byte spans. Pure functions over `&str`; no I/O.

pub mod date;
pub mod quantity;

pub use date::{DateMention, find_dates};
pub use quantity::{Interval, Quantity, Unit, find_quantities};
