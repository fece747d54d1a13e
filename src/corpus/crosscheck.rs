//! Claims compared across documents: the same check-worthy statement in two articles
//! corroborates; the same quantity about the same subject with incompatible values
//! contradicts. Quantities compare as intervals, so « plus de 80 % » and « plus de la
//! moitié » agree.

use std::collections::HashMap;

use super::document::Document;
use crate::analysis::lexicon::{self as lx, key};
use crate::analysis::{Claim, ClaimKind};
use crate::article::Unit;
use crate::text::{Span, fold, words};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimRef {
    pub document: usize,
    pub claim: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Corroborates,
    Contradicts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimLink {
    pub a: ClaimRef,
    pub b: ClaimRef,
    pub relation: Relation,
}

/// Two claims speak of the same thing when they share this many subject words.
const SHARED_TERMS: usize = 2;

struct Subject {
    claim: ClaimRef,
    terms: Vec<String>,
}

/// Every corroboration and contradiction between claims of different documents.
pub fn crosscheck(documents: &[Document]) -> Vec<ClaimLink> {
    let subjects: Vec<Subject> = documents
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.analysis
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| c.check_worthy())
                .map(move |(i, c)| Subject {
                    claim: ClaimRef {
                        document: d,
                        claim: i,
                    },
                    terms: subject_terms(&doc.text, c),
                })
        })
        .collect();
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (s, subject) in subjects.iter().enumerate() {
        for t in &subject.terms {
            index.entry(t.as_str()).or_default().push(s);
        }
    }
    let claim = |r: ClaimRef| &documents[r.document].analysis.claims[r.claim];
    let mut links = Vec::new();
    for (s, subject) in subjects.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for t in &subject.terms {
            for &o in &index[t.as_str()] {
                if o > s && subjects[o].claim.document != subject.claim.document {
                    *shared.entry(o).or_default() += 1;
                }
            }
        }
        let mut candidates: Vec<(usize, usize)> = shared
            .into_iter()
            .filter(|&(_, n)| n >= SHARED_TERMS)
            .collect();
        candidates.sort_unstable();
        for (o, n) in candidates {
            let (a, b) = (subject.claim, subjects[o].claim);
            let union = subject.terms.len() + subjects[o].terms.len() - n;
            let similar = n as f64 / union as f64 >= SIMILAR_WORDING;
            if let Some(relation) = compare(claim(a), claim(b), similar) {
                links.push(ClaimLink { a, b, relation });
            }
        }
    }
    links
}

/// A statement without numbers repeats another when most of their words are shared.
const SIMILAR_WORDING: f64 = 0.6;

fn compare(a: &Claim, b: &Claim, similar: bool) -> Option<Relation> {
    match (a.kind, b.kind) {
        (ClaimKind::Statistic, ClaimKind::Statistic) => {
            let (qa, qb) = (a.quantities.first()?, b.quantities.first()?);
            if !same_unit(&qa.unit, &qb.unit) {
                return None;
            }
            Some(if qa.value.compatible(&qb.value) {
                Relation::Corroborates
            } else {
                Relation::Contradicts
            })
        }
        (ClaimKind::Statistic, _) | (_, ClaimKind::Statistic) => None,
        _ => similar.then_some(Relation::Corroborates),
    }
}

fn same_unit(a: &Unit, b: &Unit) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b) && a == b
}

/// What a claim is about: the content words of its focus, and for a statistic the first
/// few content words after its quantity, folded and singular.
fn subject_terms(text: &str, c: &Claim) -> Vec<String> {
    let span = match c.quantities.first() {
        Some(q) => Span::new(q.span.end, c.span.end),
        None => c.focus,
    };
    let quantity_words = c.quantities.iter().map(|q| q.span).collect::<Vec<_>>();
    let mut terms: Vec<String> = words(span.of(text))
        .into_iter()
        .map(|w| Span::new(span.start + w.span.start, span.start + w.span.end))
        .filter(|s| !quantity_words.iter().any(|q| q.overlaps(*s)))
        .map(|s| s.of(text))
        .filter(|w| {
            let k = key(w);
            !lx::FUNCTION_WORDS.contains(k.as_str())
                && !lx::SPEECH_CUES.contains(k.as_str())
                && !w.starts_with(|c: char| c.is_ascii_digit())
        })
        .take(if c.quantities.is_empty() { 12 } else { 4 })
        .map(|w| singular(fold(w)))
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

fn singular(mut w: String) -> String {
    if w.len() > 3 && (w.ends_with('s') || w.ends_with('x')) {
        w.pop();
    }
    w
}
