//! What an article's sentences say, over a range of them: the sources each names or leaves
//! anonymous and its hedges (`spoken`), each source once the article's names stand for
//! pronouns and titles (`sources`, over the whole article), and the claims (`claims`).
//! Over a block's sentences (a paragraph, or the lines of one), `spoken` depends on the
//! block's words and names alone, and `claims` on them and the block's sources: an edited
//! article keeps them block by block (`said`).

use std::ops::Range;

use super::attribution::{self, Attribution};
use super::checkworthy;
use super::claim::{self, Claim, ClaimKind, Status};
use super::governs;
use super::hedge;
use super::lexicon as lx;
use super::mention::Mention;
use super::tokens::Tokens;
use crate::article::{Article, Quote};
use crate::text::Span;

/// How many sentences are read between two looks at `stop`.
pub(super) const SENTENCES_BETWEEN_CHECKS: usize = 256;

/// What the rules read of an article besides its words.
pub(super) struct Cx<'a, 't> {
    pub t: &'a Tokens<'t>,
    pub article: &'a Article,
    /// The words of each sentence.
    pub sentence_words: &'a [Range<usize>],
    /// Whether each word is inside a quotation.
    pub quoted: &'a [bool],
    /// Whether each word starts a mention.
    pub mention_start: &'a [bool],
    pub stop: &'a dyn Fn() -> bool,
}

/// What a block's sentences say of their sources as written (one a sentence), the
/// anonymous sources and the hedges in them.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Spoken {
    pub sources: Vec<Attribution>,
    pub anonymous: Vec<Span>,
    pub hedges: Vec<Span>,
}

impl Cx<'_, '_> {
    fn skip(&self, k: usize) -> bool {
        self.quoted[k]
    }

    fn names(&self, k: usize) -> bool {
        self.mention_start[k]
    }

    /// `stop` asked every few hundred sentences.
    fn stopped(&self, i: usize) -> bool {
        i % SENTENCES_BETWEEN_CHECKS == SENTENCES_BETWEEN_CHECKS - 1 && (self.stop)()
    }
}

/// The sources, anonymous sources and hedges of `sentences`. `None` once `stop` says so.
pub(super) fn spoken(cx: &Cx, sentences: Range<usize>) -> Option<Spoken> {
    let (t, article) = (cx.t, cx.article);
    let skip = |k: usize| cx.skip(k);
    let names = |k: usize| cx.names(k);
    let mut out = Spoken {
        sources: Vec::with_capacity(sentences.len()),
        anonymous: Vec::new(),
        hedges: Vec::new(),
    };
    let mut sentence_quotes = StartingIn::new(&article.quotes, |q| q.span.start);
    for i in sentences {
        if cx.stopped(i) {
            return None;
        }
        let s = &article.sentences[i];
        let range = cx.sentence_words[i].clone();
        let quotes_here = sentence_quotes.next(s.span);
        let anon = attribution::anonymous_sources(t, range.clone(), &skip, &names);
        let named = attribution::named_source(t, range.clone(), &skip, &names)
            .or_else(|| {
                let paragraph = article.paragraphs[s.paragraph].span;
                quote_speaker(t, quotes_here, s.span, paragraph, &names)
            })
            .or_else(|| linked_source(article, s.span));
        out.sources.push(match (named, anon.first()) {
            (Some(n), _) => n,
            (None, Some(&span)) => Attribution::Anonymous { span },
            (None, None) => Attribution::None,
        });
        out.anonymous.extend(anon);
        if !article.paragraphs[s.paragraph].heading {
            out.hedges.extend(hedge::hedges(t, range, &skip));
        }
    }
    Some(out)
}

/// Each sentence's source once the article's names stand for the pronouns and titles that
/// speak (`attribution::named_by_mention`); a sentence that points back at the one before
/// in its paragraph gives it its source. `spoken` are every sentence's sources as written.
pub(super) fn sources(cx: &Cx, spoken: Vec<Attribution>, mentions: &[Mention]) -> Vec<Attribution> {
    let (t, article) = (cx.t, cx.article);
    let mut sources: Vec<Attribution> = Vec::with_capacity(spoken.len());
    for (i, source) in spoken.into_iter().enumerate() {
        let source = attribution::named_by_mention(source, t, mentions);
        // « C’est ce qu’a expliqué Temur Umarov », "That is what the minister said": the
        // source of the sentence before, in the same paragraph.
        if i > 0
            && !source.is_none()
            && sources[i - 1].is_none()
            && article.sentences[i - 1].paragraph == article.sentences[i].paragraph
            && points_back(t, cx.sentence_words[i].clone())
        {
            sources[i - 1] = source.clone();
        }
        sources.push(source);
    }
    sources
}

