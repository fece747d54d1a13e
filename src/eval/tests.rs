//! The rules of scoring on hand-made markups, each figure worked out by hand.

use super::identity::bcubed;
use super::markup::{Class, Markup};
use super::score::{ClaimUnit, score, whole_lines};
use crate::annotation::brat::parse;
use crate::text::Span;

// « é », « ’ », a non-breaking space and an emoji before the marked words, so that code
// points and bytes differ.
const TEXT: &str = "🇰🇿 L’été\u{a0}: Vladimir Poutine est à Astana.\nSelon Temur Umarov, 80 % du brut passe par la Russie.\n";

/// `needle`'s code-point offsets in TEXT (its `nth` occurrence, from 0).
fn at(needle: &str) -> (usize, usize) {
    let start = TEXT[..TEXT.find(needle).unwrap()].chars().count();
    (start, start + needle.chars().count())
}

fn t(id: &str, kind: &str, words: &str) -> String {
    let (a, b) = at(words);
    format!("{id}\t{kind} {a} {b}\t{words}\n")
}

fn read(ann: &str) -> Markup {
    let (standoff, problems) = parse(ann);
    let (markup, reading) = Markup::from_brat(&standoff, problems, TEXT);
    assert!(reading.problems.is_empty(), "{:?}", reading.problems);
    markup
}

fn gold() -> String {
    [
        t("T1", "Person", "Vladimir Poutine"),
        "N1\tReference T1 gold:putin\tVladimir Putin\n".into(),
        t("T2", "Location", "Astana"),
        t("T3", "Person", "Temur Umarov"),
        "N2\tReference T3 gold:umarov\tTemur Umarov\n".into(),
        t("T4", "Location", "Russie"),
        t("T5", "Claim", "80 % du brut passe par la Russie"),
        "A1\tAttribution T5 Named\n".into(),
        "R1\tSource Arg1:T5 Arg2:T3\n".into(),
        "A2\tHedged T5\n".into(),
    ]
    .concat()
}

fn byte_span(words: &str) -> Span {
    let start = TEXT.find(words).unwrap();
    Span::new(start, start + words.len())
}

#[test]
fn a_gold_line_becomes_byte_spans_kinds_identities_and_a_claim() {
    let m = read(&gold());
    assert_eq!(m.names.len(), 4);
    assert_eq!(m.names[0].span.of(TEXT), "Vladimir Poutine");
    assert_eq!(m.names[0].identity.as_deref(), Some("gold:putin"));
    assert_eq!(m.names[1].identity, None);
    let c = &m.claims[0];
    assert_eq!(c.span, byte_span("80 % du brut passe par la Russie"));
    assert_eq!(c.attribution, Some(Class::Named));
    assert_eq!(c.source, Some(byte_span("Temur Umarov")));
    assert!(c.hedged);
}

#[test]
fn the_same_markup_scores_one_everywhere() {
    let m = read(&gold());
    let (tally, diffs) = score(TEXT, &m, &m, ClaimUnit::Clause, "a");
    assert!(diffs.is_empty(), "{diffs:?}");
    for counts in tally.strict.iter().chain(&tally.lenient) {
        assert_eq!(counts.right, counts.predicted);
        assert_eq!(counts.found, counts.gold);
    }
    assert_eq!(tally.claims.precision(), Some(1.0));
    assert_eq!(tally.claims.recall(), Some(1.0));
    assert_eq!(tally.attribution.agreed, 1);
    assert_eq!(tally.attribution.sources_right, 1);
    assert_eq!(tally.hedging.f1(), Some(1.0));
    assert_eq!(bcubed(&tally.identity), Some((1.0, 1.0, 1.0)));
}

#[test]
fn a_shifted_span_is_lenient_not_strict() {
    let g = read(&gold());
    // « Poutine » alone: overlaps the gold « Vladimir Poutine », same kind.
    let shifted = gold().replace(
        &t("T1", "Person", "Vladimir Poutine"),
        &t("T1", "Person", "Poutine"),
    );
    let s = read(&shifted);
    let (tally, diffs) = score(TEXT, &g, &s, ClaimUnit::Clause, "a");
    assert_eq!((tally.strict[0].right, tally.strict[0].predicted), (1, 2));
    assert_eq!((tally.lenient[0].right, tally.lenient[0].predicted), (2, 2));
    assert_eq!(tally.lenient[0].recall(), Some(1.0));
    assert_eq!(tally.strict[0].recall(), Some(0.5));
    assert_eq!(diffs.len(), 1);
    assert!(
        diffs[0].message.starts_with("span: Person « Poutine »"),
        "{diffs:?}"
    );
}

#[test]
fn a_wrong_kind_is_neither_strict_nor_lenient_and_says_so() {
    let g = read(&gold());
    let s = read(&gold().replace(
        &t("T2", "Location", "Astana"),
        &t("T2", "Organization", "Astana"),
    ));
    let (tally, diffs) = score(TEXT, &g, &s, ClaimUnit::Clause, "a");
    assert_eq!(tally.lenient[2].found, 1, "Russie only");
    assert_eq!(tally.lenient[1].right, 0);
    assert_eq!(
        diffs[0].message,
        "kind: Organization « Astana » (gold Location)"
    );
}

