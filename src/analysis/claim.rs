//! Claims: check-worthy statements. Statistics (a quantity), superlatives (« la plus longue
//! frontière terrestre continue au monde », « premier producteur mondial d’uranium »),
//! comparisons (« plus forts que jamais »), quotations and reported speech.

use serde::Serialize;

use super::attribution::Attribution;
pub use super::forecast::{forecast, projected};
use super::lexicon as lx;
use super::tokens::Tokens;
pub use crate::annotation::Status;
use crate::article::{Quantity, Unit};
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    Statistic,
    Superlative,
    Comparison,
    Quotation,
    ReportedSpeech,
    /// An event stated as done (« X a été condamné », "S&P downgraded France").
    Event,
    /// A statement with none of the above that the English model finds check-worthy
    /// (`checkworthy`): "He never paid the tax".
    Statement,
    /// Marked as a claim by an annotator.
    Annotated,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Statistic => "statistic",
            ClaimKind::Superlative => "superlative",
            ClaimKind::Comparison => "comparison",
            ClaimKind::Quotation => "quotation",
            ClaimKind::ReportedSpeech => "reported speech",
            ClaimKind::Event => "event",
            ClaimKind::Statement => "statement",
            ClaimKind::Annotated => "annotated claim",
        }
    }

    /// The same with a capital, opening a message: « Statistic ».
    pub fn as_title(self) -> &'static str {
        match self {
            ClaimKind::Statistic => "Statistic",
            ClaimKind::Superlative => "Superlative",
            ClaimKind::Comparison => "Comparison",
            ClaimKind::Quotation => "Quotation",
            ClaimKind::ReportedSpeech => "Reported speech",
            ClaimKind::Event => "Event",
            ClaimKind::Statement => "Statement",
            ClaimKind::Annotated => "Annotated claim",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The sentence (or quotation) making the claim.
    pub span: Span,
    /// The words that make it check-worthy: « plus de 80% du brut kazakh ».
    pub focus: Span,
    pub attribution: Attribution,
    /// Boxed, as few claims are hedged and a corpus keeps every claim.
    pub hedge: Option<Box<Span>>,
    /// The quantities it states: one for a statistic, none for most claims; a list of its
    /// own length, as it never grows once the claim is made.
    pub quantities: Box<[Quantity]>,
    /// The index of its sentence in the article, in 32 bits as a corpus keeps every claim
    /// (see [`sentence_index`]).
    pub sentence: u32,
    /// Verified, disputed or refuted, as an annotator or a fact-check recorded.
    pub status: Status,
}

/// Sentence `i`'s index as a claim keeps it: an article holds fewer sentences than
/// `u32::MAX` (the largest index stands for any beyond).
pub fn sentence_index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Claim {
    /// A statement of fact that can be checked: numbers, rankings, comparisons.
    pub fn check_worthy(&self) -> bool {
        matches!(
            self.kind,
            ClaimKind::Statistic
                | ClaimKind::Superlative
                | ClaimKind::Comparison
                | ClaimKind::Annotated
        )
    }
}

/// The focus of a statistic: the quantity, what it counts, and an adjective after that
/// (« plus de 80 % du brut kazakh »), but not the verb (« 20 accords devaient »).
pub fn statistic_focus(t: &Tokens, q: &Quantity, limit: usize) -> Span {
    let Some(noun) = q.noun else {
        return q.span;
    };
    let mut end = noun.end.max(q.span.end);
    let k = t.within(Span::new(end, t.text.len())).start;
    if k < limit && k > 0 && t.blank_gap(k - 1, k) {
        let key = t.key(k);
        let w = &t.words[k];
        let verb_like = ["ent", "ait", "aient", "ont", "ed"]
            .iter()
            .any(|e| key.ends_with(e));
        // « 20 accords devaient », "4 percent did not", "5 percent will": a verb.
        let verb = t.is(k, lx::AUXILIARIES)
            || t.is(k, lx::FORECASTS)
            || matches!(
                key,
                "did" | "does" | "do" | "is" | "are" | "can" | "could" | "may"
            );
        let stop = t.is(k, lx::FUNCTION_WORDS) || t.is(k, lx::SPEECH_CUES) || verb;
        if !verb_like && !stop && !w.capitalised && !w.numeric {
            end = w.span.end;
        }
    }
    Span::new(q.span.start, end)
}