/// The claims of `sentences`, given every sentence's source (`sources`) and the hedges of
/// these sentences (`hedges`), in text order. `None` once `stop` says so.
pub(super) fn claims(
    cx: &Cx,
    sentences: Range<usize>,
    sources: &[Attribution],
    hedges: &[Span],
) -> Option<Vec<Claim>> {
    let (t, article) = (cx.t, cx.article);
    let skip = |k: usize| cx.skip(k);
    let names = |k: usize| cx.names(k);
    // About a claim a sentence: room taken once, not grown (and copied) a dozen times.
    let mut claims = Vec::with_capacity(sentences.len());
    let mut sentence_quantities = StartingIn::new(&article.quantities, |q| q.span.start);
    let mut each_sentence_hedges = StartingIn::new(hedges, |h| h.start);
    for i in sentences {
        if cx.stopped(i) {
            return None;
        }
        let s = &article.sentences[i];
        if article.paragraphs[s.paragraph].heading {
            continue;
        }
        let range = cx.sentence_words[i].clone();
        let attribution = sources[i].clone();
        let quantities: Vec<_> = (sentence_quantities.next(s.span).iter())
            .filter(|q| s.span.covers(q.span) && claim::check_worthy_quantity(t, q))
            .filter(|q| {
                matches!(attribution, Attribution::Named { .. })
                    || !claim::projected(t, range.clone(), q)
            })
            .cloned()
            .collect();
        let sentence_hedges = each_sentence_hedges.next(s.span);
        let hedge_of = |focus: Span| hedge::of_claim(t, sentence_hedges, focus);
        let hedge = sentence_hedges.first().copied();
        // A sentence that opens or closes on a quotation, with no « que », "that" outside
        // it, reports what the quotation says: the quotation is a claim of its own where it
        // states something checkable (`document`), and an opinion quoted is none
        // (ANNOTATION.md).
        let reports_a_quotation = |range: Range<usize>| {
            let edge = !range.is_empty() && (cx.quoted[range.start] || cx.quoted[range.end - 1]);
            edge && !range
                .clone()
                .any(|k| !cx.quoted[k] && matches!(t.key(k), "que" | "qu'" | "that"))
        };
        // A claim of this sentence with no figure of its own (an event, a ranking).
        let figureless = |kind: ClaimKind, focus: Span| Claim {
            kind,
            span: s.span,
            focus,
            attribution: attribution.clone(),
            hedge: hedge_of(focus).map(Box::new),
            quantities: Box::default(),
            sentence: claim::sentence_index(i),
            status: Status::Unreviewed,
        };
        // Each figure states its own fact (« 115 morts et 137 blessés »): one claim each.
        if !quantities.is_empty() {
            for q in &quantities {
                let focus = claim::statistic_focus(t, q, range.end);
                claims.push(Claim {
                    kind: ClaimKind::Statistic,
                    span: s.span,
                    focus,
                    attribution: attribution.clone(),
                    hedge: hedge_of(focus).map(Box::new),
                    quantities: Box::new([q.clone()]),
                    sentence: claim::sentence_index(i),
                    status: Status::Unreviewed,
                });
            }
            // A ranking, a comparison or an event beside the figures is a claim of its own
            // (« X est la région la plus sinistrée, avec 1 200 foyers », « les pompiers ont évacué le
            // quartier, où vivent 2 000 personnes »); one whose words hold a figure is the
            // figure's fact, already claimed (« l’incendie a fait 12 morts »).
            let figures = claims.len() - quantities.len()..claims.len();
            let apart = |f: &Span| !claims[figures.clone()].iter().any(|c| c.focus.overlaps(*f));
            let mut beside: Vec<(ClaimKind, Span)> = claim::superlative(t, range.clone())
                .map(|f| (ClaimKind::Superlative, f))
                .or_else(|| claim::comparison(t, range.clone()).map(|f| (ClaimKind::Comparison, f)))
                .filter(|(_, f)| apart(f))
                .into_iter()
                .collect();
            // Each event of its own clause (« les bureaux, qui ont ouvert à l’aube, ont
            // fermé le soir »), apart from the ranking too.
            let ranking = beside.first().map(|(_, f)| *f);
            let apart = |f: Span| apart(&f) && !ranking.is_some_and(|r| r.overlaps(f));
            let events = events_beside(t, range.clone(), &names, &skip, apart);
            beside.extend(events.into_iter().map(|f| (ClaimKind::Event, f)));
            claims.extend(
                beside
                    .into_iter()
                    .map(|(kind, focus)| figureless(kind, focus)),
            );
            continue;
        }
        let (kind, focus) = if let Some(f) = claim::superlative(t, range.clone()) {
            (ClaimKind::Superlative, f)
        } else if let Some(f) = claim::comparison(t, range.clone()) {
            (ClaimKind::Comparison, f)
        } else if (matches!(attribution, Attribution::Named { cue, .. }
                if !governs::in_relative_clause(t, range.clone(), cue))
            || hedge.is_some())
            && !claim::forecast(t, range.clone())
            && !reports_a_quotation(range.clone())
        {
            // What a source reports, unless it is a forecast (« il a annoncé que les
            // résultats seront publiés », "he said it would pass"). With no source named, a
            // hedge opening a participle clause hedges that clause, and the sentence states
            // the clause before it as fact: two claims.
            let named = matches!(attribution, Attribution::Named { .. });
            match hedge.filter(|&h| !named && hedge::opens_a_participle_clause(t, h)) {
                Some(h) => {
                    let k = t.within(h).start;
                    if k > range.start + 1 {
                        claims.push(Claim {
                            kind: ClaimKind::Event,
                            span: s.span,
                            focus: t.span(range.start, k - 1),
                            attribution: attribution.clone(),
                            hedge: None,
                            quantities: Box::default(),
                            sentence: claim::sentence_index(i),
                            status: Status::Unreviewed,
                        });
                    }
                    (ClaimKind::ReportedSpeech, t.span(k, range.end - 1))
                }
                None => (ClaimKind::ReportedSpeech, s.span),
            }
        } else if reported_event(t, range.clone(), &names, &skip) {
            // The sentence states the event: its focus is the sentence.
            (ClaimKind::Event, t.span(range.start, range.end - 1))
        } else if checkworthy::check_worthy(t, range.clone())
            && !claim::forecast(t, range.clone())
            && !reports_a_quotation(range.clone())
        {
            // An English statement the rules find nothing in, which the model finds
            // check-worthy ("He never paid the tax").
            (ClaimKind::Statement, t.span(range.start, range.end - 1))
        } else {
            continue;
        };
        // An event in a clause of its own beside a ranking or a comparison is a claim of
        // its own (« X a fini à plus d’une seconde, tandis que Y a pris le bronze »), as
        // beside figures; not the clause that reports them.
        let ranked = matches!(kind, ClaimKind::Superlative | ClaimKind::Comparison);
        let beside = match ranked {
            true => events_beside(t, range.clone(), &names, &skip, |f| !f.overlaps(focus)),
            false => Vec::new(),
        };
        claims.push(Claim {
            kind,
            span: s.span,
            focus,
            attribution: attribution.clone(),
            hedge: hedge_of(focus).map(Box::new),
            quantities: quantities.into(),
            sentence: claim::sentence_index(i),
            status: Status::Unreviewed,
        });
        claims.extend(
            beside
                .into_iter()
                .map(|focus| figureless(ClaimKind::Event, focus)),
        );
    }
    // A source speaking in a relative clause governs that clause only; its clause told once
    // for the claims of a sentence.
    let mut told: Option<(usize, Span, Option<Span>)> = None;
    for c in &mut claims {
        let cue = match c.attribution {
            Attribution::Named { cue, .. } => cue,
            Attribution::Anonymous { span } => span,
            Attribution::None => continue,
        };
        let sentence = c.sentence as usize;
        let range = cx.sentence_words[sentence].clone();
        let clause = match told {
            Some((s, k, clause)) if s == sentence && k == cue => clause,
            _ => {
                let clause = governs::relative_clause(t, range.clone(), cue);
                told = Some((sentence, cue, clause));
                clause
            }
        };
        if !governs::governs_in(t, range, cue, clause, c.focus) {
            c.attribution = Attribution::None;
        }
    }
    Some(claims)
}

