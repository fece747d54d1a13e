//! Names known beyond the rules, found in every article: a name or alias of the knowledge
//! base, and a name an annotator marked in any article of the corpus. Written as it was
//! given and standing as a word of its own, such a name is a mention wherever it appears,
//! even where the rules saw no name (a name in lower case after an article, a name the
//! rules split or took for a common word). The rules' own mentions stand; a known name is
//! added only where it overlaps none of them.
//!
//! What an annotator marked is a name to look for when it has a capital letter (a phrase
//! in lower case marked as a person is a description of someone in that place, not their
//! name), is at least two characters long, and was given one kind (and at most one
//! reference) wherever it was marked. The knowledge base outranks an annotation of the same
//! name. Found elsewhere, the name takes the kind (and the reference) the annotator gave it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use aho_corasick::{AhoCorasick, MatchKind};

use super::{Document, KnowledgeBase};
use crate::analysis::EntityKind;
use crate::analysis::mention::{self, Mention, Origin};
use crate::text::Span;

/// Every name to look for in a corpus's articles, to look for at once.
#[derive(Debug, Default)]
pub struct KnownNames {
    /// The knowledge base they were made from, to tell whether a new build needs new ones.
    knowledge: Option<Arc<KnowledgeBase>>,
    /// The knowledge base's names, then from `marked` on, those annotators marked.
    names: Vec<KnownName>,
    marked: usize,
    automaton: Option<AhoCorasick>,
    /// What a document is stamped with once these names are found in it (see
    /// [`Stamp`]): 0 for no names, which is what a new document is stamped with.
    stamp: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct KnownName {
    text: Box<str>,
    kind: EntityKind,
    /// A knowledge-base id, or the reference an annotator gave.
    identity: Option<Box<str>>,
}

/// The stamp the next new set of names is given: each has one of its own.
static STAMPS: AtomicU64 = AtomicU64::new(1);

/// Which names were last found in a document: the [`KnownNames::stamp`] of the last set
/// that [`KnownNames::recognise`] saw it with. A document is shared by the corpora built
/// one after the other, which find the same names in it: it is looked at again only when
/// the names change.
#[derive(Debug, Default)]
pub struct Stamp(AtomicU64);

impl Clone for Stamp {
    fn clone(&self) -> Self {
        Stamp(AtomicU64::new(self.0.load(Ordering::Relaxed)))
    }
}

impl KnownNames {
    /// The names of `knowledge`, and those an annotator marked in `documents`: `previous`
    /// itself when they are the same.
    pub fn of(
        knowledge: &Arc<KnowledgeBase>,
        documents: &[Arc<Document>],
        previous: Option<&Arc<KnownNames>>,
    ) -> Arc<KnownNames> {
        let marked = marked_in(documents);
        let same = |p: &&Arc<KnownNames>| {
            p.knowledge
                .as_ref()
                .is_some_and(|k| Arc::ptr_eq(k, knowledge))
                && p.names[p.marked..] == marked[..]
        };
        if let Some(previous) = previous.filter(same) {
            return previous.clone();
        }
        let mut names = knowledge_names(knowledge);
        let from = names.len();
        names.extend(marked);
        // Patterns of the same length matched at the same place, the first given wins:
        // the knowledge base's before an annotator's.
        let automaton = (!names.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(names.iter().map(|n| &*n.text))
                    .ok()
            })
            .flatten();
        let stamp = match names.is_empty() {
            true => 0,
            false => STAMPS.fetch_add(1, Ordering::Relaxed),
        };
        Arc::new(KnownNames {
            knowledge: Some(knowledge.clone()),
            names,
            marked: from,
            automaton,
            stamp,
        })
    }

    /// `doc` with these names found in it (see the module), and those of earlier names
    /// taken back: the same document when that changes nothing.
    pub fn recognise(&self, doc: Arc<Document>) -> Arc<Document> {
        if doc.known_with.0.load(Ordering::Relaxed) == self.stamp {
            return doc;
        }
        let (found, had_known) = self.found_in(&doc);
        let doc = if found.is_empty() && !had_known {
            doc
        } else {
            let mut mentions = doc.analysis.mentions.clone();
            mentions.retain(|m| !is_known(m));
            mentions.extend(found);
            mentions.sort_by_key(|m| (m.span.start, m.span.end));
            Arc::new(doc.with_mentions(mentions))
        };
        doc.known_with.0.store(self.stamp, Ordering::Relaxed);
        doc
    }

