//! Resolution of entities across articles, on fixture corpora: surnames and their particles,
//! near spellings, initials, acronyms whose letters fit, and what a knowledge base keeps apart.
use super::*;
use crate::article::Format;
use crate::corpus::{Config, Corpus, Document, MentionRef};

/// The canonical name and kind of the entity of each mention written `form` (one
/// article a string).
fn entities_of(texts: &[&str], form: &str) -> Vec<(String, EntityKind)> {
    let docs = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(format!("/c/{i}.txt").into(), t.to_string(), Format::Text))
        .collect();
    let corpus = Corpus::from_documents(docs, Config::default());
    let mut out = Vec::new();
    for (d, doc) in corpus.documents.iter().enumerate() {
        for (i, m) in doc.analysis.mentions.iter().enumerate() {
            if m.span.of(&doc.text) == form {
                let e = corpus.entity(MentionRef::new(d, i));
                out.push((e.name.clone(), e.kind));
            }
        }
    }
    out
}

#[test]
fn a_surname_with_its_particle_joins_the_full_name_that_ends_with_both() {
    let fr = "Sophie Le Guen condamnée\n\nLa justice a condamné lundi Sophie Le Guen. Le Guen a dénoncé une décision politique. Selon Le Guen, rien.";
    let found = entities_of(&[fr], "Le Guen");
    assert_eq!(found.len(), 2, "{found:?}");
    for (name, kind) in found {
        assert_eq!(
            (name.as_str(), kind),
            ("Sophie Le Guen", EntityKind::Person)
        );
    }
    // Two people of that name in the corpus: the bare « Le Guen » joins neither.
    let en = "Yesterday Yves Le Guen was not in court.";
    for (name, _) in entities_of(&[fr, en], "Le Guen") {
        assert_eq!(name, "Le Guen");
    }
    // Ben is a given name here, not a particle: the surname joins « Ben Carter ».
    let en = "Yesterday Ben Carter surfed at Brighton. Later, Carter said the waves were huge.";
    assert_eq!(entities_of(&[en], "Carter")[0].0, "Ben Carter");
}

#[test]
fn an_acronym_after_a_name_is_its_own_only_when_its_letters_fit() {
    // The person and the party stay two (`long_forms::letters_fit`).
    let fr = "Titre\n\nHier, Ilse Varga (PDV) a parlé à Lyon. Le PDV a confirmé sa venue.";
    let en = "Title\n\nYesterday Ilse Varga (PDV) spoke in Leeds. The PDV confirmed it.";
    for text in [fr, en] {
        for (name, _) in entities_of(&[text], "PDV") {
            assert_eq!(name, "PDV", "{text}");
        }
    }
}

#[test]
fn near_spellings_are_close_and_others_not() {
    assert!(close("serguei", "sergei"));
    assert!(!close("tigran", "margarita"));
    assert!(!close("vladimir", "volodymyr"));
}

#[test]
fn initials_fit_their_full_given_names() {
    assert!(initials_fit(&['k', 'j'], &['k', 'j']));
    assert!(initials_fit(&['v'], &['v']));
    assert!(!initials_fit(&['s'], &['m']));
}

/// A corpus with a knowledge base, as `Corpus::load` reads it.
fn known_corpus(kb: &str, texts: &[&str]) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("attest.toml"), kb).expect("attest.toml");
    for (i, t) in texts.iter().enumerate() {
        std::fs::write(dir.path().join(format!("{i}.txt")), t).expect("an article");
    }
    let corpus = Corpus::load(&[dir.path().to_path_buf()]);
    (dir, corpus)
}

fn entity_named(corpus: &Corpus, form: &str) -> Option<usize> {
    corpus.documents.iter().enumerate().find_map(|(d, doc)| {
        let m = (doc.analysis.mentions.iter()).position(|m| m.span.of(&doc.text) == form)?;
        Some(corpus.entity_of[d][m] as usize)
    })
}

