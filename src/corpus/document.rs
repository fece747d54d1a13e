use std::path::PathBuf;
use std::sync::OnceLock;

use super::story::Story;
use crate::analysis::{Analysis, Code, Finding, Readings, analyze_unless, reanalyze_unless};
use crate::annotation::brat::{self, Problem, Standoff};
use crate::annotation::resolve;
use crate::article::Format;
use crate::text::{Encoding, Language, LineIndex, Position, Span, guess_language};

/// One article of the corpus: its text, its human annotations, and what the analysis found
/// in it alone.
#[derive(Clone, Debug)]
pub struct Document {
    pub path: PathBuf,
    pub text: String,
    pub lines: LineIndex,
    pub analysis: Analysis,
    /// Boxed: most articles have none, and a corpus keeps every document.
    pub annotations: Option<Box<AnnotationFile>>,
    /// Where each of `analysis.mentions` starts and ends, columns counted as the editor
    /// counts them (UTF-16 units for most, bytes for Neovim): placed once, in one walk
    /// over the text, so that a reply listing an entity's 100,000 mentions reads them
    /// instead of counting the characters before each (16 bytes a mention; see
    /// `mention_range`). A document is not changed once made, so they stay true. Placed
    /// when first asked for (`place_mentions`), in the encodings asked for: `attest
    /// check` never asks, nor does a keystroke; the server places a corpus once indexed,
    /// in the encoding it agreed with its client.
    mention_places: [OnceLock<Vec<[Position; 2]>>; 2],
    /// Where each claim's focus starts and ends, by focus: the places that findings of
    /// other articles point to (a corroboration, a contradiction), which the server sends
    /// with each of their diagnostics. Placed as `mention_places`, when first asked for
    /// (`focus_range`).
    /// In the one encoding first asked for (a server's client counts in one); boxed, as
    /// most documents are never asked.
    focus_places: OnceLock<Box<(Encoding, Box<[Placed]>)>>,
    /// The language it is written in, told when first asked for.
    language: OnceLock<Language>,
    /// The names and precise figures its story is told by (`Story`), when first asked for:
    /// by a build or a patch that links a figure in other words to one of it, or a
    /// keystroke's patch, which compares it with the last version's. Boxed, as most
    /// documents are never asked.
    story: OnceLock<Box<Story>>,
    /// Its path as the editor names it (a URI, as a JSON string), made by the language
    /// server when first asked for (`named`): a reply listing places in 10,000 articles
    /// would otherwise make 10,000 of them.
    editor_name: OnceLock<Option<Box<str>>>,
    /// Which known names were last found in it (`known_names`).
    pub(super) known_with: super::known_names::Stamp,
}

/// A span and where it starts and ends.
type Placed = (Span, [Position; 2]);

/// The `.ann` file beside an article.
#[derive(Clone, Debug)]
pub struct AnnotationFile {
    pub path: PathBuf,
    pub text: String,
    pub standoff: Standoff,
    /// Lines that are malformed, or cannot apply to the article.
    pub problems: Vec<Problem>,
}

impl AnnotationFile {
    /// The problems as `kb-invalid` findings at their lines of the `.ann` file.
    pub fn findings(&self) -> Vec<Finding> {
        let lines = LineIndex::new(&self.text);
        self.problems
            .iter()
            .map(|p| {
                let start = lines.line_start(p.line.saturating_sub(1)).unwrap_or(0);
                let end = self.text[start..]
                    .find('\n')
                    .map_or(self.text.len(), |e| start + e);
                Finding::new(
                    Code::KbInvalid,
                    Span::new(start, end),
                    format!("line {}: {}", p.line, p.message),
                )
            })
            .collect()
    }
}

impl Document {
    pub fn new(path: PathBuf, text: String, format: Format) -> Self {
        Document::with_annotations(path, text, format, None)
    }

