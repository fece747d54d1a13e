//! Known names: the knowledge base's, and those an annotator marked in another article.

use std::path::PathBuf;

use super::*;
use crate::analysis::EntityKind;
use crate::article::Format;
use crate::corpus::Applied;

/// The names of a knowledge base written in `toml`.
fn knowledge(toml: &str) -> Arc<KnownNames> {
    let mut kb = KnowledgeBase::default();
    kb.add_file(PathBuf::from("/c/attest.toml"), toml);
    assert!(kb.problems.is_empty(), "{:?}", kb.problems);
    KnownNames::of(&Arc::new(kb), &[], None)
}

const KB: &str = "[[entity]]\nid = \"ville-de-brume\"\nkind = \"location\"\nname = \"Brumeville\"\naliases = [\"la cité des brumes\", \"the misty city\"]\n\n[[entity]]\nid = \"ofra\"\nkind = \"organization\"\nname = \"Office des forêts\"\naliases = [\"OFRA\"]\n";

fn spans_of(doc: &Document) -> Vec<&str> {
    doc.analysis
        .mentions
        .iter()
        .map(|m| m.span.of(&doc.text))
        .collect()
}

#[test]
fn a_known_name_the_rules_miss_is_a_mention_of_its_entry() {
    let text = "Titre\n\nLe maire de la cité des brumes a parlé hier soir.\n";
    let doc = Document::new(PathBuf::from("/c/a.txt"), text.into(), Format::Text);
    assert!(!spans_of(&doc).contains(&"la cité des brumes"));
    let doc = knowledge(KB).recognise(Arc::new(doc));
    let m = (doc.analysis.mentions.iter())
        .find(|m| m.span.of(&doc.text) == "la cité des brumes")
        .expect("the alias, found");
    assert_eq!(m.kind, EntityKind::Location);
    assert_eq!(m.identity(), Some("ville-de-brume"));
}

#[test]
fn a_known_name_in_english_too_and_only_as_a_word_of_its_own() {
    let text =
        "Title\n\nCrowds filled the misty city on Saturday; the misty cityscape is no name.\n";
    let doc = Document::new(PathBuf::from("/c/a.txt"), text.into(), Format::Text);
    let doc = knowledge(KB).recognise(Arc::new(doc));
    let known: Vec<(&str, usize)> = (doc.analysis.mentions.iter())
        .filter(|m| m.identity().is_some())
        .map(|m| (m.span.of(&doc.text), m.span.start))
        .collect();
    assert_eq!(known, [("the misty city", text.find("the misty").unwrap())]);
}

#[test]
fn the_rules_mentions_stand_and_nothing_known_changes_nothing() {
    let text = "Titre\n\nLe président Aurel Brumeville-Sandor parle à Lyon.\n";
    let doc = Arc::new(Document::new(
        PathBuf::from("/c/a.txt"),
        text.into(),
        Format::Text,
    ));
    let before = spans_of(&doc).join("|");
    let after = knowledge(KB).recognise(doc.clone());
    assert!(
        Arc::ptr_eq(&doc, &after),
        "nothing found: the same document"
    );
    assert_eq!(spans_of(&after).join("|"), before);
}

#[test]
fn a_new_knowledge_base_takes_back_what_the_old_one_found() {
    let text = "Titre\n\nLe maire de la cité des brumes a parlé à Lyon.\n";
    let doc = Arc::new(Document::new(
        PathBuf::from("/c/a.txt"),
        text.into(),
        Format::Text,
    ));
    let plain = spans_of(&doc).join("|");
    let known = knowledge(KB).recognise(doc);
    assert_ne!(spans_of(&known).join("|"), plain);
    let empty = KnownNames::of(&Arc::default(), &[], None).recognise(known);
    assert_eq!(spans_of(&empty).join("|"), plain);
    // Placed again from its own mentions, in every encoding.
    for (i, m) in empty.analysis.mentions.iter().enumerate() {
        let want =
            [m.span.start, m.span.end].map(|o| empty.position(o, crate::text::Encoding::Utf16));
        assert_eq!(empty.mention_range(i, crate::text::Encoding::Utf16), want);
    }
}

