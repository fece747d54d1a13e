//! Reading an article: its outline, then each block (the front matter, each paragraph) —
//! sentences, quotations, quantities, dates and words, which depend on the block's text
//! alone (`article::block`). An article being edited keeps its blocks' readings
//! ([`Readings`]), and the next analysis reads again only the blocks whose text changed: a
//! keystroke in a 100 KB article re-reads one paragraph, not the whole text.

use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use super::attribution::Attribution;
use super::claim::Claim;
use super::mention::{self, Mention};
use super::name_scan::{self, BlockTable, NameScan};
use super::readings::{At, FoundNames, Reading, Readings, Said, key_of};
use super::sentences::Spoken;
use super::tokens::Tokens;
use crate::article::{Article, Block, BlockKind, BlockReader, Format, Quote};
use crate::text::{Language, Span};

/// How many blocks are read between two looks at `stop`.
const BLOCKS_BETWEEN_CHECKS: usize = 64;

/// An article read: its structure and words, and — when its blocks' readings are kept —
/// those readings, in text order.
pub struct Read<'t> {
    pub article: Article,
    pub tokens: Tokens<'t>,
    kept: Option<Kept>,
    /// The words of each sentence, put together from the blocks' readings when kept.
    sentence_words: Option<Vec<std::ops::Range<usize>>>,
    /// The words inside each quotation, the same.
    quote_words: Option<Vec<std::ops::Range<usize>>>,
}

pub(super) struct Kept {
    readings: Readings,
    /// Each block's span, kind, entry and reading.
    blocks: Vec<(Span, BlockKind, At, Arc<Reading>)>,
    /// What each block said, once told (`Kept::keep_said`).
    said: Vec<Option<Arc<Said>>>,
}

/// The article and its words; with `previous`, the blocks it read are taken from there
/// when their text is the same, and the readings of this text are kept for the next time
/// (without, nothing is kept). `None` once `stop` says so.
pub fn read<'t>(
    text: &'t str,
    format: Format,
    previous: Option<&Readings>,
    stop: &dyn Fn() -> bool,
) -> Option<Read<'t>> {
    let Some(previous) = previous else {
        // Nothing to keep: each block read once, its words put straight into the whole
        // text's list (words never cross the blank lines between blocks).
        let mut article = Article::outline(text, format);
        let spans: Vec<_> = article.blocks().collect();
        let mut words = Vec::with_capacity(text.len() / 6);
        // Room for the blocks' contents, as news copy has them (a sentence in about 128
        // bytes, a quantity in 256, a quotation and a date in 1024), taken at once: lists
        // grown block by block are moved again and again.
        article.sentences.reserve(text.len() / 128);
        article.quantities.reserve(text.len() / 256);
        article.quotes.reserve(text.len() / 1024);
        article.dates.reserve(text.len() / 1024);
        let mut reader = BlockReader::default();
        for (span, kind) in spans {
            let block = reader.read_with_words(span.of(text), kind, span.start, &mut words);
            article.add_block(block, span.start, kind);
        }
        if stop() {
            return None;
        }
        let tokens = Tokens::of_words(text, words);
        return Some(Read {
            article,
            tokens,
            kept: None,
            sentence_words: None,
            quote_words: None,
        });
    };
    let (mut article, split) = Article::outline_after(text, format, previous.split.as_deref());
    let spans: Vec<_> = article.blocks().collect();
    let mut blocks = Vec::with_capacity(spans.len());
    // As many entries as the previous text's, taken at once: a table grown an entry at a
    // time is made again as it grows.
    let mut readings = Readings {
        entries: Vec::with_capacity(spans.len()),
        by_key: FxHashMap::with_capacity_and_hasher(spans.len(), Default::default()),
        capitals: None,
        split: Some(Arc::new(split)),
    };
    for (i, &(span, kind)) in spans.iter().enumerate() {
        if i % BLOCKS_BETWEEN_CHECKS == BLOCKS_BETWEEN_CHECKS - 1 && stop() {
            return None;
        }
        let block = span.of(text);
        let key = key_of(block, kind);
        let before = previous.find(key, block, kind);
        let reading =
            match (previous.at(before)).or_else(|| readings.at(readings.find(key, block, kind))) {
                Some(e) => e.reading.clone(),
                None => Arc::new(Reading::of(block, kind)),
            };
        let here = readings.keep(key, reading.clone());
        blocks.push((span, kind, At { here, before }, reading));
    }
    // Room for every block's sentences, quotations, quantities and dates, taken at once.
    let sum = |of: fn(&Block) -> usize| blocks.iter().map(|b| of(&b.3.block)).sum::<usize>();
    article.sentences.reserve_exact(sum(|b| b.sentences.len()));
    article.quotes.reserve_exact(sum(|b| b.quotes.len()));
    article
        .quantities
        .reserve_exact(sum(|b| b.quantities.len()));
    article.dates.reserve_exact(sum(|b| b.dates.len()));
    for (span, kind, _, reading) in &blocks {
        article.add_block(&reading.block, span.start, *kind);
    }
    let words = blocks.iter().map(|(span, _, _, r)| (span.start, &r.words));
    let tokens = Tokens::from_blocks(text, words);
    let mut sentence_words = Vec::with_capacity(article.sentences.len());
    let mut quote_words = Vec::with_capacity(article.quotes.len());
    let mut first = 0;
    for (_, _, _, r) in &blocks {
        let at = |&(a, b): &(u32, u32)| first + a as usize..first + b as usize;
        sentence_words.extend(r.sentence_words.iter().map(at));
        quote_words.extend(r.quote_words.iter().map(at));
        first += r.words.len();
    }
    Some(Read {
        article,
        tokens,
        kept: Some(Kept {
            readings,
            said: vec![None; blocks.len()],
            blocks,
        }),
        sentence_words: Some(sentence_words),
        quote_words: Some(quote_words),
    })
}

