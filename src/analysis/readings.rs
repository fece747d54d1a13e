//! The readings kept of an article's blocks between two analyses of an article being
//! edited ([`Readings`]): each block's reading by its text (`Reading`: what it holds and
//! its words), and once told, its part in the name scan's tables, the names found in it
//! and what its sentences said — each part with the reading it was made from.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, OnceLock};

use rustc_hash::{FxHashMap, FxHasher};

use super::attribution::Attribution;
use super::claim::Claim;
use super::mention::Mention;
use super::name_scan::{Asked, BlockTable, Capitals};
use super::sentences::Spoken;
use super::tokens::Lexed;
use crate::article::{Block, BlockKind, Split};
use crate::text::Span;

/// One block read: what it holds and its words, at offsets from its start.
#[derive(Debug)]
pub(super) struct Reading {
    /// The block's text, to tell a hash collision from the same text.
    pub(super) text: Box<str>,
    pub(super) front_matter: bool,
    pub(super) block: Block,
    pub(super) words: Lexed,
    /// The words of each of its sentences, from its first word.
    pub(super) sentence_words: Vec<(u32, u32)>,
    /// The words inside each of its quotations, from its first word.
    pub(super) quote_words: Vec<(u32, u32)>,
}

/// The names found in one paragraph, at offsets from its start, before the article-wide
/// settling; good for another text whose paragraph has the same reading, the same flags
/// (`NameScan::flags`) and the same answers from the confirmed names.
#[derive(Debug)]
pub(super) struct FoundNames {
    pub(super) reading: Arc<Reading>,
    pub(super) flags: Vec<u8>,
    /// Words from the paragraph's first.
    pub(super) asked: Asked,
    pub(super) mentions: Vec<Mention>,
}

/// What a block's sentences said and claimed (`sentences`), at offsets from the block's
/// start and sentence numbers from its first; good for another text whose block has the
/// same reading, headings and mentions' starts (what it said, and what its quotations
/// state), and the same sources once the article's names stand in (what it claimed).
#[derive(Debug)]
pub(super) struct Said {
    pub(super) reading: Arc<Reading>,
    pub headings: Vec<bool>,
    pub starts: Vec<usize>,
    pub spoken: Spoken,
    pub sources: Vec<Attribution>,
    pub claims: Vec<Claim>,
    /// The text after the block to the end of the third word after it, where a figure
    /// among its last words may find its worth (a penalty: `claim::check_worthy_quantity`);
    /// `None` where its claims hang on no word after it.
    pub after: Option<Box<str>>,
    /// Whether each of the block's quotations, in text order, states a ranking, a
    /// comparison or an event (`document::states_something`); `None` where it was not
    /// asked. Told once the block's quotations are looked at, after what it said.
    pub stated: OnceLock<Box<[Option<bool>]>>,
}

/// What is kept of one block's text: its reading, and — once told — its part in the name
/// scan's article-wide tables, the names found in it and what its sentences said. Each
/// part holds the reading it was made from, which it is good for.
#[derive(Clone, Debug)]
pub(super) struct Entry {
    pub(super) reading: Arc<Reading>,
    pub(super) table: Option<(Arc<Reading>, Arc<BlockTable>)>,
    pub(super) names: Option<Arc<FoundNames>>,
    pub(super) said: Option<Arc<Said>>,
}

impl Entry {
    pub(super) fn new(reading: Arc<Reading>) -> Entry {
        Entry {
            reading,
            table: None,
            names: None,
            said: None,
        }
    }
}

/// The readings of an article's blocks, the names found in its paragraphs and what their
/// sentences said, by their text: kept between two analyses of an article being edited.
#[derive(Clone, Default)]
pub struct Readings {
    /// One entry for each text of a block.
    pub(super) entries: Vec<Entry>,
    /// Where each text's entry is, by the text's key (`key_of`): looked up once a block,
    /// when it is read; the block keeps where its entry is (`At`).
    pub(super) by_key: FxHashMap<u64, u32>,
    /// The words in capitals the tables' parts were last made for.
    pub(super) capitals: Option<Arc<Capitals>>,
    /// The text's paragraphs, to split the next text again where it differs.
    pub(super) split: Option<Arc<Split>>,
}