    /// An article and the text of its `.ann` file, if it has one.
    pub fn with_annotations(
        path: PathBuf,
        text: String,
        format: Format,
        ann: Option<(PathBuf, String)>,
    ) -> Self {
        match Document::with_annotations_unless(path, text, format, ann, &|| false) {
            Some(document) => document,
            None => unreachable!("an analysis nothing stops is finished"),
        }
    }

    /// The same, given up (`None`) as soon as `stop` says so (see
    /// [`crate::analysis::analyze_unless`]).
    pub fn with_annotations_unless(
        path: PathBuf,
        text: String,
        format: Format,
        ann: Option<(PathBuf, String)>,
        stop: &dyn Fn() -> bool,
    ) -> Option<Self> {
        Document::read_unless(path, text, format, ann, None, stop).map(|(d, _)| d)
    }

    /// The same for an article being edited: only the paragraphs that changed since
    /// `previous` was read are read again (see [`crate::analysis::reanalyze_unless`]); the
    /// readings of this text come back, to keep for the next edit.
    pub fn reread_unless(
        path: PathBuf,
        text: String,
        format: Format,
        ann: Option<(PathBuf, String)>,
        previous: &Readings,
        stop: &dyn Fn() -> bool,
    ) -> Option<(Self, Readings)> {
        let (d, readings) = Document::read_unless(path, text, format, ann, Some(previous), stop)?;
        Some((d, readings.unwrap_or_default()))
    }

    fn read_unless(
        path: PathBuf,
        text: String,
        format: Format,
        ann: Option<(PathBuf, String)>,
        previous: Option<&Readings>,
        stop: &dyn Fn() -> bool,
    ) -> Option<(Self, Option<Readings>)> {
        let annotations = ann.map(|(ann_path, ann_text)| {
            let (standoff, problems) = brat::parse(&ann_text);
            AnnotationFile {
                path: ann_path,
                text: ann_text,
                standoff,
                problems,
            }
        });
        let resolved = annotations.as_ref().map(|a| resolve(&a.standoff, &text));
        let (mut analysis, readings) = match previous {
            Some(previous) => {
                let (a, r) = reanalyze_unless(&text, format, resolved.as_ref(), previous, stop)?;
                (a, Some(r))
            }
            None => (
                analyze_unless(&text, format, resolved.as_ref(), stop)?,
                None,
            ),
        };
        // Its claims, mentions and findings are made: no one reads its sentences again.
        analysis.article.keep_outline();
        let annotations = annotations.map(|mut a| {
            a.problems
                .extend(resolved.map(|r| r.problems).unwrap_or_default());
            a.problems.sort_by_key(|p| p.line);
            Box::new(a)
        });
        // The language the analysis told, if it did: the same guess of the same text.
        let language = analysis
            .language
            .0
            .map_or_else(OnceLock::new, OnceLock::from);
        let document = Document {
            lines: LineIndex::new(&text),
            path,
            text,
            analysis,
            annotations,
            mention_places: [OnceLock::new(), OnceLock::new()],
            focus_places: OnceLock::new(),
            language,
            story: OnceLock::new(),
            editor_name: OnceLock::new(),
            known_with: Default::default(),
        };
        Some((document, readings))
    }

    /// The same document with other mentions (the knowledge base's names added), placed
    /// anew when asked.
    pub fn with_mentions(&self, mentions: Vec<crate::analysis::mention::Mention>) -> Document {
        let mut d = self.clone();
        d.set_mentions(mentions);
        d
    }

    /// The language the article is written in (French, English, or too short to tell).
    pub fn language(&self) -> Language {
        *self.language.get_or_init(|| guess_language(&self.text))
    }

    /// The names and figures its story is told by, read on the first call and kept.
    pub(super) fn story(&self) -> &Story {
        self.story.get_or_init(|| Box::new(Story::of(self)))
    }

    /// Its path as `name` names it, made on the first call and kept (see `editor_name`).
    pub fn named(&self, name: impl FnOnce(&std::path::Path) -> Option<String>) -> Option<&str> {
        let made = self
            .editor_name
            .get_or_init(|| name(&self.path).map(Into::into));
        made.as_deref()
    }