#[test]
fn a_removed_gold_claim_makes_the_other_side_s_claim_extra() {
    let g = read(&gold());
    let mut fewer = g.clone();
    fewer.claims.clear();
    let (tally, diffs) = score(TEXT, &fewer, &g, ClaimUnit::Clause, "a");
    assert_eq!(tally.claims.precision(), Some(0.0));
    assert_eq!(tally.claims.recall(), None, "no gold claim to find");
    assert_eq!(tally.attribution.compared, 0);
    assert!(
        diffs
            .iter()
            .any(|d| d.what == "claim" && d.message.starts_with("extra"))
    );
}

#[test]
fn attribution_and_source_are_compared_on_the_claims_both_mark() {
    let g = read(&gold());
    // Named, but the source is « Vladimir Poutine », another entity; not hedged.
    let other = gold()
        .replace("Arg2:T3", "Arg2:T1")
        .replace("A2\tHedged T5\n", "");
    let s = read(&other);
    let (tally, diffs) = score(TEXT, &g, &s, ClaimUnit::Clause, "a");
    assert_eq!(
        (tally.attribution.agreed, tally.attribution.compared),
        (1, 1)
    );
    assert_eq!(tally.attribution.sources_compared, 1);
    assert_eq!(tally.attribution.sources_right, 0);
    assert_eq!(tally.hedging.recall(), Some(0.0));
    assert_eq!(tally.hedging.precision(), None);
    let whats: Vec<&str> = diffs.iter().map(|d| d.what).collect();
    assert_eq!(whats, ["source", "hedging"]);
    // Anonymous instead: the class differs, the confusion says which way.
    let s = read(&gold().replace("T5 Named", "T5 Anonymous"));
    let (tally, _) = score(TEXT, &g, &s, ClaimUnit::Clause, "a");
    assert_eq!(tally.attribution.agreed, 0);
    assert_eq!(
        tally.attribution.confusion[0][1], 1,
        "gold Named, scored Anonymous"
    );
}

#[test]
fn a_source_on_another_mention_of_the_same_entity_is_right() {
    let text = "Temur Umarov l’a dit : 80 % du brut passe par la Russie, selon Umarov.\n";
    let span = |w: &str, nth: usize| {
        let start = text.match_indices(w).nth(nth).unwrap().0;
        let a = text[..start].chars().count();
        (a, a + w.chars().count())
    };
    let (a, b) = span("Temur Umarov", 0);
    let (c, d) = span("Umarov", 1);
    let (e, f) = span("80 % du brut passe par la Russie", 0);
    let ann = |source: &str| {
        format!(
            "T1\tPerson {a} {b}\tTemur Umarov\nN1\tReference T1 gold:umarov\tTemur Umarov\nT2\tPerson {c} {d}\tUmarov\nN2\tReference T2 gold:umarov\tTemur Umarov\nT3\tClaim {e} {f}\t80 % du brut passe par la Russie\nA1\tAttribution T3 Named\nR1\tSource Arg1:T3 Arg2:{source}\n"
        )
    };
    let markup = |ann: &str| {
        let (s, p) = parse(ann);
        Markup::from_brat(&s, p, text).0
    };
    let (tally, _) = score(
        text,
        &markup(&ann("T1")),
        &markup(&ann("T2")),
        ClaimUnit::Clause,
        "a",
    );
    assert_eq!(tally.attribution.sources_right, 1);
}

#[test]
fn bcubed_is_worked_out_by_hand() {
    // Gold: {a1, a2, a3} {b1}; scored: {a1, a2} {a3, b1}.
    let items: Vec<(String, String)> = [("a", "x"), ("a", "x"), ("a", "y"), ("b", "y")]
        .iter()
        .map(|(g, s)| (g.to_string(), s.to_string()))
        .collect();
    let (p, r, f) = bcubed(&items).unwrap();
    // Precision: a1 1, a2 1, a3 1/2, b1 1/2 → 3/4. Recall: a1 2/3, a2 2/3, a3 1/3, b1 1 → 2/3.
    assert!((p - 0.75).abs() < 1e-12);
    assert!((r - 2.0 / 3.0).abs() < 1e-12);
    assert!((f - 2.0 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0)).abs() < 1e-12);
    assert_eq!(bcubed(&[]), None);
}

#[test]
fn inception_s_layer_and_value_give_the_kind() {
    let (a, b) = at("Vladimir Poutine");
    let (c, d) = at("Astana");
    let ann = format!(
        "T1\tNamedEntity {a} {b}\tVladimir Poutine\nA1\tvalue T1 PER\nT2\tNamedEntity {c} {d}\tAstana\nA2\tvalue T2 LOC\n"
    );
    let m = read(&ann);
    let kinds: Vec<&str> = m.names.iter().map(|n| n.kind.brat_type()).collect();
    assert_eq!(kinds, ["Person", "Location"]);
}

