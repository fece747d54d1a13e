//! Attest: recognises the people, organisations and places of a corpus of news articles,
//! finds their factual claims and reports which are unsourced, anonymous, hedged, disputed
//! or contradicted. The modules follow the data flow of ARCHITECTURE.md:
//! text → article → analysis → corpus → queries → cli.

pub mod text;
pub mod article;
pub mod analysis;
pub mod cli;
