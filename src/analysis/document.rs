//! One article analysed on its own: its mentions, claims and the findings that need no
//! other document. Everything the corpus adds (entity resolution, corroboration,
//! contradiction, spelling) is computed from these results in the corpus layer.

use super::appositions;
use super::attribution::Attribution;
use super::claim::{self, Claim, ClaimKind, Status};
use super::finding::{Code, Finding};
use super::mention::{self, Mention};
use super::reading::{self, Kept};
use super::readings::Readings;
use super::said;
use super::sentences::{self, StartingIn};
use super::tokens::Tokens;
use crate::annotation::ArticleAnnotations;
use crate::article::{Article, Format, Quantity};
use crate::text::{Language, Span};

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
    /// The article's language, where the name scan had to tell it.
    pub language: LanguageTold,
}

/// The article's language (`text::guess_language` of its whole text) where the name scan
/// had to tell it, for the corpus to take rather than guess again. A hint, not a result: an
/// article read again from its last readings tells it only if a paragraph scanned again
/// needed it, so it is left out of an analysis' `Debug`, which tests compare.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct LanguageTold(pub Option<Language>);

impl std::fmt::Debug for LanguageTold {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("_")
    }
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
    let sentence_words = read.sentence_words();
    // The words inside each quotation.
    let inner_words = read.quote_words();
    let (mut mentions, language) = read.mentions(previous, &sentence_words);
    if stop() {
        return None;
    }
    let (article, t, mut kept) = read.into_parts();
    if let Some(a) = annotations {
        apply_names(text, a, &mut mentions);
    }
    let quoted = quoted_words(t.len(), &inner_words);
    let mention_start: Vec<bool> = {
        let mut v = vec![false; t.len()];
        for first in t.firsts(mentions.iter().map(|m| m.span.start)) {
            if let Some(flag) = v.get_mut(first) {
                *flag = true;
            }
        }
        v
    };
    let names = |k: usize| mention_start[k];

    let cx = sentences::Cx {
        t: &t,
        article: &article,
        sentence_words: &sentence_words,
        quoted: &quoted,
        mention_start: &mention_start,
        stop,
    };
    let (spoken, mut claims) = said::said(&cx, &mentions, kept.as_mut().zip(previous))?;
    let (sentence_sources, anonymous_sources, hedges) =
        (spoken.sources, spoken.anonymous, spoken.hedges);
    let mut quotations: Vec<(Span, Attribution)> = Vec::with_capacity(article.quotes.len());
    // What each quotation states, as kept with what its block said, or found below.
    let mut stated = (kept.as_ref()).map_or_else(
        || vec![None; article.quotes.len()],
        |k| k.stated(&article.quotes),
    );
    // The quantities inside each, found by going on from the last quotation's.
    let mut quantities = StartingIn::new(&article.quantities, |q| q.span.start);
    let quotes = article.quotes.iter().zip(&inner_words).zip(&mut stated);
    for ((q, inner), stated) in quotes.filter(|((q, _), _)| !q.nested) {
        if !q.has_words(MIN_QUOTE_WORDS) {
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
        let figures = quantities.next(q.inner);
        if checkable_quotation(&t, figures, q.inner, inner.clone(), &names, stated) {
            claims.push(Claim {
                kind: ClaimKind::Quotation,
                span: q.span,
                focus: q.span,
                attribution: attribution.clone(),
                hedge: None,
                quantities: Box::default(),
                sentence: claim::sentence_index(i),
                status: Status::Unreviewed,
            });
        }
        quotations.push((q.span, attribution));
    }
    if let Some(k) = &kept {
        k.keep_stated(&article.quotes, &stated);
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
        language: LanguageTold(language),
    };
    analysis.shrink();
    Some((analysis, kept.map(Kept::into_readings)))
}

impl Analysis {
    /// Where a named source is written whole: the name its word belongs to (« Ana Roe »,
    /// not « Ana »), else the word itself (a pronoun, a title).
    pub fn source_name(&self, source: Span) -> Span {
        let after = self
            .mentions
            .partition_point(|m| m.span.start <= source.start);
        match after.checked_sub(1).map(|m| self.mentions[m].span) {
            Some(name) if name.end >= source.end => name,
            _ => source,
        }
    }

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
            sentence: claim::sentence_index(sentence),
            status: ac.status,
        });
    }
}

/// Whether each of the article's `words` is inside a quotation, given the words inside each.
fn quoted_words(words: usize, inner_words: &[std::ops::Range<usize>]) -> Vec<bool> {
    let mut quoted = vec![false; words];
    for inner in inner_words {
        quoted[inner.clone()].fill(true);
    }
    quoted
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

/// Whether a quotation's words (`range`, inside `inner`) state something a fact-checker
/// can verify: a figure worth checking (among `quantities`, those starting inside), or
/// what `states_something` tells, taken from `stated` when told already, and told there
/// otherwise.
fn checkable_quotation(
    t: &Tokens,
    quantities: &[Quantity],
    inner: Span,
    range: std::ops::Range<usize>,
    names: &impl Fn(usize) -> bool,
    stated: &mut Option<bool>,
) -> bool {
    quantities
        .iter()
        .any(|q| inner.covers(q.span) && claim::check_worthy_quantity(t, q))
        || *stated.get_or_insert_with(|| states_something(t, range, names))
}

/// Whether a quotation's words (`range`) state a ranking, a comparison or an event: what
/// they and the names among them alone tell, unlike a figure, whose worth may hang on the
/// words after the quotation (a penalty: `claim::check_worthy_quantity`).
fn states_something(
    t: &Tokens,
    range: std::ops::Range<usize>,
    names: &impl Fn(usize) -> bool,
) -> bool {
    claim::superlative(t, range.clone()).is_some()
        || claim::comparison(t, range.clone()).is_some()
        || claim::event(t, range, names).is_some()
}

#[cfg(test)]
#[path = "document_tests.rs"]
pub(super) mod tests;

#[cfg(test)]
#[path = "document_sources_tests.rs"]
pub(super) mod sources_tests;
