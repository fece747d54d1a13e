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

/// What a rename at the cursor would change: one spelling, as the article writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renamable {
    /// The mention under the cursor: the range every edit of the rename replaces.
    pub span: Span,
    /// Its text exactly, for the editor to offer as the name to edit. An editor must not
    /// work it out from the range itself: Neovim 0.7 cut the line at UTF-16 columns taken
    /// for bytes and offered « akh Kassym-Jomart Tok », and the name typed over that
    /// replaced the whole of « Kassym-Jomart Tokaïev ».
    pub placeholder: String,
}

/// The spelling a rename at the cursor would change: the mention under it, whole.
pub fn prepare_rename(corpus: &Corpus, document: usize, offset: usize) -> Option<Renamable> {
    let m = mention_at(corpus, document, offset)?;
    Some(Renamable {
        span: mention_span(corpus, m),
        placeholder: corpus.mention_text(m).to_string(),
    })
}

/// What of the spelling under the cursor a rename replaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The whole spelling: the editor asked `prepare_rename` and offered its placeholder
    /// for the writer to edit.
    Spelling,
    /// The word under the cursor, inside each mention so spelled: an editor that does not
    /// ask `prepare_rename` (eglot 1.9) offers the word at point, and a name typed over that
    /// must not replace the given names around it.
    Word,
}

/// The edits that write `new_name` in place of every mention, anywhere in the corpus, of
/// the entity under the cursor written exactly as that mention is (or in place of the
/// word under the cursor in each of them); in corpus order.
pub fn rename(
    corpus: &Corpus,
    document: usize,
    offset: usize,
    new_name: &str,
    scope: Scope,
) -> Result<Vec<Edit>, RenameError> {
    if new_name.contains(['\n', '\r']) {
        return Err(RenameError::MultiLineName);
    }
    if new_name.trim().is_empty() {
        return Err(RenameError::EmptyName);
    }
    let m = mention_at(corpus, document, offset).ok_or(RenameError::NoName)?;
    let form = corpus.mention_text(m);
    let part = match scope {
        Scope::Spelling => Span::new(0, form.len()),
        Scope::Word => word_at(form, offset - mention_span(corpus, m).start),
    };
    Ok(corpus
        .entity(m)
        .mentions
        .iter()
        .filter(|&x| mention_span(corpus, x).len() == form.len() && corpus.mention_text(x) == form)
        .map(|x| {
            let start = mention_span(corpus, x).start;
            Edit {
                document: x.document(),
                span: Span::new(start + part.start, start + part.end),
                new_text: new_name.to_string(),
            }
        })
        .collect())
}

