use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::{AnnotationFormat, display_path, print_notices};
use crate::analysis::Attribution;
use crate::annotation::brat::{Item, Standoff};
use crate::corpus::{Corpus, MentionRef, find_root};
use crate::eval::Class;
use crate::text::Span;

pub fn run(
    file: &Path,
    format: AnnotationFormat,
    merge: bool,
    write: bool,
) -> std::io::Result<ExitCode> {
    if !file.is_file() {
        eprintln!("attest: {}: no such article", file.display());
        return Ok(ExitCode::from(2));
    }
    let folder = find_root(file)
        .unwrap_or_else(|| file.parent().map_or(PathBuf::from("."), Path::to_path_buf));
    let folder = if folder.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        folder
    };
    let mut corpus = Corpus::load(&[folder, file.to_path_buf()]);
    corpus.notices.retain(|n| same_file(&n.path, file));
    print_notices(&corpus.notices);
    let Some(d) = corpus
        .documents
        .iter()
        .position(|doc| same_file(&doc.path, file))
    else {
        eprintln!(
            "attest: {}: could not be read as an article",
            file.display()
        );
        return Ok(ExitCode::from(2));
    };
    let annotation = annotation(&corpus, d);
    let doc = &corpus.documents[d];
    let existing = doc
        .annotations
        .as_ref()
        .map(|a| &a.standoff)
        .filter(|_| merge);
    if write {
        let target = doc.path.with_extension("ann");
        let merged = brat(&doc.text, &annotation, existing);
        std::fs::write(&target, merged)?;
        eprintln!("attest: {}: annotations written", target.display());
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    match format {
        AnnotationFormat::Brat => {
            out.write_all(brat(&doc.text, &annotation, existing).as_bytes())?
        }
        AnnotationFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &annotation)?;
            writeln!(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

#[derive(Serialize)]
pub struct Annotation {
    file: String,
    entities: Vec<AnnotatedMention>,
    claims: Vec<AnnotatedClaim>,
}

#[derive(Serialize)]
struct AnnotatedMention {
    kind: &'static str,
    /// Recorded by an annotator, not guessed.
    annotated: bool,
    start: usize,
    end: usize,
    start_byte: usize,
    end_byte: usize,
    text: String,
    entity: String,
    name: String,
}

#[derive(Serialize)]
struct AnnotatedClaim {
    kind: &'static str,
    start: usize,
    end: usize,
    start_byte: usize,
    end_byte: usize,
    text: String,
    /// ANNOTATION.md's class: `Named`, `Anonymous` or `None`.
    attribution: &'static str,
    source: Option<String>,
    /// The source's words, in code points and bytes, when they are named.
    #[serde(skip)]
    source_span: Option<Span>,
    hedged: bool,
}

/// The automatic annotation of document `d`; offsets in code points, as brat counts.
pub fn annotation(corpus: &Corpus, d: usize) -> Annotation {
    let doc = &corpus.documents[d];
    let points = CodePoints::new(&doc.text);
    let entities = doc
        .analysis
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let e = corpus.entity(MentionRef::new(d, i));
            AnnotatedMention {
                kind: e.kind.brat_type(),
                annotated: m.is_annotated(),
                start: points.at(m.span.start),
                end: points.at(m.span.end),
                start_byte: m.span.start,
                end_byte: m.span.end,
                text: m.span.of(&doc.text).to_owned(),
                entity: e.id.clone(),
                name: e.name.clone(),
            }
        })
        .collect();
    let claims = doc
        .analysis
        .claims
        .iter()
        .map(|c| AnnotatedClaim {
            kind: c.kind.as_str(),
            start: points.at(c.focus.start),
            end: points.at(c.focus.end),
            start_byte: c.focus.start,
            end_byte: c.focus.end,
            text: c.focus.of(&doc.text).to_owned(),
            attribution: Class::of(&c.attribution).as_str(),
            source_span: match c.attribution {
                Attribution::Named { source, .. } => Some(source),
                _ => None,
            },
            source: match &c.attribution {
                Attribution::Named { source, .. } => {
                    Some(doc.analysis.source_name(*source).of(&doc.text).to_owned())
                }
                Attribution::Anonymous { span } => Some(span.of(&doc.text).to_owned()),
                Attribution::None => None,
            },
            hedged: c.hedge.is_some(),
        })
        .collect();
    Annotation {
        file: display_path(&doc.path),
        entities,
        claims,
    }
}

