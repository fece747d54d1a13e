//! A document patched in: every mention keeps an entity that lists it, links go both ways,
//! names the corpus knows join their entities, new ones stand alone, claims link to the
//! claims that say the same elsewhere.

use std::path::PathBuf;
use std::sync::Arc;

use crate::article::Format;
use crate::corpus::{Applied, ClaimRef, Corpus, Document, MentionRef, Relation};

fn doc(path: &str, text: &str) -> Arc<Document> {
    Arc::new(Document::new(
        PathBuf::from(path),
        text.into(),
        Format::Text,
    ))
}

fn corpus(texts: &[&str]) -> Corpus {
    let documents = texts
        .iter()
        .enumerate()
        .map(|(i, t)| doc(&format!("/c/{i}.txt"), t))
        .collect();
    Corpus::from_shared(documents, Default::default())
}

/// The entity of the first mention of document `d` written `name`.
fn entity_named(c: &Corpus, d: usize, name: &str) -> usize {
    let doc = &c.documents[d];
    let i = (doc.analysis.mentions.iter())
        .position(|m| m.span.of(&doc.text) == name)
        .unwrap_or_else(|| panic!("« {name} » is no mention of {}", doc.path.display()));
    c.entity_of[d][i] as usize
}

/// What every corpus holds, patched or built: each mention listed by its entity, each
/// entity's mentions in corpus order and naming it, its counts right, its name written
/// where it says, and each claim link found from both of its ends.
fn assert_consistent(c: &Corpus) {
    for (d, of) in c.entity_of.iter().enumerate() {
        assert_eq!(of.len(), c.documents[d].analysis.mentions.len());
        for (mention, &e) in of.iter().enumerate() {
            let m = MentionRef::new(d, mention);
            assert!(c.entities[e as usize].mentions.contains(m), "{m:?}");
        }
    }
    for (e, entity) in c.entities.iter().enumerate() {
        assert!(entity.mentions.iter().is_sorted());
        for m in entity.mentions.iter() {
            assert_eq!(c.entity_of[m.document()][m.mention()] as usize, e);
        }
        assert_eq!(
            entity.articles,
            entity.mentions.documents(),
            "{}",
            entity.name
        );
        if let Some(m) = entity.canonical_mention {
            assert_eq!(c.mention_text(m), entity.name);
        }
    }
    for (d, links) in c.related.iter().enumerate() {
        for &(claim, other, relation) in links.iter() {
            let claim = claim as usize;
            assert!(claim < c.documents[d].analysis.claims.len());
            assert!(other.claim() < c.documents[other.document()].analysis.claims.len());
            let here = ClaimRef::new(d, claim);
            assert!(c.related_claims(other).any(|l| l == (here, relation)));
        }
    }
}

const FR: [&str; 3] = [
    "Le pont\n\nLa maire, Ilse Varga, a inauguré le pont de Corvel, qui a coûté 12 millions d'euros selon la mairie.\n",
    "Le marché\n\nLe marché couvert ouvrira au printemps.\n",
    "Le budget\n\nLe conseil municipal a voté le budget.\n",
];

const EN: [&str; 3] = [
    "The bridge\n\nThe mayor, Ilse Varga, opened the Corvel bridge, which cost 12 million euros, the town hall said.\n",
    "The market\n\nThe covered market will open in the spring.\n",
    "The budget\n\nThe town council passed the budget.\n",
];

#[test]
fn a_name_the_corpus_knows_joins_its_entity() {
    for (texts, added) in [
        (FR, "Ilse Varga a visité le marché."),
        (EN, "Ilse Varga visited the market."),
    ] {
        let before = corpus(&texts);
        let varga = entity_named(&before, 0, "Ilse Varga");
        let text = format!("{}{added}\n", texts[1]);
        let after = before.patched(doc("/c/1.txt", &text));
        assert_consistent(&after);
        assert_eq!(entity_named(&after, 1, "Ilse Varga"), varga);
        assert_eq!(after.entities[varga].articles, 2);
        assert_eq!(after.entities.len(), before.entities.len(), "no new entity");
    }
}

