//! The command line: `attest check`, `attest annotate`, `attest entities`.

pub mod format;
pub mod report;
