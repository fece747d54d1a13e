//! Claims compared across documents: the same check-worthy statement in two articles
//! corroborates; the same quantity about the same subject with incompatible values
//! contradicts. Quantities compare as intervals, so « plus de 80 % » and « plus de la
//! moitié » agree.

use std::collections::HashMap;

use std::sync::Arc;

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

/// A claim links to at most this many others: enough to point the writer to them, and
/// bounded when a wire story is repeated in thousands of articles.
const MAX_LINKS: usize = 8;

/// At most this many claims are read from one subject word's list: a word every claim
/// shares says nothing about which claims match.
const MAX_POSTINGS: usize = 512;

/// Every corroboration and contradiction between claims of different documents.
///
/// Claims with the same subject words, kind and quantities are grouped first, so a claim
/// repeated across many articles is compared once; each claim then gets at most
/// [`MAX_LINKS`] links.
pub fn crosscheck(documents: &[Arc<Document>]) -> Vec<ClaimLink> {
    let claim = |r: ClaimRef| &documents[r.document].analysis.claims[r.claim];
    let mut groups: Vec<(Subject, Vec<ClaimRef>)> = Vec::new();
    let mut by_signature: HashMap<String, usize> = HashMap::new();
    for (d, doc) in documents.iter().enumerate() {
        for (i, c) in doc
            .analysis
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.check_worthy())
        {
            let r = ClaimRef {
                document: d,
                claim: i,
            };
            let terms = subject_terms(&doc.text, c);
            let signature = signature(c, &terms);
            let g = *by_signature.entry(signature).or_insert_with(|| {
                groups.push((Subject { claim: r, terms }, Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(r);
        }
    }
    let mut links = Vec::new();
    let mut count: HashMap<ClaimRef, usize> = HashMap::new();
    let mut link = |a: ClaimRef, b: ClaimRef, relation: Relation, links: &mut Vec<ClaimLink>| {
        if a.document == b.document {
            return;
        }
        let (na, nb) = (
            count.get(&a).copied().unwrap_or(0),
            count.get(&b).copied().unwrap_or(0),
        );
        if na < MAX_LINKS && nb < MAX_LINKS {
            *count.entry(a).or_default() += 1;
            *count.entry(b).or_default() += 1;
            links.push(ClaimLink { a, b, relation });
        }
    };
    // The same claim in several articles corroborates itself.
    for (_, members) in &groups {
        for (k, &a) in members.iter().enumerate() {
            for &b in members[k + 1..].iter().take(MAX_LINKS) {
                link(a, b, Relation::Corroborates, &mut links);
            }
        }
    }
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (g, (subject, _)) in groups.iter().enumerate() {
        for t in &subject.terms {
            index.entry(t.as_str()).or_default().push(g);
        }
    }
    for (g, (subject, members)) in groups.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for t in &subject.terms {
            let postings = &index[t.as_str()];
            let after = postings.partition_point(|&o| o <= g);
            for &o in postings[after..].iter().take(MAX_POSTINGS) {
                *shared.entry(o).or_default() += 1;
            }
        }
        let mut candidates: Vec<(usize, usize)> = shared
            .into_iter()
            .filter(|&(_, n)| n >= SHARED_TERMS)
            .collect();
        candidates.sort_unstable();
        for (o, n) in candidates {
            let (other, other_members) = (&groups[o].0, &groups[o].1);
            let union = subject.terms.len() + other.terms.len() - n;
            let similar = n as f64 / union as f64 >= SIMILAR_WORDING;
            let Some(relation) = compare(claim(subject.claim), claim(other.claim), similar) else {
                continue;
            };
            for &a in members.iter().take(MAX_LINKS) {
                for &b in other_members.iter().take(MAX_LINKS) {
                    link(a, b, relation, &mut links);
                }
            }
        }
    }
    links
}

/// Claims with one signature say the same thing: same kind, subject words and quantities.
fn signature(c: &Claim, terms: &[String]) -> String {
    let mut s = format!("{:?}|{}", c.kind, terms.join(" "));
    for q in &c.quantities {
        s.push_str(&format!("|{:?}{}:{}", q.unit, q.value.low, q.value.high));
    }
    s
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
            !lx::is(k.as_str(), lx::FUNCTION_WORDS)
                && !lx::is(k.as_str(), lx::SPEECH_CUES)
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
