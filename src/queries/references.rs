//! Find references and document highlights: every mention of the entity under the cursor,
//! across the corpus or in this article.

use super::definition::defining_mention;
use super::{Location, mention_at, mention_span};
use crate::corpus::{Corpus, MentionRef};
use crate::text::Span;

/// Every mention in the corpus of the entity under the cursor, in corpus order; without
/// its definition unless `include_declaration`.
pub fn references(
    corpus: &Corpus,
    document: usize,
    offset: usize,
    include_declaration: bool,
) -> Vec<Location> {
    reference_mentions(corpus, document, offset, include_declaration)
        .iter()
        .map(|&x| Location {
            document: x.document(),
            span: mention_span(corpus, x),
        })
        .collect()
}

/// The same places as mentions, for a caller that reads what each document knows of its
/// mentions (`Document::mention_range`).
pub fn reference_mentions(
    corpus: &Corpus,
    document: usize,
    offset: usize,
    include_declaration: bool,
) -> Vec<MentionRef> {
    let Some(m) = mention_at(corpus, document, offset) else {
        return Vec::new();
    };
    let mentions = &corpus.entity(m).mentions;
    let declaration = (!include_declaration).then(|| defining_mention(corpus, m));
    let mut found = Vec::with_capacity(mentions.len());
    found.extend(mentions.iter().filter(|&x| Some(x) != declaration));
    found
}

/// The mentions in this article of the entity under the cursor, in text order.
pub fn highlights(corpus: &Corpus, document: usize, offset: usize) -> Vec<Span> {
    let Some(m) = mention_at(corpus, document, offset) else {
        return Vec::new();
    };
    (corpus.entity(m).mentions.in_document(document))
        .map(|x| mention_span(corpus, x))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    fn fixture(file: &str, cursor: &str) -> Fixture {
        Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)]).cursor(file, cursor)
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(f, t)| (f.to_string(), t.to_string()))
            .collect()
    }

    #[test]
    fn references_cross_articles_in_corpus_order() {
        let fx = fixture("moscou.txt", "|Tokayev a déclaré");
        let found = references(&fx.corpus, fx.document, fx.offset, true);
        assert_eq!(
            fx.show(&found),
            pairs(&[
                ("astana.txt", "Tokaïev"),
                ("astana.txt", "Kassym-Jomart Tokaïev"),
                ("astana.txt", "Tokaïev"),
                ("moscou.txt", "Tokayev"),
                ("moscou.txt", "Tokayev"),
            ])
        );
        assert_eq!(found[1], fx.at("astana.txt", "Kassym-Jomart Tokaïev", 0));
        assert_eq!(found[4], fx.at("moscou.txt", "Tokayev", 1));
    }

    #[test]
    fn without_the_declaration_the_defining_mention_is_left_out() {
        let fx = fixture("astana.txt", "Vladimir Pou|tine");
        let found = references(&fx.corpus, fx.document, fx.offset, false);
        assert_eq!(
            found,
            [
                fx.at("astana.txt", "Poutine", 0),
                fx.at("astana.txt", "Poutine", 2),
                fx.at("moscou.txt", "Vladimir\u{a0}Poutine", 0),
            ]
        );
    }

    #[test]
    fn highlights_stay_in_the_article() {
        let fx = fixture("astana.txt", "déclaré Poutine|.");
        let found = highlights(&fx.corpus, fx.document, fx.offset);
        assert_eq!(
            found,
            vec![
                fx.nth("astana.txt", "Poutine", 0),
                fx.span("astana.txt", "Vladimir Poutine"),
                fx.nth("astana.txt", "Poutine", 2),
            ]
        );
    }

    #[test]
    fn no_name_no_references() {
        let fx = fixture("astana.txt", "a acc|ueilli");
        assert!(references(&fx.corpus, fx.document, fx.offset, true).is_empty());
        assert!(highlights(&fx.corpus, fx.document, fx.offset).is_empty());
    }
}
