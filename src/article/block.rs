//! Blocks: the front matter and each paragraph, read from their own text alone. Sentences
//! and quotations never cross a blank line, nor do quantities and dates: what a block holds
//! depends only on its text, at offsets from its start, so an article is its blocks put end
//! to end — and an edited article needs only the blocks the edit changed read again
//! (`analysis::reading`).

use super::date::DateMention;
use super::paragraph_edit::Split;
use super::quantity::{Quantity, Tok, Toks, quantities_and_dates_into};
use super::quote::{self, Quote};
use super::sentence::{self, Sentence};
use super::token_words::push_words;
use super::{Article, Format};
use crate::text::{Span, Word};

/// What one block holds, at offsets from its start; sentences in paragraph 0.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateMention>,
}

/// Which kind of block: a paragraph has sentences and quotations, the front matter only
/// quantities and dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    FrontMatter,
    Paragraph(usize),
}

impl Block {
    pub fn read(text: &str, kind: BlockKind) -> Block {
        Block::read_tokens(text, kind, &Toks::new(text))
    }

    /// The block, and its words (`text::words`) appended to `words` at offsets `offset`
    /// bytes further on: one cut into tokens serves both.
    pub fn read_with_words(
        text: &str,
        kind: BlockKind,
        offset: usize,
        words: &mut Vec<Word>,
    ) -> Block {
        let tokens = Toks::new(text);
        push_words(&tokens, offset, words);
        Block::read_tokens(text, kind, &tokens)
    }

    fn read_tokens(text: &str, kind: BlockKind, tokens: &Toks) -> Block {
        let mut b = Block::default();
        b.read_tokens_into(text, kind, tokens);
        b
    }

    /// What the block of `text` holds, into this block's empty lists.
    fn read_tokens_into(&mut self, text: &str, kind: BlockKind, tokens: &Toks) {
        if let BlockKind::Paragraph(_) = kind {
            let whole = Span::new(0, text.len());
            sentence::sentences(text, whole, 0, &mut self.sentences);
            quote::quotes(text, whole, &mut self.quotes);
        }
        quantities_and_dates_into(tokens, &mut self.quantities, &mut self.dates);
    }
}

/// Blocks read one after another into the same lists, which keep their room from one
/// block to the next (the block's, and its tokens'): an article read block by block
/// allocates them once, not once a block.
#[derive(Default)]
pub struct BlockReader {
    block: Block,
    tokens: Vec<Tok>,
}

impl BlockReader {
    /// [`Block::read_with_words`], the block kept until the next is read.
    pub fn read_with_words(
        &mut self,
        text: &str,
        kind: BlockKind,
        offset: usize,
        words: &mut Vec<Word>,
    ) -> &Block {
        let tokens = Toks::reusing(text, std::mem::take(&mut self.tokens));
        push_words(&tokens, offset, words);
        let b = &mut self.block;
        b.sentences.clear();
        b.quotes.clear();
        b.quantities.clear();
        b.dates.clear();
        b.read_tokens_into(text, kind, &tokens);
        self.tokens = tokens.into_list();
        &self.block
    }
}

impl Article {
    /// An article's outline: its front matter, paragraphs, links and title; its blocks'
    /// contents come with [`Article::add_block`].
    pub fn outline(text: &str, format: Format) -> Article {
        let paragraphs = |body| (super::paragraph::paragraphs(text, body), ());
        Article::outline_with(text, format, paragraphs).0
    }

    /// The same, its paragraphs split again only where `text` differs from the text of
    /// `previous` (`Split::after_edit`); and this text's split, for its next edit.
    pub fn outline_after(text: &str, format: Format, previous: Option<&Split>) -> (Article, Split) {
        Article::outline_with(text, format, |body| {
            let (split, paragraphs) = match previous {
                Some(previous) => previous.after_edit(text, body),
                None => Split::new(text, body),
            };
            (paragraphs, split)
        })
    }

