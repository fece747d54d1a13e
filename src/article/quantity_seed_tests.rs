//! Quantities compared as intervals (rounding, a percentage against a count), the seeds'
//! articles' quantities, and spans well formed on any text.

use super::tests::{COUNT, INF, THIRD, found, quantity, spans};
use super::*;
use proptest::prelude::*;

#[test]
fn seed_claims_compare_as_intervals() {
    let oil = quantity("plus de 80% du brut kazakh transite par la Russie");
    let half = quantity("plus de la moitié des exportations de brut kazakh");
    assert!(oil.value.compatible(&half.value) && !oil.contradicts(&half));
    let sandu = quantity("55,41% des voix");
    let other = quantity("62% des voix");
    assert!(!sandu.value.compatible(&other.value) && sandu.contradicts(&other));
    let count = quantity("62 voix");
    assert!(
        !sandu.contradicts(&count),
        "a percentage and a count are not compared"
    );
}

#[test]
fn compatibility_tolerates_rounding() {
    let exact = Interval::exact;
    assert!(exact(55.41).compatible(&exact(55.4)));
    assert!(exact(55.41).compatible(&exact(55.9)));
    assert!(!exact(55.41).compatible(&exact(57.0)));
    assert!(exact(THIRD).compatible(&exact(33.2)));
    assert!(Interval::new(200.0, INF).compatible(&exact(1e12)));
    assert!(!Interval::new(200.0, INF).compatible(&exact(150.0)));
    assert!(!exact(f64::NAN).compatible(&exact(1.0)));
    assert_eq!(
        Interval::new(3.0, 1.0),
        Interval {
            low: 1.0,
            high: 3.0
        }
    );
    assert!(exact(2.0).is_exact() && !Interval::new(1.0, 2.0).is_exact());
}

const SEEDS: [&str; 5] = [
    include_str!("../../seeds/000_0ebfb2c6ff608d17.txt"),
    include_str!("../../seeds/001_8580d139b28a1cc8.txt"),
    include_str!("../../seeds/002_c61638ce0868d39f.txt"),
    include_str!("../../seeds/003_b21e87a935b8b5cf.txt"),
    include_str!("../../seeds/004_779f11e57f10b339.txt"),
];

#[test]
fn seed_article_quantities() {
    let expected = [
        "20",
        "deux",
        "deux",
        "deux",
        "quelques milliers",
        "55,41%",
        "la moitié",
        "83%",
        "17%",
        "210 000",
        "51,2%",
        "32 000",
        "la majorité",
    ];
    assert_eq!(spans(SEEDS[4]), expected);
    let all = found(SEEDS[1]);
    assert!(all.contains(&("plus de 1,3 million", 1.3e6, INF, COUNT, Some("Ukrainiens"))));
    assert!(all.contains(&("plus de 300 000", 3e5, INF, COUNT, Some("Ukrainiens"))));
    assert!(
        !spans(SEEDS[1])
            .iter()
            .any(|s| s.contains("1920") || s.contains("2023"))
    );
}

/// Spans sorted, disjoint, on char boundaries of `text`, nouns after their quantity.
fn well_formed(text: &str) {
    let mut end = 0;
    for q in find_quantities(text) {
        let s = q.span;
        assert!(
            end <= s.start && s.start < s.end && s.end <= text.len(),
            "{text:?}"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{text:?}"
        );
        if let Some(n) = q.noun {
            assert!(s.end <= n.start && n.start < n.end && n.end <= text.len());
            assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
        }
        assert!(q.value.low <= q.value.high, "{text:?}: {q:?}");
        end = s.end;
    }
}

#[test]
fn every_slice_of_the_seeds_is_well_formed() {
    let mixed: Vec<&str> = SEEDS.iter().flat_map(|s| s.lines().rev()).collect();
    let mixed = mixed.join(" ");
    for text in SEEDS.iter().copied().chain([mixed.as_str()]) {
        well_formed(text);
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .collect();
        for (n, &b) in bounds.iter().enumerate() {
            well_formed(&text[b..bounds[(n + 97).min(bounds.len() - 1)]]);
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_text_is_well_formed(s in "\\PC*") {
        well_formed(&s);
    }

    #[test]
    fn number_like_text_is_well_formed(s in "[0-9 \u{a0}\u{202f},.%'’$€a-zé«»-]{0,40}") {
        well_formed(&s);
    }
}
