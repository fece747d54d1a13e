//! Rankings and comparisons, two kinds of claim: a superlative (« la plus longue frontière
//! terrestre au monde », « premier producteur mondial », "the largest economy") and a
//! comparison (« plus forts que jamais », "more expensive than"), each as its focus span.

use super::lexicon as lx;
use super::tokens::Tokens;
use crate::text::Span;

/// A superlative or ranking among words `range`, as its focus span.
pub fn superlative(t: &Tokens, range: std::ops::Range<usize>) -> Option<Span> {
    // The cheap test first: no « plus », "most", ordinal or superlative, no ranking.
    let ranks = lx::COMPARATIVES.0 | lx::ORDINALS.0 | lx::SUPERLATIVES.0;
    if t.classes_of(range.clone()) & ranks == 0 {
        return None;
    }
    for i in range.clone() {
        let key = t.key(i);
        let start = if matches!(key, "plus" | "moins" | "most" | "least") {
            let det = i.checked_sub(1).filter(|&d| d >= range.start)?;
            let det_key = t.key(det);
            let french = matches!(det_key, "le" | "la" | "les" | "l'");
            // « l’un des plus vieux », and with a world scope no article is needed
            // (« en tant que plus gros exportateur de sel au monde »).
            let one_of =
                det_key == "des" && det > range.start && matches!(t.key(det - 1), "un" | "une");
            let definite = (french || det_key == "the" || one_of) && t.blank_gap(det, i);
            let world = || (i + 1..range.end.min(i + 7)).any(|k| t.is(k, lx::WORLD_MARKERS));
            if !definite && !world() {
                continue;
            }
            // « de plus en plus » and « plus de 80 % » are not superlatives.
            if i + 1 < range.end && matches!(t.key(i + 1), "de" | "d'" | "en" | "than") {
                continue;
            }
            if wished(t, i, range.end) {
                continue;
            }
            if definite { det } else { i }
        } else if (t.is(i, lx::ORDINALS) || t.is(i, lx::SUPERLATIVES))
            && i + 1 < range.end
            && !t.words[i + 1].capitalised
        {
            // « premier producteur mondial », "the largest economy": a rank needs a scope
            // or a definite article; « la deuxième ville du pays », "the second city of
            // Norland": an ordinal past the first, a definite article and the country's
            // scope.
            let with_scope = (i + 1..range.end.min(i + 7)).any(|k| t.is(k, lx::WORLD_MARKERS));
            let article = i > range.start && definite_before(t, i - 1);
            // Not a first: the country's first plant is as often planned as built.
            let first = matches!(
                t.key(i),
                "premier" | "première" | "premiers" | "premières" | "first"
            );
            let definite = article
                && (t.is(i, lx::SUPERLATIVES) || (!first && country_scope(t, i, range.end)))
                && !t.is(i + 1, lx::PERSON_TITLES);
            if (!with_scope && !definite) || wished(t, i, range.end) {
                continue;
            }
            // The article opens the span; a possessive does not.
            if definite && !with_scope && !matches!(t.key(i - 1), "s" | "its") {
                i - 1
            } else {
                i
            }
        } else {
            continue;
        };
        return Some(t.span(start, scope_end(t, i, range.end)));
    }
    None
}

/// A definite article or an English possessive before a rank: « la », "the", "the
/// region's", "its".
fn definite_before(t: &Tokens, k: usize) -> bool {
    match t.key(k) {
        "the" | "le" | "la" | "l'" => true,
        // "region's": the word, then "s" after an apostrophe (not "it's", "that's": a
        // pronoun's is "is"). Not "Norland's best years": after a possessive, "best",
        // "worst" and "greatest" judge more than they rank.
        "s" | "its" => {
            let possessive = t.key(k) == "its"
                || (k > 0
                    && matches!(t.gap(k - 1, k), "'" | "’")
                    && !t.is(k - 1, lx::FUNCTION_WORDS));
            possessive && !matches!(t.key(k + 1), "best" | "worst" | "greatest")
        }
        _ => false,
    }
}

