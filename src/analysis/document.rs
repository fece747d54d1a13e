//! One article analysed on its own: its mentions, claims and the findings that need no
//! other document. Everything the corpus adds (entity resolution, corroboration,
//! contradiction, spelling) is computed from these results in the corpus layer.

use super::appositions;
use super::attribution::{self, Attribution};
use super::claim::{self, Claim, ClaimKind, Status};
use super::finding::{Code, Finding};
use super::governs;
use super::hedge;
use super::lexicon as lx;
use super::mention::{self, Mention};
use super::reading::{self, Readings};
use super::tokens::Tokens;
use crate::annotation::ArticleAnnotations;
use crate::article::{Article, Format, Quote};
use crate::text::Span;

#[derive(Clone, Debug)]
pub struct Analysis {
    pub article: Article,
    pub mentions: Vec<Mention>,
    pub claims: Vec<Claim>,
    pub anonymous_sources: Vec<Span>,
    pub hedges: Vec<Span>,
    /// Findings this article gives alone.
    pub findings: Vec<Finding>,
    /// Annotator notes, at the span they are about.
    pub notes: Vec<(Span, String)>,
}

/// Quotations of three words or fewer cite a term (« Grand Jeu »), not a speaker.
const MIN_QUOTE_WORDS: usize = 4;

pub fn analyze(text: &str, format: Format) -> Analysis {
    analyze_with(text, format, None)
}

/// The same, with the article's human annotations: annotated names replace the guesses
/// they overlap, annotated claims take their status, rewritten spans become stale.
pub fn analyze_with(
    text: &str,
    format: Format,
    annotations: Option<&ArticleAnnotations>,
) -> Analysis {
    match analyze_unless(text, format, annotations, &|| false) {
        Some(analysis) => analysis,
        None => unreachable!("an analysis nothing stops is finished"),
    }
}

/// How many sentences are analysed between two looks at `stop`.
const SENTENCES_BETWEEN_CHECKS: usize = 256;

/// The same, given up (`None`) as soon as `stop` says so: an editor's newer text makes
/// the analysis of an older one worthless, and a huge article takes seconds. `stop` is
/// asked between the stages and every few hundred sentences.
pub fn analyze_unless(
    text: &str,
    format: Format,
    annotations: Option<&ArticleAnnotations>,
    stop: &dyn Fn() -> bool,
) -> Option<Analysis> {
    analyze_reading(text, format, annotations, None, stop).map(|(analysis, _)| analysis)
}

/// The same for an article being edited: the blocks (paragraphs) of its previous text are
/// read again only where the text changed, and the readings of this text come back, to
/// keep for the next edit. The analysis is the one `analyze_unless` gives.
pub fn reanalyze_unless(
    text: &str,
    format: Format,
    annotations: Option<&ArticleAnnotations>,
    previous: &Readings,
    stop: &dyn Fn() -> bool,
) -> Option<(Analysis, Readings)> {
    let (analysis, readings) = analyze_reading(text, format, annotations, Some(previous), stop)?;
    Some((analysis, readings.unwrap_or_default()))
}

