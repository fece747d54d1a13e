//! Completion of names: as the writer types a capitalised word, the names the corpus knows
//! that begin with it, as written anywhere (« Tokaïev », « Kassym-Jomart Tokayev »).

use std::cmp::Reverse;

use super::document_at;
use super::name_match::{NameKeys, Typed};
use crate::corpus::{Corpus, MentionRef};
use crate::text::Span;

/// The names offered at the cursor and the typed word they replace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    /// The start of the name typed so far.
    pub range: Span,
    /// Best first: names of the most mentioned entities; of one entity, its canonical name,
    /// then the spellings of its words, then the others.
    pub items: Vec<CompletionItem>,
}

/// One name to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletionItem {
    /// The name as the corpus writes it.
    pub label: String,
    /// The entity's kind and canonical name: « person · Vladimir Poutine ».
    pub detail: String,
    pub entity_id: String,
}

/// At most this many names are offered.
const MAX_ITEMS: usize = 50;

/// Names that begin with the capitalised word before the cursor; none when that word is not
/// capitalised. After an elision (« l’Ukr ») the word starts after the apostrophe.
pub fn complete(corpus: &Corpus, document: usize, offset: usize) -> Option<Completion> {
    let doc = document_at(corpus, document)?;
    let range = word_before(&doc.text, offset)?;
    let typed = range.of(&doc.text);
    if !typed.starts_with(char::is_uppercase) {
        return None;
    }
    let keys = Typed::new(typed);
    // The word being typed is a mention of its own; it is no name to offer.
    let mentions = &doc.analysis.mentions;
    let i = mentions.partition_point(|m| m.span.end < range.end);
    let typing = mentions
        .get(i)
        .filter(|m| m.span.covers(range))
        .map(|_| MentionRef::new(document, i));

    // (mentions, entity, (canonical name, its parts, other forms), first use, label)
    let mut found: Vec<(usize, usize, u8, usize, &str)> = Vec::new();
    for (e, entity) in corpus.entities.iter().enumerate() {
        // A name being typed is no completion of itself, nor one the writer typed half-way
        // then changed (an edit patched in leaves its entity without mentions).
        if entity.mentions.is_empty()
            || (entity.mentions.len() == 1 && entity.mentions.first() == typing)
        {
            continue;
        }
        let aliases = entity.forms.iter().filter(|f| **f != entity.name);
        for (order, form) in std::iter::once(&entity.name).chain(aliases).enumerate() {
            if NameKeys::new(form).starts_with(&keys) {
                let spelling = match order {
                    0 => 0,
                    _ if part_of(form, &entity.name) => 1,
                    _ => 2,
                };
                found.push((entity.mentions.len(), e, spelling, order, form));
            }
        }
    }
    found.sort_by_key(|&(mentions, e, spelling, order, _)| (Reverse(mentions), e, spelling, order));
    let mut seen: Vec<String> = Vec::new();
    let mut items = Vec::new();
    for (_, e, _, _, label) in found {
        let spaced = label.split_whitespace().collect::<Vec<_>>().join(" ");
        if seen.contains(&spaced) {
            continue;
        }
        seen.push(spaced);
        let entity = &corpus.entities[e];
        items.push(CompletionItem {
            label: label.to_string(),
            detail: format!("{} · {}", entity.kind.as_str(), entity.name),
            entity_id: entity.id.clone(),
        });
        if items.len() == MAX_ITEMS {
            break;
        }
    }
    Some(Completion { range, items })
}

/// Whether every word of `form` is a word of the canonical `name`, spelled the same: the
/// canonical spelling of a surname (« Tokaïev » of « Kassym-Jomart Tokaïev ») is offered
/// before the other spellings (« Tokayev »), however often those are used.
fn part_of(form: &str, name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    form.split_whitespace().all(|w| words.contains(&w))
}

