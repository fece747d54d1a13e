//! Queries: what an editor asks of the corpus — hover, definition, references, rename,
//! quick fixes, completion, symbols, semantic tokens, code lens. Pure functions over a
//! `&Corpus`, a document index and byte offsets, returning plain data (texlab's feature
//! crates, rust-analyzer's `ide`). No protocol types: only `lsp` converts to those.
//!
//! A cursor is a byte offset into a document's text. It touches a span when it lies inside
//! it or right after it, so a cursor just past « Poutine » still finds Poutine.

pub mod annotate;
pub mod code_action;
pub mod code_lens;
pub mod completion;
pub mod definition;
pub mod hover;
pub mod references;
pub mod rename;
pub mod semantic_tokens;
pub mod symbols;

mod markdown;
mod name_match;

#[cfg(test)]
pub(crate) mod fixture;
#[cfg(test)]
mod seeds_tests;

pub use code_action::{Fix, spelling_fixes};
pub use code_lens::{Lens, code_lens};
pub use completion::{Completion, CompletionItem, complete};
pub use definition::definition;
pub use hover::{HoverCard, hover};
pub use references::{highlights, references};
pub use rename::{Edit, Renamable, RenameError, Scope, prepare_rename, rename};
pub use semantic_tokens::{Token, TokenKind, semantic_tokens};
pub use symbols::{Symbol, SymbolKind, document_symbols, workspace_symbols};

use crate::corpus::{ClaimRef, Corpus, Document, MentionRef};
use crate::text::Span;

/// A range of one document of the corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub document: usize,
    pub span: Span,
}

/// What the cursor is on: a name or a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Mention(MentionRef),
    Claim(ClaimRef),
}

/// The mention or claim under the cursor; a mention wins over the claim around it.
pub fn target_at(corpus: &Corpus, document: usize, offset: usize) -> Option<Target> {
    mention_at(corpus, document, offset)
        .map(Target::Mention)
        .or_else(|| claim_at(corpus, document, offset).map(Target::Claim))
}

/// The mention the cursor touches; one the cursor is inside wins over one it just follows.
pub fn mention_at(corpus: &Corpus, document: usize, offset: usize) -> Option<MentionRef> {
    let doc = document_at(corpus, document)?;
    if offset > doc.text.len() {
        return None;
    }
    let mentions = &doc.analysis.mentions;
    // Mentions come in text order and do not overlap.
    let first = mentions.partition_point(|m| m.span.end < offset);
    let touching = (first..mentions.len()).take_while(|&i| mentions[i].span.start <= offset);
    let best = touching.min_by_key(|&i| !mentions[i].span.contains(offset))?;
    Some(MentionRef::new(document, best))
}

/// The claim whose focus the cursor touches; the narrowest when several do (a statistic
/// inside a quotation).
pub fn claim_at(corpus: &Corpus, document: usize, offset: usize) -> Option<ClaimRef> {
    let doc = document_at(corpus, document)?;
    if offset > doc.text.len() {
        return None;
    }
    let claim = doc
        .analysis
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| touches(c.focus, offset))
        .min_by_key(|(_, c)| (!c.focus.contains(offset), c.focus.len()))?
        .0;
    Some(ClaimRef::new(document, claim))
}

/// The document at an index, if there is one: a stale index from a client gets no answer,
/// not a panic.
pub(crate) fn document_at(corpus: &Corpus, document: usize) -> Option<&Document> {
    corpus.documents.get(document).map(|d| &**d)
}

/// The span of a mention.
pub(crate) fn mention_span(corpus: &Corpus, m: MentionRef) -> Span {
    corpus.documents[m.document()].analysis.mentions[m.mention()].span
}

/// The cursor is inside the span or right after it.
fn touches(span: Span, offset: usize) -> bool {
    span.start <= offset && offset <= span.end
}