impl<'t> Read<'t> {
    /// The words of each sentence (`Tokens::ranges`).
    pub fn sentence_words(&mut self) -> Vec<std::ops::Range<usize>> {
        let sentences = self.article.sentences.iter().map(|s| s.span);
        (self.sentence_words.take()).unwrap_or_else(|| self.tokens.ranges(sentences))
    }

    /// The words inside each quotation (`Tokens::ranges` of their inner spans).
    pub fn quote_words(&mut self) -> Vec<std::ops::Range<usize>> {
        let quotes = self.article.quotes.iter().map(|q| q.inner);
        (self.quote_words.take()).unwrap_or_else(|| self.tokens.ranges(quotes))
    }

    /// The article's mentions; with readings kept, a paragraph's names are taken from
    /// `previous` when its reading, its words' flags and the confirmed names' answers are
    /// the same, and found again otherwise. `sentence_words` are the words of each
    /// sentence (`Tokens::ranges`). With them, the article's language if the name scan
    /// told it (`NameScan::language`).
    pub fn mentions(
        &mut self,
        previous: Option<&Readings>,
        sentence_words: &[std::ops::Range<usize>],
    ) -> (Vec<Mention>, Option<Language>) {
        let (Some(kept), Some(previous)) = (self.kept.as_mut(), previous) else {
            return mention::mentions_in(&self.tokens, &self.article, sentence_words);
        };
        let (t, article) = (&self.tokens, &self.article);
        let ranges = kept.word_ranges();
        // The blocks' parts in the article-wide tables, kept while their reading, heading
        // and first word's opening are the same.
        let mut tables = Vec::with_capacity(ranges.len());
        let openings = name_scan::openings(t, article, sentence_words, &ranges);
        for (((_, kind, at, reading), words), &opening) in
            kept.blocks.iter().zip(&ranges).zip(&openings)
        {
            let paragraph = match *kind {
                BlockKind::Paragraph(p) => Some(p),
                BlockKind::FrontMatter => None,
            };
            let holds = |(r, table): &&(Arc<Reading>, Arc<BlockTable>)| {
                Arc::ptr_eq(r, reading) && table.holds(article, words.len(), paragraph, opening)
            };
            let table = (previous.table(at.before).filter(holds))
                .or_else(|| kept.readings.table(Some(at.here)).filter(holds))
                .map(|(_, table)| table.clone())
                .unwrap_or_else(|| {
                    let block = (words.clone(), paragraph);
                    Arc::new(BlockTable::new(t, article, sentence_words, block, opening))
                });
            tables.push((words.clone(), table));
        }
        let (scan, capitals) =
            NameScan::of_blocks(t, article, &mut tables, previous.capitals.as_ref());
        for ((_, _, at, reading), (_, table)) in kept.blocks.iter().zip(tables) {
            kept.readings.entry(at.here).table = Some((reading.clone(), table));
        }
        kept.readings.capitals = Some(capitals);
        let mut kept_names = Vec::with_capacity(kept.blocks.len());
        for ((span, kind, at, reading), words) in kept.blocks.iter().zip(ranges) {
            if *kind == BlockKind::FrontMatter {
                continue; // metadata, not text
            }
            let flags = scan.flags(words.clone());
            let same = |f: &&Arc<FoundNames>| {
                Arc::ptr_eq(&f.reading, reading)
                    && f.flags[..] == *flags
                    && scan.answers(&f.asked, words.start)
            };
            let names = match (previous.names(at.before).filter(same))
                .or_else(|| kept.readings.names(Some(at.here)).filter(same))
            {
                Some(names) => names.clone(),
                None => {
                    let (mentions, asked) = scan.find(words.clone());
                    Arc::new(FoundNames {
                        reading: reading.clone(),
                        flags: flags.to_vec(),
                        asked: asked
                            .into_iter()
                            .map(|(i, yes)| (i - words.start, yes))
                            .collect(),
                        mentions: mentions
                            .into_iter()
                            .map(|m| Mention {
                                span: Span::new(m.span.start - span.start, m.span.end - span.start),
                                ..m
                            })
                            .collect(),
                    })
                }
            };
            kept.readings.entry(at.here).names = Some(names.clone());
            kept_names.push((span.start, names));
        }
        // Every paragraph's mentions in one list of the right length: a list grown one
        // paragraph at a time is moved (and its pages touched) again and again.
        let mut found = Vec::with_capacity(kept_names.iter().map(|n| n.1.mentions.len()).sum());
        for (start, names) in &kept_names {
            found.extend(names.mentions.iter().map(|m| Mention {
                span: m.span.shifted(*start),
                ..m.clone()
            }));
        }
        (scan.finish(found), scan.language())
    }

