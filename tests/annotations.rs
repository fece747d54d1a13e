//! Human annotations outrank guesses: brat `.ann` files beside the articles.

use attest::analysis::{Code, EntityKind};
use attest::corpus::Corpus;

/// Code-point offsets of `needle` in `text`.
fn points(text: &str, needle: &str) -> (usize, usize) {
    let start = text[..text.find(needle).unwrap()].chars().count();
    (start, start + needle.chars().count())
}

const ARTICLE: &str = "Titre\n\nÀ l’été 🇰🇿, Vladimir Poutine a visité Astana. Le pays partage la plus longue frontière terrestre continue au monde. Plus de 80\u{a0}% du brut kazakh passe par la Russie. Zorglub parle.\n";

fn corpus(files: &[(&str, String)]) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let c = Corpus::load(&[dir.path().to_path_buf()]);
    (dir, c)
}

fn ann() -> String {
    let (a, b) = points(ARTICLE, "Vladimir Poutine");
    let (c, d) = points(
        ARTICLE,
        "la plus longue frontière terrestre continue au monde",
    );
    let (e, f) = points(ARTICLE, "Plus de 80\u{a0}% du brut kazakh");
    let (g, h) = points(ARTICLE, "Zorglub");
    format!(
        "T1\tPerson {a} {b}\tVladimir Poutine\nN1\tReference T1 Wikidata:Q7747\tVladimir Putin\n#1\tAnnotatorNotes T1\tPrésident depuis 2012\nT2\tClaim {c} {d}\tla plus longue frontière terrestre continue au monde\nA1\tVerified T2\nT3\tClaim {e} {f}\tPlus de 80\u{a0}% du brut kazakh\nA2\tStatus T3 Disputed\nT4\tOrganization {g} {h}\tZorglub\n"
    )
}

fn codes(c: &Corpus, d: usize) -> Vec<(Code, String)> {
    let doc = &c.documents[d];
    c.findings_of(d)
        .iter()
        .map(|f| (f.code, f.span.of(&doc.text).to_string()))
        .collect()
}

#[test]
fn a_verified_claim_raises_nothing_and_a_disputed_one_is_disputed() {
    let (_d, c) = corpus(&[("a.txt", ARTICLE.into()), ("a.ann", ann())]);
    let found = codes(&c, 0);
    assert!(
        !found.iter().any(|(_, t)| t.contains("frontière")),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            Code::ClaimDisputed,
            "Plus de 80\u{a0}% du brut kazakh".into()
        )),
        "{found:?}"
    );
}

#[test]
fn an_annotated_kind_outranks_the_guess_and_a_reference_is_the_id() {
    let (_d, c) = corpus(&[("a.txt", ARTICLE.into()), ("a.ann", ann())]);
    let zorglub = c.entities.iter().find(|e| e.name == "Zorglub").unwrap();
    assert_eq!(zorglub.kind, EntityKind::Organization);
    let poutine = c
        .entities
        .iter()
        .find(|e| e.name == "Vladimir Poutine")
        .unwrap();
    assert_eq!(poutine.id, "Wikidata:Q7747");
    assert_eq!(c.documents[0].analysis.notes[0].1, "Président depuis 2012");
}

#[test]
fn one_reference_in_two_articles_is_one_entity() {
    let other = "Titre\n\nHier, Vladimir Putin a parlé.\n";
    let (a, b) = points(other, "Vladimir Putin");
    let other_ann = format!(
        "T1\tPerson {a} {b}\tVladimir Putin\nN1\tReference T1 Wikidata:Q7747\tVladimir Putin\n"
    );
    let (_d, c) = corpus(&[
        ("a.txt", ARTICLE.into()),
        ("a.ann", ann()),
        ("b.txt", other.into()),
        ("b.ann", other_ann),
    ]);
    let e = c
        .entities
        .iter()
        .find(|e| e.id == "Wikidata:Q7747")
        .unwrap();
    assert!(
        e.forms.contains(&"Vladimir Putin".to_string())
            && e.forms.contains(&"Vladimir Poutine".to_string())
    );
}

#[test]
fn rewritten_words_make_a_stale_annotation() {
    let edited = ARTICLE.replace("Zorglub", "Zarkov!");
    let (_d, c) = corpus(&[("a.txt", edited), ("a.ann", ann())]);
    let found = codes(&c, 0);
    assert!(
        found.contains(&(Code::AnnotationStale, "Zarkov!".into())),
        "{found:?}"
    );
}

#[test]
fn malformed_ann_lines_are_findings_at_their_lines_and_the_rest_still_loads() {
    let broken = format!(
        "{}T9 Person 0 5 spaces\nT10\tPerson 5 2\tx\nT11\tPerson 99999 100000\tloin\r\nT1\tPerson 0 1\tdup\n",
        ann()
    );
    let (_d, c) = corpus(&[
        ("a.txt", ARTICLE.into()),
        ("a.ann", broken),
        ("lonely.ann", "T1\tPerson 0 3\tabc\n".into()),
    ]);
    let side = c.side_files();
    let ann_file = side.iter().find(|s| s.path.ends_with("a.ann")).unwrap();
    let lines: Vec<String> = ann_file
        .findings
        .iter()
        .map(|f| f.message.split(':').next().unwrap().to_string())
        .collect();
    assert_eq!(lines, ["line 9", "line 10", "line 11", "line 12"]);
    assert!(ann_file.findings.iter().all(|f| f.code == Code::KbInvalid));
    assert!(side.iter().any(|s| s.path.ends_with("lonely.ann")));
    // The good lines still apply.
    let zorglub = c.entities.iter().find(|e| e.name == "Zorglub").unwrap();
    assert_eq!(zorglub.kind, EntityKind::Organization);
}

#[test]
fn hover_shows_the_annotator_note_and_the_reference() {
    let (_d, c) = corpus(&[("a.txt", ARTICLE.into()), ("a.ann", ann())]);
    let at = c.documents[0].text.find("Poutine").unwrap();
    let card = attest::queries::hover::hover(&c, 0, at).expect("a card");
    assert!(
        card.markdown.contains("Président depuis 2012"),
        "{}",
        card.markdown
    );
    assert!(
        card.markdown.contains("Wikidata:Q7747"),
        "{}",
        card.markdown
    );
}
