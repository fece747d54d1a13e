//! The document store against its model (`lsp::typing`): random edits, placed as an editor
//! places them and applied through `convert::apply` to a session's open document, give the
//! text the model gives; and the `.ann` carried through them keeps
//! each annotation on its own words, or the annotation shows as stale: never on other
//! words without a word said.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use proptest::prelude::*;

use super::*;
use crate::annotation::brat::{Item, Standoff, parse};
use crate::annotation::resolve;
use crate::article::Format;
use crate::corpus::Corpus;
use crate::lsp::typing::{Draft, Edit, edit, encoding};

/// Texts to type into: empty, one line of hard characters, CRLF lines, a seed.
const STARTS: &[&str] = &[
    "",
    "«\u{a0}Élysée\u{202f}» l’a dit 🇰🇿 à Astana",
    "Titre\r\n\r\nL’été\u{a0}: 😀 Tokaïev\r\na déclaré.\r\n",
    "Titre\n\nÀ l’été 🇰🇿, Vladimir Poutine a visité Astana.\nPlus de 80\u{a0}% du brut.\n",
    include_str!("../../seeds/002_c61638ce0868d39f.txt"),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn edits_give_the_text_the_model_gives(
        start in prop::sample::select(STARTS),
        encoding in encoding(),
        edits in prop::collection::vec(edit(), 1..40),
    ) {
        let mut doc = OpenDocument::new(start, 1, Format::Text);
        let mut draft = Draft::new(start);
        for e in &edits {
            let change = e.change(&draft, encoding);
            apply(&mut doc, &change, encoding);
            draft.apply(&change, encoding);
            prop_assert_eq!(doc.text(), draft.text(), "after {:?}", change);
        }
    }
}

/// An article and its `.ann`.
struct Annotated {
    name: String,
    text: String,
    ann: String,
}

/// « é », « ’ », a non-breaking space and an emoji around and inside the annotated words;
/// a claim over two lines, in two fragments.
fn by_hand() -> Annotated {
    let text = "Titre\n\nÀ l’été 🇰🇿, Vladimir Poutine a visité Astana. Plus de 80\u{a0}% du brut\nkazakh passe par la Russie. Zorglub parle.\n";
    let points = |needle: &str| {
        let start = text[..text.find(needle).unwrap()].chars().count();
        (start, start + needle.chars().count())
    };
    let (a, b) = points("Vladimir Poutine");
    let (c, d) = points("Plus de 80\u{a0}% du brut");
    let (e, f) = points("kazakh");
    let (g, h) = points("Zorglub");
    let (i, j) = points("l’été 🇰🇿");
    let ann = format!(
        "T1\tPerson {a} {b}\tVladimir Poutine\nN1\tReference T1 Wikidata:Q7747\tVladimir Putin\nT2\tClaim {c} {d};{e} {f}\tPlus de 80\u{a0}% du brut kazakh\nA1\tStatus T2 Disputed\nT3\tOrganization {g} {h}\tZorglub\nT4\tOther {i} {j}\tl’été 🇰🇿\n"
    );
    Annotated {
        name: "by hand".into(),
        text: text.into(),
        ann,
    }
}

/// The seeds, with a `T` line for each name and claim the analysis finds (as `attest
/// annotate` writes them) and an `A` line for each claim.
fn seeds() -> Vec<Annotated> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let corpus = Corpus::load(&[folder]);
    corpus
        .documents
        .iter()
        .map(|doc| {
            let text = &doc.text;
            let point = |b: usize| text[..b].chars().count();
            let names = doc.analysis.mentions.iter().map(|m| (m.span, "Person"));
            let claims = doc.analysis.claims.iter().map(|c| (c.focus, "Claim"));
            let mut ann = String::new();
            for (n, (span, kind)) in names.chain(claims).enumerate() {
                let words = span.of(text);
                if words.contains('\n') {
                    continue;
                }
                let (a, b) = (point(span.start), point(span.end));
                ann.push_str(&format!("T{n}\t{kind} {a} {b}\t{words}\n"));
                if kind == "Claim" {
                    ann.push_str(&format!("A{n}\tStatus T{n} Verified\n"));
                }
            }
            Annotated {
                name: doc.path.display().to_string(),
                text: text.clone(),
                ann,
            }
        })
        .collect()
}

/// brat's own news tutorial (../shared/brat-examples/news), when the shared folder is there.
fn brat_news() -> Vec<Annotated> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/brat-examples/news");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|ann| {
            Some(Annotated {
                name: ann.display().to_string(),
                text: std::fs::read_to_string(ann.with_extension("txt")).ok()?,
                ann: std::fs::read_to_string(&ann).ok()?,
            })
        })
        .collect()
}

/// The same, its `.ann` written on Windows: lines end with `\r\n`.
fn by_hand_crlf() -> Annotated {
    let article = by_hand();
    Annotated {
        name: "by hand, CRLF".into(),
        ann: article.ann.replace('\n', "\r\n"),
        ..article
    }
}

