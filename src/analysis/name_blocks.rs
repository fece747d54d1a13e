//! A block's part in the name scan's article-wide tables: which of its words open a
//! sentence or stand in a Title Case heading, the capitalised words it confirms as names,
//! its words in capitals, how it writes the article's words in capitals, its lowercase
//! « i ». All of it is read from the block's own words, but for its first word, which
//! opens a sentence or not by the text before it ([`BlockTable::holds`]): an edited
//! article keeps the parts of its unchanged blocks (`super::super::reading`), and its
//! tables are put together from the blocks' parts, not from every word again.

use std::ops::Range;
use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::name_lines::wrapped;
use super::{INITIAL, LOWERCASE, MIXED_CASE, NameScan, Scan, TITLE_CASE, lx, name_words};
use crate::analysis::tokens::Tokens;
use crate::article::Article;
use crate::article::paragraph::Paragraph;
use crate::text::Word;

/// A first word's state: it opens a wrapped line ([`Scan::wraps`]).
const WRAPPED: u8 = 4;

/// Sets the flags of words `range` ([`INITIAL`], [`TITLE_CASE`]; `flags[0]` is word
/// `range.start`'s) and lists its words opening a wrapped line in `wraps`: `headings` are
/// the paragraphs among them (all the article's, or the block's own).
pub(super) fn mark(
    t: &Tokens,
    paragraphs: &[Paragraph],
    sentence_words: &[Range<usize>],
    range: Range<usize>,
    headings: &[Paragraph],
    flags: &mut [u8],
    wraps: &mut Vec<usize>,
) {
    let (text, words) = (t.text, &t.words[..]);
    let from = sentence_words.partition_point(|r| r.start < range.start);
    for first in &sentence_words[from..] {
        let i = first.start;
        if i >= range.end {
            break; // sentences come in text order
        }
        if i > 0 && wrapped(text, words, i, paragraphs) {
            wraps.push(i);
        } else {
            flags[i - range.start] |= INITIAL;
        }
    }
    // A line a sentence goes on to (a wrapped line, `article::sentence`) opens as the
    // first word of a sentence would: on the sentence of the line before when
    // `name_lines` says so, else as a sentence of its own would.
    let mut s = from;
    let mut mid_sentence_wraps = Vec::new();
    let first = usize::from(range.start == 0);
    for (i, flag) in (range.clone().zip(flags.iter_mut())).skip(first) {
        // Most gaps: one space, neither a full stop nor an opening sign nor a line break.
        if t.one_space(i - 1, i) {
            continue;
        }
        if opens_after_gap(t, i) {
            *flag |= INITIAL;
        }
        while s < sentence_words.len() && sentence_words[s].start < i {
            s += 1;
        }
        let opens_a_sentence = sentence_words.get(s).is_some_and(|r| r.start == i);
        if !opens_a_sentence && t.gap(i - 1, i).contains('\n') {
            if wrapped(text, words, i, paragraphs) {
                mid_sentence_wraps.push(i);
            } else {
                *flag |= INITIAL;
            }
        }
    }
    if !mid_sentence_wraps.is_empty() {
        wraps.extend(mid_sentence_wraps);
        wraps.sort_unstable();
    }
    for p in headings.iter().filter(|p| p.heading) {
        let a = words.partition_point(|w| w.span.start < p.span.start);
        let b = words.partition_point(|w| w.span.start < p.span.end);
        let caps = words[a..b].iter().filter(|w| w.capitalised).count();
        // Title Case capitalises even its function words (« Le », « Et », "And").
        // Not a name's particle before its capitalised word (« Sophie Le Guen condamnée »).
        let particle =
            |k: usize| t.is(k, lx::NAME_PARTICLES) && k + 1 < b && words[k + 1].capitalised;
        let function_caps = (a..b)
            .any(|k| words[k].capitalised && k > a && t.is(k, lx::FUNCTION_WORDS) && !particle(k));
        if b - a >= 4 && caps * 4 >= (b - a) * 3 && function_caps {
            let flags = &mut flags[a - range.start..b - range.start];
            flags.iter_mut().for_each(|f| *f |= TITLE_CASE);
        }
    }
}

