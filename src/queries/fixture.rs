//! Test fixtures, texlab style: a few named articles, a cursor marked `|` in one of them,
//! and expected ranges named by the text they cover.

use std::path::PathBuf;

use super::Location;
use crate::article::Format;
use crate::corpus::{ClaimRef, Config, Corpus, Document, MentionRef};
use crate::text::Span;

/// An article with accents, apostrophes, non-breaking spaces and emoji, so that a byte
/// offset taken for a character count shows.
pub const ASTANA: &str = "Tokaïev reçoit Poutine à Astana 🇰🇿

Le président Kassym-Jomart Tokaïev a accueilli mardi Vladimir Poutine à Astana. Selon des sources proches du dossier, Tokaïev aurait obtenu plus de 80\u{a0}% du brut kazakh.

L’Organisation du traité de sécurité collective (OTSC) s’est réunie à Astana. «\u{a0}Nous sommes plus forts que jamais\u{a0}», a déclaré Poutine.
";

/// Another article on the same people, spelling Tokayev otherwise.
pub const MOSCOU: &str = "Le Kremlin 🎉 répond à l’OTSC

Vladimir\u{a0}Poutine a reçu Tokayev à Moscou. Tokayev a déclaré à l’AFP que la Russie achète 50\u{a0}% du brut kazakh.
";

pub struct Fixture {
    pub corpus: Corpus,
    /// The document holding the cursor.
    pub document: usize,
    /// The cursor, a byte offset.
    pub offset: usize,
}

impl Fixture {
    /// A corpus of `(file name, text)` articles; a `|` in one text marks the cursor and is
    /// removed.
    pub fn new(files: &[(&str, &str)]) -> Fixture {
        let mut cursor = None;
        let documents = files
            .iter()
            .enumerate()
            .map(|(d, (name, text))| {
                let text = match text.find('|') {
                    Some(at) => {
                        assert!(cursor.is_none(), "two cursors");
                        cursor = Some((d, at));
                        text.replacen('|', "", 1)
                    }
                    None => text.to_string(),
                };
                let path = PathBuf::from(name);
                let format = Format::of_path(&path).unwrap_or(Format::Text);
                Document::new(path, text, format)
            })
            .collect();
        let (document, offset) = cursor.unwrap_or((0, 0));
        Fixture {
            corpus: Corpus::from_documents(documents, Config::default()),
            document,
            offset,
        }
    }

    /// Moves the cursor into `file`, where `marked` (a piece of its text with a `|` in it)
    /// occurs first.
    pub fn cursor(mut self, file: &str, marked: &str) -> Fixture {
        let at = marked.find('|').expect("a cursor marker");
        let plain = marked.replacen('|', "", 1);
        self.document = self.doc(file);
        self.offset = self.span(file, &plain).start + at;
        self
    }

    /// The index of a file.
    pub fn doc(&self, file: &str) -> usize {
        self.corpus
            .documents
            .iter()
            .position(|d| d.path == std::path::Path::new(file))
            .unwrap_or_else(|| panic!("no file {file}"))
    }

    /// The span of the first occurrence of `needle` in `file`.
    pub fn span(&self, file: &str, needle: &str) -> Span {
        self.nth(file, needle, 0)
    }

    /// The span of occurrence `n` (from 0) of `needle` in `file`.
    pub fn nth(&self, file: &str, needle: &str, n: usize) -> Span {
        let text = &self.corpus.documents[self.doc(file)].text;
        let start = text
            .match_indices(needle)
            .nth(n)
            .unwrap_or_else(|| panic!("no « {needle} » #{n} in {file}"))
            .0;
        Span::new(start, start + needle.len())
    }

    /// The location of occurrence `n` of `needle` in `file`.
    pub fn at(&self, file: &str, needle: &str, n: usize) -> Location {
        Location {
            document: self.doc(file),
            span: self.nth(file, needle, n),
        }
    }

    /// The text of a location.
    pub fn text(&self, l: Location) -> &str {
        l.span.of(&self.corpus.documents[l.document].text)
    }

    pub fn text_of(&self, m: MentionRef) -> &str {
        self.corpus.mention_text(m)
    }

    pub fn claim_focus(&self, c: ClaimRef) -> &str {
        let d = &self.corpus.documents[c.document()];
        d.analysis.claims[c.claim()].focus.of(&d.text)
    }

    /// `(file, text)` of each location, for assertions that read like the article.
    pub fn show(&self, locations: &[Location]) -> Vec<(String, String)> {
        locations
            .iter()
            .map(|&l| {
                let path = &self.corpus.documents[l.document].path;
                (path.display().to_string(), self.text(l).to_string())
            })
            .collect()
    }
}

/// The tests read these entities out of the fixtures; a change in the analysis that moves
/// them shows here first.
#[test]
fn the_fixtures_hold_the_entities_the_tests_expect() {
    let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)]);
    let entities: Vec<(&str, Vec<&str>, usize)> = fx
        .corpus
        .entities
        .iter()
        .map(|e| {
            let forms = e.forms.iter().map(String::as_str).collect();
            (e.name.as_str(), forms, e.mentions.len())
        })
        .collect();
    assert_eq!(
        entities,
        [
            (
                "Kassym-Jomart Tokaïev",
                vec!["Tokaïev", "Kassym-Jomart Tokaïev", "Tokayev"],
                5
            ),
            (
                "Vladimir Poutine",
                vec!["Poutine", "Vladimir Poutine", "Vladimir\u{a0}Poutine"],
                4
            ),
            ("Astana", vec!["Astana"], 3),
            (
                "Organisation du traité de sécurité collective",
                vec!["Organisation du traité de sécurité collective", "OTSC"],
                3
            ),
            ("Kremlin", vec!["Kremlin"], 1),
            ("Moscou", vec!["Moscou"], 1),
            ("AFP", vec!["AFP"], 1),
            ("Russie", vec!["Russie"], 1),
        ]
    );
}

#[test]
fn a_cursor_marker_is_removed_and_placed() {
    let fx = Fixture::new(&[
        ("a.txt", "Un titre\n\nÀ Genève 🎉, l’ONU|.\n"),
        ("b.md", "# B\n"),
    ]);
    assert_eq!(fx.document, 0);
    assert_eq!(
        &fx.corpus.documents[0].text[..fx.offset],
        "Un titre\n\nÀ Genève 🎉, l’ONU"
    );
    let fx = fx.cursor("a.txt", "Gen|ève");
    assert_eq!(fx.offset, "Un titre\n\nÀ Gen".len());
}
