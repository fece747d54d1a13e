//! Names the scored side marks that a reader sees at once are none (issue 15): a sentence's
//! first word glued onto a name or taken for one (« Mais Maximilienne Roux », "While"), a
//! fragment of a headline, a demonym (« russe », "Russian"). Told from the text and the two
//! markups alone, so that an annotator can be scored too:
//! - **sentence-initial**: the name's first word opens a sentence and is in no gold name,
//!   and either a gold name starts inside the name after that word, or the name is that
//!   one word, overlapping no gold name, and the article writes it in lowercase elsewhere;
//! - **demonym**: one word of `data/demonyms.txt`, overlapping no gold name;
//! - **headline**: overlapping no gold name, on a line of its own with no sentence's
//!   closing mark and at most 15 words.
//!
//! A name is counted once, in that order.

use serde::Serialize;

use super::markup::Markup;
use super::score::{Difference, quote};
use crate::analysis::lexicon::{self as lx, key};
use crate::text::{Span, words};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Spurious {
    pub sentence_initial: usize,
    pub demonyms: usize,
    pub headlines: usize,
}

impl Spurious {
    pub fn add(&mut self, o: Spurious) {
        self.sentence_initial += o.sentence_initial;
        self.demonyms += o.demonyms;
        self.headlines += o.headlines;
    }
}

/// Counts the scored names of those three kinds, each told in `diffs`.
pub fn spurious(
    text: &str,
    gold: &Markup,
    scored: &Markup,
    diffs: &mut Vec<Difference>,
) -> Spurious {
    let mut out = Spurious::default();
    let in_gold = |at: usize| {
        gold.names
            .iter()
            .any(|n| n.span.start <= at && at < n.span.end)
    };
    let overlaps_gold = |s: Span| gold.names.iter().any(|n| n.span.overlaps(s));
    for s in &scored.names {
        if gold.names.iter().any(|n| n.span == s.span) {
            continue;
        }
        let written = s.span.of(text);
        let Some(first) = words(written).first().map(|w| w.span) else {
            continue;
        };
        let first = Span::new(s.span.start + first.start, s.span.start + first.end);
        let one_word = first.end == s.span.end;
        let glued = !one_word
            && (gold.names.iter()).any(|n| n.span.start >= first.end && n.span.start < s.span.end);
        let common = one_word && !overlaps_gold(s.span) && lowercase_elsewhere(text, written);
        let what =
            if opens_sentence(text, s.span.start) && !in_gold(first.start) && (glued || common) {
                out.sentence_initial += 1;
                "a sentence's first word"
            } else if one_word && !overlaps_gold(s.span) && lx::is(&key(written), lx::DEMONYMS) {
                out.demonyms += 1;
                "a demonym"
            } else if !overlaps_gold(s.span) && on_a_headline(text, s.span) {
                out.headlines += 1;
                "a headline's words"
            } else {
                continue;
            };
        diffs.push(Difference {
            at: s.span.start,
            what: "entity",
            message: format!("not a name: {} is {what}", quote(text, s.span)),
        });
    }
    out
}

/// Whether `at` opens a sentence: nothing before it but spaces and opening marks since the
/// text's start, a line's start, or a sentence's closing mark.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before =
        text[..at].trim_end_matches(|c: char| c.is_whitespace() || "«\"“‘'([—–-".contains(c));
    before.is_empty()
        || text[before.len()..at].contains('\n')
        || before.ends_with(['.', '!', '?', '…', ':'])
        || before.ends_with(".»")
        || before.ends_with(".”")
}

/// Whether the text writes `word` in lowercase, as a word of its own.
fn lowercase_elsewhere(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    lower != word && words(text).iter().any(|w| w.span.of(text) == lower)
}