    /// An article's outline, its body's paragraphs (and what else comes with them) told by
    /// `split`.
    fn outline_with<R>(
        text: &str,
        format: Format,
        split: impl FnOnce(Span) -> (Vec<super::Paragraph>, R),
    ) -> (Article, R) {
        let front_matter = match format {
            Format::Markdown => super::markdown::front_matter(text),
            Format::Text => super::FrontMatter::default(),
        };
        let body = Span::new(front_matter.span.map_or(0, |s| s.end), text.len());
        let (mut paragraphs, split) = split(body);
        let links = match format {
            Format::Markdown => {
                for p in &mut paragraphs {
                    p.heading |= p.span.of(text).starts_with('#');
                }
                super::markdown::links(text, body)
            }
            Format::Text => Vec::new(),
        };
        let title = match format {
            Format::Markdown if front_matter.title.is_none() => {
                paragraphs.iter().find(|p| p.heading).map(|p| p.span)
            }
            Format::Markdown => None,
            Format::Text => paragraphs.first().map(|p| super::first_line(text, p.span)),
        };
        let article = Article {
            format,
            title,
            front_matter,
            quantities: Vec::new(),
            dates: Vec::new(),
            paragraphs,
            sentences: Vec::new(),
            quotes: Vec::new(),
            links,
        };
        (article, split)
    }

    /// Only the outline kept — title, front matter, paragraphs, links —, the blocks'
    /// contents dropped: what a corpus keeps of an analysed article, whose sentences,
    /// quotations, quantities and dates served the rules alone.
    pub fn keep_outline(&mut self) {
        self.sentences = Vec::new();
        self.quotes = Vec::new();
        self.quantities = Vec::new();
        self.dates = Vec::new();
    }

    /// The blocks of the outline, in text order: the front matter's, then each paragraph.
    pub fn blocks(&self) -> impl Iterator<Item = (Span, BlockKind)> + '_ {
        let front = self.front_matter.span.map(|s| (s, BlockKind::FrontMatter));
        let paragraphs =
            (self.paragraphs.iter().enumerate()).map(|(i, p)| (p.span, BlockKind::Paragraph(i)));
        front.into_iter().chain(paragraphs)
    }

    /// Adds what block `kind` holds, read from its text at `start`; blocks come in order.
    pub fn add_block(&mut self, block: &Block, start: usize, kind: BlockKind) {
        let paragraph = match kind {
            BlockKind::Paragraph(i) => i,
            BlockKind::FrontMatter => 0,
        };
        self.sentences
            .extend(block.sentences.iter().map(|s| Sentence {
                span: s.span.shifted(start),
                paragraph,
            }));
        self.quotes.extend(block.quotes.iter().map(|q| Quote {
            span: q.span.shifted(start),
            inner: q.inner.shifted(start),
            ..q.clone()
        }));
        self.quantities
            .extend(block.quantities.iter().map(|q| Quantity {
                span: q.span.shifted(start),
                noun: q.noun.map(|n| n.shifted(start)),
                ..q.clone()
            }));
        self.dates.extend(block.dates.iter().map(|d| DateMention {
            span: d.span.shifted(start),
            ..d.clone()
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_read_into_kept_lists_are_the_blocks_read_afresh() {
        let blocks = [
            (
                "title: « Été 2024 »\ndate: 12 mars 2024",
                BlockKind::FrontMatter,
            ),
            (
                "Le 1er mars, l’été\u{a0}2024 a coûté 12,5 millions d’euros. « Tout va bien », a dit M. Roe. Fin.",
                BlockKind::Paragraph(1),
            ),
            ("😀", BlockKind::Paragraph(2)),
            ("", BlockKind::Paragraph(3)),
            (
                "More than 300 people fled on May 3. \"We left,\" said Ana Roe.",
                BlockKind::Paragraph(4),
            ),
            ("Sans date ni nombre.", BlockKind::Paragraph(5)),
        ];
        let mut reader = BlockReader::default();
        let (mut kept_words, mut fresh_words) = (Vec::new(), Vec::new());
        for (offset, (text, kind)) in blocks.into_iter().enumerate() {
            let fresh = Block::read_with_words(text, kind, offset, &mut fresh_words);
            let kept = reader.read_with_words(text, kind, offset, &mut kept_words);
            assert_eq!(kept, &fresh, "{text:?}");
            assert_eq!(kept_words, fresh_words, "{text:?}");
        }
    }
}