    /// The mentions of these names in `doc` where the rules found none, and whether `doc`
    /// holds mentions that earlier names found.
    fn found_in(&self, doc: &Document) -> (Vec<Mention>, bool) {
        let mentions = &doc.analysis.mentions;
        let had_known = mentions.iter().any(is_known);
        let Some(automaton) = &self.automaton else {
            return (Vec::new(), had_known);
        };
        let text = &doc.text;
        let mut found = Vec::new();
        let mut next = 0;
        for m in automaton.find_iter(text.as_str()) {
            let span = Span::new(m.start(), m.end());
            if !stands_alone(text, span) {
                continue;
            }
            // The mentions (by start) that end after this name starts.
            while next < mentions.len() && mentions[next].span.end <= span.start {
                next += 1;
            }
            let overlaps = mentions[next..]
                .iter()
                .take_while(|o| o.span.start < span.end)
                .any(|o| !is_known(o));
            if overlaps {
                continue;
            }
            let name = &self.names[m.pattern().as_usize()];
            let identity = name.identity.as_deref().map(str::to_owned);
            let mut known = mention::annotated(text, span, name.kind, identity);
            known.origin = Origin::Known;
            found.push(known);
        }
        (found, had_known)
    }
}

/// `documents` with `known` found in each (see [`KnownNames::recognise`]), side by side:
/// none is looked at when the names have not changed since. `None` as soon as `stop` says so.
pub(super) fn recognise_all(
    known: &KnownNames,
    documents: Vec<Arc<Document>>,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Arc<Document>>> {
    let stamped = |d: &Document| d.known_with.0.load(Ordering::Relaxed) == known.stamp;
    if documents.iter().all(|d| stamped(d)) {
        return Some(documents);
    }
    use rayon::prelude::*;
    documents
        .into_par_iter()
        .map(|d| match stamped(&d) {
            true => Some(d),
            false => (!stop()).then(|| known.recognise(d)),
        })
        .collect()
}

/// The knowledge base's names and aliases.
fn knowledge_names(knowledge: &KnowledgeBase) -> Vec<KnownName> {
    let mut names = Vec::new();
    for e in &knowledge.entities {
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            // One letter is no name to look for.
            if name.trim().chars().count() >= 2 {
                names.push(KnownName {
                    text: name.trim().into(),
                    kind: e.kind,
                    identity: Some(e.id.as_str().into()),
                });
            }
        }
    }
    names
}

/// The names annotators marked in `documents` (see the module), each once, in order.
fn marked_in(documents: &[Arc<Document>]) -> Vec<KnownName> {
    let mut marked: Vec<KnownName> = Vec::new();
    for doc in documents.iter().filter(|d| d.annotations.is_some()) {
        for m in doc.analysis.mentions.iter().filter(|m| m.is_annotated()) {
            let text = m.span.of(&doc.text);
            if text.chars().nth(1).is_some() && text.chars().any(char::is_uppercase) {
                marked.push(KnownName {
                    text: text.into(),
                    kind: m.kind,
                    identity: m.identity().map(Into::into),
                });
            }
        }
    }
    marked.sort();
    marked.dedup();
    let mut names = Vec::new();
    for group in marked.chunk_by(|a, b| a.text == b.text) {
        let kinds_agree = group.iter().all(|n| n.kind == group[0].kind);
        // Sorted, a name without a reference comes first: at most one reference besides.
        let references = group.iter().filter(|n| n.identity.is_some()).count();
        if kinds_agree && references <= 1 {
            names.push(group[group.len() - 1].clone());
        }
    }
    names
}

/// A mention a known name found (not the rules, not an annotator).
fn is_known(m: &Mention) -> bool {
    m.origin == Origin::Known
}

/// Whether the match at `span` is a word of its own: no letter or digit just before or
/// just after it (« Varga » in « Vargas » is not the name).
fn stands_alone(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
#[path = "known_names_tests.rs"]
mod tests;