/// Whether `span` is on a line of its own that reads as a headline: no sentence's closing
/// mark at its end, 15 words at most.
fn on_a_headline(text: &str, span: Span) -> bool {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let line = text[start..end].trim();
    !line.ends_with(['.', '!', '?', '…', ':', ';', ',', '»', '"', '”']) && words(line).len() <= 15
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::EntityKind;
    use crate::eval::markup::Name;

    fn markup(text: &str, names: &[&str]) -> Markup {
        Markup {
            names: names
                .iter()
                .map(|n| {
                    let at = text.find(n).unwrap();
                    Name {
                        span: Span::new(at, at + n.len()),
                        kind: EntityKind::Person,
                        identity: None,
                    }
                })
                .collect(),
            claims: Vec::new(),
        }
    }

    fn counted(text: &str, gold: &[&str], scored: &[&str]) -> Spurious {
        spurious(
            text,
            &markup(text, gold),
            &markup(text, scored),
            &mut Vec::new(),
        )
    }

    #[test]
    fn a_sentence_s_first_word_glued_onto_a_name_is_counted_in_french_and_english() {
        let fr = "Le vote a eu lieu hier. Mais Maximilienne Roux a refusé.";
        assert_eq!(
            counted(fr, &["Maximilienne Roux"], &["Mais Maximilienne Roux"]).sentence_initial,
            1
        );
        let en = "The vote came late.\n“While Peter Quist waited, nobody spoke.";
        assert_eq!(
            counted(en, &["Peter Quist"], &["While Peter Quist"]).sentence_initial,
            1
        );
        // The same span inside a sentence is a wrong edge, not a sentence's first word.
        let inside = "Le vote a eu lieu hier avec Maximilienne Roux.";
        assert_eq!(
            counted(inside, &["Roux"], &["Maximilienne Roux"]),
            Spurious::default()
        );
    }

    #[test]
    fn a_common_word_opening_a_sentence_alone_is_counted_only_if_written_lowercase_elsewhere() {
        let en = "Yesterday the council met. Nobody came, and nobody called.";
        assert_eq!(counted(en, &[], &["Nobody"]).sentence_initial, 1);
        let fr = "Lucerne a voté. Personne ne sait si personne ne viendra.";
        assert_eq!(counted(fr, &[], &["Personne"]).sentence_initial, 1);
        // A name the gold missed is not a common word.
        let missed = "Le conseil a voté. Berthier a parlé ensuite.";
        assert_eq!(counted(missed, &[], &["Berthier"]), Spurious::default());
    }

    #[test]
    fn a_demonym_is_counted_in_french_and_english() {
        let fr = "Le gouvernement russe a répondu hier soir à la question.";
        assert_eq!(counted(fr, &[], &["russe"]).demonyms, 1);
        let en = "The Russian delegation answered the question late on Monday.";
        assert_eq!(counted(en, &[], &["Russian"]).demonyms, 1);
        assert_eq!(counted(en, &["Russian"], &["Russian"]), Spurious::default());
    }

    #[test]
    fn a_name_on_a_headline_the_gold_does_not_mark_is_a_headline_s_words() {
        let fr = "Tempête Sur La Côte\n\nLe maire a parlé hier soir de la côte.";
        assert_eq!(counted(fr, &[], &["Tempête Sur La Côte"]).headlines, 1);
        let en = "Storm Hits The Coast\n\nThe mayor spoke about the storm on Monday.";
        assert_eq!(counted(en, &[], &["Storm Hits"]).headlines, 1);
        // A real name on a headline, marked by the gold too: nothing.
        let named = "Ada Lovelace Honoured\n\nThe society met on Monday.";
        assert_eq!(
            counted(named, &["Ada Lovelace"], &["Ada Lovelace"]),
            Spurious::default()
        );
        // A line that ends a sentence is no headline.
        let sentence = "The mayor said Storm Hits was a film.";
        assert_eq!(counted(sentence, &[], &["Storm Hits"]), Spurious::default());
    }

    #[test]
    fn each_is_told_in_the_details() {
        let fr = "Le vote a eu lieu hier. Mais Maximilienne Roux a refusé.";
        let mut diffs = Vec::new();
        spurious(
            fr,
            &markup(fr, &["Maximilienne Roux"]),
            &markup(fr, &["Mais Maximilienne Roux"]),
            &mut diffs,
        );
        assert_eq!(diffs.len(), 1);
        assert!(
            diffs[0]
                .message
                .contains("« Mais Maximilienne Roux » is a sentence's first word"),
            "{}",
            diffs[0].message
        );
    }
}