/// brat standoff, as ANNOTATION.md writes it and `attest eval` reads it: T lines for
/// mentions and claims, N lines tying each mention to its entity's id, an `Attribution`
/// attribute for each claim (`Named`, `Anonymous`, `None`), a `Source` relation to the
/// mention that names a Named claim's source, and `Hedged`. A span across a line break
/// becomes fragments.
/// With `existing` annotations, their lines come first, unchanged, and only the automatic
/// annotations that overlap none of theirs follow, numbered after their ids.
pub fn brat(text: &str, a: &Annotation, existing: Option<&Standoff>) -> String {
    let mut out = existing.map(Standoff::write).unwrap_or_default();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    let number = |prefix: char| {
        existing.map_or(0, |s| {
            s.next_id(prefix)[prefix.len_utf8()..]
                .parse::<usize>()
                .unwrap_or(1)
                - 1
        })
    };
    let (mut t, mut n, mut at, mut r) = (number('T'), number('N'), number('A'), number('R'));
    // Each written mention's id, to point a Source relation at it.
    let mut written: Vec<(Span, usize)> = Vec::new();
    let taken: Vec<Span> = existing.map_or_else(Vec::new, |s| human_spans(s, text));
    let free = |start: usize, end: usize| !taken.iter().any(|s| s.overlaps(Span::new(start, end)));
    let fragments = |start_byte: usize, end_byte: usize, start: usize| -> (String, String) {
        let s = Span::new(start_byte, end_byte).of(text);
        let mut parts = Vec::new();
        let mut texts = Vec::new();
        let mut cp = start;
        for line in s.split('\n') {
            let len = line.chars().count();
            let trimmed = line.trim_end_matches('\r');
            if !trimmed.is_empty() {
                parts.push(format!("{} {}", cp, cp + trimmed.chars().count()));
                texts.push(trimmed);
            }
            cp += len + 1;
        }
        (parts.join(";"), texts.join(" "))
    };
    for m in a
        .entities
        .iter()
        .filter(|m| !m.annotated && free(m.start_byte, m.end_byte))
    {
        t += 1;
        let (offsets, words) = fragments(m.start_byte, m.end_byte, m.start);
        out.push_str(&format!("T{t}\t{} {offsets}\t{words}\n", m.kind));
        written.push((Span::new(m.start_byte, m.end_byte), t));
        n += 1;
        out.push_str(&format!("N{n}\tReference T{t} {}\t{}\n", m.entity, m.name));
    }
    for c in a.claims.iter().filter(|c| free(c.start_byte, c.end_byte)) {
        t += 1;
        let (offsets, words) = fragments(c.start_byte, c.end_byte, c.start);
        out.push_str(&format!("T{t}\tClaim {offsets}\t{words}\n"));
        at += 1;
        out.push_str(&format!("A{at}\tAttribution T{t} {}\n", c.attribution));
        let source = c
            .source_span
            .and_then(|s| written.iter().find(|(m, _)| m.overlaps(s)));
        if let Some((_, mention)) = source {
            r += 1;
            out.push_str(&format!("R{r}\tSource Arg1:T{t} Arg2:T{mention}\n"));
        }
        if c.hedged {
            at += 1;
            out.push_str(&format!("A{at}\tHedged T{t}\n"));
        }
    }
    out
}

/// The byte spans the human annotations cover.
fn human_spans(s: &Standoff, text: &str) -> Vec<Span> {
    let points = crate::annotation::CodePoints::new(text);
    s.lines
        .iter()
        .filter_map(|l| match &l.item {
            Item::TextBound { fragments, .. } => Some(fragments),
            _ => None,
        })
        .flatten()
        .filter_map(|&(a, b)| Some(Span::new(points.byte(a)?, points.byte(b)?)))
        .collect()
}

/// Byte offset → code-point offset, for one text.
struct CodePoints {
    starts: Vec<usize>,
}

impl CodePoints {
    fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CodePoints { starts }
    }

    fn at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&s| s < byte)
    }
}