/// The word that ends at `offset`: letters, digits and inner hyphens, back to a space,
/// punctuation or an elision's apostrophe.
fn word_before(text: &str, offset: usize) -> Option<Span> {
    let before = text.get(..offset)?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        .last()
        .map(|(i, _)| i)?;
    Some(Span::new(start, offset))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    fn complete_at(text_with_cursor: &str) -> Option<Completion> {
        let fx = Fixture::new(&[
            ("astana.txt", ASTANA),
            ("moscou.txt", MOSCOU),
            ("brouillon.txt", text_with_cursor),
        ]);
        complete(&fx.corpus, fx.document, fx.offset)
    }

    fn labels(c: &Completion) -> Vec<&str> {
        c.items.iter().map(|i| i.label.as_str()).collect()
    }

    #[test]
    fn a_capitalised_start_offers_every_spelling_best_first() {
        let text = "Un brouillon 🎉\n\nHier à Astana, le président Tok|";
        let c = complete_at(text).unwrap();
        let start = text.find("Tok").unwrap();
        assert_eq!(c.range, Span::new(start, start + "Tok".len()));
        assert_eq!(labels(&c), ["Tokaïev", "Tokayev"]);
        assert_eq!(c.items[0].detail, "person · Kassym-Jomart Tokaïev");
        assert_eq!(c.items[0].entity_id, c.items[1].entity_id);
    }

    #[test]
    fn the_canonical_spelling_comes_first_even_when_another_is_used_first() {
        // « Tokayev » is the first spelling the corpus meets (moscou.txt comes first).
        let fx = Fixture::new(&[
            ("a-moscou.txt", MOSCOU),
            ("astana.txt", ASTANA),
            ("brouillon.txt", "Un brouillon\n\nHier, le président Tok|"),
        ]);
        let c = complete(&fx.corpus, fx.document, fx.offset).unwrap();
        assert_eq!(labels(&c), ["Tokaïev", "Tokayev"]);
        assert!(part_of("Tokaïev", "Kassym-Jomart Tokaïev"));
        assert!(!part_of("Tokayev", "Kassym-Jomart Tokaïev"));
    }

    #[test]
    fn a_spelling_typed_half_way_finds_the_transliterated_name() {
        let c = complete_at("Un brouillon\n\nLe président Vladimir\u{a0}Pou|").unwrap();
        assert_eq!(labels(&c), ["Poutine"]);
        let c = complete_at("Un brouillon\n\nLe président Kassym-Jo|").unwrap();
        assert_eq!(labels(&c), ["Kassym-Jomart Tokaïev"]);
    }

    #[test]
    fn after_an_elision_the_name_starts_after_the_apostrophe() {
        let text = "Un brouillon\n\nLe sommet de l’Or|";
        let c = complete_at(text).unwrap();
        assert_eq!(c.range.of(&text.replace('|', "")), "Or");
        assert_eq!(
            labels(&c),
            ["Organisation du traité de sécurité collective"]
        );
    }

    #[test]
    fn a_name_typed_half_way_then_changed_is_not_offered() {
        for (half, whole) in [
            (
                "Le maire Tomas Br a parlé.",
                "Le maire Tomas Brell a parlé.\n\nTom|",
            ),
            ("Mayor Tomas Br spoke.", "Mayor Tomas Brell spoke.\n\nTom|"),
        ] {
            let fx = Fixture::new(&[
                ("astana.txt", ASTANA),
                ("brouillon.txt", "Un brouillon\n\n|"),
            ]);
            let path = fx.corpus.documents[fx.document].path.clone();
            let typed = |text: &str| {
                let doc = crate::corpus::Document::new(
                    path.clone(),
                    text.into(),
                    crate::article::Format::Text,
                );
                std::sync::Arc::new(doc)
            };
            let corpus = fx
                .corpus
                .patched(typed(&format!("Un brouillon\n\n{half}\n")));
            let text = format!("Un brouillon\n\n{whole}");
            let offset = text.find('|').unwrap();
            let corpus = corpus.patched(typed(&text.replace('|', "")));
            let c = complete(&corpus, fx.document, offset).unwrap();
            assert_eq!(labels(&c), ["Tomas Brell"]);
        }
    }

    #[test]
    fn lowercase_words_and_blanks_get_nothing() {
        assert_eq!(complete_at("Un brouillon\n\nLe présid|"), None);
        assert_eq!(complete_at("Un brouillon\n\nLe président |"), None);
    }
}
