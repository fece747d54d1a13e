//! A `.ann` file read against its article: spans in bytes, the kind of each annotated
//! name, its reference, notes, claim statuses, and what no longer matches the text.

use super::brat::{Item, Problem, Standoff};
use crate::analysis::EntityKind;
use crate::text::Span;

/// A claim's status as a human or a fact-check recorded it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Unreviewed,
    Verified,
    Disputed,
    Refuted,
}

impl Status {
    /// From an attribute: `Verified T3`, `Status T3 Disputed`.
    pub fn from_attribute(name: &str, value: Option<&str>) -> Option<Status> {
        let word = match (name, value) {
            (_, Some(v)) if name.eq_ignore_ascii_case("status") => v,
            (n, None) => n,
            _ => return None,
        };
        match word.to_ascii_lowercase().as_str() {
            "verified" | "true" | "vrai" => Some(Status::Verified),
            "disputed" | "mixed" | "misleading" => Some(Status::Disputed),
            "refuted" | "false" | "faux" => Some(Status::Refuted),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unreviewed => "unreviewed",
            Status::Verified => "verified",
            Status::Disputed => "disputed",
            Status::Refuted => "refuted",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnotatedName {
    pub span: Span,
    pub kind: EntityKind,
    /// `Wikidata:Q7747` from an N line.
    pub reference: Option<String>,
    pub line: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnotatedClaim {
    pub span: Span,
    pub status: Status,
    pub line: usize,
}

/// A span whose words were rewritten: the annotation points at nothing now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale {
    pub span: Span,
    pub line: usize,
    pub message: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleAnnotations {
    pub names: Vec<AnnotatedName>,
    pub claims: Vec<AnnotatedClaim>,
    /// AnnotatorNotes, at the span they are about.
    pub notes: Vec<(Span, String)>,
    pub stale: Vec<Stale>,
    /// Lines that cannot apply to this article (offsets past its end).
    pub problems: Vec<Problem>,
}

/// Code-point offsets → byte offsets, for one text.
pub struct CodePoints {
    starts: Vec<usize>,
}

impl CodePoints {
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CodePoints { starts }
    }

    /// The byte offset of code point `n`, if the text has that many.
    pub fn byte(&self, n: usize) -> Option<usize> {
        self.starts.get(n).copied()
    }

    /// The code point at byte offset `b`.
    pub fn point(&self, b: usize) -> usize {
        self.starts.partition_point(|&s| s < b)
    }
}

/// Reads a standoff against its article's text.
pub fn resolve(standoff: &Standoff, text: &str) -> ArticleAnnotations {
    let points = CodePoints::new(text);
    let mut out = ArticleAnnotations::default();
    for line in &standoff.lines {
        let Item::TextBound {
            id,
            kind,
            fragments,
            text: written,
        } = &line.item
        else {
            continue;
        };
        let spans: Option<Vec<Span>> = fragments
            .iter()
            .map(|&(a, b)| Some(Span::new(points.byte(a)?, points.byte(b)?)))
            .collect();
        let Some(spans) = spans else {
            let n = points.starts.len() - 1;
            out.problems.push(Problem {
                line: line.number,
                message: format!("{id}: offsets past the end of the article ({n} characters)"),
            });
            continue;
        };
        // Fragments are written in any order: the annotation covers them all.
        let start = spans.iter().map(|s| s.start).min().unwrap_or(0);
        let end = spans.iter().map(|s| s.end).max().unwrap_or(start);
        let span = Span::new(start, end);
        let now: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
        if now.join(" ") != *written {
            out.stale.push(Stale {
                span,
                line: line.number,
                message: format!(
                    "annotation {id} ({kind}) was « {written} », the text there is now « {} »",
                    now.join(" ")
                ),
            });
            continue;
        }
        for item in standoff.about(id) {
            if let Item::Note { text, .. } = item {
                out.notes.push((span, text.clone()));
            }
        }
        if kind.eq_ignore_ascii_case("claim") {
            let status = standoff
                .about(id)
                .filter_map(|item| match item {
                    Item::Attribute { name, value, .. } => {
                        Status::from_attribute(name, value.as_deref())
                    }
                    _ => None,
                })
                .last()
                .unwrap_or_default();
            out.claims.push(AnnotatedClaim {
                span,
                status,
                line: line.number,
            });
        } else if let Some(kind) = EntityKind::parse(kind) {
            let reference = standoff.about(id).find_map(|item| match item {
                Item::Normalization { reference, .. } => Some(reference.clone()),
                _ => None,
            });
            out.names.push(AnnotatedName {
                span,
                kind,
                reference,
                line: line.number,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::brat::parse;
    use super::*;

    // « é », « ’ », a non-breaking space and an emoji before the annotated names.
    const TEXT: &str = "🇰🇿 L’été\u{a0}: Vladimir Poutine à Astana. Plus de 80 % du brut passe.";

    fn points_of(needle: &str) -> (usize, usize) {
        let start = TEXT[..TEXT.find(needle).unwrap()].chars().count();
        (start, start + needle.chars().count())
    }

    fn ann() -> String {
        let (a, b) = points_of("Vladimir Poutine");
        let (c, d) = points_of("Plus de 80 % du brut");
        let (e, f) = points_of("Astana");
        format!(
            "T1\tPerson {a} {b}\tVladimir Poutine\nN1\tReference T1 Wikidata:Q7747\tVladimir Putin\n#1\tAnnotatorNotes T1\tPrésident\nT2\tClaim {c} {d}\tPlus de 80 % du brut\nA1\tStatus T2 Disputed\nT3\tGPE {e} {f}\tAstanaX\nT4\tPerson 900 905\tloin\n"
        )
    }

    /// Caught by the span checks of fuzz/article_analysis, on a hand-written input (the
    /// fuzzer had not reached it): fragments written last-first gave a reversed span.
    #[test]
    fn fragments_out_of_order_cover_them_all() {
        let text = "abcdefghijklmnop";
        for ann in [
            "T1\tPerson 10 12;0 3\tkl abc\n",
            "T1\tPerson 10 12;0 3\tzz\n",
        ] {
            let r = resolve(&parse(ann).0, text);
            let spans = r
                .names
                .iter()
                .map(|n| n.span)
                .chain(r.stale.iter().map(|s| s.span));
            assert_eq!(spans.collect::<Vec<_>>(), [Span::new(0, 12)], "{ann}");
        }
    }

    #[test]
    fn code_points_become_bytes_and_kinds_references_notes_apply() {
        let (s, _) = parse(&ann());
        let r = resolve(&s, TEXT);
        assert_eq!(r.names.len(), 1);
        assert_eq!(r.names[0].span.of(TEXT), "Vladimir Poutine");
        assert_eq!(r.names[0].kind, EntityKind::Person);
        assert_eq!(r.names[0].reference.as_deref(), Some("Wikidata:Q7747"));
        assert_eq!(r.notes[0].1, "Président");
        assert_eq!(r.claims[0].status, Status::Disputed);
        assert_eq!(r.claims[0].span.of(TEXT), "Plus de 80 % du brut");
    }

    #[test]
    fn rewritten_words_are_stale_and_offsets_past_the_end_are_problems() {
        let (s, _) = parse(&ann());
        let r = resolve(&s, TEXT);
        assert_eq!(r.stale.len(), 1);
        assert_eq!(r.stale[0].line, 6);
        assert_eq!(r.stale[0].span.of(TEXT), "Astana");
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, 7);
    }

    #[test]
    fn statuses_come_from_attributes() {
        assert_eq!(
            Status::from_attribute("Verified", None),
            Some(Status::Verified)
        );
        assert_eq!(
            Status::from_attribute("Status", Some("Disputed")),
            Some(Status::Disputed)
        );
        assert_eq!(Status::from_attribute("Confidence", Some("High")), None);
    }
}