#[test]
fn other_schemas_are_counted_and_bad_lines_reported_at_their_line() {
    let (a, b) = at("Vladimir Poutine");
    let (c, d) = at("Astana");
    let ann = format!(
        "T1\tPerson {a} {b}\tVladimir Poutine\nT2\tDate {c} {d}\tAstana\nE1\tTravel:T2 Agent:T1\nR1\tMeets Arg1:T1 Arg2:T2\nA1\tNegation E1\nT3 Person {a} {b} Vladimir Poutine\nT4\tPerson {c} {d}\tAstanaX\nT5\tLocation 900 905\tloin\nT6\tLocation {c} {d}\tAstana\n"
    );
    let (standoff, problems) = parse(&ann);
    let (m, reading) = Markup::from_brat(&standoff, problems, TEXT);
    assert_eq!(m.names.len(), 2, "T1 and T6 are scored");
    assert_eq!(m.names[1].kind.brat_type(), "Location");
    let lines: Vec<usize> = reading.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [6, 7, 8], "{:?}", reading.problems);
    let ignored: Vec<(&str, usize)> = reading
        .ignored
        .iter()
        .map(|(k, n)| (k.as_str(), *n))
        .collect();
    assert_eq!(
        ignored,
        [
            ("A Negation", 1),
            ("E lines (events)", 1),
            ("R Meets", 1),
            ("T Date (not a person, organisation or place)", 1),
        ]
    );
}

#[test]
fn whole_sentence_claims_are_scored_by_line() {
    let text = "We cut taxes by 20 percent.\n\nI like this little town.\n\nUnemployment fell to 4 percent.\n";
    let line = |w: &str| {
        let start = text.find(w).unwrap();
        let a = text[..start].chars().count();
        format!("{a} {}", a + w.chars().count())
    };
    let gold = format!(
        "T1\tClaim {}\tWe cut taxes by 20 percent.\nT2\tClaim {}\tUnemployment fell to 4 percent.\n",
        line("We cut taxes by 20 percent."),
        line("Unemployment fell to 4 percent.")
    );
    // The scored side marks a clause of the first line and the opinion.
    let scored = format!(
        "T1\tClaim {}\t20 percent\nT2\tClaim {}\tI like this little town\n",
        line("20 percent"),
        line("I like this little town")
    );
    let markup = |ann: &str| {
        let (s, p) = parse(ann);
        Markup::from_brat(&s, p, text).0
    };
    let (g, s) = (markup(&gold), markup(&scored));
    assert!(whole_lines(text, &g));
    assert!(!whole_lines(text, &s));
    let (tally, _) = score(text, &g, &s, ClaimUnit::Sentence, "a");
    // Lines: 1 both, 2 scored only, 3 gold only.
    assert_eq!(tally.sentences.precision(), Some(0.5));
    assert_eq!(tally.sentences.recall(), Some(0.5));
    assert_eq!(tally.claims.gold, 0, "not counted as clauses too");
}

/// A claim's links to other articles: the gold's `same:` / `contradicts:` notes read, once
/// each; a scored link right when an overlapping gold claim has it (relation and file), a
/// gold link found when an overlapping scored claim has it; figures only where the gold
/// links claims at all.
#[test]
fn links_to_other_articles_are_scored_by_relation_and_file() {
    let gold_ann = [
        t("T1", "Claim", "80 % du brut passe par la Russie"),
        "#1\tAnnotatorNotes T1\tsame:en/002.txt\n".into(),
        "#2\tAnnotatorNotes T1\tcontradicts:fr/003.txt\n".into(),
        "#3\tAnnotatorNotes T1\tsame:en/002.txt\n".into(),
        "#4\tAnnotatorNotes T1\tPrésident\n".into(),
    ]
    .concat();
    let linked = read(&gold_ann);
    assert_eq!(
        linked.claims[0].links.len(),
        2,
        "{:?}",
        linked.claims[0].links
    );
    let scored = read(
        &[
            t("T1", "Claim", "80 % du brut"),
            "#1\tAnnotatorNotes T1\tsame:en/002.txt\n".into(),
            "#2\tAnnotatorNotes T1\tsame:fr/003.txt\n".into(),
            t("T2", "Claim", "Vladimir Poutine est à Astana"),
            "#3\tAnnotatorNotes T2\tsame:en/002.txt\n".into(),
        ]
        .concat(),
    );
    let (tally, diffs) = score(TEXT, &linked, &scored, ClaimUnit::Clause, "a");
    // Right: same en/002 on the overlapping claim. Wrong: same fr/003 (the gold says it
    // contradicts) and the link of a claim the gold does not mark.
    assert_eq!((tally.links.right, tally.links.predicted), (1, 3));
    assert_eq!((tally.links.found, tally.links.gold), (1, 2));
    assert!(tally.gold_links);
    let links: Vec<_> = diffs.iter().filter(|d| d.what == "link").collect();
    assert_eq!(links.len(), 3, "{links:?}");
    assert!(
        links
            .iter()
            .any(|d| d.message.starts_with("missed:")
                && d.message.ends_with("contradicts fr/003.txt"))
    );
    let (unlinked, _) = score(TEXT, &read(&gold()), &scored, ClaimUnit::Clause, "a");
    assert!(
        !unlinked.gold_links,
        "a gold that links nothing scores no links"
    );
}