    /// Other mentions for this document, placed anew when asked.
    pub fn set_mentions(&mut self, mentions: Vec<crate::analysis::mention::Mention>) {
        self.analysis.mentions = mentions;
        self.mention_places = [OnceLock::new(), OnceLock::new()];
        self.story = OnceLock::new();
    }

    /// Where each mention starts and ends, columns in `encoding`, placed on the first call
    /// for that encoding; none for UTF-32, which editors rarely ask for: its columns are
    /// counted when asked (`mention_range`).
    pub fn place_mentions(&self, encoding: Encoding) -> Option<&[[Position; 2]]> {
        let placed = match encoding {
            Encoding::Utf16 => &self.mention_places[0],
            Encoding::Utf8 => &self.mention_places[1],
            Encoding::Utf32 => return None,
        };
        let places = placed.get_or_init(|| {
            let mut walk = self.lines.span_walk(&self.text, encoding);
            (self.analysis.mentions.iter())
                .map(|m| walk.place(m.span))
                .collect()
        });
        Some(places)
    }

    /// Where `span` starts and ends, columns in `encoding`: read from the placed claims'
    /// focuses when it is one, counted otherwise (the same as `position` of its ends).
    pub fn focus_range(&self, span: Span, encoding: Encoding) -> [Position; 2] {
        let placed = self.focus_places.get_or_init(|| {
            let mut focuses: Vec<Span> = self.analysis.claims.iter().map(|c| c.focus).collect();
            focuses.sort_by_key(|f| (f.start, f.end));
            focuses.dedup();
            let mut walk = self.lines.span_walk(&self.text, encoding);
            let placed = focuses.into_iter().map(|f| (f, walk.place(f))).collect();
            Box::new((encoding, placed))
        });
        let placed = (placed.0 == encoding).then_some(&placed.1);
        let key = (span.start, span.end);
        match placed.map(|p| (p, p.binary_search_by_key(&key, |(f, _)| (f.start, f.end)))) {
            Some((placed, Ok(i))) => placed[i].1,
            _ => [span.start, span.end].map(|o| self.position(o, encoding)),
        }
    }

    /// Zero-based line and column of a byte offset.
    pub fn position(&self, offset: usize, encoding: Encoding) -> Position {
        self.lines.position(&self.text, offset, encoding)
    }

    /// Where mention `i` starts and ends: the same as `position` of its span's ends, read
    /// from what the document placed for that encoding (`place_mentions`).
    pub fn mention_range(&self, i: usize, encoding: Encoding) -> [Position; 2] {
        match self.place_mentions(encoding) {
            Some(places) => places[i],
            None => {
                let span = self.analysis.mentions[i].span;
                [span.start, span.end].map(|o| self.position(o, encoding))
            }
        }
    }
}

