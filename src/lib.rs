//! Attest: recognises the people, organisations and places of a corpus of news articles,
//! finds their factual claims and reports which are unsourced, anonymous, hedged, disputed
//! or contradicted. The modules follow the data flow of ARCHITECTURE.md:
//! text → article → analysis → corpus → queries → cli.

pub mod analysis;
pub mod annotation;
pub mod article;
pub mod cli;
pub mod corpus;
pub mod eval;
pub mod lsp;
pub mod process;
pub mod queries;
mod session;
pub mod text;
