//! Matching what the writer typed against names: by folded key (`text::fold`, so
//! « Tokaïev » finds "Tokayev"), and by plain key (accents and case only), because a half
//! typed word is not yet transliterated like the whole name: « Po » folds to `po` while
//! « Poutine » folds to `putin`, and « Tokay » to `tokay` while « Tokayev » folds to
//! `tokaiev`.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

use crate::text::fold;

/// The keys a name is matched by: folded, and plain.
#[derive(Clone, Debug)]
pub struct NameKeys {
    folded: String,
    plain: String,
}

impl NameKeys {
    pub fn new(name: &str) -> Self {
        NameKeys {
            folded: fold(name),
            plain: plain(name),
        }
    }

    /// The name starts with `typed`.
    pub fn starts_with(&self, typed: &Typed) -> bool {
        self.folded.starts_with(&typed.keys.folded)
            || self.folded.starts_with(&typed.continued)
            || self.plain.starts_with(&typed.keys.plain)
    }

    /// How well `query` matches the name: a prefix, else the start of a word of it, else a
    /// subsequence of its letters; `None` when it does not match.
    pub fn fuzzy(&self, query: &Typed) -> Option<Rank> {
        [
            rank(&self.folded, &query.keys.folded),
            rank(&self.folded, &query.continued),
            rank(&self.plain, &query.keys.plain),
        ]
        .into_iter()
        .flatten()
        .min()
    }
}

/// What the writer typed, perhaps the start of a name.
#[derive(Clone, Debug)]
pub struct Typed {
    keys: NameKeys,
    /// Folded as if the word went on, so that a last « y » or « ch » reads as it would in
    /// the whole name.
    continued: String,
}

impl Typed {
    pub fn new(typed: &str) -> Self {
        let mut continued = fold(&format!("{typed}a"));
        if continued.ends_with('a') {
            continued.pop();
        }
        Typed {
            keys: NameKeys::new(typed),
            continued,
        }
    }
}

/// Better matches sort first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    Prefix,
    WordPrefix,
    Subsequence,
}

fn rank(name: &str, query: &str) -> Option<Rank> {
    if name.starts_with(query) {
        Some(Rank::Prefix)
    } else if name
        .match_indices(query)
        .any(|(i, _)| name[..i].ends_with([' ', '-', '\'']))
    {
        Some(Rank::WordPrefix)
    } else {
        let mut letters = name.chars();
        query
            .chars()
            .filter(|c| *c != ' ')
            .all(|q| letters.any(|c| c == q))
            .then_some(Rank::Subsequence)
    }
}

/// Lowercase, without diacritics, whitespace collapsed to one space.
fn plain(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            decompose_compatible(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
    out.replace('\u{2019}', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> NameKeys {
        NameKeys::new(s)
    }

    fn typed(s: &str) -> Typed {
        Typed::new(s)
    }

    #[test]
    fn a_half_typed_word_finds_the_name_it_begins() {
        assert!(keys("Poutine").starts_with(&typed("Po")));
        assert!(keys("Poutine").starts_with(&typed("Put")));
        assert!(keys("Kassym-Jomart Tokaïev").starts_with(&typed("kassym-j")));
        assert!(keys("Tokaïev").starts_with(&typed("Tokay")));
        assert!(keys("Tokaïev").starts_with(&typed("Tokayev")));
        assert!(!keys("Vladimir Poutine").starts_with(&typed("Pou")));
    }

    #[test]
    fn prefixes_rank_before_word_starts_before_scattered_letters() {
        let name = keys("Vladimir\u{a0}Poutine");
        assert_eq!(name.fuzzy(&typed("vla")), Some(Rank::Prefix));
        assert_eq!(name.fuzzy(&typed("Poutine")), Some(Rank::WordPrefix));
        assert_eq!(name.fuzzy(&typed("vput")), Some(Rank::Subsequence));
        assert_eq!(name.fuzzy(&typed("xyz")), None);
        assert_eq!(keys("l’OTSC").fuzzy(&typed("otsc")), Some(Rank::WordPrefix));
    }
}