#[test]
fn what_the_knowledge_base_says_are_two_the_rules_never_join() {
    let fr = "Titre\n\nIlse Dana Varga (IDV) a parlé hier à Lyon. L’IDV a confirmé.\n";
    // The rules alone take the parenthesis for the name's acronym: its letters fit.
    let (_dir, corpus) = known_corpus("", &[fr]);
    let (person, acronym) = ("Ilse Dana Varga", "IDV");
    assert_eq!(
        entity_named(&corpus, person),
        entity_named(&corpus, acronym)
    );
    let kb = "[[entity]]\nid = \"varga\"\nkind = \"person\"\nname = \"Ilse Dana Varga\"\n\n[[entity]]\nid = \"idv\"\nkind = \"organization\"\nname = \"Institut des vallées\"\naliases = [\"IDV\"]\n";
    let (_dir, corpus) = known_corpus(kb, &[fr]);
    let (person, party) = (
        entity_named(&corpus, person),
        entity_named(&corpus, acronym),
    );
    assert!(person.is_some() && party.is_some());
    assert_ne!(person, party, "two entries, two entities");
    // In English, a bare surname the knowledge base gives another entry stays apart too.
    let en = "Title\n\nJon Brask met the mayor. Brask Holdings later said Brask was not there.\n";
    let kb = "[[entity]]\nid = \"jon\"\nkind = \"person\"\nname = \"Jon Brask\"\n\n[[entity]]\nid = \"brask-holdings\"\nkind = \"organization\"\nname = \"Brask Holdings\"\naliases = [\"Brask\"]\n";
    let (_dir, corpus) = known_corpus(kb, &[en]);
    assert_ne!(
        entity_named(&corpus, "Jon Brask"),
        entity_named(&corpus, "Brask")
    );
    assert_eq!(
        entity_named(&corpus, "Brask Holdings"),
        entity_named(&corpus, "Brask"),
        "the alias names its entry"
    );
}

#[test]
fn a_name_written_often_with_one_weak_cue_is_of_no_kind() {
    // A dozen mentions and one « à Zorvex »: too little to call it a place.
    let mut fr = String::from("Titre\n\nLes notes relatives à Zorvex sont jointes.");
    for _ in 0..12 {
        fr.push_str(" Le traitement par Zorvex dure un an.");
    }
    let found = entities_of(&[&fr], "Zorvex");
    assert!(
        found.iter().all(|(_, kind)| *kind == EntityKind::Other),
        "{found:?}"
    );
    // Named twice, the cue is enough.
    let found = entities_of(
        &["Titre\n\nIl est allé à Zorvex. Puis Zorvex a voté."],
        "Zorvex",
    );
    assert!(
        found.iter().all(|(_, kind)| *kind == EntityKind::Location),
        "{found:?}"
    );
}

#[test]
fn a_place_named_in_french_and_in_english_is_one_entity() {
    let fr = "Titre\n\nLe ministre est arrivé mardi à Moscou, puis il a quitté la Russie.";
    let en = "Title\n\nThe minister arrived in Moscow on Tuesday, then left Russia.";
    let moscou = entities_of(&[fr, en], "Moscou");
    let moscow = entities_of(&[fr, en], "Moscow");
    assert_eq!(moscou.len(), 1);
    assert_eq!(moscou, moscow);
    assert_eq!(moscou[0].1, EntityKind::Location);
    assert_eq!(
        entities_of(&[fr, en], "Russie"),
        entities_of(&[fr, en], "Russia")
    );
    assert_ne!(moscou, entities_of(&[fr, en], "Russia"));
}

#[test]
fn an_organisation_s_name_without_its_head_word_is_that_organisation() {
    let en = "Title\n\nThe Harrowgate Party won the vote. Harrowgate now leads the council.";
    let short = entities_of(&[en], "Harrowgate");
    assert_eq!(
        short,
        [("Harrowgate Party".to_owned(), EntityKind::Organization)]
    );
    let fr = "Titre\n\nLa Zorvex Corporation a publié ses comptes. Zorvex a perdu 3 %.";
    let short = entities_of(&[fr], "Zorvex");
    assert_eq!(
        short,
        [("Zorvex Corporation".to_owned(), EntityKind::Organization)]
    );
}

