//! The knowledge base: `[[entity]]` tables in attest.toml and kb/*.toml outrank guesses.

use attest::analysis::{Code, EntityKind};
use attest::corpus::Corpus;

const TOML: &str = "[corpus]\nlanguage = \"fr\"\n\n[[entity]]\nid = \"Q7747\"\nkind = \"person\"\nname = \"Vladimir Poutine\"\naliases = [\"Poutine\", \"Putin\"]\ndescription = \"Président de la Fédération de Russie depuis 2012\"\n";

fn corpus(files: &[(&str, &str)]) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let c = Corpus::load(&[dir.path().to_path_buf()]);
    (dir, c)
}

#[test]
fn names_and_aliases_of_an_entry_are_that_entry() {
    let (_d, c) = corpus(&[
        ("attest.toml", TOML),
        ("a.txt", "Titre\n\nÀ Astana, Putin a parlé.\n"),
        ("b.txt", "Titre\n\nHier, Poutine est arrivé à Moscou.\n"),
        (
            "kb/orgs.toml",
            "[[entity]]\nkind = \"organization\"\nname = \"Zorglub\"\ndescription = \"Un groupe\"\n",
        ),
        ("c.txt", "Titre\n\nHier, Zorglub a signé.\n"),
    ]);
    let e = c
        .entities
        .iter()
        .find(|e| e.id == "Q7747")
        .expect("the KB entry");
    assert_eq!(e.name, "Vladimir Poutine");
    assert_eq!(e.kind, EntityKind::Person);
    assert!(
        e.forms.contains(&"Putin".into()) && e.forms.contains(&"Poutine".into()),
        "{:?}",
        e.forms
    );
    assert_eq!(
        e.description.as_deref(),
        Some("Président de la Fédération de Russie depuis 2012")
    );
    let z = c.entities.iter().find(|e| e.name == "Zorglub").unwrap();
    assert_eq!(z.kind, EntityKind::Organization);
    assert!(z.known.as_ref().unwrap().0.ends_with("kb/orgs.toml"));
}

#[test]
fn a_malformed_table_is_a_finding_at_its_line_and_the_rest_loads() {
    let broken = format!("{TOML}\n[[entity]]\nkind = \"planet\"\nname = \"Mars\"\n");
    let (_d, c) = corpus(&[
        ("attest.toml", &broken),
        ("a.txt", "Titre\n\nHier, Putin a parlé.\n"),
    ]);
    let side = c.side_files();
    let f = &side
        .iter()
        .find(|s| s.path.ends_with("attest.toml"))
        .unwrap()
        .findings[0];
    assert_eq!(f.code, Code::KbInvalid);
    let line = broken[..f.span.start].matches('\n').count() + 1;
    assert_eq!(line, 11);
    assert!(
        c.entities.iter().any(|e| e.id == "Q7747"),
        "the good table still loads"
    );
}
