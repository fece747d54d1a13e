//! Reading an article: its outline, then each block (the front matter, each paragraph) —
//! sentences, quotations, quantities, dates and words, which depend on the block's text
//! alone (`article::block`). An article being edited keeps its blocks' readings
//! ([`Readings`]), and the next analysis reads again only the blocks whose text changed: a
//! keystroke in a 100 KB article re-reads one paragraph, not the whole text.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};

use super::tokens::{Lexed, Tokens};
use crate::article::{Article, Block, BlockKind, Format};

/// One block read: what it holds and its words, at offsets from its start.
#[derive(Debug)]
struct Reading {
    /// The block's text, to tell a hash collision from the same text.
    text: Box<str>,
    front_matter: bool,
    block: Block,
    words: Lexed,
}

/// The readings of an article's blocks, by their text: kept between two analyses of an
/// article being edited.
#[derive(Clone, Default)]
pub struct Readings(FxHashMap<u64, Arc<Reading>>);

impl std::fmt::Debug for Readings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Readings({} blocks)", self.0.len())
    }
}

impl Readings {
    /// How many blocks these readings hold.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn get(&self, key: u64, text: &str, kind: BlockKind) -> Option<&Arc<Reading>> {
        let front_matter = kind == BlockKind::FrontMatter;
        (self.0.get(&key)).filter(|r| &*r.text == text && r.front_matter == front_matter)
    }
}

/// How many blocks are read between two looks at `stop`.
const BLOCKS_BETWEEN_CHECKS: usize = 64;

/// The article and its words; with `previous`, the blocks it read are taken from there
/// when their text is the same, and the readings of this text come back to be kept for the
/// next time (without, nothing is kept). `None` once `stop` says so.
pub fn read<'t>(
    text: &'t str,
    format: Format,
    previous: Option<&Readings>,
    stop: &dyn Fn() -> bool,
) -> Option<(Article, Tokens<'t>, Option<Readings>)> {
    let Some(previous) = previous else {
        // Nothing to keep: the words of the whole text at once are those of its blocks
        // (words never cross the blank lines between blocks), without the copies.
        let article = Article::parse(text, format);
        if stop() {
            return None;
        }
        return Some((article, Tokens::new(text), None));
    };
    let mut article = Article::outline(text, format);
    let blocks: Vec<_> = article.blocks().collect();
    let mut readings = Vec::with_capacity(blocks.len());
    let mut kept = Readings::default();
    for (i, &(span, kind)) in blocks.iter().enumerate() {
        if i % BLOCKS_BETWEEN_CHECKS == BLOCKS_BETWEEN_CHECKS - 1 && stop() {
            return None;
        }
        let block = span.of(text);
        let key = key_of(block, kind);
        let reading = previous
            .get(key, block, kind)
            .or_else(|| kept.get(key, block, kind))
            .cloned()
            .unwrap_or_else(|| Arc::new(Reading::of(block, kind)));
        kept.0.insert(key, reading.clone());
        article.add_block(&reading.block, span.start, kind);
        readings.push(reading);
    }
    let starts = blocks.iter().map(|(span, _)| span.start);
    let tokens = Tokens::from_blocks(text, starts.zip(readings.iter().map(|r| &r.words)));
    Some((article, tokens, Some(kept)))
}

impl Reading {
    fn of(text: &str, kind: BlockKind) -> Reading {
        // Sentences carry their paragraph's index: the block is read as paragraph 0, and
        // `Article::add_block` gives the real one.
        let kind = match kind {
            BlockKind::Paragraph(_) => BlockKind::Paragraph(0),
            k => k,
        };
        Reading {
            text: text.into(),
            front_matter: kind == BlockKind::FrontMatter,
            block: Block::read(text, kind),
            words: Lexed::new(text),
        }
    }
}

fn key_of(block: &str, kind: BlockKind) -> u64 {
    let mut h = FxHasher::default();
    block.hash(&mut h);
    (kind == BlockKind::FrontMatter).hash(&mut h);
    h.finish()
}

#[cfg(test)]
#[path = "reading_tests.rs"]
mod tests;