#[test]
fn a_place_is_not_the_university_named_after_it() {
    let en = "Title\n\nShe studied at Tucson University and then moved to Tucson in May.";
    let town = entities_of(&[en], "Tucson");
    assert_eq!(town, [("Tucson".to_owned(), EntityKind::Location)]);
}

#[test]
fn a_person_s_surname_is_not_the_organisation_that_ends_with_a_head_after_it() {
    let fr = "Titre\n\nLe député Anselme Varoc a quitté le Varoc Conseil hier. Varoc a parlé.";
    let found = entities_of(&[fr], "Varoc");
    assert_eq!(found, [("Anselme Varoc".to_owned(), EntityKind::Person)]);
}

#[test]
fn a_person_s_name_spelt_two_ways_is_one_person() {
    let en = "Title\n\nYesterday Volodar Zelenovskyy met the press in Norland.";
    let fr = "Titre\n\nHier, Volodar Zelenovsky a rencontré la presse en Norlande.";
    let a = entities_of(&[en, fr], "Volodar Zelenovskyy");
    let b = entities_of(&[en, fr], "Volodar Zelenovsky");
    assert_eq!(a, b);
    // A short surname one letter away is another person's.
    let one = "Title\n\nYesterday Anna Berg and Anna Borg met the press.";
    assert_ne!(
        entities_of(&[one], "Anna Berg"),
        entities_of(&[one], "Anna Borg")
    );
}

#[test]
fn a_name_written_family_name_first_is_the_same_person() {
    let en = "Title\n\nThe chemist Wang Lirui won the prize, the jury said.";
    let fr = "Titre\n\nLe chimiste Lirui Wang a reçu le prix, selon le jury.";
    assert_eq!(
        entities_of(&[en, fr], "Wang Lirui"),
        entities_of(&[en, fr], "Lirui Wang")
    );
}

#[test]
fn a_given_name_alone_is_the_one_person_it_names() {
    let en = "Title\n\nDirector Abebe Tsegaye Worku opened the meeting. Abebe thanked the staff.";
    let fr =
        "Titre\n\nLe directeur Abebe Tsegaye Worku a ouvert la séance. Abebe a remercié l’équipe.";
    for text in [en, fr] {
        let found = entities_of(&[text], "Abebe");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "Abebe Tsegaye Worku");
    }
    // Two capitalised words with no cue of a person do not draw the first one in.
    let en = "Title\n\nThe Pipeline Review came out. Pipeline is a word here.";
    let found = entities_of(&[en], "Pipeline");
    assert!(
        found.iter().all(|(name, _)| name == "Pipeline"),
        "{found:?}"
    );
}

#[test]
fn monsieur_and_the_surname_are_the_person_named_in_full() {
    let fr = "Titre\n\nPaul Varga est arrivé à Lyon lundi. M. Varga a ensuite parlé aux élus.";
    let found = entities_of(&[fr], "Varga");
    assert_eq!(found, [("Paul Varga".to_string(), EntityKind::Person)]);
    let en = "Title\n\nYesterday Orvan Pell spoke to the council. Later Mr Pell left.";
    let found = entities_of(&[en], "Pell");
    assert_eq!(found, [("Orvan Pell".to_string(), EntityKind::Person)]);
}

#[test]
fn a_surname_two_people_share_joins_neither() {
    let en = "Title\n\nIvo Hale and Dana Hale met the mayor on Monday. Later Hale said no.";
    for (name, _) in entities_of(&[en], "Hale") {
        assert_eq!(name, "Hale");
    }
    let fr = "Titre\n\nIvo Hale et Dana Hale ont reçu le maire lundi. Puis Hale a refusé.";
    for (name, _) in entities_of(&[fr], "Hale") {
        assert_eq!(name, "Hale");
    }
}