/// Word `i` (not the first) opens a sentence or a quotation by the gap before it: after a
/// full stop (not an abbreviated title's: « Mme. », "Prof.", "Sen."), an opening sign, or a
/// dash after a bracket.
/// Not after one space, which the caller tells first.
#[inline(never)]
fn opens_after_gap(t: &Tokens, i: usize) -> bool {
    let words = &t.words;
    // Glued words (« l’ » and its noun) have no gap to open anything.
    if words[i - 1].span.end == words[i].span.start {
        return false;
    }
    let gap = t.text[words[i - 1].span.end..words[i].span.start].trim_end();
    let after_stop = gap.starts_with(['.', '!', '?', '…'])
        && words[i - 1].span.len() > 2
        && !(words[i - 1].span.len() <= 4
            && (t.is(i - 1, lx::PERSON_TITLES) || name_words::is_title_abbreviation(t.key(i - 1))));
    // « (AFP) - Le »: the dash closing a dateline opens its story.
    let dateline_dash = gap.starts_with(')') && gap.ends_with('-');
    after_stop || dateline_dash || gap.ends_with(['«', '“', '"', '(', '—', '–'])
}

/// What [`mark`] makes of the first word of each block of words `blocks` (in text order)
/// alone: [`INITIAL`], [`WRAPPED`]; the one thing of a block the text before it decides.
/// One walk through the sentences for all.
pub fn openings(
    t: &Tokens,
    article: &Article,
    sentence_words: &[Range<usize>],
    blocks: &[Range<usize>],
) -> Vec<u8> {
    let mut s = 0;
    let first_word = |s: usize, i: usize| sentence_words.get(s).is_some_and(|r| r.start == i);
    (blocks.iter())
        .map(|b| {
            let i = b.start;
            while s < sentence_words.len() && sentence_words[s].start < i {
                s += 1;
            }
            if b.is_empty() {
                return 0;
            }
            let mut state = 0;
            if first_word(s, i) {
                state |= if i > 0 && wrapped(t.text, &t.words, i, &article.paragraphs) {
                    WRAPPED
                } else {
                    INITIAL
                };
            }
            if i > 0 && !t.one_space(i - 1, i) && opens_after_gap(t, i) {
                state |= INITIAL;
            }
            state
        })
        .collect()
}

/// The keys of an article's words of three letters or more in capitals, sorted, and the
/// signs of those words as written ([`sign`]): the words whose writing a block lists.
#[derive(Debug, PartialEq, Eq)]
pub struct Capitals {
    keys: Box<[Box<str>]>,
    seen: [u64; 4],
}

/// A word's first letter in lowercase and its length, as written, in a byte: most words
/// are told apart from the words in capitals by it, without their key.
fn sign(text: &str, w: &Word) -> usize {
    let first = text.as_bytes()[w.span.start].to_ascii_lowercase();
    (usize::from(first) ^ (w.span.len() << 3)) & 255
}

/// One block's part in the tables, at word offsets from its first (see the module).
#[derive(Clone, Debug)]
pub struct BlockTable {
    heading: bool,
    /// Its first word's [`opening`] when made.
    opening: u8,
    flags: Vec<u8>,
    wraps: Vec<u32>,
    /// Capitalised words neither opening a sentence nor in a Title Case heading, one a key.
    confirmed: Vec<u32>,
    /// Words of three letters or more in capitals.
    capitals: Vec<u32>,
    /// How many words are a lowercase « i ».
    lone_i: u32,
    /// The article's words in capitals `cased` was made for.
    under: Option<Arc<Capitals>>,
    /// Its words not in capitals whose keys are among `under`'s, and how they are written
    /// ([`LOWERCASE`], [`MIXED_CASE`]).
    cased: Vec<(u32, u8)>,
}

impl BlockTable {
    /// The part of the block of words `range`, paragraph `paragraph` of the article (none:
    /// the front matter), whose first word's opening is `opening` ([`openings`]).
    pub fn new(
        t: &Tokens,
        article: &Article,
        sentence_words: &[Range<usize>],
        (range, paragraph): (Range<usize>, Option<usize>),
        opening: u8,
    ) -> BlockTable {
        let paragraphs = &article.paragraphs;
        let mut flags = vec![0; range.len()];
        let mut wraps = Vec::new();
        let headings = paragraph.map_or(&[][..], |p| &paragraphs[p..=p]);
        let r = range.clone();
        mark(
            t,
            paragraphs,
            sentence_words,
            r,
            headings,
            &mut flags,
            &mut wraps,
        );
        let at = |i: usize| (i - range.start) as u32;
        let words = &t.words;
        let mut keys = HashSet::default();
        let confirmed = (range.clone())
            .filter(|&i| words[i].capitalised && flags[i - range.start] == 0)
            .filter(|&i| keys.insert(t.key(i)))
            .map(at)
            .collect();
        let capitals = (range.clone())
            .filter(|&i| words[i].all_caps && words[i].span.len() >= 3)
            .map(at)
            .collect();
        let bytes = t.text.as_bytes();
        let lone_i = (range.clone())
            .filter(|&i| words[i].span.len() == 1 && bytes[words[i].span.start] == b'i')
            .count() as u32;
        BlockTable {
            heading: paragraph.is_some_and(|p| paragraphs[p].heading),
            opening,
            flags,
            wraps: wraps.into_iter().map(at).collect(),
            confirmed,
            capitals,
            lone_i,
            under: None,
            cased: Vec::new(),
        }
    }

