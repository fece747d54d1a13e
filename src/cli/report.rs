//! A finding placed in its file, ready to print: the shape every output format shares.

use serde::Serialize;

use crate::analysis::Severity;

/// Lines and columns are 1-based, columns counted in characters, like a compiler's.
#[derive(Clone, Debug, Serialize)]
pub struct ReportedFinding {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub start_byte: usize,
    pub end_byte: usize,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub related: Vec<ReportedRelated>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReportedRelated {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
}