#[test]
fn a_name_new_to_the_corpus_stands_alone_and_stays_one_entity_while_typing() {
    for (texts, added) in [
        (FR, "Tomas Brell dirige le chantier."),
        (EN, "Tomas Brell runs the works."),
    ] {
        let before = corpus(&texts);
        let mut after = before.patched(doc("/c/2.txt", &format!("{}{added}\n", texts[2])));
        let brell = entity_named(&after, 2, "Tomas Brell");
        assert_eq!(after.entities[brell].name, "Tomas Brell");
        assert_eq!(after.entities[brell].mentions.len(), 1);
        // Typing on: the name keeps its entity, and no other is made.
        for more in [" Le", " Le chantier", " The works end."] {
            let text = format!("{}{added}{more}\n", texts[2]);
            after = after.patched(doc("/c/2.txt", &text));
            assert_consistent(&after);
            assert_eq!(entity_named(&after, 2, "Tomas Brell"), brell);
            assert_eq!(after.entities.len(), before.entities.len() + 1);
        }
    }
}

#[test]
fn a_name_gone_from_the_article_leaves_its_entity() {
    for texts in [FR, EN] {
        let before = corpus(&texts);
        let varga = entity_named(&before, 0, "Ilse Varga");
        let after = before.patched(doc("/c/0.txt", texts[1]));
        assert_consistent(&after);
        assert!(after.entities[varga].mentions.is_empty());
        assert_eq!(after.entities[varga].articles, 0);
        assert_eq!(after.entities[varga].canonical_mention, None);
    }
}

#[test]
fn a_claim_patched_in_is_linked_both_ways_to_the_same_claim_elsewhere() {
    for (texts, claim) in [
        (FR, FR[0].split("\n\n").nth(1).unwrap()),
        (EN, EN[0].split("\n\n").nth(1).unwrap()),
    ] {
        let before = corpus(&texts);
        let text = format!("{}{claim}", texts[2]);
        let rebuilt = before.with_changes(vec![(
            PathBuf::from("/c/2.txt"),
            Some(doc("/c/2.txt", &text)),
        )]);
        let after = before.patched(doc("/c/2.txt", &text));
        assert_consistent(&after);
        let linked = |c: &Corpus| c.links();
        assert!(
            !linked(&rebuilt).is_empty(),
            "the same claim in two articles"
        );
        assert_eq!(linked(&after), linked(&rebuilt));
        assert!(
            linked(&after)
                .iter()
                .all(|l| l.relation == Relation::Corroborates)
        );
        // Typed away again: the link goes from both ends.
        let back = after.patched(doc("/c/2.txt", texts[2]));
        assert_consistent(&back);
        assert!(back.links().is_empty());
    }
}

/// Typing in one article, patch after patch, gives its claims the links a patch of its last
/// text alone gives them: a claim unchanged keeps its links, one typed anew is matched.
#[test]
fn typing_in_one_article_links_its_claims_as_one_patch_of_its_text_would() {
    for texts in [FR, EN] {
        let base = corpus(&texts);
        let [a, b] = [texts[0], texts[1]].map(|t| t.split("\n\n").collect::<Vec<_>>());
        // The third article grows a paragraph at a time, then loses its first one, then a
        // character is typed in each paragraph in turn.
        let mut versions: Vec<String> = Vec::new();
        let mut text = texts[2].to_string();
        for p in a.iter().chain(&b) {
            text = format!("{text}\n\n{p}");
            versions.push(text.clone());
        }
        let cut = text.find("\n\n").map_or(0, |i| i + 2);
        versions.push(text[cut..].to_string());
        let last = versions.last().unwrap().clone();
        for (i, _) in last.match_indices("\n\n").take(6) {
            versions.push(format!("{}x{}", &last[..i], &last[i..]));
        }
        typed_as_patched_once(&base, &texts, &versions);
    }
}

/// `versions` of the third article of `texts` typed one after another into their corpus:
/// after each, the corpus is whole and its links are those one patch of that version into
/// `base` gives.
fn typed_as_patched_once<S: AsRef<str>>(base: &Corpus, texts: &[&str], versions: &[S]) {
    let mut typed = corpus(texts);
    for v in versions.iter().map(AsRef::as_ref) {
        typed = typed.patched(doc("/c/2.txt", v));
        assert_consistent(&typed);
        let once = base.patched(doc("/c/2.txt", v));
        assert_eq!(typed.related, once.related, "{v}");
    }
    assert!(!typed.links().is_empty(), "claims found elsewhere");
}