fn analyze_reading(
    text: &str,
    format: Format,
    annotations: Option<&ArticleAnnotations>,
    previous: Option<&Readings>,
    stop: &dyn Fn() -> bool,
) -> Option<(Analysis, Option<Readings>)> {
    let mut read = reading::read(text, format, previous, stop)?;
    if stop() {
        return None;
    }
    // The words of each sentence, for the names (which sentence opens where) and the rules.
    let sentence_words = (read.tokens).ranges(read.article.sentences.iter().map(|s| s.span));
    let mut mentions = read.mentions(previous, &sentence_words);
    if stop() {
        return None;
    }
    let (article, t, readings) = read.into_parts();
    if let Some(a) = annotations {
        apply_names(text, a, &mut mentions);
    }
    let quoted = quoted_words(&t, &article);
    let skip = |k: usize| quoted[k];
    let mention_start: Vec<bool> = {
        let mut v = vec![false; t.len()];
        for r in t.ranges(mentions.iter().map(|m| m.span)) {
            if let Some(flag) = v.get_mut(r.start) {
                *flag = true;
            }
        }
        v
    };
    let names = |k: usize| mention_start[k];

    // About a claim a sentence: room taken once, not grown (and copied) a dozen times.
    let mut claims = Vec::with_capacity(article.sentences.len());
    let mut anonymous_sources = Vec::new();
    let mut hedges = Vec::new();
    let mut sentence_sources: Vec<Attribution> = Vec::with_capacity(article.sentences.len());
    let mut sentence_quotes = StartingIn::new(&article.quotes, |q| q.span.start);
    for (i, (s, range)) in article.sentences.iter().zip(&sentence_words).enumerate() {
        if i % SENTENCES_BETWEEN_CHECKS == SENTENCES_BETWEEN_CHECKS - 1 && stop() {
            return None;
        }
        let quotes_here = sentence_quotes.next(s.span);
        let range = range.clone();
        let anon = attribution::anonymous_sources(&t, range.clone(), &skip, &names);
        let heading = article.paragraphs[s.paragraph].heading;
        let named = attribution::named_source(&t, range.clone(), &skip, &names)
            .or_else(|| quote_speaker(&t, quotes_here, s.span, &names))
            .or_else(|| linked_source(&article, s.span));
        let source = match (named, anon.first()) {
            (Some(n), _) => n,
            (None, Some(&span)) => Attribution::Anonymous { span },
            (None, None) => Attribution::None,
        };
        anonymous_sources.extend(anon);
        let source = attribution::named_by_mention(source, &t, &mentions);
        // « C’est ce qu’a expliqué Temur Umarov », "That is what the minister said": the
        // source of the sentence before, in the same paragraph.
        if i > 0
            && !source.is_none()
            && sentence_sources[i - 1].is_none()
            && article.sentences[i - 1].paragraph == s.paragraph
            && points_back(&t, range.clone())
        {
            sentence_sources[i - 1] = source.clone();
        }
        sentence_sources.push(source);
        if !heading {
            hedges.extend(hedge::hedges(&t, range, &skip));
        }
    }
    let mut sentence_quantities = StartingIn::new(&article.quantities, |q| q.span.start);
    let mut each_sentence_hedges = StartingIn::new(&hedges, |h| h.start);
    for (i, s) in article.sentences.iter().enumerate() {
        if i % SENTENCES_BETWEEN_CHECKS == SENTENCES_BETWEEN_CHECKS - 1 && stop() {
            return None;
        }
        if article.paragraphs[s.paragraph].heading {
            continue;
        }
        let range = sentence_words[i].clone();
        let attribution = sentence_sources[i].clone();
        let quantities: Vec<_> = (sentence_quantities.next(s.span).iter())
            .filter(|q| s.span.covers(q.span) && claim::check_worthy_quantity(&t, q))
            .cloned()
            .collect();
        let sentence_hedges = each_sentence_hedges.next(s.span);
        let hedge_of = |focus: Span| hedge::of_claim(&t, sentence_hedges, focus);
        let hedge = sentence_hedges.first().copied();
        // Each figure states its own fact (« 115 morts et 137 blessés »): one claim each.
        if !quantities.is_empty() {
            for q in &quantities {
                let focus = claim::statistic_focus(&t, q, range.end);
                claims.push(Claim {
                    kind: ClaimKind::Statistic,
                    span: s.span,
                    focus,
                    attribution: attribution.clone(),
                    hedge: hedge_of(focus).map(Box::new),
                    quantities: Box::new([q.clone()]),
                    sentence: i,
                    status: Status::Unreviewed,
                });
            }
            // A ranking, a comparison or an event beside the figures is a claim of its own
            // (« X est la région la plus sinistrée, avec 1 200 foyers », « les pompiers ont évacué le
            // quartier, où vivent 2 000 personnes »); one whose words hold a figure is the
            // figure's fact, already claimed (« l’incendie a fait 12 morts »).
            let figures = claims.len() - quantities.len()..claims.len();
            let apart = |f: &Span| !claims[figures.clone()].iter().any(|c| c.focus.overlaps(*f));
            let mut beside: Vec<(ClaimKind, Span)> = claim::superlative(&t, range.clone())
                .map(|f| (ClaimKind::Superlative, f))
                .or_else(|| {
                    claim::comparison(&t, range.clone()).map(|f| (ClaimKind::Comparison, f))
                })
                .filter(|(_, f)| apart(f))
                .into_iter()
                .collect();
            // Each event of its own clause (« les bureaux, qui ont ouvert à l’aube, ont
            // fermé le soir »), but not the clause that reports the figures (« a déclaré sur
            // la radio le maire »): that is their attribution.
            claim::events(&t, range.clone(), &names, &mut |f| {
                if claim::in_the_first_person_singular(&t, t.within(f), &skip) {
                    return true;
                }
                let reports = t.classes_of(t.within(f)) & lx::SPEECH_CUES.0 != 0;
                if apart(&f) && !reports && !beside.iter().any(|(_, b)| b.overlaps(f)) {
                    beside.push((ClaimKind::Event, f));
                }
                true
            });
            for (kind, focus) in beside {
                claims.push(Claim {
                    kind,
                    span: s.span,
                    focus,
                    attribution: attribution.clone(),
                    hedge: hedge_of(focus).map(Box::new),
                    quantities: Box::default(),
                    sentence: i,
                    status: Status::Unreviewed,
                });
            }
            continue;
        }
        let (kind, focus) = if let Some(f) = claim::superlative(&t, range.clone()) {
            (ClaimKind::Superlative, f)
        } else if let Some(f) = claim::comparison(&t, range.clone()) {
            (ClaimKind::Comparison, f)
        } else if (matches!(attribution, Attribution::Named { cue, .. }
                if !governs::in_relative_clause(&t, range.clone(), cue))
            || hedge.is_some())
            && !claim::forecast(&t, range.clone())
        {
            // What a source reports, unless it is a forecast (« il a annoncé que les
            // résultats seront publiés », "he said it would pass"). With no source named, a
            // hedge opening a participle clause hedges that clause, and the sentence states
            // the clause before it as fact: two claims.
            let named = matches!(attribution, Attribution::Named { .. });
            match hedge.filter(|&h| !named && hedge::opens_a_participle_clause(&t, h)) {
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
                            sentence: i,
                            status: Status::Unreviewed,
                        });
                    }
                    (ClaimKind::ReportedSpeech, t.span(k, range.end - 1))
                }
                None => (ClaimKind::ReportedSpeech, s.span),
            }
        } else if reported_event(&t, range.clone(), &names, &skip) {
            // The sentence states the event: its focus is the sentence.
            (ClaimKind::Event, t.span(range.start, range.end - 1))
        } else {
            continue;
        };
        claims.push(Claim {
            kind,
            span: s.span,
            focus,
            attribution,
            hedge: hedge_of(focus).map(Box::new),
            quantities: quantities.into(),
            sentence: i,
            status: Status::Unreviewed,
        });
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
        let range = sentence_words[c.sentence].clone();
        let clause = match told {
            Some((s, k, clause)) if s == c.sentence && k == cue => clause,
            _ => {
                let clause = governs::relative_clause(&t, range.clone(), cue);
                told = Some((c.sentence, cue, clause));
                clause
            }
        };
        if !governs::governs_in(&t, range, cue, clause, c.focus) {
            c.attribution = Attribution::None;
        }
    }
    let mut quotations: Vec<(Span, Attribution)> = Vec::new();
    for q in article.quotes.iter().filter(|q| !q.nested) {
        if !q.has_words(text, MIN_QUOTE_WORDS) {
            continue;
        }
        // A quotation inside a heading is a headline's flourish; one that is the whole
        // block is a pull quote, and needs its speaker like any other.
        let p = article
            .paragraphs
            .partition_point(|p| p.span.end <= q.span.start);
        let in_heading = article
            .paragraphs
            .get(p)
            .is_some_and(|p| p.heading && p.span.covers(q.span) && p.span.start != q.span.start);
        if in_heading {
            continue;
        }
        let Some(i) = article.sentence_at(q.span.start) else {
            continue;
        };
        let attribution =
            match quotation_source(&t, &article, i, &sentence_sources, &names, &quoted) {
                Attribution::Named { cue, source } => Attribution::Named {
                    cue,
                    source: appositions::by_its_acronym(text, &mentions, source),
                },
                other => other,
            };
        // Every quotation needs its speaker; only one that states something checkable (a
        // figure, a ranking, a comparison, an event) is a claim (ANNOTATION.md: an opinion
        // is not).
        if checkable_quotation(&t, &article, q.inner, &names) {
            claims.push(Claim {
                kind: ClaimKind::Quotation,
                span: q.span,
                focus: q.span,
                attribution: attribution.clone(),
                hedge: None,
                quantities: Box::default(),
                sentence: i,
                status: Status::Unreviewed,
            });
        }
        quotations.push((q.span, attribution));
    }
    if let Some(a) = annotations {
        apply_claims(&article, a, &sentence_sources, &mut claims);
    }
    claims.sort_by_key(|c| (c.span.start, c.kind == ClaimKind::Quotation));

    let mut findings =
        super::finding::of_article(text, &claims, &quotations, &anonymous_sources, &hedges);
    let notes = annotations.map_or_else(Vec::new, |a| a.notes.clone());
    if let Some(a) = annotations {
        for s in &a.stale {
            findings.push(Finding::new(
                Code::AnnotationStale,
                s.span,
                s.message.clone(),
            ));
        }
        findings.sort_by_key(|f| (f.span.start, f.code));
    }
    let mut analysis = Analysis {
        notes,
        article,
        mentions,
        claims,
        anonymous_sources,
        hedges,
        findings,
    };
    analysis.shrink();
    Some((analysis, readings))
}