static ANNOTATED: LazyLock<Vec<Annotated>> = LazyLock::new(|| {
    let mut all = vec![by_hand(), by_hand_crlf()];
    all.extend(seeds());
    all.extend(brat_news());
    all
});

/// Where the characters `s..e` of the first text are now, if they are all still there,
/// side by side, with nothing typed between them.
fn untouched(now: &[Option<usize>], s: usize, e: usize) -> Option<(usize, usize)> {
    let first = now.get(s).copied().flatten()?;
    let side_by_side = (s..e)
        .enumerate()
        .all(|(k, o)| now.get(o).copied().flatten() == Some(first + k));
    (s < e && side_by_side).then_some((first, first + (e - s)))
}

/// Every text-bound annotation of the moved `.ann`: on its own words if no edit touched
/// them; otherwise stale, or over words equal to those it recorded.
fn check_annotations(
    article: &Annotated,
    original: &Standoff,
    doc: &OpenDocument,
    draft: &Draft,
) -> Result<(), TestCaseError> {
    let (_, moved) = doc.annotations.as_ref().expect("the .ann");
    let text = doc.text();
    let resolved = resolve(moved, &text);
    let flagged = |line: usize| {
        resolved.stale.iter().any(|s| s.line == line)
            || resolved.problems.iter().any(|p| p.line == line)
    };
    let now = draft.originals(article.text.chars().count());
    let mut shifted = false;
    for (before, after) in original.lines.iter().zip(&moved.lines) {
        let (
            Item::TextBound {
                id,
                fragments: was,
                text: written,
                ..
            },
            Item::TextBound { fragments: is, .. },
        ) = (&before.item, &after.item)
        else {
            continue;
        };
        shifted |= was != is;
        let kept: Option<Vec<(usize, usize)>> =
            was.iter().map(|&(s, e)| untouched(&now, s, e)).collect();
        if let Some(kept) = kept {
            prop_assert_eq!(is, &kept, "{}: {} was not touched", &article.name, id);
            prop_assert!(!flagged(after.number), "{}: {} is stale", &article.name, id);
        }
        let covered: Option<Vec<String>> = is.iter().map(|&(a, b)| draft.slice(a, b)).collect();
        let covered = covered.map(|c| c.join(" "));
        prop_assert!(
            flagged(after.number) || covered.as_deref() == Some(written.as_str()),
            "{}: {} covers {:?}, not « {} », and is not stale",
            &article.name,
            id,
            covered,
            written
        );
    }
    prop_assert!(
        !shifted || doc.annotations_moved,
        "{}: spans moved, but the .ann would not be offered back on save",
        &article.name
    );
    // The file offered back on save holds the spans the store holds, each line ending as
    // it did.
    for (before, after) in original.lines.iter().zip(&moved.lines) {
        let crlf = |raw: &str| raw.ends_with('\r');
        prop_assert_eq!(crlf(&before.raw), crlf(&after.raw), "{}", &after.raw);
    }
    let (written_back, _) = parse(&moved.write());
    let items = |s: &Standoff| s.lines.iter().map(|l| l.item.clone()).collect::<Vec<_>>();
    prop_assert_eq!(items(&written_back), items(moved));
    Ok(())
}

fn annotated_document(article: &Annotated) -> OpenDocument {
    let mut doc = OpenDocument::new(&article.text, 1, Format::Text);
    doc.annotations = Some((PathBuf::from("article.ann"), parse(&article.ann).0));
    doc
}

fn type_into(article: &Annotated, encoding: Encoding, edits: &[Edit]) -> Result<(), TestCaseError> {
    let mut doc = annotated_document(article);
    let original = doc.annotations.as_ref().expect("the .ann").1.clone();
    let mut draft = Draft::new(&article.text);
    for e in edits {
        let change = e.change(&draft, encoding);
        apply(&mut doc, &change, encoding);
        draft.apply(&change, encoding);
        check_annotations(article, &original, &doc, &draft)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn annotations_keep_their_words_or_show_as_stale(
        which in any::<prop::sample::Index>(),
        encoding in encoding(),
        edits in prop::collection::vec(edit(), 1..30),
    ) {
        type_into(which.get(&ANNOTATED), encoding, &edits)?;
    }
}

#[test]
fn every_annotation_read_is_whole_before_any_edit() {
    // The property's premise: each article's annotations cover their words as written.
    for article in ANNOTATED.iter() {
        let doc = annotated_document(article);
        let resolved = resolve(&doc.annotations.as_ref().unwrap().1, &article.text);
        assert!(
            resolved.stale.is_empty(),
            "{}: {:?}",
            article.name,
            resolved.stale
        );
        assert!(resolved.problems.is_empty(), "{}", article.name);
    }
}