/// A quantity worth checking: written in digits, a percentage, or a proportion — not
/// « deux pays » or « des milliers de familles ».
pub fn check_worthy_quantity(t: &Tokens, q: &Quantity) -> bool {
    let written = q.span.of(t.text);
    let time = q
        .noun
        .is_some_and(|n| lx::is(super::lexicon::key(n.of(t.text)).as_str(), lx::TIME_UNITS))
        || clock_time(t.text, q.span);
    let time = time && !penalty(t, q);
    // A count in words is worth checking from three up, with what it counts (« huit
    // blessés », "fourteen people"), or up to a bound from three up (« jusqu'à sept ans de
    // prison », "up to ten years in prison"), not « deux pays » nor « des milliers de
    // familles ».
    let bounded = q.value.low == 0.0 && q.value.high.is_finite();
    let in_words = q.noun.is_some() && (q.value.is_exact() || bounded) && q.value.high >= 3.0;
    !time
        && (q.unit == Unit::Percent || in_words || written.contains(|c: char| c.is_ascii_digit()))
        && !in_a_name(t, q)
}

/// A duration that is a penalty (« quatre ans de prison », « cinq ans d’inéligibilité »,
/// "ten years in prison", "a two-year ban"): what a court or a body decided, to check like
/// any figure. The penalty comes within three words after the duration, in its clause, or
/// before a duration said with « pendant », « durant », "for" (« inéligible pendant cinq
/// ans », "barred from office for five years"), within eight words in its clause.
fn penalty(t: &Tokens, q: &Quantity) -> bool {
    let apart = |w: usize| w > 0 && t.gap(w - 1, w).contains([',', ';', ':', '.', '(']);
    let end = q.noun.map_or(q.span.end, |n| n.end.max(q.span.end));
    let k = t.within(Span::new(end, t.text.len())).start;
    let after = (k..t.len().min(k + 3))
        .take_while(|&w| !apart(w))
        .any(|w| t.is(w, lx::PENALTIES));
    let first = t.within(q.span).start;
    // The eight words before « pendant », "for", back to the clause's start.
    let during = first > 1 && matches!(t.key(first - 1), "pendant" | "durant" | "for");
    after
        || during
            && (first.saturating_sub(9)..first - 1)
                .rev()
                .take_while(|&w| !apart(w + 1))
                .any(|w| t.is(w, lx::PENALTIES))
}

/// A time of day written with « h » and spaces (« 14 h 00 », « à 21 h 45 »): its hours
/// before the « h », its minutes after it, neither a statistic.
fn clock_time(text: &str, span: Span) -> bool {
    let blank = |c: char| c == ' ' || c == '\u{a0}' || c == '\u{202f}';
    let after = text[span.end..].trim_start_matches(blank);
    let hours = after.strip_prefix('h').is_some_and(|rest| {
        let rest = rest.trim_start_matches(blank);
        rest.starts_with(|c: char| c.is_ascii_digit()) || !rest.starts_with(char::is_alphabetic)
    });
    let before = text[..span.start].trim_end_matches(blank);
    let minutes = before.ends_with('h')
        && before[..before.len() - 1]
            .trim_end_matches(blank)
            .ends_with(|c: char| c.is_ascii_digit());
    hours || minutes
}

/// A whole number right after a capitalised word belongs to a name (« Ariane 6 »,
/// « France 24 », "Leopard 2"), not to a statistic.
fn in_a_name(t: &Tokens, q: &Quantity) -> bool {
    if q.unit != Unit::Count {
        return false;
    }
    let k = t.within(q.span).start;
    k > 0
        && k < t.len()
        && q.span.of(t.text).bytes().all(|b| b.is_ascii_digit())
        && t.words[k - 1].capitalised
        && t.blank_gap(k - 1, k)
        && !t.is(k - 1, lx::FUNCTION_WORDS)
}

/// An event stated as done among words `range`: a verb in a form that says it happened —
/// a French participle after its auxiliary (« ont été arrêtés », « s’est achevé »), an
/// English participle after its auxiliary ("were detained", "has declared") or a past tense
/// after its subject ("the court ordered") — or a verb of event (`EVENT_VERBS`), in a
/// sentence that names who or where (`names`), not a forecast (« devrait », "will") nor a
/// question. The focus is the sentence up to its closing punctuation.
pub fn event(
    t: &Tokens,
    range: std::ops::Range<usize>,
    names: &impl Fn(usize) -> bool,
) -> Option<Span> {
    let mut first = None;
    events(t, range, names, &mut |c| {
        first = Some(c);
        false
    });
    first
}

