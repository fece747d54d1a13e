use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::{AnnotationFormat, display_path, print_notices};
use crate::analysis::Attribution;
use crate::corpus::{Corpus, MentionRef, find_root};
use crate::text::Span;

pub fn run(file: &Path, format: AnnotationFormat) -> std::io::Result<ExitCode> {
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
    let mut out = std::io::stdout().lock();
    match format {
        AnnotationFormat::Brat => {
            out.write_all(brat(&corpus.documents[d].text, &annotation).as_bytes())?
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
    status: &'static str,
    source: Option<String>,
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
            let e = corpus.entity(MentionRef {
                document: d,
                mention: i,
            });
            AnnotatedMention {
                kind: e.kind.brat_type(),
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
            status: match &c.attribution {
                Attribution::Named { .. } => "Attributed",
                Attribution::Anonymous { .. } => "Anonymous",
                Attribution::None => "Unsourced",
            },
            source: match &c.attribution {
                Attribution::Named { source, .. } => Some(source.of(&doc.text).to_owned()),
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

/// brat standoff: T lines for mentions and claims, N lines tying each mention to its
/// entity's id, A lines for claim status. A span across a line break becomes fragments.
pub fn brat(text: &str, a: &Annotation) -> String {
    let mut out = String::new();
    let (mut t, mut n, mut at) = (0, 0, 0);
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
    for m in &a.entities {
        t += 1;
        let (offsets, words) = fragments(m.start_byte, m.end_byte, m.start);
        out.push_str(&format!("T{t}\t{} {offsets}\t{words}\n", m.kind));
        n += 1;
        out.push_str(&format!("N{n}\tReference T{t} {}\t{}\n", m.entity, m.name));
    }
    for c in &a.claims {
        t += 1;
        let (offsets, words) = fragments(c.start_byte, c.end_byte, c.start);
        out.push_str(&format!("T{t}\tClaim {offsets}\t{words}\n"));
        at += 1;
        out.push_str(&format!("A{at}\tStatus T{t} {}\n", c.status));
        if c.hedged {
            at += 1;
            out.push_str(&format!("A{at}\tHedged T{t}\n"));
        }
    }
    out
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
