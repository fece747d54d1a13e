//! What the fuzz targets share: the invariants every analysed text must keep (`spans`),
//! and the in-process editor session that drives the language server (`session`,
//! `editor`).

pub mod editor;
pub mod session;
pub mod spans;
