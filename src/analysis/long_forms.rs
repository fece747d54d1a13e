//! Long forms read in pieces. « L’Organisation pour la sécurité et la coopération en Europe
//! (OSCE) » and "the Organisation for Trade and Cooperation in Norland (OTCN)" are each one
//! name, the one the acronym in brackets stands for, though the rules cut them at « et »,
//! « en », "and", "in". When the initials of the words before a bracketed acronym spell it
//! and the name right before the bracket does not, the mentions among those words are
//! joined into the one long form; `mention::settle` then joins it to its acronym.

use super::kind::{EntityKind, KindVotes};
use super::mention::{Form, Mention, Origin};
use super::{lexicon, word_key};
use crate::text::{fold, fold_letter};

/// How many mentions a long form may have been read in.
const MOST_PIECES: usize = 5;
/// How long a long form may be, in bytes.
const LONGEST: usize = 160;

/// Joins every long form read in pieces before a bracketed acronym into one mention.
pub fn join(text: &str, mentions: &mut Vec<Mention>) {
    let mut i = 1;
    while i < mentions.len() {
        match first_piece(text, mentions, i) {
            Some(first) => {
                join_pieces(text, mentions, first, i - 1);
                // The acronym is now right after the joined long form.
                i = first + 2;
            }
            None => i += 1,
        }
    }
}

/// The first of the mentions before the acronym `i` that, with the words between them,
/// spell it; none when `i` is no acronym in brackets, when the name right before the
/// bracket spells it alone, or when no stretch of plain words does.
fn first_piece(text: &str, mentions: &[Mention], i: usize) -> Option<usize> {
    let acronym = &mentions[i];
    let before = mentions[i - 1].span;
    if acronym.form != Form::Acronym
        || text[before.end..acronym.span.start].trim() != "("
        || !text[acronym.span.end..].starts_with(')')
    {
        return None;
    }
    let letters: Vec<char> = acronym
        .span
        .of(text)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if spells(before.of(text), &letters) {
        return None;
    }
    for k in (i.saturating_sub(MOST_PIECES + 1)..i).rev() {
        let piece = &mentions[k];
        let stretch = text.get(piece.span.start..before.end)?;
        if piece.origin != Origin::Rules || stretch.len() > LONGEST || !plain_words(stretch) {
            return None;
        }
        if k < i - 1 && spells(stretch, &letters) {
            return Some(k);
        }
    }
    None
}

/// Letters, spaces, hyphens and apostrophes only: no sentence's or list's punctuation.
fn plain_words(stretch: &str) -> bool {
    stretch
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\u{a0}' | '-' | '\'' | '’'))
}

/// Whether the initials of the words of `words`, less the words that link a phrase's
/// (`lexicon::PHRASE_CONNECTORS`: articles, prepositions, conjunctions) and an elided « l’ »
/// or « d’ », are `letters`, accents aside (« État » is
/// an E).
fn spells(words: &str, letters: &[char]) -> bool {
    let mut initials = words
        .split([' ', '\u{a0}'])
        .map(|w| w.rsplit(['\'', '’']).next().unwrap_or(w))
        .filter(|w| !w.is_empty() && !lexicon::is(&word_key::key(w), lexicon::PHRASE_CONNECTORS))
        .map(|w| w.chars().next().map(fold_letter));
    letters
        .iter()
        .all(|&l| initials.next() == Some(Some(fold_letter(l))))
        && initials.next().is_none()
}

/// Whether an acronym's letters fit the name it follows: each is the initial of a word of
/// the name (any word, « de » and "of" included), accents aside, in any order, since a
/// name translated keeps its acronym: « Organisation du traité de sécurité collective
/// (OTSC) », « Électricité de Norland (EDN) », "Northern Alliance (AN)" for « Alliance du
/// Nord »; not « Ilse Varga (PDV) », a name and another's acronym. An acronym of four letters
/// or more whose first letter opens the name may take one more from inside a word ("Multi-Land
/// Grain Board (MULGB)").
pub fn letters_fit(acronym: &str, name: &str) -> bool {
    let mut initials: Vec<char> = name
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .map(folded)
        .collect();
    let letters: Vec<char> = (acronym.chars())
        .filter(|c| c.is_alphabetic())
        .map(folded)
        .collect();
    let opens = !letters.is_empty() && letters.first() == initials.first();
    let mut inside = 0;
    for l in &letters {
        match initials.iter().position(|i| i == l) {
            Some(at) => {
                initials.swap_remove(at);
            }
            None => inside += 1,
        }
    }
    !letters.is_empty() && (inside == 0 || (inside == 1 && opens && letters.len() >= 4))
}

/// A letter as [`fold_letter`] folds it, a character: ASCII lowered in place, others folded
/// (« É » is e).
fn folded(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        fold_letter(c).chars().next().unwrap_or(c)
    }
}