/// The word of `form` at byte `at` (or the one just before it), within `form`: words are
/// split at blanks, non-breaking spaces included; a hyphenated given name is one word, as
/// editors take it. The whole form when there is none.
fn word_at(form: &str, at: usize) -> Span {
    let at = at.min(form.len());
    if !form.is_char_boundary(at) {
        return Span::new(0, form.len());
    }
    let start = form[..at]
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = form[at..]
        .find(char::is_whitespace)
        .map_or(form.len(), |i| at + i);
    if start < end {
        Span::new(start, end)
    } else {
        Span::new(0, form.len())
    }
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
            Some(Renamable {
                span: fx.span("moscou.txt", "Vladimir\u{a0}Poutine"),
                placeholder: "Vladimir\u{a0}Poutine".into(),
            })
        );
        let fx = fixture("moscou.txt", "a re|çu");
        assert_eq!(prepare_rename(&fx.corpus, fx.document, fx.offset), None);
    }

    #[test]
    fn a_rename_changes_that_form_in_every_article_and_nothing_else() {
        let fx = fixture("moscou.txt", "reçu Tokayev|");
        let edits = rename(
            &fx.corpus,
            fx.document,
            fx.offset,
            "Tokaïev",
            Scope::Spelling,
        )
        .unwrap();
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
        let edits = rename(&fx.corpus, fx.document, fx.offset, "Putin", Scope::Spelling).unwrap();
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
        let rename = |name| rename(&fx.corpus, fx.document, fx.offset, name, Scope::Spelling);
        assert_eq!(rename(" \u{a0}"), Err(RenameError::EmptyName));
        assert_eq!(rename("Kassym\nTokaïev"), Err(RenameError::MultiLineName));
        assert_eq!(
            RenameError::MultiLineName.to_string(),
            "The new name must fit on one line."
        );
    }

    /// Every article's text once the edits are applied, in corpus order.
    fn applied(fx: &Fixture, edits: &[Edit]) -> Vec<String> {
        let mut texts: Vec<String> = fx.corpus.documents.iter().map(|d| d.text.clone()).collect();
        let mut edits = edits.to_vec();
        // From the end, so that an edit does not move the spans of the ones before it.
        edits.sort_by_key(|e| std::cmp::Reverse((e.document, e.span.start)));
        for e in edits {
            texts[e.document].replace_range(e.span.start..e.span.end, &e.new_text);
        }
        texts
    }

    #[test]
    fn prepare_on_a_surname_inside_a_full_name_offers_the_full_name() {
        // The case that lost « Kassym-Jomart » in Neovim 0.7: the cursor on the surname of
        // the full name, after « é », « ’ », a non-breaking space and an emoji on its line.
        let text = "Un titre\n\n🇰🇿 L’élu d’Astana, à 80\u{a0}%, Kassym-Jomart Tokaïev a parlé. Tokaïev a dit.\n";
        let fx = Fixture::new(&[("a.txt", text), ("moscou.txt", MOSCOU)])
            .cursor("a.txt", "Kassym-Jomart Tok|aïev");
        let prepared = prepare_rename(&fx.corpus, fx.document, fx.offset).unwrap();
        assert_eq!(prepared.span, fx.span("a.txt", "Kassym-Jomart Tokaïev"));
        assert_eq!(prepared.placeholder, "Kassym-Jomart Tokaïev");
        assert_eq!(
            prepared.span.of(text.replace('|', "").as_str()),
            prepared.placeholder
        );
    }

    #[test]
    fn renaming_the_offered_name_changes_that_spelling_and_keeps_every_other_character() {
        let astana = "Un titre\n\n🇰🇿 L’élu d’Astana, à 80\u{a0}%, Kassym-Jomart Tokaïev a parlé. Tokaïev a dit.\n";
        let fx = Fixture::new(&[("astana.txt", astana), ("moscou.txt", MOSCOU)])
            .cursor("astana.txt", "Kassym-Jomart Tok|aïev");
        let edits = rename(
            &fx.corpus,
            fx.document,
            fx.offset,
            "Kassym-Jomart Tokayev",
            Scope::Spelling,
        )
        .unwrap();
        assert_eq!(
            applied(&fx, &edits),
            [
                astana.replace("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev"),
                MOSCOU.to_string(),
            ],
            "the bare « Tokaïev » and the other article's « Tokayev » stay"
        );
        // The other way round: the bare surname, renamed, leaves the full name whole.
        let fx = fx.cursor("moscou.txt", "reçu Tok|ayev");
        let edits = rename(
            &fx.corpus,
            fx.document,
            fx.offset,
            "Tokaïev",
            Scope::Spelling,
        )
        .unwrap();
        assert_eq!(
            applied(&fx, &edits),
            [astana.to_string(), MOSCOU.replace("Tokayev", "Tokaïev")]
        );
    }

    #[test]
    fn an_english_rename_changes_one_spelling_in_both_articles() {
        let a = "Talks in Astana 🤝\n\nPresident Kassym-Jomart Tokayev met Vladimir Putin on Tuesday. \"We agree,\" Tokayev said.\n";
        let b = "Moscow’s view\n\nReporters heard Tokayev praise Putin’s visit.\n";
        let fx = Fixture::new(&[("a.txt", a), ("b.txt", b)]).cursor("b.txt", "|Tokayev praise");
        let prepared = prepare_rename(&fx.corpus, fx.document, fx.offset).unwrap();
        assert_eq!(prepared.placeholder, "Tokayev");
        assert_eq!(prepared.span, fx.span("b.txt", "Tokayev"));
        let edits = rename(
            &fx.corpus,
            fx.document,
            fx.offset,
            "Tokaev",
            Scope::Spelling,
        )
        .unwrap();
        assert_eq!(
            applied(&fx, &edits),
            [
                a.replace("\" Tokayev said", "\" Tokaev said"),
                b.replace("Tokayev", "Tokaev"),
            ]
        );
    }

    #[test]
    fn a_word_rename_changes_the_word_under_the_cursor_in_each_mention_so_spelled() {
        // What eglot 1.9 sends: the word at point was offered, « Tokayev » typed over it.
        let astana = "Un titre\n\n🇰🇿 L’élu d’Astana, à 80\u{a0}%, Kassym-Jomart Tokaïev a parlé. Tokaïev a dit.\n";
        let files = [("astana.txt", astana), ("moscou.txt", MOSCOU)];
        for cursor in [
            "Kassym-Jomart Tok|aïev",
            "Kassym-Jomart |Tokaïev",
            "Kassym-Jomart Tokaïev|",
        ] {
            let fx = Fixture::new(&files).cursor("astana.txt", cursor);
            let edits = rename(&fx.corpus, fx.document, fx.offset, "Tokayev", Scope::Word).unwrap();
            assert_eq!(
                applied(&fx, &edits),
                [
                    astana.replace("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev"),
                    MOSCOU.to_string()
                ],
                "at {cursor}"
            );
        }
        let fx = Fixture::new(&files).cursor("astana.txt", "Kassym-Jo|mart Tokaïev");
        let edits = rename(&fx.corpus, fx.document, fx.offset, "K.-J.", Scope::Word).unwrap();
        assert_eq!(
            applied(&fx, &edits)[0],
            astana.replace("Kassym-Jomart Tokaïev", "K.-J. Tokaïev")
        );
        // A name with a non-breaking space: the word stops there.
        let fx =
            Fixture::new(&[("moscou.txt", MOSCOU)]).cursor("moscou.txt", "Vladimir\u{a0}Pou|tine");
        let edits = rename(&fx.corpus, fx.document, fx.offset, "Putin", Scope::Word).unwrap();
        assert_eq!(
            applied(&fx, &edits),
            [MOSCOU.replace("Vladimir\u{a0}Poutine", "Vladimir\u{a0}Putin")]
        );
    }

    #[test]
    fn a_word_is_split_at_blanks_only() {
        assert_eq!(word_at("Kassym-Jomart Tokaïev", 3), Span::new(0, 13));
        assert_eq!(word_at("Kassym-Jomart Tokaïev", 13), Span::new(0, 13));
        assert_eq!(word_at("Kassym-Jomart Tokaïev", 14), Span::new(14, 22));
        assert_eq!(word_at("Kassym-Jomart Tokaïev", 22), Span::new(14, 22));
        assert_eq!(word_at("Vladimir\u{a0}Poutine", 11), Span::new(10, 17));
        assert_eq!(word_at("OTSC", 0), Span::new(0, 4));
        assert_eq!(
            word_at("Tokaïev", 5),
            Span::new(0, 8),
            "inside « ï »: the whole form"
        );
    }
}
