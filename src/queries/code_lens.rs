//! Code lens: an article's tally above its title — how many claims, how many of them
//! unsourced, how many entities.

use super::document_at;
use crate::analysis::Code;
use crate::corpus::Corpus;
use crate::text::Span;

/// A line of text shown above a range of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lens {
    /// The title, or the start of the text when there is none.
    pub span: Span,
    pub title: String,
}

/// « 12 claims · 3 unsourced · 27 entities » over the article's title.
pub fn code_lens(corpus: &Corpus, document: usize) -> Option<Lens> {
    let doc = document_at(corpus, document)?;
    let claims = doc.analysis.claims.len();
    let unsourced = doc
        .analysis
        .findings
        .iter()
        .filter(|f| f.code == Code::ClaimUnsourced)
        .count();
    let mut entities = corpus.entity_of[document].to_vec();
    entities.sort_unstable();
    entities.dedup();
    let title = format!(
        "{} · {} unsourced · {}",
        count(claims, "claim"),
        unsourced,
        count(entities.len(), "entity")
    );
    Some(Lens {
        span: doc.analysis.article.title.unwrap_or_default(),
        title,
    })
}

fn count(n: usize, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        (_, None) => format!("{n} {noun}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    #[test]
    fn the_tally_sits_on_the_title() {
        let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)]);
        let lens = code_lens(&fx.corpus, fx.doc("moscou.txt")).unwrap();
        assert_eq!(
            lens.span,
            fx.span("moscou.txt", "Le Kremlin 🎉 répond à l’OTSC")
        );
        assert_eq!(lens.title, "2 claims · 0 unsourced · 7 entities");
    }

    #[test]
    fn an_article_without_a_title_has_its_tally_at_the_start() {
        let fx = Fixture::new(&[("vide.txt", "")]);
        let lens = code_lens(&fx.corpus, 0).unwrap();
        assert_eq!(lens.span, Span::new(0, 0));
        assert_eq!(lens.title, "0 claims · 0 unsourced · 0 entities");
        assert_eq!(code_lens(&fx.corpus, 1), None);
    }
}
