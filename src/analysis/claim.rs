//! Claims: check-worthy statements. Statistics (a quantity), superlatives (« la plus longue
//! frontière terrestre continue au monde », « premier producteur mondial d’uranium »),
//! comparisons (« plus forts que jamais »), quotations and reported speech.

use serde::Serialize;

use super::attribution::Attribution;
use super::lexicon as lx;
use super::tokens::Tokens;
use crate::article::Quantity;
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    Statistic,
    Superlative,
    Comparison,
    Quotation,
    ReportedSpeech,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Statistic => "statistic",
            ClaimKind::Superlative => "superlative",
            ClaimKind::Comparison => "comparison",
            ClaimKind::Quotation => "quotation",
            ClaimKind::ReportedSpeech => "reported speech",
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
    pub hedge: Option<Span>,
    /// The quantities it states.
    pub quantities: Vec<Quantity>,
    pub sentence: usize,
}

impl Claim {
    /// A statement of fact that can be checked: numbers, rankings, comparisons.
    pub fn check_worthy(&self) -> bool {
        matches!(
            self.kind,
            ClaimKind::Statistic | ClaimKind::Superlative | ClaimKind::Comparison
        )
    }
}

/// The focus of a statistic: the quantity and what it counts (« 80% du brut kazakh »).
pub fn statistic_focus(t: &Tokens, q: &Quantity, limit: usize) -> Span {
    let after = t.within(Span::new(q.span.end, t.text.len())).start;
    let mut end = q.span.end;
    let mut k = after;
    let mut taken = 0;
    let first_gap_blank = k < limit && t.text[q.span.end..t.words[k].span.start].trim().is_empty();
    if !first_gap_blank {
        return q.span;
    }
    while k < limit && taken < 2 {
        let key = t.key(k);
        if matches!(key, "de" | "du" | "des" | "d'" | "of" | "the") && taken == 0 {
            k += 1;
            if k < limit && t.blank_gap(k - 1, k) {
                continue;
            }
            break;
        }
        if lx::FUNCTION_WORDS.contains(key) || lx::SPEECH_CUES.contains(key) {
            break;
        }
        end = t.words[k].span.end;
        taken += 1;
        if k + 1 >= limit || !t.blank_gap(k, k + 1) {
            break;
        }
        k += 1;
    }
    Span::new(q.span.start, end)
}

/// A superlative or ranking among words `range`, as its focus span.
pub fn superlative(t: &Tokens, range: std::ops::Range<usize>) -> Option<Span> {
    for i in range.clone() {
        let key = t.key(i);
        let start = if matches!(key, "plus" | "moins" | "most" | "least") {
            let det = i.checked_sub(1).filter(|&d| d >= range.start)?;
            let det_key = t.key(det);
            let french = matches!(det_key, "le" | "la" | "les" | "l'");
            if !(french || det_key == "the") || !t.blank_gap(det, i) {
                continue;
            }
            // « de plus en plus » and « plus de 80 % » are not superlatives.
            if i + 1 < range.end && matches!(t.key(i + 1), "de" | "d'" | "en" | "than") {
                continue;
            }
            det
        } else if lx::RANKS.contains(key) && i + 1 < range.end && !t.words[i + 1].capitalised {
            let with_scope =
                (i + 1..range.end.min(i + 7)).any(|k| lx::WORLD_MARKERS.contains(t.key(k)));
            if !with_scope {
                continue;
            }
            i
        } else {
            continue;
        };
        return Some(t.span(start, scope_end(t, i, range.end)));
    }
    None
}

/// Where a superlative's phrase ends: at « au monde » / « mondial » (and a « de X » after
/// it) when it comes within six words, else after the adjective and its noun.
fn scope_end(t: &Tokens, head: usize, limit: usize) -> usize {
    let mut k = head;
    let mut last = head;
    while k + 1 < limit && k < head + 7 && t.blank_gap(k, k + 1) {
        k += 1;
        if lx::WORLD_MARKERS.contains(t.key(k)) {
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
        if k <= head + 2 && !lx::FUNCTION_WORDS.contains(t.key(k)) {
            last = k;
        }
    }
    last
}

/// A comparison: « plus forts que jamais », "stronger than", "more … than".
pub fn comparison(t: &Tokens, range: std::ops::Range<usize>) -> Option<Span> {
    for i in range.clone() {
        let key = t.key(i);
        if key.len() > 4 && key.ends_with("er") && i + 1 < range.end && t.key(i + 1) == "than" {
            return Some(t.span(i, (i + 2).min(range.end - 1)));
        }
        if !matches!(key, "plus" | "moins" | "more" | "less") {
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
#[path = "claim_tests.rs"]
mod tests;
