//! Analysis of one article: mentions, claims, attributions, findings. Pure functions of the
//! article's text; never I/O, never a panic.

mod anonymous;
mod appositions;
pub mod attribution;
mod checkworthy;
pub mod claim;
mod common_acronyms;
mod common_words;
mod coordination;
pub mod document;
pub mod finding;
mod forecast;
pub mod gazetteer;
mod governs;
pub mod hedge;
pub mod tokens;

pub use finding::{Code, Finding, Related, Severity};
pub mod kind;
pub mod lexicon;
mod long_forms;
pub mod mention;
pub mod name_scan;
mod ranking;
pub mod reading;
mod readings;
mod said;
mod sentences;
mod word_key;
mod word_table;

pub use attribution::Attribution;
pub use claim::{Claim, ClaimKind};
pub use document::{
    Analysis, LanguageTold, analyze, analyze_unless, analyze_with, reanalyze_unless,
};
pub use kind::{EntityKind, KindVotes};
pub use mention::{Form, Mention, Origin, mentions};
pub use readings::Readings;