/// Documents made shareable, in a list of their own length: collected in place, the list
/// of `Arc`s would keep the whole room of the documents' list (hundreds of bytes each).
pub fn shared(documents: Vec<Document>) -> Vec<std::sync::Arc<Document>> {
    let mut out = Vec::with_capacity(documents.len());
    out.extend(documents.into_iter().map(std::sync::Arc::new));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_keeps_its_annotations_in_a_box_of_their_own() {
        // A corpus keeps every document, and most have no `.ann`: 720 bytes each before
        // (624 then, 16 more for the claims' placed focuses, 8 for the known names' stamp,
        // 16 for its story as a keystroke's patch reads it, 8 for the language its analysis
        // told).
        assert!(std::mem::size_of::<Document>() <= 672);
        let text = "Vladimir Poutine à Astana.";
        let ann = "T1\tPerson 0 16\tVladimir Poutine\n";
        let doc = Document::with_annotations(
            PathBuf::from("/a.txt"),
            text.into(),
            Format::Text,
            Some((PathBuf::from("/a.ann"), ann.into())),
        );
        let a = doc.annotations.as_deref().expect("its annotations");
        assert_eq!((a.path.to_str(), a.text.as_str()), (Some("/a.ann"), ann));
        assert!(a.problems.is_empty());
        assert!(
            Document::new(PathBuf::from("/b.txt"), text.into(), Format::Text)
                .annotations
                .is_none()
        );
    }

    #[test]
    fn a_document_keeps_its_article_s_outline_and_analysis() {
        let text = "Titre\n\nSelon l’AFP, 80\u{a0}% des élus «\u{202f}ont voté\u{202f}» le 3 mai 🙂.\n\nFin.";
        let doc = Document::new(PathBuf::from("/a.txt"), text.into(), Format::Text);
        let full = crate::analysis::analyze(text, Format::Text);
        let a = &doc.analysis.article;
        assert_eq!(
            (a.title, &a.paragraphs),
            (full.article.title, &full.article.paragraphs)
        );
        assert!(a.sentences.is_empty() && a.quotes.is_empty());
        assert!(a.quantities.is_empty() && a.dates.is_empty());
        assert!(!full.article.sentences.is_empty() && !full.article.quantities.is_empty());
        assert_eq!(doc.analysis.claims, full.claims);
        assert_eq!(doc.analysis.mentions, full.mentions);
    }

    #[test]
    fn shared_documents_keep_their_order_and_no_more_room() {
        let texts = ["« Poutine »\u{a0}à Astana 🙂.", "L’Élysée.", "Tokaïev."];
        let docs = (texts.iter().enumerate())
            .map(|(i, t)| {
                Document::new(
                    PathBuf::from(format!("/{i}.txt")),
                    t.to_string(),
                    Format::Text,
                )
            })
            .collect();
        let shared = shared(docs);
        assert_eq!(shared.capacity(), 3);
        let back: Vec<&str> = shared.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(back, texts);
    }

    #[test]
    fn mention_ranges_are_the_positions_of_their_spans() {
        let text = "L’Élysée\u{a0}reçoit Poutine.\r\n«\u{202f}Kassym-Jomart Tokaïev\u{202f}» 🇰🇿 a vu Poutine à Astana.\n\nLe Kremlin et Poutine.";
        let doc = Document::new(PathBuf::from("/a.txt"), text.into(), Format::Text);
        assert!(
            doc.analysis.mentions.len() >= 5,
            "{:?}",
            doc.analysis.mentions
        );
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for (i, m) in doc.analysis.mentions.iter().enumerate() {
                let want = [m.span.start, m.span.end].map(|o| doc.position(o, encoding));
                assert_eq!(doc.mention_range(i, encoding), want, "{encoding:?} {i}");
            }
        }
    }

    #[test]
    fn focus_ranges_are_the_positions_of_their_spans() {
        // Claims on lines with « é », « ’ », non-breaking spaces and an emoji, one focus
        // inside another's line after it; and a span that is no claim's focus.
        let text = "L’Élysée\u{a0}affirme que 40\u{202f}% des 🇰🇿 électeurs ont voté, selon l’institut.\n\nThe ministry said 3,000 people left 🎉 the city, the largest exodus since 1990.\n";
        let other = Span::new(text.find("voté").unwrap(), text.find("selon").unwrap());
        let all = [Encoding::Utf16, Encoding::Utf8, Encoding::Utf32];
        // Placed in the encoding asked first; the others counted.
        for first in all {
            let doc = Document::new(PathBuf::from("/a.txt"), text.into(), Format::Text);
            let claims = &doc.analysis.claims;
            assert!(claims.len() >= 2, "{claims:?}");
            assert!(claims.iter().all(|c| c.focus != other));
            for encoding in std::iter::once(first).chain(all) {
                let spans = claims.iter().rev().map(|c| c.focus).chain([other]);
                for span in spans {
                    let want = [span.start, span.end].map(|o| doc.position(o, encoding));
                    assert_eq!(
                        doc.focus_range(span, encoding),
                        want,
                        "{encoding:?} {span:?}"
                    );
                }
            }
        }
    }
}