impl std::fmt::Debug for Readings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Readings({} blocks)", self.entries.len())
    }
}

impl Readings {
    /// How many blocks these readings hold.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Where the entry of a block's text is (`key` its key), if its reading is of that text.
    pub(super) fn find(&self, key: u64, text: &str, kind: BlockKind) -> Option<u32> {
        let front_matter = kind == BlockKind::FrontMatter;
        let at = *self.by_key.get(&key)?;
        let r = &self.entries[at as usize].reading;
        (&*r.text == text && r.front_matter == front_matter).then_some(at)
    }

    /// A block's text kept with `reading`, under its `key`: a new entry, or the text's
    /// entry made anew (a repeated block, or another text of the same key). Where it is.
    pub(super) fn keep(&mut self, key: u64, reading: Arc<Reading>) -> u32 {
        match self.by_key.entry(key) {
            std::collections::hash_map::Entry::Occupied(at) => {
                self.entries[*at.get() as usize] = Entry::new(reading);
                *at.get()
            }
            std::collections::hash_map::Entry::Vacant(at) => {
                self.entries.push(Entry::new(reading));
                *at.insert((self.entries.len() - 1) as u32)
            }
        }
    }

    /// The entry at `at`, if any.
    pub(super) fn at(&self, at: Option<u32>) -> Option<&Entry> {
        at.map(|i| &self.entries[i as usize])
    }

    /// The part of the block at `at` in the name scan's tables, if made.
    pub(super) fn table(&self, at: Option<u32>) -> Option<&(Arc<Reading>, Arc<BlockTable>)> {
        self.at(at).and_then(|e| e.table.as_ref())
    }

    /// The names found in the block at `at`, if found.
    pub(super) fn names(&self, at: Option<u32>) -> Option<&Arc<FoundNames>> {
        self.at(at).and_then(|e| e.names.as_ref())
    }

    /// What the block at `at` said, if told.
    pub(super) fn said(&self, at: Option<u32>) -> Option<&Arc<Said>> {
        self.at(at).and_then(|e| e.said.as_ref())
    }

    /// The entry at `at`, made when its reading was kept (`read`).
    pub(super) fn entry(&mut self, at: u32) -> &mut Entry {
        &mut self.entries[at as usize]
    }
}

/// Where a block's entry is: in the readings kept of this text, and in the previous
/// text's when the block's text was read there.
#[derive(Clone, Copy)]
pub(super) struct At {
    pub(super) here: u32,
    pub(super) before: Option<u32>,
}

impl Reading {
    pub(super) fn of(text: &str, kind: BlockKind) -> Reading {
        // Sentences carry their paragraph's index: the block is read as paragraph 0, and
        // `Article::add_block` gives the real one.
        let kind = match kind {
            BlockKind::Paragraph(_) => BlockKind::Paragraph(0),
            k => k,
        };
        let mut words = Vec::new();
        let block = Block::read_with_words(text, kind, 0, &mut words);
        // The words inside a span, as `Tokens::within` finds them in the whole text.
        let within = |s: Span| {
            let a = words.partition_point(|w| w.span.start < s.start);
            let b = words.partition_point(|w| w.span.start < s.end);
            (a as u32, b.max(a) as u32)
        };
        let sentence_words = block.sentences.iter().map(|s| within(s.span)).collect();
        let quote_words = block.quotes.iter().map(|q| within(q.inner)).collect();
        Reading {
            text: text.into(),
            front_matter: kind == BlockKind::FrontMatter,
            block,
            words: Lexed::of_words(text, words),
            sentence_words,
            quote_words,
        }
    }
}

pub(super) fn key_of(block: &str, kind: BlockKind) -> u64 {
    let mut h = FxHasher::default();
    block.hash(&mut h);
    (kind == BlockKind::FrontMatter).hash(&mut h);
    h.finish()
}
