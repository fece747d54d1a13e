//! What an article's sentences said and claimed (`sentences`), block by block for an
//! article being edited: what a block said is taken again from the last analysis while its
//! reading, headings and names' starts are the same, what it claimed while its sources,
//! once the article's names stand in, are the same too (`readings::Said`).

use std::ops::Range;
use std::sync::OnceLock;

use super::attribution::Attribution;
use super::claim::Claim;
use super::mention::Mention;
use super::reading::Kept;
use super::readings::{Readings, Said};
use super::sentences::{Cx, Spoken, claims, sources, spoken, starting_in};
use crate::article::Quantity;
use crate::text::Span;

/// What the whole article's sentences said and claimed: their sources (as names stand for
/// pronouns and titles), anonymous sources, hedges and claims. With `kept` blocks and the
/// `previous` text's readings, block by block: what a block said is taken again while its
/// reading, headings and mentions' starts are the same, what it claimed while its sources
/// are too; and kept for the next edit. `None` once `stop` says so.
pub(super) fn said(
    cx: &Cx,
    mentions: &[Mention],
    kept: Option<(&mut Kept, &Readings)>,
) -> Option<(Spoken, Vec<Claim>)> {
    let all = 0..cx.article.sentences.len();
    let Some((kept, previous)) = kept else {
        let spoken = spoken(cx, all.clone())?;
        let sources = sources(cx, spoken.sources, mentions);
        let claims = claims(cx, all, &sources, &spoken.hedges)?;
        return Some((Spoken { sources, ..spoken }, claims));
    };
    let sentences = &cx.article.sentences;
    // The blocks are in text order: the sentences starting in each are found by going on
    // from the last block's.
    let mut next = 0;
    let blocks: Vec<(Span, Range<usize>)> = (kept.spans())
        .map(|b| {
            let a = next + starts_before(&sentences[next..], b.start, |s| s.span.start);
            let z = a + starts_before(&sentences[a..], b.end, |s| s.span.start);
            next = z;
            (b, a..z)
        })
        .collect();
    // Every sentence in one block: else read whole, as without readings.
    if blocks.iter().map(|(_, r)| r.len()).sum::<usize>() != sentences.len() {
        return said(cx, mentions, None);
    }
    let mut all_spoken = Spoken {
        sources: Vec::with_capacity(sentences.len()),
        anonymous: Vec::new(),
        hedges: Vec::new(),
    };
    // For each block: its headings and mentions' starts if read again, what it said before
    // if that holds, what it said now (at offsets from it) if read again, and where its
    // hedges are among the article's. What a block said before goes straight into the
    // article's lists, not into lists of its own first.
    let mut found = Vec::with_capacity(blocks.len());
    let mut next = 0;
    for (i, (block, range)) in blocks.iter().enumerate() {
        let headings =
            (sentences[range.clone()].iter()).map(|s| cx.article.paragraphs[s.paragraph].heading);
        let from = next + starts_before(&mentions[next..], block.start, |m| m.span.start);
        let to = from + starts_before(&mentions[from..], block.end, |m| m.span.start);
        next = to;
        let starts = (mentions[from..to].iter()).map(|m| m.span.start - block.start);
        // Compared as they come; listed only for a block read again.
        let before = (kept.said(previous, i)).filter(|s| {
            s.headings.iter().copied().eq(headings.clone())
                && s.starts.iter().copied().eq(starts.clone())
        });
        let at = Place::new(block.start, range.start);
        let hedges_from = all_spoken.hedges.len();
        let (listed, relative) = match &before {
            Some(s) => {
                at.spoken_into(&s.spoken, &mut all_spoken);
                (None, None)
            }
            None => {
                let spoken = spoken(cx, range.clone())?;
                let relative = at.spoken_to(&spoken);
                all_spoken.sources.extend(spoken.sources);
                all_spoken.anonymous.extend(spoken.anonymous);
                all_spoken.hedges.extend(spoken.hedges);
                let listed: (Vec<bool>, Vec<usize>) = (headings.collect(), starts.collect());
                (Some(listed), Some(relative))
            }
        };
        found.push((
            listed,
            before,
            relative,
            hedges_from..all_spoken.hedges.len(),
        ));
    }
    let sources = sources(cx, std::mem::take(&mut all_spoken.sources), mentions);
    // Room for the claims kept, and some, and for a claim of each quotation (which the
    // caller adds): a list grown a claim at a time is moved again and again.
    let kept_claims = (found.iter().filter_map(|f| f.1.as_ref())).map(|s| s.claims.len());
    let room = kept_claims.sum::<usize>() + 64 + cx.article.quotes.len();
    let mut all_claims = Vec::with_capacity(room);
    let words = kept.word_ranges();
    for (i, ((block, range), (listed, before, relative, hedges))) in
        blocks.iter().zip(found).enumerate()
    {
        let at = Place::new(block.start, range.start);
        let now = &sources[range.clone()];
        let same = |s: &Said| {
            s.sources.len() == now.len()
                && (s.sources.iter().zip(now)).all(|(a, b)| *a == at.attribution_to(b))
                && (s.after.as_deref()).is_none_or(|a| a == after(cx, block.end, words[i].end))
        };
        let (headings, starts, relative, stated) = match before {
            Some(s) if same(&s) => {
                all_claims.extend(s.claims.iter().map(|c| at.claim_from(c)));
                kept.keep_said(i, s);
                continue;
            }
            // What its quotations state holds with what it said.
            Some(s) => (
                s.headings.clone(),
                s.starts.clone(),
                s.spoken.clone(),
                s.stated.clone(),
            ),
            None => {
                let (headings, starts) = listed.unwrap_or_default();
                let relative = relative.unwrap_or_default();
                (headings, starts, relative, OnceLock::new())
            }
        };
        let claims = claims(cx, range.clone(), &sources, &all_spoken.hedges[hedges])?;
        let own = now.iter().map(|a| at.attribution_to(a)).collect();
        let relative_claims = claims.iter().map(|c| at.claim_to(c)).collect();
        let after = (figure_at_the_end(cx, *block, words[i].clone()))
            .then(|| after(cx, block.end, words[i].end).into());
        let claimed = (own, relative_claims, after);
        kept.keep(i, (headings, starts), relative, claimed, stated);
        all_claims.extend(claims);
    }
    Some((
        Spoken {
            sources,
            ..all_spoken
        },
        all_claims,
    ))
}