/// Every event among words `range` (see [`event`]), clause by clause, given to `each`
/// in text order until it returns false.
pub fn events(
    t: &Tokens,
    range: std::ops::Range<usize>,
    names: &impl Fn(usize) -> bool,
    each: &mut dyn FnMut(Span) -> bool,
) {
    // The cheap test first, on the words' classes: most sentences have no auxiliary, no
    // verb of event and no English past tense, or say what will be.
    let verbs = lx::EVENT_VERBS.0 | lx::AUXILIARIES.0 | lx::PAST_FORMS.0 | lx::AGENTS.0;
    let bits = t.classes_of(range.clone());
    if bits & verbs == 0 {
        return;
    }
    let after = t.text[t.words[range.end - 1].span.end..]
        .trim_start_matches(['»', '"', '”', ' ', '\u{a0}', '\u{202f}']);
    if after.starts_with('?') {
        return;
    }
    // A forecast or a plan in the verb's clause (« devrait », "will") says it is not yet a
    // fact; one in another clause (« …, mais la digue sera reconstruite ») does not,
    // unless the clause only reports it (« …, a-t-il annoncé », "he said").
    let forecasts = bits & lx::FORECASTS.0 != 0;
    let done = |c: Span| {
        let words = t.within(c);
        !forecasts || t.classes_of(words.clone()) & (lx::FORECASTS.0 | lx::SPEECH_CUES.0) == 0
    };
    // A clause is the run of joined words around its verb: a later verb inside the last
    // one found has that clause.
    let mut last_clause: Option<(usize, usize)> = None;
    let mut clauses = range
        .clone()
        .filter(|&k| t.class_bits(k) & verbs != 0 && stated_as_done(t, range.clone(), k))
        .map(|k| {
            let (a, b) = match last_clause {
                Some((a, b)) if (a..=b).contains(&k) => (a, b),
                _ => clause(t, range.clone(), k),
            };
            last_clause = Some((a, b));
            t.span(a, b)
        })
        .filter(|&c| done(c));
    let Some(first) = clauses.next() else {
        return;
    };
    // Who did it: a name, or a third person (« les secours ont évacué »).
    if !range.clone().any(names) && first_or_second_person(t, range.clone()) {
        return;
    }
    let mut last = first;
    if !each(first) {
        return;
    }
    for c in clauses {
        if c != last {
            last = c;
            if !each(c) {
                return;
            }
        }
    }
}

/// The clause around word `k`: the words joined to it without a comma, a semicolon, a
/// colon, a bracket, a dash or a quotation mark between them: its first and last words.
pub(super) fn clause(t: &Tokens, range: std::ops::Range<usize>, k: usize) -> (usize, usize) {
    // Most gaps are one space, told without looking at the gap as a string.
    let joined = |a: usize| {
        t.one_space(a, a + 1)
            || !t
                .gap(a, a + 1)
                .contains([',', ';', ':', '(', ')', '—', '–', '«', '»', '“', '”', '"'])
    };
    let mut start = k;
    while start > range.start && joined(start - 1) {
        start -= 1;
    }
    let mut end = k;
    while end + 1 < range.end && joined(end) {
        end += 1;
    }
    (start, end)
}

/// Whether words `range` speak in the first or second person (« nous avons décidé », "I
/// voted", « vous savez »): a speaker's own doings and views, not news to check.
pub fn first_or_second_person(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    range.clone().any(|k| {
        t.is(k, lx::FUNCTION_WORDS)
            && matches!(
                t.key(k),
                "je" | "j'" | "nous" | "vous" | "tu" | "i" | "we" | "you" | "my" | "our" | "your"
            )
    })
}

/// Whether words `range`, outside quotations (`skip`), speak in the first person singular
/// (« je », « j’ », « mon », "I", "my", "me"): the writer's or the speaker's own doings and
/// record (« j’ai vu les dégâts », "I've been there"), told by the one who did them, not an
/// event the article reports. Inside a quotation the « je » is the source's, and the
/// quotation is judged on its own.
pub fn in_the_first_person_singular(
    t: &Tokens,
    range: std::ops::Range<usize>,
    skip: &impl Fn(usize) -> bool,
) -> bool {
    // The cheap test first, on the words' classes.
    if t.classes_of(range.clone()) & lx::FIRST_PERSON_SINGULAR.0 == 0 {
        return false;
    }
    range.clone().any(|k| {
        !skip(k)
            && match t.key(k) {
                "je" | "j'" | "mon" | "ma" | "mes" | "my" => true,
                // « Me Dupont » is a lawyer's title.
                "me" => !t.words[k].capitalised,
                // Not a numeral after a name ("World War I", « Louis I »).
                "i" => {
                    k == range.start
                        || !t.words[k - 1].capitalised
                        || t.is(k - 1, lx::FUNCTION_WORDS)
                        || !t.blank_gap(k - 1, k)
                }
                _ => false,
            }
    })
}