/// Across the corpus: the alias the rules miss in one article is the entity the rules
/// found by its name in another; and a knowledge base edited in the editor finds its
/// names again (`Corpus::apply` with the buffers).
#[test]
fn a_known_name_joins_its_entity_across_the_corpus_and_follows_the_knowledge_base() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("attest.toml"), KB).expect("attest.toml");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Titre\n\nLe maire de Brumeville a parlé hier.\n").expect("a");
    std::fs::write(&b, "Titre\n\nOn a fêté la cité des brumes samedi.\n").expect("b");
    let corpus = Arc::new(super::super::Corpus::load(&[dir.path().to_path_buf()]));
    let mention_of = |corpus: &super::super::Corpus, path: &std::path::Path, name: &str| {
        let d = corpus.document(path)?;
        let doc = &corpus.documents[d];
        let m = doc
            .analysis
            .mentions
            .iter()
            .position(|m| m.span.of(&doc.text) == name)?;
        Some(corpus.entity_of[d][m])
    };
    let town = mention_of(&corpus, &a, "Brumeville").expect("the name");
    assert_eq!(mention_of(&corpus, &b, "la cité des brumes"), Some(town));
    let changes = super::super::Changes {
        knowledge: Some(std::collections::HashMap::from([(
            dir.path().join("attest.toml"),
            String::new(),
        )])),
        ..Default::default()
    };
    let Applied {
        corpus: emptied, ..
    } = corpus.apply(changes, &|| false).expect("done");
    assert_eq!(
        mention_of(&emptied, &b, "la cité des brumes"),
        None,
        "taken back"
    );
}

/// A corpus of `files` (name, text) in a folder of its own, with an empty `attest.toml`.
fn corpus_of(files: &[(&str, &str)]) -> (tempfile::TempDir, Arc<super::super::Corpus>) {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("attest.toml"), "").expect("attest.toml");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("a file");
    }
    let corpus = Arc::new(super::super::Corpus::load(&[dir.path().to_path_buf()]));
    (dir, corpus)
}

/// A brat line marking `name` (its first occurrence in `text`) as `kind`, offsets in code
/// points.
fn marked(id: &str, kind: &str, text: &str, name: &str) -> String {
    let at = text.find(name).expect("the name in the text");
    let start = text[..at].chars().count();
    let end = start + name.chars().count();
    format!("{id}\t{kind} {start} {end}\t{name}\n")
}

/// The kind, origin and entity of the mention written `name` in the article `file`.
fn mention_in(
    corpus: &super::super::Corpus,
    dir: &tempfile::TempDir,
    file: &str,
    name: &str,
) -> Option<(EntityKind, Origin, usize)> {
    let d = corpus.document(&dir.path().join(file))?;
    let doc = &corpus.documents[d];
    let i = (doc.analysis.mentions.iter()).position(|m| m.span.of(&doc.text) == name)?;
    let m = &doc.analysis.mentions[i];
    Some((m.kind, m.origin, corpus.entity_of[d][i] as usize))
}

// Each article names the club twice: once where the rules see a name the annotator
// marked, once opening a sentence where they see none.
const CLUB_FR: &str = "Titre\n\nLe club Kestrelle a fermé ses portes en mars.\n";
const OTHER_FR: &str = "Titre\n\nKestrelle rouvre ses portes samedi, après l’été.\n";
const CLUB_EN: &str = "Title\n\nThe Brackwater club closed its doors in March.\n";
const OTHER_EN: &str = "Title\n\nBrackwater reopens its doors on Saturday.\n";

#[test]
fn a_name_an_annotator_marked_is_found_in_another_article_with_its_kind() {
    for (club, other, name) in [
        (CLUB_FR, OTHER_FR, "Kestrelle"),
        (CLUB_EN, OTHER_EN, "Brackwater"),
    ] {
        let ann = marked("T1", "Organization", club, name);
        let (dir, plain) = corpus_of(&[("a.txt", club), ("b.txt", other)]);
        assert_eq!(
            mention_in(&plain, &dir, "b.txt", name),
            None,
            "the rules alone see no name in « {other} »"
        );
        let (dir, corpus) = corpus_of(&[("a.txt", club), ("a.ann", &ann), ("b.txt", other)]);
        let (kind, origin, entity) = mention_in(&corpus, &dir, "a.txt", name).expect("marked");
        assert_eq!(
            (kind, origin),
            (EntityKind::Organization, Origin::Annotator)
        );
        let found = mention_in(&corpus, &dir, "b.txt", name).expect("found in the other");
        assert_eq!(found, (EntityKind::Organization, Origin::Known, entity));
    }
}