/// The text from a block's `end` to the end of the third word after it, `next` the first
/// word after it: a penalty there makes a figure in the block worth checking
/// (`claim::check_worthy_quantity`).
fn after<'t>(cx: &Cx<'_, 't>, end: usize, next: usize) -> &'t str {
    let t = cx.t;
    match (next + 3).min(t.len()).checked_sub(1) {
        Some(last) if last >= next => &t.text[end..t.words[last].span.end],
        _ => "",
    }
}

/// Whether a figure in `block` (its `words`) ends among its last three words, where what
/// comes after the block may tell its worth (`after`).
fn figure_at_the_end(cx: &Cx, block: Span, words: Range<usize>) -> bool {
    let Some(tail) = cx.t.words.get(words.end.saturating_sub(3).max(words.start)) else {
        return false;
    };
    let tail = tail.span.start;
    (starting_in(&cx.article.quantities, block, |q| q.span.start).iter())
        .any(|q| q.noun.map_or(q.span.end, |n| n.end.max(q.span.end)) > tail)
}

/// How many of `items` (in text order) start before `at`: the first few are looked at one
/// by one (the next block's sentences or names are near), the rest searched.
fn starts_before<T>(items: &[T], at: usize, start: impl Fn(&T) -> usize) -> usize {
    const LOOKED_AT: usize = 8;
    match items.iter().take(LOOKED_AT).position(|x| start(x) >= at) {
        Some(n) => n,
        None if items.len() <= LOOKED_AT => items.len(),
        None => LOOKED_AT + items[LOOKED_AT..].partition_point(|x| start(x) < at),
    }
}

/// Where a block is: its start in the text and its first sentence, to move what it said
/// between the text and offsets from the block (`…_to`) and back (`…_from`).
struct Place {
    start: usize,
    sentence: usize,
}

impl Place {
    fn new(start: usize, sentence: usize) -> Place {
        Place { start, sentence }
    }

    // A source may be named before the block (a title standing for a name): its offset from
    // the block wraps around, and comes back when added again.
    fn span_to(&self, s: Span) -> Span {
        Span::new(
            s.start.wrapping_sub(self.start),
            s.end.wrapping_sub(self.start),
        )
    }

    fn span_from(&self, s: Span) -> Span {
        Span::new(
            s.start.wrapping_add(self.start),
            s.end.wrapping_add(self.start),
        )
    }

    fn attribution(a: &Attribution, f: impl Fn(Span) -> Span) -> Attribution {
        match *a {
            Attribution::Named { cue, source } => Attribution::Named {
                cue: f(cue),
                source: f(source),
            },
            Attribution::Anonymous { span } => Attribution::Anonymous { span: f(span) },
            Attribution::None => Attribution::None,
        }
    }

    fn attribution_to(&self, a: &Attribution) -> Attribution {
        Place::attribution(a, |s| self.span_to(s))
    }

    fn claim(c: &Claim, f: impl Fn(Span) -> Span, sentence: usize) -> Claim {
        // Field by field: a claim cloned whole would copy its quantities and hedge twice.
        Claim {
            kind: c.kind,
            span: f(c.span),
            focus: f(c.focus),
            attribution: Place::attribution(&c.attribution, &f),
            hedge: c.hedge.as_ref().map(|h| Box::new(f(**h))),
            quantities: (c.quantities.iter())
                .map(|q| Quantity {
                    span: f(q.span),
                    value: q.value,
                    figure: q.figure,
                    unit: q.unit,
                    noun: q.noun.map(&f),
                })
                .collect(),
            sentence: super::claim::sentence_index(sentence),
            status: c.status,
        }
    }

    fn claim_to(&self, c: &Claim) -> Claim {
        Place::claim(c, |s| self.span_to(s), c.sentence as usize - self.sentence)
    }

    fn claim_from(&self, c: &Claim) -> Claim {
        Place::claim(
            c,
            |s| self.span_from(s),
            c.sentence as usize + self.sentence,
        )
    }

    /// What a block said, at offsets from it, put at the end of the article's lists.
    fn spoken_into(&self, s: &Spoken, all: &mut Spoken) {
        (all.sources).extend(
            s.sources
                .iter()
                .map(|a| Place::attribution(a, |x| self.span_from(x))),
        );
        (all.anonymous).extend(s.anonymous.iter().map(|&x| self.span_from(x)));
        (all.hedges).extend(s.hedges.iter().map(|&x| self.span_from(x)));
    }

    /// What a block said, at offsets from it.
    fn spoken_to(&self, s: &Spoken) -> Spoken {
        Spoken {
            sources: (s.sources.iter()).map(|a| self.attribution_to(a)).collect(),
            anonymous: s.anonymous.iter().map(|&x| self.span_to(x)).collect(),
            hedges: s.hedges.iter().map(|&x| self.span_to(x)).collect(),
        }
    }
}
