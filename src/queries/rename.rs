//! Rename: respell one form of a name everywhere the corpus writes it that way. Only that
//! form changes: renaming « Tokayev » leaves « Kassym-Jomart Tokaïev » as it is.

use std::fmt;

use super::{mention_at, mention_span};
use crate::corpus::Corpus;
use crate::text::Span;

/// A replacement of one range of one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub document: usize,
    pub span: Span,
    pub new_text: String,
}

/// Why a rename cannot be done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenameError {
    /// The cursor is on no name.
    NoName,
    /// The new name is empty or blank.
    EmptyName,
    /// The new name holds a line break.
    MultiLineName,
}

impl fmt::Display for RenameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RenameError::NoName => "There is no name under the cursor to rename.",
            RenameError::EmptyName => "The new name is empty.",
            RenameError::MultiLineName => "The new name must fit on one line.",
        })
    }
}

impl std::error::Error for RenameError {}

/// The range a rename at the cursor would change: the mention under it.
pub fn prepare_rename(corpus: &Corpus, document: usize, offset: usize) -> Option<Span> {
    mention_at(corpus, document, offset).map(|m| mention_span(corpus, m))
}

/// The edits that write `new_name` in place of every mention, anywhere in the corpus, of
/// the entity under the cursor written exactly as that mention is; in corpus order.
pub fn rename(
    corpus: &Corpus,
    document: usize,
    offset: usize,
    new_name: &str,
) -> Result<Vec<Edit>, RenameError> {
    if new_name.contains(['\n', '\r']) {
        return Err(RenameError::MultiLineName);
    }
    if new_name.trim().is_empty() {
        return Err(RenameError::EmptyName);
    }
    let m = mention_at(corpus, document, offset).ok_or(RenameError::NoName)?;
    let form = corpus.mention_text(m);
    Ok(corpus
        .entity(m)
        .mentions
        .iter()
        .filter(|&&x| mention_span(corpus, x).len() == form.len() && corpus.mention_text(x) == form)
        .map(|&x| Edit {
            document: x.document,
            span: mention_span(corpus, x),
            new_text: new_name.to_string(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    fn fixture(file: &str, cursor: &str) -> Fixture {
        Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)]).cursor(file, cursor)
    }

    #[test]
    fn prepare_gives_the_name_under_the_cursor() {
        let fx = fixture("moscou.txt", "Vladimir\u{a0}Pou|tine");
        assert_eq!(
            prepare_rename(&fx.corpus, fx.document, fx.offset),
            Some(fx.span("moscou.txt", "Vladimir\u{a0}Poutine"))
        );
        let fx = fixture("moscou.txt", "a re|çu");
        assert_eq!(prepare_rename(&fx.corpus, fx.document, fx.offset), None);
    }

    #[test]
    fn a_rename_changes_that_form_in_every_article_and_nothing_else() {
        let fx = fixture("moscou.txt", "reçu Tokayev|");
        let edits = rename(&fx.corpus, fx.document, fx.offset, "Tokaïev").unwrap();
        let moscou = fx.doc("moscou.txt");
        let expected: Vec<Edit> = (0..2)
            .map(|n| Edit {
                document: moscou,
                span: fx.nth("moscou.txt", "Tokayev", n),
                new_text: "Tokaïev".into(),
            })
            .collect();
        assert_eq!(edits, expected);
    }

    #[test]
    fn a_rename_of_a_form_used_in_two_articles_edits_both() {
        let fx = fixture("astana.txt", "déclaré Poutine|");
        let edits = rename(&fx.corpus, fx.document, fx.offset, "Putin").unwrap();
        let spans: Vec<(usize, Span)> = edits.iter().map(|e| (e.document, e.span)).collect();
        let astana = fx.doc("astana.txt");
        assert!(spans.contains(&(astana, fx.nth("astana.txt", "Poutine", 2))));
        assert!(
            !spans.contains(&(astana, fx.span("astana.txt", "Vladimir Poutine"))),
            "the full name is another form"
        );
        assert!(edits.iter().all(|e| e.new_text == "Putin"));
    }

    #[test]
    fn an_empty_or_multi_line_name_is_refused() {
        let fx = fixture("moscou.txt", "|Tokayev");
        let rename = |name| rename(&fx.corpus, fx.document, fx.offset, name);
        assert_eq!(rename(" \u{a0}"), Err(RenameError::EmptyName));
        assert_eq!(rename("Kassym\nTokaïev"), Err(RenameError::MultiLineName));
        assert_eq!(
            RenameError::MultiLineName.to_string(),
            "The new name must fit on one line."
        );
    }
}