    /// The article, its words, and its blocks' readings if they were kept.
    pub(super) fn into_parts(self) -> (Article, Tokens<'t>, Option<Kept>) {
        (self.article, self.tokens, self.kept)
    }
}

impl Kept {
    /// Each block's span, in text order.
    pub(super) fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        self.blocks.iter().map(|b| b.0)
    }

    /// The words of each block, in text order: the article's words are its blocks' words,
    /// one block after another (`Tokens::from_blocks`).
    pub(super) fn word_ranges(&self) -> Vec<std::ops::Range<usize>> {
        let mut first = 0;
        (self.blocks.iter())
            .map(|(_, _, _, r)| {
                let words = first..first + r.words.len();
                first = words.end;
                words
            })
            .collect()
    }

    /// What block `i` said in `previous`, or earlier in this text (a repeated block), if
    /// its reading is the same.
    pub(super) fn said(&self, previous: &Readings, i: usize) -> Option<Arc<Said>> {
        let (_, _, at, reading) = &self.blocks[i];
        let same = |s: &&Arc<Said>| Arc::ptr_eq(&s.reading, reading);
        (previous.said(at.before).filter(same))
            .or_else(|| self.readings.said(Some(at.here)).filter(same))
            .cloned()
    }

    /// Keeps what block `i` said, for the next edit: read with `seen`, its headings and
    /// mentions' starts; `claimed`, its sources, claims and the words after it they hang on.
    pub(super) fn keep(
        &mut self,
        i: usize,
        seen: (Vec<bool>, Vec<usize>),
        spoken: Spoken,
        claimed: (Vec<Attribution>, Vec<Claim>, Option<Box<str>>),
        stated: OnceLock<Box<[Option<bool>]>>,
    ) {
        let ((headings, starts), (sources, claims, after)) = (seen, claimed);
        let said = Said {
            reading: self.blocks[i].3.clone(),
            headings,
            starts,
            spoken,
            sources,
            claims,
            after,
            stated,
        };
        self.keep_said(i, Arc::new(said));
    }

    /// Keeps a block's results as they were. A block repeated in the article keeps what
    /// it said at its last place.
    pub(super) fn keep_said(&mut self, i: usize, said: Arc<Said>) {
        self.readings.entry(self.blocks[i].2.here).said = Some(said.clone());
        self.said[i] = Some(said);
    }

    /// Whether each of the article's `quotes` states a ranking, a comparison or an event,
    /// as its block's kept [`Said`] tells it; `None` where it does not.
    pub(super) fn stated(&self, quotes: &[Quote]) -> Vec<Option<bool>> {
        let mut all = Vec::with_capacity(quotes.len());
        for (said, mine) in self.said.iter().zip(self.quotes_by_block(quotes)) {
            all.resize(mine.start, None);
            let told = (said.as_ref()).and_then(|s| s.stated.get());
            match told.filter(|s| s.len() == mine.len()) {
                Some(s) => all.extend_from_slice(s),
                None => all.resize(mine.end, None),
            }
        }
        all.resize(quotes.len(), None);
        all
    }

    /// Keeps what each of the article's `quotes` states (`stated`) with what its block
    /// said, where the block's [`Said`] does not tell it yet.
    pub(super) fn keep_stated(&self, quotes: &[Quote], stated: &[Option<bool>]) {
        for (said, mine) in self.said.iter().zip(self.quotes_by_block(quotes)) {
            if let Some(said) = said {
                said.stated.get_or_init(|| stated[mine].into());
            }
        }
    }

    /// The quotations starting in each block, in text order, as ranges of `quotes`.
    fn quotes_by_block<'a>(
        &'a self,
        quotes: &'a [Quote],
    ) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
        // A block holds a few quotations at most: they are passed one by one.
        let mut next = 0;
        let starts_before = move |next: &mut usize, at: usize| {
            while quotes.get(*next).is_some_and(|q| q.span.start < at) {
                *next += 1;
            }
        };
        self.spans().map(move |b| {
            starts_before(&mut next, b.start);
            let a = next;
            starts_before(&mut next, b.end);
            a..next
        })
    }

    pub(super) fn into_readings(self) -> Readings {
        self.readings
    }
}

#[cfg(test)]
#[path = "reading_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "reading_edits_tests.rs"]
mod edits_tests;
