//! Human annotations: brat standoff files beside the articles. What annotators recorded
//! outranks what Attest guesses.

pub mod brat;
