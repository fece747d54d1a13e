//! Go to definition: from any mention of an entity to the mention that defines it
//! (DESIGN.md §5) — its fullest form in the same article, else its canonical name
//! elsewhere; from an acronym, the long form it stands for.

use super::{Location, mention_at, mention_span};
use crate::analysis::Form;
use crate::corpus::{Corpus, MentionRef};
use crate::text::Span;

/// The span of the mention under the cursor and the location of its entity's definition.
pub fn definition(corpus: &Corpus, document: usize, offset: usize) -> Option<(Span, Location)> {
    let m = mention_at(corpus, document, offset)?;
    let target = defining_mention(corpus, m);
    Some((
        mention_span(corpus, m),
        Location {
            document: target.document(),
            span: mention_span(corpus, target),
        },
    ))
}

/// The knowledge-base table of the entity under the cursor, when it has one: the mention's
/// span, the file, and the span of the table's `[[entity]]` line there. A table outranks
/// every mention as the definition (DESIGN.md §5).
pub fn knowledge_table(
    corpus: &Corpus,
    document: usize,
    offset: usize,
) -> Option<(Span, std::path::PathBuf, Span)> {
    let m = mention_at(corpus, document, offset)?;
    let (path, span) = corpus.entity(m).known.clone()?;
    Some((mention_span(corpus, m), path, span))
}

/// The mention that defines the entity of `m`, as seen from `m`'s article.
pub fn defining_mention(corpus: &Corpus, m: MentionRef) -> MentionRef {
    long_form(corpus, m).unwrap_or_else(|| {
        corpus.entity(m).definition(m.document(), |x| {
            &corpus.documents[x.document()].analysis.mentions[x.mention()]
        })
    })
}

/// The long form an acronym was defined for in its article: « Organisation du traité de
/// sécurité collective (OTSC) ».
fn long_form(corpus: &Corpus, m: MentionRef) -> Option<MentionRef> {
    let doc = &corpus.documents[m.document()];
    let mention = &doc.analysis.mentions[m.mention()];
    if mention.form != Form::Acronym {
        return None;
    }
    let long = mention.expands()?;
    let mentions = &doc.analysis.mentions;
    let i = mentions.partition_point(|x| x.span.start < long.start);
    let found = MentionRef::new(m.document(), i);
    let same_entity =
        corpus.entity_of[m.document()].get(i) == corpus.entity_of[m.document()].get(m.mention());
    (mentions.get(i)?.span == long && same_entity).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    fn check(fx: &Fixture, origin: &str, file: &str, target: &str, n: usize) {
        let (span, location) =
            definition(&fx.corpus, fx.document, fx.offset).expect("a definition");
        assert_eq!(span.of(&fx.corpus.documents[fx.document].text), origin);
        assert_eq!(location, fx.at(file, target, n));
    }

    #[test]
    fn a_surname_lands_on_the_full_name_in_its_own_article() {
        let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)])
            .cursor("astana.txt", "dossier, Tokaïev| aurait");
        check(&fx, "Tokaïev", "astana.txt", "Kassym-Jomart Tokaïev", 0);
    }

    #[test]
    fn a_surname_without_its_full_name_in_the_article_lands_on_the_canonical_name() {
        let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)])
            .cursor("moscou.txt", "reçu Tok|ayev");
        check(&fx, "Tokayev", "astana.txt", "Kassym-Jomart Tokaïev", 0);
    }

    #[test]
    fn the_full_name_is_its_own_definition() {
        let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)])
            .cursor("moscou.txt", "|Vladimir\u{a0}Poutine");
        check(
            &fx,
            "Vladimir\u{a0}Poutine",
            "moscou.txt",
            "Vladimir\u{a0}Poutine",
            0,
        );
    }

    #[test]
    fn an_acronym_lands_on_the_long_form_it_stands_for() {
        let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)])
            .cursor("astana.txt", "(OTSC|)");
        check(
            &fx,
            "OTSC",
            "astana.txt",
            "Organisation du traité de sécurité collective",
            0,
        );
        let fx = fx.cursor("moscou.txt", "l’OT|SC");
        check(
            &fx,
            "OTSC",
            "astana.txt",
            "Organisation du traité de sécurité collective",
            0,
        );
    }

    #[test]
    fn plain_words_have_no_definition() {
        let fx = Fixture::new(&[("a.txt", "Un titre\n\nIl a |plu à Genève 🌧.\n")]);
        assert_eq!(definition(&fx.corpus, fx.document, fx.offset), None);
    }
}
