use super::*;
use crate::analysis::analyze;
use crate::article::Format;

const REVIEWS: &str = r#"{"@context": "https://schema.org", "@graph": [
 {"@type": "ClaimReview", "claimReviewed": "Plus de 80 % du brut kazakh transite par le territoire russe",
  "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "Faux"},
  "author": {"@type": "Organization", "name": "AFP Factuel"}, "datePublished": "2024-11-28",
  "url": "https://factuel.afp.com/x"},
 {"@type": "ClaimReview", "claimReviewed": "Le Kazakhstan est le premier producteur mondial d'uranium",
  "reviewRating": {"ratingValue": 5, "bestRating": 5, "worstRating": 1}},
 {"@type": "ClaimReview", "claimReviewed": "Le Kazakhstan a la plus longue frontière terrestre continue au monde",
  "reviewRating": {"alternateName": "Half True"}}
]}"#;

fn claim_in(text: &str) -> (String, Claim) {
    let a = analyze(text, Format::Text);
    let c = a
        .claims
        .into_iter()
        .find(|c| c.check_worthy())
        .expect("a claim");
    (text.to_owned(), c)
}

#[test]
fn graph_arrays_and_ratings_are_read() {
    let mut r = Reviews::default();
    r.add_file(PathBuf::from("reviews/afp.json"), REVIEWS);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let verdicts: Vec<Verdict> = r.reviews.iter().map(|r| r.verdict).collect();
    assert_eq!(verdicts, [Verdict::False, Verdict::True, Verdict::Mixed]);
    assert_eq!(r.reviews[0].reviewer.as_deref(), Some("AFP Factuel"));
}

#[test]
fn textual_ratings_map_in_both_languages() {
    for (name, v) in [
        ("Faux", Verdict::False),
        ("Plutôt faux", Verdict::False),
        ("Pants on Fire", Verdict::False),
        ("Trompeur", Verdict::Mixed),
        ("Misleading", Verdict::Mixed),
        ("Half True", Verdict::Mixed),
        ("Vrai", Verdict::True),
    ] {
        assert_eq!(textual(name), Some(v), "{name}");
    }
}

#[test]
fn a_claim_matches_a_review_with_its_words_and_numbers() {
    let mut r = Reviews::default();
    r.add_file(PathBuf::from("reviews/afp.json"), REVIEWS);
    let (text, c) = claim_in(
        "Titre\n\nUn enjeu crucial alors que plus de 80\u{a0}% du brut kazakh transite actuellement par le territoire russe.",
    );
    assert_eq!(
        r.review_of(&text, &c).map(|r| r.verdict),
        Some(Verdict::False)
    );
    let (text, c) = claim_in(
        "Titre\n\nUn enjeu crucial alors que plus de 60\u{a0}% du brut kazakh transite par le territoire russe.",
    );
    assert!(
        r.review_of(&text, &c).is_none(),
        "other numbers, another claim"
    );
    let (text, c) = claim_in("Titre\n\nLe pays compte 19 millions d’habitants.");
    assert!(r.review_of(&text, &c).is_none());
}

#[test]
fn what_is_not_a_claim_review_is_a_finding() {
    let mut r = Reviews::default();
    r.add_file(PathBuf::from("reviews/bad.json"), "{\"name\": \"a page\"}");
    r.add_file(
        PathBuf::from("reviews/broken.json"),
        "[\n{\"claimReviewed\": \"x\",\n",
    );
    r.add_file(
        PathBuf::from("reviews/norating.json"),
        "{\"claimReviewed\": \"x\"}",
    );
    assert_eq!(r.problems.len(), 3);
    assert!(
        r.problems
            .iter()
            .all(|p| p.findings[0].code == Code::KbInvalid)
    );
    assert!(r.problems[1].findings[0].message.starts_with("not JSON"));
}
