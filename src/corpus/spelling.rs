//! entity-spelling: one entity written two ways (« Tokayev » / « Tokaïev », « Kassym-Shomart
//! » / « Kassym-Jomart »). Each name word is compared with the word in the same place of the
//! canonical name; initials and acronyms are not misspellings, nor is a change of case.

use std::sync::Arc;

use super::document::Document;
use super::entity::{Entity, MentionRef};
use crate::analysis::{Code, Finding, Form, Mention, Related};
use crate::text::Span;

/// entity-spelling findings of `doc`: each of its mentions against the canonical name of
/// its entity (`entity_of` mention index). Costs the mentions of that document. `stands_for`
/// is the document of the corpus that `doc` is a newer text of (a preview), if any: its
/// spans in the corpus are out of date.
pub fn spelling_findings(
    documents: &[Arc<Document>],
    entities: &[Entity],
    doc: &Document,
    entity_of: impl Fn(usize) -> Option<usize>,
    stands_for: Option<usize>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, m) in doc.analysis.mentions.iter().enumerate() {
        let Some(e) = entity_of(i) else {
            continue;
        };
        let e = &entities[e];
        for (span, right) in misspelled_words(&doc.text, m, e) {
            let word = span.of(&doc.text);
            let mut f = Finding::new(
                Code::EntitySpelling,
                span,
                format!(
                    "« {word} » is spelled « {right} » elsewhere in the corpus ({})",
                    e.name
                ),
            );
            if let Some((document, span)) = canonical_place(documents, e, doc, stands_for) {
                f.related.push(Related {
                    document,
                    span,
                    message: format!("spelled « {} » here", e.name),
                });
            }
            out.push(f);
        }
    }
    out
}

/// Where the entity is written as its name: its canonical mention, unless that lies in the
/// out-of-date version of `doc` (`stands_for`); then the same spelling in `doc` itself
/// (`None`: this document), else in another document.
fn canonical_place(
    documents: &[Arc<Document>],
    e: &Entity,
    doc: &Document,
    stands_for: Option<usize>,
) -> Option<(Option<usize>, Span)> {
    let x = e.canonical_mention?;
    let span_of = |m: MentionRef| documents[m.document].analysis.mentions[m.mention].span;
    if Some(x.document) != stands_for {
        return Some((Some(x.document), span_of(x)));
    }
    let mut here = doc.analysis.mentions.iter().map(|m| m.span);
    if let Some(span) = here.find(|s| s.of(&doc.text) == e.name) {
        return Some((None, span));
    }
    e.mentions
        .iter()
        .copied()
        .filter(|m| m.document != x.document)
        .find(|&m| span_of(m).of(&documents[m.document].text) == e.name)
        .map(|m| (Some(m.document), span_of(m)))
}

/// The words of mention `m` (in `text`) that its entity `e` spells otherwise, each with
/// the word of the canonical name it stands for: « Tokayev » → « Tokaïev ».
pub fn misspelled_words<'e>(text: &str, m: &Mention, e: &'e Entity) -> Vec<(Span, &'e str)> {
    let mut out = Vec::new();
    if e.forms.len() < 2 || m.form == Form::Acronym {
        return out;
    }
    let canonical: Vec<&str> = e.name.split_whitespace().collect();
    let Some(surname) = canonical.last() else {
        return out;
    };
    let words: Vec<(usize, &str)> = word_offsets(m.span.of(text));
    let pairs: Vec<((usize, &str), &str)> = if words.len() == canonical.len() {
        words
            .iter()
            .copied()
            .zip(canonical.iter().copied())
            .collect()
    } else if let Some(&last) = words.last() {
        vec![(last, *surname)]
    } else {
        return out;
    };
    for ((offset, word), right) in pairs {
        let initial = word.trim_end_matches('.').chars().count() <= 1 || word.ends_with('.');
        if initial || word.to_lowercase() == right.to_lowercase() {
            continue;
        }
        let span = Span::new(m.span.start + offset, m.span.start + offset + word.len());
        out.push((span, right));
    }
    out
}

fn word_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}
