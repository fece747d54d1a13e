//! Anonymous sources: an unnamed source noun after an indefinite determiner (« un
//! porte-parole », "an official"), after « selon les » / "according to" (« selon des sources
//! proches du dossier »), or as the plural subject of a reporting verb (« les enquêteurs ont
//! déclaré »). Named sources are `attribution`'s.

use super::lexicon as lx;
use super::tokens::Tokens;
use crate::text::Span;

/// Anonymous sources among words `range`: an unnamed source noun after an indefinite
/// determiner, or after « selon les » / "according to"; the span runs from the cue to the
/// end of the noun phrase. `skip` says which words to ignore (quoted words).
pub fn anonymous_sources(
    t: &Tokens,
    range: std::ops::Range<usize>,
    skip: &impl Fn(usize) -> bool,
    names: &impl Fn(usize) -> bool,
) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = range.start;
    // « selon les », « d’après les », "according to the".
    let two_word_cue = |det: usize| {
        det > range.start + 1
            && matches!(
                (t.key(det - 2), t.key(det - 1)),
                ("d'", "après") | ("according", "to") | ("as", "per")
            )
    };
    // « après » is a cue only as « d’après » (« après les experts » is "after"), "per"
    // only as "as per".
    let cue_before = |det: usize| {
        det > range.start
            && ((t.is(det - 1, lx::SOURCE_PREPOSITIONS)
                && !matches!(t.key(det - 1), "après" | "per"))
                || two_word_cue(det))
    };
    // The word before a source noun, one qualifier passed over (« selon les dernières
    // données », "according to preliminary data"): where its determiner or cue is.
    let before = |i: usize| {
        let q = i - 1;
        if q > range.start && t.is(q, lx::REPORT_QUALIFIERS) && t.blank_gap(q, i) {
            q - 1
        } else {
            q
        }
    };
    // Once a sentence, the cheap test: sources that count only after a cue need one.
    let bits = t.classes_of(range.clone());
    let has_cue = bits & lx::SOURCE_PREPOSITIONS.0 != 0;
    let speaks = bits & (lx::SPEECH_CUES.0 | lx::FINDINGS.0) != 0;
    let media = bits & lx::MEDIA.0 != 0;
    // A word of none of these classes starts nothing below: most words are passed over
    // on their classes alone.
    let may_start = lx::ANONYMOUS_SOURCES.0 | lx::CUE_ONLY_SOURCES.0 | lx::DEMONYMS.0 | lx::MEDIA.0;
    while i < range.end {
        if t.class_bits(i) & may_start == 0 {
            i += 1;
            continue;
        }
        // Unnamed sources as the subject of a reporting verb (« les enquêteurs russes ont
        // déclaré », "Ukrainian authorities reported").
        if speaks
            && !skip(i)
            && let Some(span) = unnamed_subject(t, range.clone(), i, names)
        {
            out.push(span);
            i = t.within(span).end;
            continue;
        }
        // Unnamed media as the agent of what is reported (« des images relayées par des
        // médias russes », "reports by Russian media outlets").
        if media
            && !skip(i)
            && let Some(span) = unnamed_media(t, range.clone(), i, names)
        {
            out.push(span);
            i = t.within(span).end;
            continue;
        }
        // A people after a cue (« d’après les Turcs ») is a source no one is named for.
        let people = has_cue
            && t.is(i, lx::DEMONYMS)
            && i > range.start
            && matches!(t.key(i - 1), "les" | "the")
            && cue_before(i - 1);
        // Sources only after a cue: « la lenteur des autorités » names no source.
        let after_cue_only = people
            || (has_cue
                && i > range.start
                && t.is(before(i), lx::FUNCTION_WORDS)
                && t.is(i, lx::CUE_ONLY_SOURCES));
        if skip(i) || !(t.is(i, lx::ANONYMOUS_SOURCES) || after_cue_only) {
            i += 1;
            continue;
        }
        if i == range.start {
            // "Officials said": a bare plural opening the sentence.
            let says = i + 1 < range.end && t.is(i + 1, lx::SPEECH_CUES);
            if says && t.key(i).ends_with('s') {
                out.push(t.words[i].span);
            }
            i += 1;
            continue;
        }
        let det = if after_cue_only { before(i) } else { i - 1 };
        let bare_plural = t.key(i).ends_with('s')
            && i + 1 < range.end
            && t.blank_gap(i, i + 1)
            && t.is(i + 1, lx::SPEECH_CUES);
        if bare_plural && !t.is(det, lx::INDEFINITE_DETERMINERS) {
            out.push(t.words[i].span);
            i += 2;
            continue;
        }
        let indefinite = t.is(det, lx::INDEFINITE_DETERMINERS);
        let after_cue = cue_before(det);
        let definite = matches!(t.key(det), "les" | "le" | "la" | "l'" | "the");
        // "according to officials": the bare plural after the cue.
        let according_to = t.key(det) == "to"
            && det > range.start
            && t.key(det - 1) == "according"
            && (t.key(i).ends_with('s') || t.is(i, lx::CUE_ONLY_SOURCES));
        if according_to && t.blank_gap(det, det + 1) && !(i + 1..range.end.min(i + 4)).any(names) {
            let end = phrase_end(t, i, range.end);
            out.push(t.span(det - 1, end));
            i = end + 1;
            continue;
        }
        // « un porte-parole », and after a cue « selon des rescapés » too.
        if !(t.blank_gap(det, det + 1)
            && ((indefinite && (!after_cue_only || after_cue)) || (definite && after_cue)))
        {
            i += 1;
            continue;
        }
        // A name right after the noun names the source (« la porte-parole Maria
        // Zakharova »), and so does one right before it (« Arkady Dubnov, un observateur »).
        let named_next = (i + 1..range.end.min(i + 4)).any(names);
        let apposition = det > range.start
            && t.gap(det - 1, det).trim() == ","
            && (range.start..det).rev().take(3).any(names);
        if named_next || apposition {
            i += 1;
            continue;
        }
        let start = if !after_cue {
            det
        } else if two_word_cue(det) {
            det - 2
        } else if t.blank_gap(det - 1, det) {
            det - 1
        } else {
            det
        };
        let end = phrase_end(t, i, range.end);
        out.push(t.span(start, end));
        i = end + 1;
    }
    out
}