#[test]
fn a_person_is_never_one_entity_with_a_place_of_the_same_word() {
    let en = "Title\n\nYesterday Paul Orvel visited Orvel, a town in Norland. Orvel welcomed him.";
    let person = entities_of(&[en], "Paul Orvel");
    assert_eq!(person[0].1, EntityKind::Person);
    let place = entities_of(&[en], "Orvel");
    assert_eq!(place.len(), 2);
    assert!(
        place
            .iter()
            .all(|(name, kind)| name == "Orvel" && *kind != EntityKind::Person)
    );
    let fr = "Titre\n\nHier, Paul Lille a visité Lille, puis il est reparti de Lille.";
    let person = entities_of(&[fr], "Paul Lille");
    assert_eq!(person[0].1, EntityKind::Person);
    let place = entities_of(&[fr], "Lille");
    assert!(
        place
            .iter()
            .all(|(name, kind)| name == "Lille" && *kind == EntityKind::Location)
    );
}

#[test]
fn a_surname_that_is_a_town_stays_the_person_the_article_names() {
    let en = "The union's treasurer, Aurel Namur, presented the accounts. The deficit, Namur said, had shrunk.";
    let found = entities_of(&[en], "Namur");
    assert_eq!(found, vec![("Aurel Namur".to_string(), EntityKind::Person)]);
    let fr = "La trésorière du syndicat, Aurel Namur, a présenté les comptes. Le déficit a baissé, a ajouté Namur.";
    let found = entities_of(&[fr], "Namur");
    assert_eq!(found, vec![("Aurel Namur".to_string(), EntityKind::Person)]);
    // Where no article names the person, the town is a place.
    let fr = "Le marché de Namur a rouvert. À Namur, les étals étaient pleins.";
    for (_, kind) in entities_of(&[fr], "Namur") {
        assert_eq!(kind, EntityKind::Location);
    }
}

/// "in Florence", "in Brittany", « en Lorraine »: a first name alone after "in" names a place,
/// and says so against the first name where the name comes again with no cue of its own;
/// after another word, it is a person.
#[test]
fn a_first_name_alone_after_in_is_a_place() {
    for (text, name) in [
        (
            "Titre\n\nThe summit was held in Florence on Monday. Florence has hosted it before.",
            "Florence",
        ),
        (
            "Titre\n\nThe strike in Brittany drew thousands. Brittany has a long history of them.",
            "Brittany",
        ),
        (
            "Titre\n\nLa grève en Lorraine a réuni des milliers de personnes. Lorraine a une longue histoire de grèves.",
            "Lorraine",
        ),
    ] {
        let found = entities_of(&[text], name);
        assert!(
            found.iter().all(|(_, kind)| *kind == EntityKind::Location),
            "{text}: {found:?}"
        );
    }
    let found = entities_of(
        &["Titre\n\nTom Reed met Brittany in Orbec on Monday."],
        "Brittany",
    );
    assert_eq!(found, [("Brittany".to_string(), EntityKind::Person)]);
}

#[test]
fn an_acronym_most_of_whose_mentions_are_a_common_thing_is_no_name_in_the_others() {
    let first = "Les malades qui subissent une TRV à Valdorge restent deux jours. Après chaque \
                 TRV, le traitement reprend.";
    let second = "Hier, à Valdorge, la TRV a duré une heure.";
    let found = entities_of(&[first, second], "TRV");
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found.iter().all(|(_, k)| *k == EntityKind::Other),
        "{found:?}"
    );
    // One article's « une UEN plus forte » does not take the institution from the others,
    // which name it more often.
    let first = "Ilse Varga veut une UEN plus forte face à Norland.";
    let second = "Hier, l’UEN a voté des sanctions. L’UEN se réunira à Valdorge lundi.";
    let found = entities_of(&[first, second], "UEN");
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found.iter().all(|(_, k)| *k == EntityKind::Organization),
        "{found:?}"
    );
    let en = "Yesterday the water treatment unit (WTU) of Valdorge closed.";
    let other = "Officials said the WTU of Orbec will reopen on Monday.";
    let found = entities_of(&[en, other], "WTU");
    assert!(
        found.iter().all(|(_, k)| *k == EntityKind::Other),
        "{found:?}"
    );
    // Without such an article, the acronym alone is an organisation's.
    let found = entities_of(&[second], "TRV");
    assert!(
        found.iter().all(|(_, k)| *k == EntityKind::Organization),
        "{found:?}"
    );
}