    /// Whether this part, made for the same words, holds for a block of as many words,
    /// paragraph `paragraph` of this article, whose first word's opening is `opening`: the
    /// heading it was, and its first word opening a sentence as it did.
    pub fn holds(
        &self,
        article: &Article,
        words: usize,
        paragraph: Option<usize>,
        opening: u8,
    ) -> bool {
        self.flags.len() == words
            && self.heading == paragraph.is_some_and(|p| article.paragraphs[p].heading)
            && self.opening == opening
    }
}

impl<'a, 't> NameScan<'a, 't> {
    /// The scan of an article from its blocks' parts (`blocks`, with their words, in text
    /// order, every word in one), the same as [`NameScan::new`]; a part made for other
    /// words in capitals than the article's is made again in `blocks`. With the words in
    /// capitals, as the part of a block kept for the next edit is made for
    /// (`previous`: the last text's, when the same).
    pub fn of_blocks(
        t: &'a Tokens<'t>,
        article: &'a Article,
        blocks: &mut [(Range<usize>, Arc<BlockTable>)],
        previous: Option<&Arc<Capitals>>,
    ) -> (Self, Arc<Capitals>) {
        let mut flags = Vec::with_capacity(t.words.len());
        let mut wraps = Vec::new();
        let mut confirmed = HashSet::default();
        let mut cased: HashMap<&'a str, u8> = HashMap::default();
        let mut seen = [0u64; 4];
        let mut lone_i = 0;
        for (range, b) in blocks.iter() {
            debug_assert_eq!(range.start, flags.len(), "blocks hold every word, in order");
            flags.extend_from_slice(&b.flags);
            wraps.extend(b.wraps.iter().map(|&o| range.start + o as usize));
            confirmed.extend(b.confirmed.iter().map(|&o| t.key(range.start + o as usize)));
            for &o in &b.capitals {
                let i = range.start + o as usize;
                cased.insert(t.key(i), 0);
                let s = sign(t.text, &t.words[i]);
                seen[s / 64] |= 1 << (s % 64);
            }
            lone_i += b.lone_i;
        }
        let capitals = {
            let mut keys: Vec<&str> = cased.keys().copied().collect();
            keys.sort_unstable();
            match previous {
                Some(p)
                    if p.seen == seen && p.keys.iter().map(|k| &**k).eq(keys.iter().copied()) =>
                {
                    p.clone()
                }
                _ => Arc::new(Capitals {
                    keys: keys.into_iter().map(Box::from).collect(),
                    seen,
                }),
            }
        };
        if !cased.is_empty() {
            for (range, b) in blocks.iter_mut() {
                if !b.under.as_ref().is_some_and(|u| Arc::ptr_eq(u, &capitals)) {
                    let written = (range.clone())
                        .filter(|&i| {
                            let (w, s) = (&t.words[i], sign(t.text, &t.words[i]));
                            !w.all_caps
                                && seen[s / 64] & (1 << (s % 64)) != 0
                                && cased.contains_key(t.key(i))
                        })
                        .map(|i| {
                            let how = if t.words[i].capitalised {
                                MIXED_CASE
                            } else {
                                LOWERCASE
                            };
                            ((i - range.start) as u32, how)
                        })
                        .collect();
                    *b = Arc::new(BlockTable {
                        under: Some(capitals.clone()),
                        cased: written,
                        ..BlockTable::clone(b)
                    });
                }
                for &(o, how) in &b.cased {
                    if let Some(h) = cased.get_mut(t.key(range.start + o as usize)) {
                        *h |= how;
                    }
                }
            }
        }
        let scan = Scan::with_flags(t, article, flags, wraps);
        // Twice at least: a lone « i » is as often an OCR misreading or a list's letter.
        let casual = lone_i >= 2;
        let names = NameScan {
            scan,
            confirmed,
            cased,
            casual,
        };
        (names, capitals)
    }
}