/// An unnamed source at word `i` that is the subject of a reporting verb: a plural source
/// noun (« enquêteurs », « autorités », "officials") after a definite article, a demonym
/// or nothing, then at most two adjectives or auxiliaries before the verb, and no name in
/// between. The span runs from the article to the noun.
fn unnamed_subject(
    t: &Tokens,
    range: std::ops::Range<usize>,
    i: usize,
    names: &impl Fn(usize) -> bool,
) -> Option<Span> {
    let sources = lx::ANONYMOUS_SOURCES.0 | lx::CUE_ONLY_SOURCES.0;
    // Plural, as « les autorités », "the data".
    if t.class_bits(i) & sources == 0 || !(t.key(i).ends_with('s') || t.key(i) == "data") {
        return None;
    }
    let start = if i == range.start {
        i
    } else if matches!(t.key(i - 1), "les" | "the") && t.blank_gap(i - 1, i) {
        i - 1
    } else if t.is(i - 1, lx::DEMONYMS) && t.blank_gap(i - 1, i) {
        if i - 1 > range.start && matches!(t.key(i - 2), "les" | "the") {
            i - 2
        } else {
            i - 1
        }
    } else {
        return None;
    };
    let mut k = i + 1;
    // A complement of the noun (« les autorités du port », « les services de la
    // ville », "the officials of the port") reaches two words further.
    let mut reach = i + 3;
    while k < range.end && k <= reach && t.blank_gap(k - 1, k) && !names(k) {
        if super::attribution::reports(t, range.clone(), k) && !t.is(k, lx::SOURCE_PREPOSITIONS) {
            return Some(t.span(start, i));
        }
        let of = matches!(t.key(k), "de" | "du" | "des" | "d'" | "of");
        let article = matches!(t.key(k), "la" | "le" | "l'" | "les" | "the")
            && matches!(t.key(k - 1), "de" | "of");
        if of && k == i + 1 {
            reach = i + 5;
        } else if t.is(k, lx::FUNCTION_WORDS) && !t.is(k, lx::AUXILIARIES) && !article {
            return None;
        }
        k += 1;
    }
    None
}

/// Unnamed media at word `i` after « par », "by" or a source cue, with at most three
/// determiners, demonyms or adjectives between and no name: the span runs from the agent
/// word to the end of the media's phrase.
fn unnamed_media(
    t: &Tokens,
    range: std::ops::Range<usize>,
    i: usize,
    names: &impl Fn(usize) -> bool,
) -> Option<Span> {
    if !t.is(i, lx::MEDIA) || t.words[i].capitalised {
        return None;
    }
    let mut k = i;
    while k > range.start && k + 3 >= i && t.blank_gap(k - 1, k) {
        k -= 1;
        if names(k) {
            return None;
        }
        if t.is(k, lx::AGENTS) || t.is(k, lx::SOURCE_PREPOSITIONS) {
            let end = phrase_end(t, i, range.end);
            let named_after = (i + 1..range.end.min(end + 3)).any(names);
            return (!named_after).then(|| t.span(k, end));
        }
    }
    None
}

/// The noun phrase after a head: words joined by blanks, through « de/du/des » links and
/// adjectives, up to punctuation or a word that starts a clause; at most six words.
fn phrase_end(t: &Tokens, head: usize, limit: usize) -> usize {
    let mut end = head;
    let mut k = head;
    while k + 1 < limit && k < head + 6 && t.blank_gap(k, k + 1) {
        k += 1;
        let link = t.is(k, lx::PHRASE_CONNECTORS);
        if !link && (t.is(k, lx::FUNCTION_WORDS) || t.is(k, lx::SPEECH_CUES)) {
            break;
        }
        if !link {
            end = k;
        }
    }
    end
}
