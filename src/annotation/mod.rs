//! Human annotations: brat standoff files beside the articles. What annotators recorded
//! outranks what Attest guesses.

pub mod article;
pub mod brat;

pub use article::{ArticleAnnotations, CodePoints, Status, resolve};