impl Analysis {
    /// Gives back the spare capacity of every list: a corpus keeps thousands of analyses.
    fn shrink(&mut self) {
        let a = &mut self.article;
        a.paragraphs.shrink_to_fit();
        a.sentences.shrink_to_fit();
        a.quotes.shrink_to_fit();
        a.quantities.shrink_to_fit();
        a.dates.shrink_to_fit();
        self.mentions.shrink_to_fit();
        self.claims.shrink_to_fit();
        self.anonymous_sources.shrink_to_fit();
        self.hedges.shrink_to_fit();
        self.findings.shrink_to_fit();
        // A message is formatted into more room than it takes; a corpus keeps them all.
        for f in &mut self.findings {
            f.message.shrink_to_fit();
        }
    }
}

/// Annotated names replace the guessed mentions they overlap.
fn apply_names(text: &str, a: &ArticleAnnotations, mentions: &mut Vec<Mention>) {
    mentions.retain(|m| !a.names.iter().any(|n| n.span.overlaps(m.span)));
    for n in &a.names {
        mentions.push(mention::annotated(
            text,
            n.span,
            n.kind,
            n.reference.clone(),
        ));
    }
    mentions.sort_by_key(|m| m.span.start);
}

/// Annotated claims give their status to the claims they overlap, or are claims of their
/// own when nothing was guessed there.
fn apply_claims(
    article: &Article,
    a: &ArticleAnnotations,
    sources: &[Attribution],
    claims: &mut Vec<Claim>,
) {
    for ac in &a.claims {
        let mut found = false;
        for c in claims
            .iter_mut()
            .filter(|c| c.focus.overlaps(ac.span) || ac.span.covers(c.focus))
        {
            c.status = ac.status;
            found = true;
        }
        if found {
            continue;
        }
        let Some(sentence) = article.sentence_at(ac.span.start) else {
            continue;
        };
        claims.push(Claim {
            kind: ClaimKind::Annotated,
            span: ac.span,
            focus: ac.span,
            attribution: sources[sentence].clone(),
            hedge: None,
            quantities: Box::default(),
            sentence,
            status: ac.status,
        });
    }
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
fn starting_in<T>(items: &[T], span: Span, start: impl Fn(&T) -> usize) -> &[T] {
    let a = items.partition_point(|i| start(i) < span.start);
    let b = items.partition_point(|i| start(i) < span.end);
    &items[a..b.max(a)]
}

/// The items of a list sorted by start that start inside each of spans asked in text
/// order (the sentences): one walk through the list instead of two searches per span.
struct StartingIn<'a, T, F> {
    items: &'a [T],
    /// The first item not before the last span asked.
    at: usize,
    start: F,
}

