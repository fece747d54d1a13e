use proptest::prelude::*;

use super::*;
use crate::analysis::readings::Entry;
use crate::analysis::{Attribution, analyze, reanalyze_unless};

fn seeds() -> Vec<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut texts: Vec<String> = std::fs::read_dir(folder)
        .expect("the seeds")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).expect("a seed"))
        .collect();
    texts.sort();
    texts
}

fn reread(text: &str, format: Format, previous: &Readings) -> (String, Readings) {
    let (analysis, readings) =
        reanalyze_unless(text, format, None, previous, &|| false).expect("not stopped");
    (format!("{analysis:?}"), readings)
}

/// How many of `a`'s blocks hold part `part` of `b`'s, the same `Arc` under the same key.
fn kept<V>(a: &Readings, b: &Readings, part: fn(&Entry) -> Option<&Arc<V>>) -> usize {
    fn entry<'r>(r: &'r Readings, k: &u64) -> Option<&'r Entry> {
        r.by_key.get(k).map(|&at| &r.entries[at as usize])
    }
    (a.by_key.keys())
        .filter_map(|k| Some((k, part(entry(a, k)?)?)))
        .filter(|(k, r)| (entry(b, k).and_then(part)).is_some_and(|s| Arc::ptr_eq(r, s)))
        .count()
}

/// How many of the blocks hold part `part`.
fn count<V>(a: &Readings, part: fn(&Entry) -> Option<&Arc<V>>) -> usize {
    a.entries.iter().filter(|e| part(e).is_some()).count()
}

fn reading(e: &Entry) -> Option<&Arc<Reading>> {
    Some(&e.reading)
}

fn names(e: &Entry) -> Option<&Arc<FoundNames>> {
    e.names.as_ref()
}

fn said(e: &Entry) -> Option<&Arc<Said>> {
    e.said.as_ref()
}

#[test]
fn a_keystroke_reads_again_only_its_paragraph() {
    let text = &seeds()[0];
    let (_, before) = reread(text, Format::Text, &Readings::default());
    let at = text.find("Kazakhstan").expect("a name") + 3;
    let mut edited = text.clone();
    edited.insert(at, 'x');
    let (analysis, after) = reread(&edited, Format::Text, &before);
    assert_eq!(analysis, format!("{:?}", analyze(&edited, Format::Text)));
    assert_eq!(after.len(), before.len());
    assert_eq!(kept(&after, &before, reading), before.len() - 1);
    // Every paragraph (the title line too) has its names; all but the edited one's kept.
    assert_eq!(count(&after, names), count(&before, names));
    assert_eq!(kept(&after, &before, names), count(&before, names) - 1);
    // And what every other block's sentences said and claimed.
    assert!(count(&before, said) > 3, "{}", count(&before, said));
    assert_eq!(count(&after, said), count(&before, said));
    assert_eq!(kept(&after, &before, said), count(&before, said) - 1);
}

