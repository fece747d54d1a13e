//! What a source governs in its sentence. A source governs its sentence (DESIGN.md), except
//! one that speaks inside a relative clause (« Ana Roe, qui l’a qualifié de décision
//! sage », "a bridge that the city's engineers said is safe", « des mesures qui
//! suffiraient selon elle »): that one governs its relative clause only, and the rest of
//! the sentence is the article's own.

use super::lexicon as lx;
use super::tokens::Tokens;
use crate::text::Span;

/// Whether a source whose cue is `cue`, in the sentence of words `range`, governs the claim
/// whose words are `focus`.
#[cfg(test)]
fn governs(t: &Tokens, range: std::ops::Range<usize>, cue: Span, focus: Span) -> bool {
    let clause = relative_clause(t, range.clone(), cue);
    governs_in(t, range, cue, clause, focus)
}

/// The same, the cue's relative clause (see [`relative_clause`]) told once for the
/// sentence's claims.
pub fn governs_in(
    t: &Tokens,
    range: std::ops::Range<usize>,
    cue: Span,
    clause: Option<Span>,
    focus: Span,
) -> bool {
    match clause {
        Some(clause) => clause.overlaps(focus) && focus.start >= clause.start,
        None => !has_relatives(t, range.clone()) || !aside_after(t, range, cue, focus),
    }
}

/// The cheap test first: no relative pronoun, no relative clause.
fn has_relatives(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    t.classes_of(range) & lx::RELATIVES.0 != 0
}

/// Whether the claim `focus` lies in an aside after the source's cue: a relative clause set
/// off by a comma (« …, a dit X, du barrage, qui retient 18 km³ », "…, he said of the dam,
/// which holds 18 km³"), the article's own description of what it names.
fn aside_after(t: &Tokens, range: std::ops::Range<usize>, cue: Span, focus: Span) -> bool {
    let c = t.within(cue).start;
    let mut k = t.within(focus).start;
    if k <= c || k >= range.end || c < range.start {
        return false;
    }
    loop {
        let relative = matches!(t.key(k), "which" | "who" | "where" | "qui" | "où");
        if relative && separated(t, k - 1, ',') {
            return true;
        }
        if k <= c + 1 || boundary(t, k - 1) {
            return false;
        }
        k -= 1;
    }
}

/// A comma, semicolon, colon, bracket, dash or quotation mark between words `a` and `a + 1`.
fn boundary(t: &Tokens, a: usize) -> bool {
    let gap = t.gap(a, a + 1);
    gap != " " && gap.contains([',', ';', ':', '(', ')', '—', '–', '«', '»', '“', '”', '"'])
}

/// `mark` between words `a` and `a + 1`.
fn separated(t: &Tokens, a: usize, mark: char) -> bool {
    let gap = t.gap(a, a + 1);
    gap != " " && gap.contains(mark)
}

/// Whether a source whose cue is `cue` speaks in a relative clause of the sentence of words
/// `range`: what it reports is that clause, not the sentence.
pub fn in_relative_clause(t: &Tokens, range: std::ops::Range<usize>, cue: Span) -> bool {
    relative_clause(t, range, cue).is_some()
}

/// The relative clause the cue `cue` speaks in, if it does: from its relative pronoun
/// (« qui », « que », "that", "which", "who"), found before the cue with no comma,
/// semicolon, colon, dash or quotation mark between, to the next such mark or the end of
/// the sentence.
pub fn relative_clause(t: &Tokens, range: std::ops::Range<usize>, cue: Span) -> Option<Span> {
    if !has_relatives(t, range.clone()) {
        return None;
    }
    let c = t.within(cue).start;
    if c <= range.start || c >= range.end {
        return None;
    }
    let boundary = |a: usize| boundary(t, a);
    let mut k = c;
    let pronoun = loop {
        if k == range.start || boundary(k - 1) {
            return None;
        }
        k -= 1;
        if matches!(t.key(k), "qui" | "que" | "qu'" | "that" | "which" | "who") {
            break k;
        }
    };
    // « C’est ce qu’a expliqué X », "That is what X said": the sentence points back, and
    // « ce que » / "what" is no noun's relative clause.
    if pronoun == range.start || matches!(t.key(pronoun - 1), "ce" | "c'" | "what") {
        return None;
    }
    let mut end = c;
    while end + 1 < range.end && !boundary(end) {
        end += 1;
    }
    Some(t.span(pronoun, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn governed(text: &str, cue: &str, focus: &str) -> bool {
        let t = Tokens::new(text);
        let at = |s: &str| {
            let a = text.find(s).unwrap();
            Span::new(a, a + s.len())
        };
        governs(&t, 0..t.len(), at(cue), at(focus))
    }

    #[test]
    fn a_source_in_a_relative_clause_governs_that_clause_only() {
        let fr = "Le pont a été rouvert par Ana Roe, qui l’a qualifié d’ouvrage sûr, et 3 camions sont passés.";
        assert!(!governed(fr, "qualifié", "Le pont a été rouvert"));
        assert!(!governed(fr, "qualifié", "3 camions"));
        assert!(governed(fr, "qualifié", "d’ouvrage sûr"));
        let en = "The bridge was reopened on a plan that Orbec engineers said is safe, and the crew left.";
        assert!(!governed(en, "said", "The bridge was reopened"));
        assert!(!governed(en, "said", "the crew left"));
        assert!(governed(en, "said", "is safe"));
        // A claim of the whole sentence is the main clause's.
        assert!(!governed(
            en,
            "said",
            "The bridge was reopened on a plan that Orbec engineers said is safe"
        ));
    }

    #[test]
    fn an_aside_after_the_source_is_the_articles_own() {
        let fr = "Le lac a baissé, a dit Ana Roe à propos du barrage, qui retient 18 km³ d’eau.";
        assert!(!governed(fr, "dit", "18 km³"));
        assert!(governed(fr, "dit", "Le lac a baissé"));
        let en = "The lake fell, Ana Roe said of the dam, which holds 18 km³ of water.";
        assert!(!governed(en, "said", "18 km³"));
        assert!(governed(en, "said", "The lake fell"));
        // « dont » after a figure counts among it (« 11 personnes, dont quatre »).
        assert!(governed(
            "Le FSB a annoncé 11 arrestations, dont quatre à Brescoux.",
            "annoncé",
            "quatre"
        ));
        // Set off before the cue, or not set off by a comma, it is the source's.
        assert!(governed(
            "Le barrage, qui retient 18 km³, a cédé, a dit Ana Roe.",
            "dit",
            "18 km³"
        ));
        assert!(governed(
            "Ana Roe said the dam which holds 18 km³ gave way.",
            "said",
            "18 km³"
        ));
    }

    #[test]
    fn a_source_outside_a_relative_clause_governs_its_whole_sentence() {
        let fr = "Ana Roe a déclaré que le pont, qui date de 1950, a été rouvert.";
        assert!(governed(fr, "déclaré", "le pont"));
        assert!(governed(fr, "déclaré", "a été rouvert"));
        let en = "Ana Roe said that the bridge, which dates from 1950, was reopened.";
        assert!(governed(en, "said", "the bridge"));
        assert!(governed(en, "said", "was reopened"));
        // A sentence that points back is no relative clause.
        assert!(governed(
            "C’est ce qu’a expliqué Ana Roe hier.",
            "expliqué",
            "hier"
        ));
        assert!(governed(
            "That is what Ana Roe said on Monday.",
            "said",
            "Monday"
        ));
    }
}
