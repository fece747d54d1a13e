//! Analysis of one article: mentions, claims, attributions, findings. Pure functions of the
//! article's text; never I/O, never a panic.

pub mod finding;
pub mod gazetteer;

pub use finding::{Code, Finding, Related, Severity};