/// Makes mentions `first..=last` one, the first's span stretched over the others. A name
/// read in pieces that a bracketed acronym spells is an institution's ("Securities and
/// Exchange Commission", « Organisation pour la sécurité et la coopération en Europe »),
/// whatever its pieces looked like alone ("London and South Western Railway"): countries
/// and regions with an acronym are read whole (« République démocratique du Congo »).
fn join_pieces(text: &str, mentions: &mut Vec<Mention>, first: usize, last: usize) {
    let end = mentions[last].span.end;
    let joined = &mut mentions[first];
    joined.span.end = end;
    joined.key = fold(joined.span.of(text)).into();
    joined.votes = KindVotes::default();
    joined.votes.add(EntityKind::Organization, 1);
    joined.form = Form::Name;
    mentions.drain(first + 1..=last);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::mention::mentions;
    use crate::article::{Article, Format};

    fn found(text: &str) -> Vec<(&str, EntityKind)> {
        let article = Article::parse(text, Format::Text);
        let m = mentions(text, &article);
        m.iter().map(|m| (m.span.of(text), m.kind)).collect()
    }

    use EntityKind::{Location, Organization};

    #[test]
    fn an_english_long_form_cut_at_and_and_in_is_one_organisation() {
        let text =
            "The Organisation for Trade and Cooperation in Norland (OTCN) postponed the vote.";
        let long = "Organisation for Trade and Cooperation in Norland";
        assert_eq!(found(text), [(long, Organization), ("OTCN", Organization)]);
    }

    #[test]
    fn a_french_long_form_cut_at_et_and_en_is_one_organisation() {
        let text = "L’Organisation pour la sécurité et la coopération en Valdorge (OSCV) a reporté le vote.";
        let long = "Organisation pour la sécurité et la coopération en Valdorge";
        assert_eq!(found(text), [(long, Organization), ("OSCV", Organization)]);
    }

    #[test]
    fn a_long_form_is_an_institution_whatever_its_pieces_looked_like() {
        let text = "Shares of the Norland and Western Railway (NWR) fell on Monday.";
        let long = "Norland and Western Railway";
        assert_eq!(found(text), [(long, Organization), ("NWR", Organization)]);
        let text = "Les actions de la Compagnie de Valdorge et de Brescoux (CVB) ont chuté lundi.";
        let long = "Compagnie de Valdorge et de Brescoux";
        assert_eq!(found(text), [(long, Organization), ("CVB", Organization)]);
    }

    #[test]
    fn pieces_the_acronym_does_not_spell_stay_apart() {
        // The letters fit the name right before the bracket only, or no stretch at all.
        let text = "Talks in Orbec and the Norland Trade Office (NTO) resumed.";
        assert_eq!(
            found(text),
            [
                ("Orbec", Location),
                ("Norland Trade Office", Organization),
                ("NTO", Organization)
            ]
        );
        let text = "Les élus de Brescoux et l’Union des ports de Valdorge (UPB) ont voté.";
        let names: Vec<&str> = found(text).into_iter().map(|(n, _)| n).collect();
        assert!(names.contains(&"Brescoux"), "{names:?}");
        assert!(
            !names.iter().any(|n| n.starts_with("Brescoux et")),
            "{names:?}"
        );
    }

    #[test]
    fn a_long_form_across_a_comma_or_a_sentence_is_not_joined() {
        let text = "He met Tom Reed, Cooperation Norland (TRCN) officials said.";
        let names: Vec<&str> = found(text).into_iter().map(|(n, _)| n).collect();
        assert!(names.contains(&"Tom Reed"), "{names:?}");
    }

    #[test]
    fn initials_skip_articles_prepositions_and_elisions() {
        let letters: Vec<char> = "OSCE".chars().collect();
        assert!(spells(
            "Organisation pour la sécurité et la coopération en Europe",
            &letters
        ));
        assert!(spells(
            "Organisation for Security and Co-operation in Europe",
            &letters
        ));
        assert!(!spells("Organisation pour la sécurité", &letters));
        let letters: Vec<char> = "AEN".chars().collect();
        assert!(spells("Agence d’État du Norland", &letters));
    }

    #[test]
    fn an_acronym_fits_a_name_whose_initials_it_takes_in_any_order_accents_aside() {
        assert!(letters_fit(
            "OTSC",
            "Organisation du traité de sécurité collective"
        ));
        assert!(letters_fit("MSF", "Médecins sans frontières"));
        assert!(letters_fit("NATO", "North Atlantic Treaty Organization"));
        assert!(letters_fit("UE", "Union européenne"));
        assert!(
            letters_fit("EDN", "Électricité de Norland"),
            "« É » is an E"
        );
        assert!(
            letters_fit("ÉDN", "Electricite de Norland"),
            "and the other way"
        );
        assert!(
            letters_fit("AN", "Northern Alliance"),
            "translated, reordered"
        );
        assert!(letters_fit("V2S", "Valley Survey Service"), "digits aside");
        assert!(!letters_fit("PDV", "Ilse Varga"));
        assert!(!letters_fit("RN", "Marine Dufresne"));
        assert!(
            !letters_fit("OPV", "Valdorge"),
            "one word of another initial"
        );
        assert!(
            letters_fit("MULGB", "Multi-Land Grain Board"),
            "one letter from inside a word"
        );
        assert!(
            !letters_fit("ULGB", "Multi-Land Grain Board"),
            "not the first"
        );
        assert!(!letters_fit("LMR", "Lise Morel"), "not in three letters");
        assert!(!letters_fit("MULGX", "Multi-Land Grain Board"), "not two");
        assert!(!letters_fit("", "Valdorge"));
    }
}