/// How an article is named to the writer: its path under the corpus root, else its file
/// name.
pub(crate) fn article_name(corpus: &Corpus, document: usize) -> String {
    let path = &corpus.documents[document].path;
    corpus
        .root
        .as_deref()
        .and_then(|root| path.strip_prefix(root).ok())
        .filter(|p| !p.as_os_str().is_empty())
        .or_else(|| path.file_name().map(std::path::Path::new))
        .unwrap_or(path)
        .display()
        .to_string()
}

/// One-based line number of a byte offset, as a writer reads it.
pub(crate) fn line_number(doc: &Document, offset: usize) -> usize {
    doc.lines.line_of(offset) + 1
}

/// Text of an article on one line: runs of blanks and line breaks become one space (a
/// non-breaking space stays: « 80 % » does not wrap), and it is cut after about `max`
/// characters, with an ellipsis.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4));
    let mut chars = 0;
    let breaking = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}');
    for word in text.split(breaking).filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if chars > 0 && chars + 1 + len > max {
            out.push('…');
            return out;
        }
        if chars > 0 {
            out.push(' ');
            chars += 1;
        }
        if len > max {
            out.extend(word.chars().take(max));
            out.push('…');
            return out;
        }
        out.push_str(word);
        chars += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    #[test]
    fn a_cursor_on_or_right_after_a_name_finds_it() {
        for cursor in ["|Tokayev a", "Tok|ayev a", "Tokayev| a"] {
            let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)])
                .cursor("moscou.txt", cursor);
            let Some(Target::Mention(m)) = target_at(&fx.corpus, fx.document, fx.offset) else {
                panic!("no mention at {cursor}");
            };
            assert_eq!(fx.text_of(m), "Tokayev", "at {cursor}");
        }
    }

    #[test]
    fn a_cursor_in_a_claim_outside_names_finds_the_claim() {
        let fx = Fixture::new(&[("astana.txt", ASTANA)]).cursor("astana.txt", "80\u{a0}% du |brut");
        let Some(Target::Claim(c)) = target_at(&fx.corpus, fx.document, fx.offset) else {
            panic!("no claim");
        };
        assert_eq!(fx.claim_focus(c), "plus de 80\u{a0}% du brut kazakh");
    }

    #[test]
    fn a_name_inside_a_claim_wins_over_the_claim() {
        let text = "Un titre\n\nSelon l’AFP, «\u{a0}les habitants de Genève sont plus heureux que jamais\u{a0}».\n";
        let fx = Fixture::new(&[("a.txt", text)]).cursor("a.txt", "l’AFP|");
        let Some(Target::Mention(m)) = target_at(&fx.corpus, 0, fx.offset) else {
            panic!("no mention");
        };
        assert_eq!(fx.text_of(m), "AFP");
        let fx = fx.cursor("a.txt", "plus| heureux");
        let Some(Target::Claim(c)) = target_at(&fx.corpus, 0, fx.offset) else {
            panic!("no claim");
        };
        assert_eq!(fx.claim_focus(c), "plus heureux que jamais");
    }

    #[test]
    fn a_cursor_on_plain_words_or_past_the_text_finds_nothing() {
        let fx = Fixture::new(&[("astana.txt", ASTANA)]).cursor("astana.txt", "Tokaïev re|çoit");
        assert_eq!(target_at(&fx.corpus, fx.document, fx.offset), None);
        assert_eq!(target_at(&fx.corpus, fx.document, usize::MAX), None);
        assert_eq!(target_at(&fx.corpus, 7, 0), None);
    }

    #[test]
    fn long_text_is_cut_on_a_word_boundary() {
        assert_eq!(
            one_line("Le  président\nkazakh 🇰🇿 a dit", 20),
            "Le président kazakh…"
        );
        assert_eq!(one_line("Court", 20), "Court");
        assert_eq!(one_line(" 80\u{a0}%\r\n du brut ", 20), "80\u{a0}% du brut");
    }
}
