//! The article model: title, paragraphs, sentences, quotations, quantities, dates and
//! links of one text, all as byte spans. Pure functions over `&str`; no I/O.

pub mod block;
pub mod date;
pub mod markdown;
pub mod paragraph;
pub mod paragraph_edit;
pub mod quantity;
pub mod quote;
pub mod sentence;
pub(crate) mod token_words;

pub use block::{Block, BlockKind, BlockReader};
pub use date::{DateMention, find_dates};
pub use markdown::{FrontMatter, Link};
pub use paragraph::Paragraph;
pub use paragraph_edit::Split;
pub use quantity::{
    Interval, Quantity, Temperature, Unit, find_quantities, find_quantities_and_dates,
};
pub use quote::Quote;
pub use sentence::Sentence;

use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

impl Format {
    /// The format of a file name, if it is an article at all.
    pub fn of_path(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()? {
            "txt" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Article {
    pub format: Format,
    /// The first non-empty line (a `.txt`), or the first heading (a `.md` without a
    /// front-matter title).
    pub title: Option<Span>,
    pub front_matter: FrontMatter,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateMention>,
    pub links: Vec<Link>,
}

impl Article {
    pub fn parse(text: &str, format: Format) -> Article {
        let mut article = Article::outline(text, format);
        let blocks: Vec<_> = article.blocks().collect();
        for (span, kind) in blocks {
            article.add_block(&Block::read(span.of(text), kind), span.start, kind);
        }
        article
    }

    /// Index of the sentence holding `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }
}

fn first_line(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let len = s.find('\n').unwrap_or(s.len());
    paragraph::trim(text, Span::new(span.start, span.start + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_article_has_a_title_paragraphs_and_sentences() {
        let text = "Le titre\n\nPremière phrase. Seconde «\u{a0}citée\u{a0}».\n\nFin.";
        let a = Article::parse(text, Format::Text);
        assert_eq!(a.title.map(|t| t.of(text)), Some("Le titre"));
        assert_eq!(a.paragraphs.len(), 3);
        assert_eq!(a.sentences.len(), 4);
        assert_eq!(a.sentences[2].paragraph, 1);
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(a.sentence_at(text.find("Seconde").unwrap()), Some(2));
    }

    #[test]
    fn a_markdown_article_takes_its_title_from_front_matter_or_heading() {
        let text = "---\ntitle: Titre\n---\n# Rubrique\n\nTexte [source](http://x.org).\n";
        let a = Article::parse(text, Format::Markdown);
        assert_eq!(a.front_matter.title.as_deref(), Some("Titre"));
        assert!(a.paragraphs[0].heading);
        assert_eq!(a.links.len(), 1);
        let b = Article::parse("# Rubrique\n\nTexte.", Format::Markdown);
        assert_eq!(
            b.title.map(|t| t.of("# Rubrique\n\nTexte.")),
            Some("# Rubrique")
        );
    }
}