/// The events among words `range` (see [`claim::events`]) in clauses of their own, beside
/// a claim (`apart` says which are): not the writer's or the speaker's own doings in the
/// first person singular, nor a clause that reports (a reporting cue, what figures show),
/// which is the claim's attribution (« a déclaré sur la radio le maire »).
fn events_beside(
    t: &Tokens,
    range: std::ops::Range<usize>,
    names: &impl Fn(usize) -> bool,
    skip: &impl Fn(usize) -> bool,
    apart: impl Fn(Span) -> bool,
) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    claim::events(t, range, names, &mut |f| {
        let words = t.within(f);
        let reports = t.classes_of(words.clone()) & (lx::SPEECH_CUES.0 | lx::FINDINGS.0) != 0;
        if apart(f)
            && !reports
            && !claim::in_the_first_person_singular(t, words, skip)
            && !out.iter().any(|b| b.overlaps(f))
        {
            out.push(f);
        }
        true
    });
    out
}

/// Whether words `range` state an event (see [`claim::events`]) in a clause that is not
/// the writer's or the speaker's own doings in the first person singular (« j’ai visité
/// Valdorge », "I met the mayor"): those are told by the one who did them.
fn reported_event(
    t: &Tokens,
    range: std::ops::Range<usize>,
    names: &impl Fn(usize) -> bool,
    skip: &impl Fn(usize) -> bool,
) -> bool {
    let mut found = false;
    claim::events(t, range, names, &mut |clause| {
        found = !claim::in_the_first_person_singular(t, t.within(clause), skip);
        !found
    });
    found
}

