//! Countries and capitals in French and English. (Being written.)

/// What the gazetteer knows a name to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Country,
    City,
}

/// The place a name denotes, if the gazetteer has it (matching on folded names).
pub fn lookup(_name: &str) -> Option<Place> {
    None
}