/// A country or a named place as the scope of a rank within four words after it: « du
/// pays », « de la région », "in the country", « d’Orbec », "of Norland".
fn country_scope(t: &Tokens, head: usize, limit: usize) -> bool {
    (head + 2..limit.min(head + 6)).any(|k| {
        let link = matches!(
            t.key(k - 1),
            "du" | "de" | "d'" | "of" | "in" | "la" | "the"
        );
        link && (matches!(
            t.key(k),
            "pays" | "country" | "nation" | "région" | "region"
        ) || t.words[k].capitalised)
    })
}

/// A superlative of what is wished or asked, not of what is: « possible » within the two
/// words after it (« le plus rapidement possible », « la meilleure solution possible », "the
/// best possible outcome", "the highest possible standard") ranks nothing that happened.
fn wished(t: &Tokens, head: usize, limit: usize) -> bool {
    (head + 1..limit.min(head + 4)).any(|k| matches!(t.key(k), "possible" | "possibles"))
}

/// Where a superlative's phrase ends: at « au monde » / « mondial » (and a « de X » after
/// it) when it comes within six words, else after the adjective and its noun.
fn scope_end(t: &Tokens, head: usize, limit: usize) -> usize {
    let mut k = head;
    let mut last = head;
    while k + 1 < limit && k < head + 7 && t.blank_gap(k, k + 1) {
        k += 1;
        if t.is(k, lx::WORLD_MARKERS) {
            let mut end = k;
            let link = end + 1;
            if link + 1 < limit
                && matches!(t.key(link), "d'" | "de" | "of")
                && t.blank_gap(end, link)
                && t.blank_gap(link, link + 1)
            {
                end = link + 1;
            }
            return end;
        }
        if k <= head + 2 && !t.is(k, lx::FUNCTION_WORDS) {
            last = k;
        }
    }
    last
}

/// « Plus … que » after a negation with no « pas » (« il ne lui restait plus qu'à signer »,
/// « il ne reste plus que »: nothing left but), and "more than" after "no" or "nothing" ("no more
/// than a formality": only): they say "only", and compare nothing. « N'est pas plus grand
/// que » still compares.
fn restrictive(t: &Tokens, at: usize, start: usize) -> bool {
    let key = t.key(at);
    if matches!(key, "more" | "less") {
        return at > start && matches!(t.key(at - 1), "no" | "nothing");
    }
    if key != "plus" {
        return false;
    }
    for k in (start.max(at.saturating_sub(3))..at).rev() {
        match t.key(k) {
            "ne" | "n'" => return true,
            "pas" | "point" | "guère" | "jamais" => return false,
            _ => {}
        }
    }
    false
}

/// A comparison: « plus forts que jamais », "stronger than", "more … than".
pub fn comparison(t: &Tokens, range: std::ops::Range<usize>) -> Option<Span> {
    // The cheap test first: no « plus », « moins », "more", "less" or "than", no comparison.
    if t.classes_of(range.clone()) & lx::COMPARATIVES.0 == 0 {
        return None;
    }
    for i in range.clone() {
        let key = t.key(i);
        if key.len() > 4 && key.ends_with("er") && i + 1 < range.end && t.key(i + 1) == "than" {
            return Some(t.span(i, (i + 2).min(range.end - 1)));
        }
        if !matches!(key, "plus" | "moins" | "more" | "less") || restrictive(t, i, range.start) {
            continue;
        }
        for k in i + 1..range.end.min(i + 4) {
            if !t.blank_gap(k - 1, k) {
                break;
            }
            if matches!(t.key(k), "que" | "qu'" | "than") {
                let end = if k + 1 < range.end && t.blank_gap(k, k + 1) {
                    k + 1
                } else {
                    k
                };
                return Some(t.span(i, end));
            }
        }
    }
    None
}

#[cfg(test)]
#[path = "ranking_tests.rs"]
mod tests;