/// An article that says the same thing several times, typed into: in a copy of the claim,
/// before and after it, back again, and with copies gone or a new claim between them. Its
/// claims keep the links one patch of each text gives them, wherever the copies stand.
#[test]
fn typing_among_repeated_claims_links_them_as_one_patch_would() {
    for (texts, said) in [
        (
            FR,
            "Le pont de Corvel a coûté 12 millions d'euros, selon la mairie.",
        ),
        (
            EN,
            "The Corvel bridge cost 12 million euros, the town hall said.",
        ),
    ] {
        let base = corpus(&texts);
        let repeated = |n: usize| vec![said; n].join("\n\n");
        let text = format!("{}\n\n{}\n", texts[2].trim_end(), repeated(5));
        let second = text.match_indices(said).nth(1).unwrap().0;
        let typed_in = |at: usize, what: &str| format!("{}{what}{}", &text[..at], &text[at..]);
        let versions = [
            text.clone(),
            typed_in(second, "x"),
            typed_in(second + 4, "x"),
            text.clone(),
            typed_in(
                second,
                "Le budget a baissé de 3 %. The budget fell by 3 %.\n\n",
            ),
            text.clone(),
            format!("{}\n\n{}\n", texts[2].trim_end(), repeated(2)),
            format!("{}\n\n{}\n", texts[2].trim_end(), repeated(7)),
            text.replacen(said, "", 1),
            text,
        ];
        typed_as_patched_once(&base, &texts, &versions);
    }
}

/// The seeds recombined, patched one article after another (texts of others, texts cut,
/// an empty one, a new article): the corpus stays whole, and an article patched with its
/// own text changes no finding anywhere.
#[test]
fn seed_articles_patched_in_keep_the_corpus_whole() {
    let documents = crate::corpus::build_tests::newsroom(60);
    let built = Corpus::from_shared(documents.clone(), Default::default());
    let same = (0..documents.len()).step_by(7).fold(
        Corpus::from_shared(documents.clone(), Default::default()),
        |c, d| c.patched(doc(documents[d].path.to_str().unwrap(), &documents[d].text)),
    );
    assert_consistent(&same);
    assert_eq!(
        format!("{:?}", same.findings()),
        format!("{:?}", built.findings())
    );
    let mut c = built;
    for (d, text) in [
        (3, documents[40].text.clone()),
        (40, documents[3].text.clone()),
        (
            5,
            documents[5].text[..documents[5].text.len() / 2].to_owned(),
        ),
        (3, String::new()),
        (9, format!("{}{}", documents[9].text, documents[11].text)),
    ] {
        c = c.patched(doc(documents[d].path.to_str().unwrap(), &text));
        assert_consistent(&c);
    }
    let new = c.patched(doc("/newsroom/new.txt", &documents[20].text));
    assert_consistent(&new);
    assert_eq!(new.documents.len(), documents.len() + 1);
    assert_eq!(
        new.document(std::path::Path::new("/newsroom/new.txt")),
        Some(documents.len())
    );
}