/// A sentence that opens by pointing back at the one before: « C’est ce qu’a … »,
/// « c’est ce que … », "That is what …", "That's what …".
fn points_back(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    let key = |k: usize| if k < range.end { t.key(k) } else { "" };
    let a = range.start;
    matches!(
        (key(a), key(a + 1), key(a + 2), key(a + 3)),
        ("c'", "est", "ce", "qu'" | "que")
            | ("that", "is" | "'s" | "was", "what", _)
            | ("that's", "what", _, _)
    )
}

/// The items of a list sorted by start that start inside `span`.
pub(super) fn starting_in<T>(items: &[T], span: Span, start: impl Fn(&T) -> usize) -> &[T] {
    let a = items.partition_point(|i| start(i) < span.start);
    let b = items.partition_point(|i| start(i) < span.end);
    &items[a..b.max(a)]
}

/// The items of a list sorted by start that start inside each of spans asked in text
/// order (the sentences): one walk through the list instead of two searches per span.
pub(super) struct StartingIn<'a, T, F> {
    items: &'a [T],
    /// The first item not before the last span asked.
    at: usize,
    start: F,
}

impl<'a, T, F: Fn(&T) -> usize> StartingIn<'a, T, F> {
    pub(super) fn new(items: &'a [T], start: F) -> Self {
        StartingIn {
            items,
            at: 0,
            start,
        }
    }

    /// The items starting inside `span`, which starts at or after the spans asked before
    /// (what [`starting_in`] gives).
    pub(super) fn next(&mut self, span: Span) -> &'a [T] {
        let items = self.items;
        while items
            .get(self.at)
            .is_some_and(|i| (self.start)(i) < span.start)
        {
            self.at += 1;
        }
        let mut end = self.at;
        while items.get(end).is_some_and(|i| (self.start)(i) < span.end) {
            end += 1;
        }
        &items[self.at..end]
    }
}

/// « … » Temur Umarov, politologue: a name right after a quotation, in its paragraph, is
/// its speaker. `quotes` are those starting in the sentence.
fn quote_speaker(
    t: &Tokens,
    quotes: &[Quote],
    sentence: Span,
    paragraph: Span,
    names: &impl Fn(usize) -> bool,
) -> Option<Attribution> {
    quotes
        .iter()
        .filter(|q| q.closed && sentence.covers(q.span))
        .find_map(|q| {
            let k = t.within(Span::new(q.span.end, sentence.end)).start;
            // In its paragraph: a name opening the next one is no speaker of this one's.
            let next = t.words.get(k).filter(|w| w.span.end <= paragraph.end)?;
            let between = &t.text[q.span.end..next.span.start];
            (between.trim().is_empty() && names(k)).then_some(Attribution::Named {
                cue: q.span,
                source: next.span,
            })
        })
}

/// A Markdown link in the sentence cites its source.
fn linked_source(article: &Article, sentence: Span) -> Option<Attribution> {
    starting_in(&article.links, sentence, |l| l.span.start)
        .iter()
        .find(|l| sentence.covers(l.span))
        .map(|l| Attribution::Named {
            cue: l.span,
            source: l.text,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walking_spans_in_order_finds_what_searching_each_finds() {
        let starts = [0, 3, 3, 7, 12, 12, 20];
        // Spans in text order, empty ones, gaps and ones past every item included.
        let spans = [
            (0, 0),
            (0, 3),
            (3, 5),
            (5, 5),
            (6, 12),
            (12, 13),
            (14, 19),
            (19, 40),
        ];
        let mut walk = StartingIn::new(&starts, |&s| s);
        for (a, b) in spans {
            let span = Span::new(a, b);
            assert_eq!(
                walk.next(span),
                starting_in(&starts, span, |&s| s),
                "{span:?}"
            );
        }
    }
}