/// Whether word `k` of a sentence (words `range`) is a verb stated as done: a verb of event
/// (`EVENT_VERBS`), an auxiliary with its participle after it, or an English past tense
/// after its subject.
fn stated_as_done(t: &Tokens, range: std::ops::Range<usize>, k: usize) -> bool {
    let before = |n: usize| (range.start..k).rev().take(n);
    if t.is(k, lx::AUXILIARIES) {
        // « a été condamné », « ont également tenu », "has been detained": the participle
        // within three words, past adverbs, pronouns and other auxiliaries.
        let english = matches!(t.key(k), "has" | "have" | "had" | "was" | "were" | "been");
        let mut p = k + 1;
        while p < range.end && p <= k + 3 {
            if participle(t.key(p), english) && !t.is(p, lx::FUNCTION_WORDS) {
                return true;
            }
            let adverb = t.key(p).ends_with("ment") || t.key(p).ends_with("ly");
            if !(t.is(p, lx::AUXILIARIES) || t.is(p, lx::FUNCTION_WORDS) || adverb) {
                return false;
            }
            p += 1;
        }
        return false;
    }
    // A participle with its named agent and no auxiliary (« annexée en 2020 par la
    // Norlandie », "founded in 1990 by Ana Roe"): the passive states the event.
    if t.is(k, lx::AGENTS) {
        let english = t.key(k) == "by";
        let participle_before = (range.start..k)
            .rev()
            .take(3)
            .find(|&p| !t.is(p, lx::FUNCTION_WORDS) && !t.words[p].numeric)
            .is_some_and(|p| {
                let key = t.key(p);
                participle(key, english) && (english || key.contains(['é', 'i', 'u']))
            });
        let agent_named = (k + 1..range.end.min(k + 4)).any(|a| t.words[a].capitalised);
        return participle_before && agent_named;
    }
    let key = t.key(k);
    if t.is(k, lx::EVENT_VERBS) {
        let french = key.chars().any(|c| matches!(c, 'é' | 'è' | 'û'))
            || key.ends_with("is")
            || key.ends_with("it");
        // A French participle needs its auxiliary, found above; "pleaded", "struck" stand
        // alone, but not "to be charged", "could be jailed".
        return !french
            && !before(2)
                .any(|b| matches!(t.key(b), "to" | "be" | "could" | "may" | "might" | "can"));
    }
    // An English past tense after its subject: a name, a noun or a pronoun, not a
    // determiner or a preposition ("the injured", "of armed men").
    if k > range.start && !t.is(k, lx::FUNCTION_WORDS) {
        let p = k - 1;
        let subject = !t.is(p, lx::FUNCTION_WORDS)
            || matches!(t.key(p), "he" | "she" | "they" | "it" | "who" | "which");
        return subject && t.blank_gap(p, k) && !t.words[p].numeric;
    }
    false
}

/// A past participle by its ending, French (« arrêtés », « détruite », « mis », « tenu »)
/// or English ("detained", "seen", "taken"): after « a » the French ones only, for the
/// English article is spelled the same ("a planned visit").
fn participle(key: &str, english: bool) -> bool {
    const FRENCH: &[&str] = &[
        "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
        "ites", "ert", "erte", "erts", "int", "ait",
    ];
    const ENGLISH: &[&str] = &["ed", "en", "wn", "t"];
    let endings = if english { ENGLISH } else { FRENCH };
    // The cheap test first: every ending ends in one of these bytes (« é » in 0xA9).
    let last = key.as_bytes().last().copied().unwrap_or(0);
    key.len() > 2
        && matches!(last, 0xA9 | b'e' | b's' | b'i' | b'u' | b't' | b'd' | b'n')
        && endings
            .iter()
            .any(|e| e.as_bytes().last() == Some(&last) && key.ends_with(e))
}

pub use super::ranking::{comparison, superlative};

#[cfg(test)]
#[path = "claim_tests.rs"]
mod tests;