/// The rebuild owed once the typing stops: a patched corpus given no change is built whole
/// (the article's text is already in it), and finds what a build from scratch finds.
#[test]
fn a_patched_corpus_given_no_change_is_built_whole() {
    for (texts, added) in [
        (FR, "Tomas Brell, le maire, a visité le pont."),
        (EN, "Tomas Brell, the mayor, visited the bridge."),
    ] {
        let before = Arc::new(corpus(&texts));
        let text = format!("{}{added}\n", texts[1]);
        let patched = Arc::new(before.patched(doc("/c/1.txt", &text)));
        assert!(patched.is_patched() && !before.is_patched());
        let Applied { corpus: built, .. } = patched
            .apply(Default::default(), &|| false)
            .expect("a build");
        assert!(!built.is_patched());
        let scratch = corpus(&[texts[0], &text, texts[2]]);
        assert_eq!(
            format!("{:?}", built.entities),
            format!("{:?}", scratch.entities)
        );
        assert_eq!(
            format!("{:?}", built.findings()),
            format!("{:?}", scratch.findings())
        );
        let Applied { corpus: same, .. } = before
            .apply(Default::default(), &|| false)
            .expect("no build");
        assert!(
            Arc::ptr_eq(&same, &before),
            "an unpatched corpus given no change stays"
        );
    }
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    /// One patch: which article, and its new text made of which article's paragraphs, cut
    /// where.
    fn patch() -> impl Strategy<Value = (usize, usize, usize, usize)> {
        (0..41usize, 0..41usize, 0..41usize, 0..1000usize)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Articles patched in one after another, of any text the seeds can make (another
        /// article's, two glued, cut anywhere, a new article): the corpus stays whole.
        #[test]
        fn any_patches_keep_the_corpus_whole(patches in prop::collection::vec(patch(), 1..8)) {
            let documents = crate::corpus::build_tests::newsroom(40);
            let mut c = Corpus::from_shared(documents.clone(), Default::default());
            for (d, a, b, cut) in patches {
                let text_of = |i: usize| documents.get(i).map_or("", |x| x.text.as_str());
                let joined = format!("{}{}", text_of(a), text_of(b));
                let mut at = cut * joined.len() / 1000;
                while !joined.is_char_boundary(at) {
                    at += 1;
                }
                let path = documents.get(d).map_or("/newsroom/new.txt".into(), |x| x.path.clone());
                c = c.patched(doc(path.to_str().unwrap(), &joined[..at]));
                assert_consistent(&c);
            }
        }
    }
}

/// A figure in other words is linked once its article tells the other's story, and unlinked
/// when the names that told it are typed away: patch after patch, the links are those of a
/// corpus built anew with each text (French and English).
#[test]
fn typing_the_names_of_a_story_links_its_figure_as_a_build_would() {
    let sets = [
        (
            "Vote\n\nSelon la commission de Valdorge, la participation a atteint 63,4\u{a0}% dimanche, a indiqué Ana Roe, maire de Brescoux.\n",
            "Résultat\n\nLa participation a atteint 63,4\u{a0}% dimanche.",
            " Ana Roe, maire de Brescoux, a salué le vote à Valdorge.",
        ),
        (
            "Vote\n\nTurnout in the Valdorge vote reached 63.4 percent on Sunday, said Ana Roe, the mayor of Brescoux.\n",
            "Result\n\nTurnout reached 63.4 percent on Sunday.",
            " Ana Roe, the mayor of Brescoux, welcomed the vote in Valdorge.",
        ),
    ];
    for (told, typed, names) in sets {
        let texts = [told, "Titre\n\nRien.\n", typed];
        let versions: Vec<String> = (0..=names.len())
            .filter(|&n| names.is_char_boundary(n))
            .map(|n| format!("{typed}{}\n", &names[..n]))
            .chain([format!("{typed}\n")])
            .collect();
        let mut patched = corpus(&texts);
        for v in &versions {
            patched = patched.patched(doc("/c/2.txt", v));
            assert_consistent(&patched);
            let built = corpus(&[told, texts[1], v]);
            assert_eq!(patched.links(), built.links(), "{v}");
        }
        let whole = corpus(&[told, texts[1], &versions[versions.len() - 2]]);
        assert_eq!(whole.links().len(), 1, "one story told");
        assert!(patched.links().is_empty(), "the names typed away");
    }
}

/// The first keystroke after a whole build, outside the article's claims, keeps the links
/// the build gave them, even where a claim is repeated in more articles than it links to
/// (the build and a patch may pick other articles among them): what the writer sees of the
/// other articles does not move when they type elsewhere (French and English).
#[test]
fn a_keystroke_after_a_build_keeps_the_links_of_claims_it_did_not_touch() {
    for said in [
        "Le pont de Corvel a coûté 12 millions d'euros, selon la mairie.",
        "The Corvel bridge cost 12 million euros, the town hall said.",
    ] {
        let texts: Vec<String> = (0..14).map(|i| format!("Titre {i}\n\n{said}\n")).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let built = corpus(&texts);
        let d = 9;
        let n = built.related[d].len();
        assert!(
            n > 0 && n < texts.len() - 1,
            "linked to some of the others: {n}"
        );
        let typed = format!("Titre {d}x\n\n{said}\n");
        let patched = built.patched(doc(&format!("/c/{d}.txt"), &typed));
        assert_consistent(&patched);
        assert_eq!(patched.related[d], built.related[d]);
        assert_eq!(patched.links(), built.links());
    }
}