/// The words inside each quotation, put together from the blocks' readings (read anew, or
/// kept from the text before an edit), are those found in the whole text's words.
#[test]
fn quotations_words_from_the_readings_are_those_of_the_whole_text() {
    let same = |text: &str, previous: &Readings| {
        let mut r = read(text, Format::Text, Some(previous), &|| false).expect("not stopped");
        let whole = (r.tokens).ranges(r.article.quotes.iter().map(|q| q.inner));
        assert!(!whole.is_empty());
        assert_eq!(r.quote_words(), whole);
    };
    for text in seeds() {
        same(&text, &Readings::default());
        let (_, before) = reread(&text, Format::Text, &Readings::default());
        let at = text.len() / 2;
        let at = (at..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let mut edited = text.clone();
        edited.insert_str(at, "« Un deux trois quatre »");
        same(&edited, &before);
    }
}

/// The claims of a paragraph whose source is a title standing for a name in the paragraph
/// before, once that name is gone: read again, with the source as written.
fn a_source_named_in_another_paragraph(text: &str, name: &str, gone: &str) {
    let claimed = |text: &str, previous: &Readings| {
        let (analysis, readings) =
            reanalyze_unless(text, Format::Text, None, previous, &|| false).expect("not stopped");
        assert_eq!(
            format!("{analysis:?}"),
            format!("{:?}", analyze(text, Format::Text))
        );
        let sources: Vec<String> = (analysis.claims.iter())
            .filter_map(|c| match c.attribution {
                Attribution::Named { source, .. } => Some(source.of(text).to_owned()),
                _ => None,
            })
            .collect();
        (sources, readings)
    };
    let (first, before) = claimed(text, &Readings::default());
    assert_eq!(first, [name], "{text}");
    let edited = text.replace(name, gone);
    let (second, after) = claimed(&edited, &before);
    assert!(!second.iter().any(|s| s == name), "{second:?}");
    // The first paragraph changed its text, the second the source its title stands for.
    assert_eq!(kept(&after, &before, said), 0);
}

#[test]
fn a_source_named_in_another_paragraph_is_followed_there() {
    a_source_named_in_another_paragraph(
        "Mayor Alena Voskuijl arrived on Monday.\n\nThe mayor said 40 families were evacuated.\n",
        "Alena Voskuijl",
        "nobody",
    );
    a_source_named_in_another_paragraph(
        "Le ministre Joran Quillec est arrivé lundi.\n\nLe ministre a déclaré que 40 familles ont été évacuées.\n",
        "Joran Quillec",
        "personne",
    );
}

#[test]
fn names_are_found_again_where_the_rest_of_the_article_changed_their_answer() {
    // « Ormanov » opens a sentence: a name only if the article writes it capitalised
    // elsewhere. Adding that elsewhere, in another paragraph, changes the first one's names.
    let text = "Titre\n\nOrmanov a parlé hier. Le pays attend.\n\nRien de plus.\n";
    let ormanov = |text: &str, previous: &Readings| {
        let (analysis, readings) =
            reanalyze_unless(text, Format::Text, None, previous, &|| false).expect("not stopped");
        let seen = (analysis.mentions.iter())
            .filter(|m| m.span.of(text) == "Ormanov")
            .map(|m| m.span.start)
            .collect::<Vec<_>>();
        assert_eq!(
            format!("{analysis:?}"),
            format!("{:?}", analyze(text, Format::Text))
        );
        (seen, readings)
    };
    let (first, before) = ormanov(text, &Readings::default());
    assert!(
        first.is_empty(),
        "unconfirmed at a sentence's start: {first:?}"
    );
    let edited = text.replace("Rien de plus.", "Rien de plus, dit Ormanov.");
    let (second, after) = ormanov(&edited, &before);
    assert_eq!(
        second,
        [
            edited.find("Ormanov").unwrap(),
            edited.rfind("Ormanov").unwrap()
        ]
    );
    // Only the title's names are kept: one paragraph changed its text, the other the
    // answer the rest of the article gives about its first word.
    assert_eq!(kept(&after, &before, names), 1);
}

#[test]
fn a_word_in_capitals_is_read_again_when_the_article_starts_writing_it_in_lowercase() {
    // "FREE" is an acronym until another paragraph writes "free": then it is emphasis.
    let text = "Title\n\nThe shop gave away FREE coffee on Monday.\n\nNothing else.\n";
    let free = |text: &str, previous: &Readings| {
        let (analysis, readings) =
            reanalyze_unless(text, Format::Text, None, previous, &|| false).expect("not stopped");
        assert_eq!(
            format!("{analysis:?}"),
            format!("{:?}", analyze(text, Format::Text))
        );
        let found = (analysis.mentions.iter()).any(|m| m.span.of(text) == "FREE");
        (found, readings)
    };
    let (first, before) = free(text, &Readings::default());
    assert!(first, "an acronym while nothing says otherwise");
    let edited = text.replace("Nothing else.", "Nothing else was free.");
    let (second, _) = free(&edited, &before);
    assert!(
        !second,
        "emphasis once the article writes the word in lowercase"
    );
}

#[test]
fn a_new_paragraph_and_a_repeated_one_are_read_once() {
    let text = "Titre\n\nUn paragraphe. Avec « une citation assez longue ».\n\nUn autre.\n";
    let (_, before) = reread(text, Format::Text, &Readings::default());
    assert_eq!(before.len(), 3);
    let edited = text.replace(
        "Un autre.",
        "Un autre.\n\nUn paragraphe. Avec « une citation assez longue ».",
    );
    let (analysis, after) = reread(&edited, Format::Text, &before);
    assert_eq!(analysis, format!("{:?}", analyze(&edited, Format::Text)));
    assert_eq!((after.len(), kept(&after, &before, reading)), (3, 3));
}

#[test]
fn a_front_matter_and_a_paragraph_of_the_same_text_are_not_confused() {
    let block = "---\ntitle: Le 3 mai 2024\n---";
    let text = format!("{block}\n\n# Titre\n\n{block}\n");
    let (analysis, readings) = reread(&text, Format::Markdown, &Readings::default());
    assert_eq!(analysis, format!("{:?}", analyze(&text, Format::Markdown)));
    assert_eq!(readings.len(), 3);
}

#[test]
fn without_previous_readings_nothing_is_kept() {
    let text = &seeds()[1];
    let (_, _, kept) = read(text, Format::Text, None, &|| false)
        .expect("not stopped")
        .into_parts();
    assert!(kept.is_none());
}

#[test]
fn a_stopped_reading_gives_nothing() {
    let text = "Titre\n\n".to_string() + &"Un paragraphe.\n\n".repeat(200);
    let asked = std::cell::Cell::new(0);
    let stop = || {
        asked.set(asked.get() + 1);
        true
    };
    assert!(read(&text, Format::Text, Some(&Readings::default()), &stop).is_none());
    assert_eq!(asked.get(), 1);
    assert!(read(&text, Format::Text, None, &stop).is_none());
}

/// What typing puts in: line and paragraph breaks, quotation marks, accents, apostrophes,
/// non-breaking spaces, an emoji, numbers, a name, a sentence end, Markdown's marks, a word
/// in capitals and as a name, a lowercase « i », an acronym in brackets.
const PIECES: &[&str] = &[
    "\n\n",
    "\n",
    "« ",
    " »",
    "\"",
    "é",
    "’",
    "\u{a0}",
    "\u{202f}",
    "😀",
    "3,5 millions",
    "12 %",
    "le 4 mai 2023",
    "Tokaïev",
    "Kassym-Jomart Tokaïev",
    ". ",
    "---\n",
    "# ",
    "[lien](http://x.org)",
    "a",
    " ",
    "selon une source",
    "KORVANE",
    " Korvane",
    " i ",
    " (OTAN)",
];

#[derive(Clone, Debug)]
struct Typed {
    at: prop::sample::Index,
    delete: usize,
    insert: &'static str,
}

fn typed() -> impl Strategy<Value = Typed> {
    (
        any::<prop::sample::Index>(),
        0usize..40,
        prop::sample::select(PIECES),
    )
        .prop_map(|(at, delete, insert)| Typed { at, delete, insert })
}

fn apply(text: &mut String, e: &Typed) {
    let mut at = e.at.index(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut end = (at + e.delete).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text.replace_range(at..end, e.insert);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// After each of a run of edits, the analysis from the previous text's readings is the
    /// analysis of the text read whole.
    #[test]
    fn reading_again_after_edits_is_reading_anew(
        which in any::<prop::sample::Index>(),
        markdown in any::<bool>(),
        edits in prop::collection::vec(typed(), 1..12),
    ) {
        let seeds = seeds();
        let mut text = seeds[which.index(seeds.len())].clone();
        if markdown {
            text = format!("---\ntitle: Titre du 2 mai 2024\n---\n{text}");
        }
        let format = if markdown { Format::Markdown } else { Format::Text };
        let (_, mut readings) = reread(&text, format, &Readings::default());
        for e in &edits {
            apply(&mut text, e);
            let (analysis, next) = reread(&text, format, &readings);
            prop_assert_eq!(analysis, format!("{:?}", analyze(&text, format)));
            readings = next;
        }
    }
}