impl<'a, T, F: Fn(&T) -> usize> StartingIn<'a, T, F> {
    fn new(items: &'a [T], start: F) -> Self {
        StartingIn {
            items,
            at: 0,
            start,
        }
    }

    /// The items starting inside `span`, which starts at or after the spans asked before
    /// (what [`starting_in`] gives).
    fn next(&mut self, span: Span) -> &'a [T] {
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

fn quoted_words(t: &Tokens, article: &Article) -> Vec<bool> {
    let mut quoted = vec![false; t.len()];
    for q in &article.quotes {
        for k in t.within(q.inner) {
            quoted[k] = true;
        }
    }
    quoted
}

/// « … » Temur Umarov, politologue: a name right after a quotation is its speaker.
/// `quotes` are those starting in the sentence.
fn quote_speaker(
    t: &Tokens,
    quotes: &[Quote],
    sentence: Span,
    names: &impl Fn(usize) -> bool,
) -> Option<Attribution> {
    quotes
        .iter()
        .filter(|q| q.closed && sentence.covers(q.span))
        .find_map(|q| {
            let k = t.within(Span::new(q.span.end, sentence.end)).start;
            let next = t.words.get(k)?;
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

/// A quotation's speaker: in its sentence, else a name opening the next line, else any
/// named source in its paragraph.
fn quotation_source(
    t: &Tokens,
    article: &Article,
    i: usize,
    sentence_sources: &[Attribution],
    names: &impl Fn(usize) -> bool,
    quoted: &[bool],
) -> Attribution {
    if !sentence_sources[i].is_none() {
        return sentence_sources[i].clone();
    }
    let sentence = article.sentences[i].span;
    if let Some(k) = t.within(sentence).find(|&k| names(k) && !quoted[k]) {
        return Attribution::Named {
            cue: sentence,
            source: t.words[k].span,
        };
    }
    let paragraph = article.sentences[i].paragraph;
    if let Some(next) = article.sentences.get(i + 1) {
        let k = t.within(next.span).start;
        let next_line = t.text[article.sentences[i].span.end..next.span.start].contains('\n');
        if next_line && k < t.len() && names(k) {
            return Attribution::Named {
                cue: next.span,
                source: t.words[k].span,
            };
        }
    }
    article
        .sentences
        .iter()
        .zip(sentence_sources)
        .skip(
            article
                .sentences
                .partition_point(|s| s.paragraph < paragraph),
        )
        .take_while(|(s, _)| s.paragraph == paragraph)
        .find_map(|(_, a)| matches!(a, Attribution::Named { .. }).then(|| a.clone()))
        .unwrap_or(Attribution::None)
}

/// Whether a quotation's words state something a fact-checker can verify.
fn checkable_quotation(
    t: &Tokens,
    article: &Article,
    inner: Span,
    names: &impl Fn(usize) -> bool,
) -> bool {
    let range = t.within(inner);
    starting_in(&article.quantities, inner, |q| q.span.start)
        .iter()
        .any(|q| inner.covers(q.span) && claim::check_worthy_quantity(t, q))
        || claim::superlative(t, range.clone()).is_some()
        || claim::comparison(t, range.clone()).is_some()
        || claim::event(t, range, names).is_some()
}

#[cfg(test)]
#[path = "document_tests.rs"]
pub(super) mod tests;
