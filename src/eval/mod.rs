//! `attest eval`: how far Attest's annotation of a corpus is from a human one (or one
//! annotator's from another's). Both are read as [`Markup`]s, each article is scored
//! ([`score`], identity across articles by B-cubed in `identity`), and the counts (`tally`)
//! are summed per language, per folder and overall ([`report`]).
//! Pure: the cli reads the files.

mod identity;
mod links;
pub mod markup;
pub mod report;
pub mod score;
mod spurious;
mod tally;

pub use markup::{Class, Markup, Reading};
pub use report::{Evaluation, Group};
pub use score::{ClaimUnit, Counts, Difference, Tally};

use crate::text::{Language, LineIndex};

/// One article and its two markups.
pub struct Article {
    /// As shown: relative to the gold folder.
    pub path: String,
    /// The folder it is in, relative to the gold folder (`.` for the top).
    pub folder: String,
    pub language: Language,
    pub text: String,
    pub gold: Markup,
    pub scored: Markup,
}

/// A difference placed in its article, for `--details`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Placed {
    pub file: String,
    pub line: usize,
    #[serde(flatten)]
    pub difference: Difference,
}

/// Scores every article, and sums the counts into groups: overall, each language, each
/// folder. A folder whose gold claims are all whole lines is scored by line (the
/// sentence-level sets).
pub fn evaluate(articles: &[Article]) -> (Evaluation, Vec<Placed>) {
    let mut whole: std::collections::BTreeMap<&str, (bool, bool)> = Default::default();
    for a in articles {
        let (all, any) = whole.entry(&a.folder).or_insert((true, false));
        *all &= score::whole_lines(&a.text, &a.gold);
        *any |= !a.gold.claims.is_empty();
    }
    // A gold that marks no link across articles says nothing of them: the links Attest
    // makes there are no differences (and no figure, `links`).
    let gold_links = (articles.iter()).any(|a| a.gold.claims.iter().any(|c| !c.links.is_empty()));
    let mut evaluation = Evaluation::default();
    let mut placed = Vec::new();
    for a in articles {
        let unit = match whole.get(a.folder.as_str()) {
            Some((true, true)) => ClaimUnit::Sentence,
            _ => ClaimUnit::Clause,
        };
        let (tally, diffs) = score::score(&a.text, &a.gold, &a.scored, unit, &a.path);
        evaluation.add(a, &tally);
        let lines = LineIndex::new(&a.text);
        let told = |d: &score::Difference| gold_links || d.what != "link";
        placed.extend(diffs.into_iter().filter(told).map(|d| Placed {
            file: a.path.clone(),
            line: lines.line_of(d.at) + 1,
            difference: d,
        }));
    }
    (evaluation, placed)
}

#[cfg(test)]
mod tests;
