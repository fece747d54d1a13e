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

/// The `.ann` of `text` marking each of `names` a person with its reference.
fn references(text: &str, names: &[(&str, &str)]) -> String {
    let mut ann = String::new();
    for (i, (name, reference)) in names.iter().enumerate() {
        let (a, b) = points(text, name);
        let n = i + 1;
        ann += &format!("T{n}\tPerson {a} {b}\t{name}\nN{n}\tReference T{n} {reference}\t{name}\n");
    }
    ann
}

/// The entity of the first mention written `form` in document `d`.
fn entity_at(c: &Corpus, d: usize, form: &str) -> usize {
    let doc = &c.documents[d];
    let m = (doc.analysis.mentions.iter())
        .position(|m| m.span.of(&doc.text) == form)
        .unwrap_or_else(|| panic!("no mention « {form} »"));
    c.entity_of[d][m] as usize
}

#[test]
fn one_reference_joins_two_names_the_rules_keep_apart() {
    // A writer's pen name and her own name: nothing in the words joins them.
    let fr = "Titre\n\nHier, Ilse Varga a présenté son livre à Lyon.\n";
    let en = "Title\n\nYesterday Kara Dune signed copies in Leeds.\n";
    let files = |annotated: bool| {
        let mut files = vec![("a.txt", fr.to_string()), ("b.txt", en.to_string())];
        if annotated {
            files.push(("a.ann", references(fr, &[("Ilse Varga", "Wikidata:Q1")])));
            files.push(("b.ann", references(en, &[("Kara Dune", "Wikidata:Q1")])));
        }
        files
    };
    let (_d, c) = corpus(&files(false));
    assert_ne!(
        entity_at(&c, 0, "Ilse Varga"),
        entity_at(&c, 1, "Kara Dune")
    );
    let (_d, c) = corpus(&files(true));
    assert_eq!(
        entity_at(&c, 0, "Ilse Varga"),
        entity_at(&c, 1, "Kara Dune")
    );
}

#[test]
fn two_references_split_what_the_rules_join() {
    // The rules take a bare surname for the one full name with it; the annotator says the
    // second Varga is another person.
    let fr = "Titre\n\nHier, Paul Varga a parlé à Lyon. Puis Varga a répondu.\n";
    let en = "Title\n\nYesterday Paul Varga spoke in Leeds. Later Varga replied.\n";
    for text in [fr, en] {
        let (_d, c) = corpus(&[("a.txt", text.to_string())]);
        assert_eq!(entity_at(&c, 0, "Paul Varga"), entity_at(&c, 0, "Varga"));
        // The second « Varga », in code points.
        let a = text[..text.rfind("Varga").unwrap()].chars().count();
        let ann = format!(
            "{}T2\tPerson {a} {}\tVarga\nN2\tReference T2 Wikidata:Q2\tVarga\n",
            references(text, &[("Paul Varga", "Wikidata:Q1")]),
            a + 5,
        );
        let (_d, c) = corpus(&[("a.txt", text.to_string()), ("a.ann", ann)]);
        assert_ne!(
            entity_at(&c, 0, "Paul Varga"),
            entity_at(&c, 0, "Varga"),
            "{text}"
        );
    }
}