#[test]
fn a_reference_the_annotator_gave_goes_with_the_name() {
    for (club, other, name) in [
        (CLUB_FR, OTHER_FR, "Kestrelle"),
        (CLUB_EN, OTHER_EN, "Brackwater"),
    ] {
        let ann =
            marked("T1", "Organization", club, name) + "N1\tReference T1 Wikidata:Q4242\tclub\n";
        let (dir, corpus) = corpus_of(&[("a.txt", club), ("a.ann", &ann), ("b.txt", other)]);
        let d = corpus.document(&dir.path().join("b.txt")).expect("b");
        let doc = &corpus.documents[d];
        let m = (doc.analysis.mentions.iter())
            .find(|m| m.span.of(&doc.text) == name)
            .expect("found");
        assert_eq!(m.identity(), Some("Wikidata:Q4242"));
    }
}

#[test]
fn a_phrase_in_lower_case_or_a_name_marked_with_two_kinds_is_not_looked_for() {
    // « le patron du club » marked as a person describes him there: it names no one.
    let club = "Titre\n\nEn mars, le patron du club a parlé.\n";
    let other = "Titre\n\nHier, le patron du club a démissionné.\n";
    let ann = marked("T1", "Person", club, "le patron du club");
    let (dir, corpus) = corpus_of(&[("a.txt", club), ("a.ann", &ann), ("b.txt", other)]);
    assert_eq!(
        mention_in(&corpus, &dir, "b.txt", "le patron du club"),
        None
    );
    // "Brackwater" a place in one article and a club in another: neither is looked for.
    let town = "Title\n\nWe drove to Brackwater in March.\n";
    let (dir, corpus) = corpus_of(&[
        ("a.txt", CLUB_EN),
        (
            "a.ann",
            &marked("T1", "Organization", CLUB_EN, "Brackwater"),
        ),
        ("c.txt", town),
        ("c.ann", &marked("T1", "Location", town, "Brackwater")),
        ("b.txt", OTHER_EN),
    ]);
    assert_eq!(mention_in(&corpus, &dir, "b.txt", "Brackwater"), None);
}

#[test]
fn an_annotation_taken_back_takes_back_the_names_it_found() {
    for (club, other, name) in [
        (CLUB_FR, OTHER_FR, "Kestrelle"),
        (CLUB_EN, OTHER_EN, "Brackwater"),
    ] {
        let ann = marked("T1", "Organization", club, name);
        let (dir, corpus) = corpus_of(&[("a.txt", club), ("a.ann", &ann), ("b.txt", other)]);
        assert!(mention_in(&corpus, &dir, "b.txt", name).is_some());
        std::fs::write(dir.path().join("a.ann"), "").expect("the annotation removed");
        let changes = super::super::Changes {
            articles: vec![super::super::Change::Disk(dir.path().join("a.txt"))],
            ..Default::default()
        };
        let Applied { corpus: after, .. } = corpus.apply(changes, &|| false).expect("done");
        assert_eq!(mention_in(&after, &dir, "b.txt", name), None, "taken back");
        // And marked again, found again.
        std::fs::write(dir.path().join("a.ann"), &ann).expect("marked again");
        let changes = super::super::Changes {
            articles: vec![super::super::Change::Disk(dir.path().join("a.txt"))],
            ..Default::default()
        };
        let Applied { corpus: again, .. } = after.apply(changes, &|| false).expect("done");
        assert!(mention_in(&again, &dir, "b.txt", name).is_some());
    }
}

#[test]
fn the_knowledge_base_outranks_an_annotation_of_the_same_name() {
    // Marked an organisation in one article, « Brumeville » is the knowledge base's town
    // wherever the rules miss it.
    for (marked_in, other) in [
        (
            "Titre\n\nLe club de Brumeville a gagné.\n",
            "Titre\n\nBrumeville fête ses champions samedi.\n",
        ),
        (
            "Title\n\nThe Brumeville club won.\n",
            "Title\n\nBrumeville celebrates its champions on Saturday.\n",
        ),
    ] {
        let ann = marked("T1", "Organization", marked_in, "Brumeville");
        let (dir, corpus) = corpus_of(&[
            ("attest.toml", KB),
            ("a.txt", marked_in),
            ("a.ann", &ann),
            ("b.txt", other),
        ]);
        let d = corpus.document(&dir.path().join("b.txt")).expect("b");
        let doc = &corpus.documents[d];
        let m = (doc.analysis.mentions.iter())
            .find(|m| m.span.of(&doc.text) == "Brumeville")
            .expect("found");
        assert_eq!(
            (m.kind, m.identity(), m.origin),
            (EntityKind::Location, Some("ville-de-brume"), Origin::Known)
        );
    }
}
