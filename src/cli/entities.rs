use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::{ListFormat, display_path, print_notices};
use crate::corpus::Corpus;
use crate::text::Encoding;

#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    kind: &'static str,
    name: &'a str,
    forms: &'a [String],
    mentions: Vec<ListedMention<'a>>,
}

#[derive(Serialize)]
struct ListedMention<'a> {
    file: String,
    line: u32,
    column: u32,
    text: &'a str,
}

pub fn run(paths: &[PathBuf], format: ListFormat) -> std::io::Result<ExitCode> {
    let corpus = Corpus::load(paths);
    print_notices(&corpus.notices);
    let mut entities: Vec<_> = corpus.entities.iter().collect();
    entities.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(a.name.cmp(&b.name))
    });
    let listed: Vec<Listed> = entities
        .iter()
        .map(|e| Listed {
            id: &e.id,
            kind: e.kind.as_str(),
            name: &e.name,
            forms: &e.forms,
            mentions: e
                .mentions
                .iter()
                .map(|m| {
                    let doc = &corpus.documents[m.document()];
                    let span = doc.analysis.mentions[m.mention()].span;
                    let p = doc.position(span.start, Encoding::Utf32);
                    ListedMention {
                        file: display_path(&doc.path),
                        line: p.line + 1,
                        column: p.column + 1,
                        text: corpus.mention_text(m),
                    }
                })
                .collect(),
        })
        .collect();
    let mut out = std::io::stdout().lock();
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &listed)?;
            writeln!(out)?;
        }
        ListFormat::Human => {
            for e in &listed {
                let documents: std::collections::BTreeSet<&str> =
                    e.mentions.iter().map(|m| m.file.as_str()).collect();
                writeln!(
                    out,
                    "{:<12} {}  ({} mentions in {} documents; forms: {})",
                    e.kind,
                    e.name,
                    e.mentions.len(),
                    documents.len(),
                    e.forms.join(", ")
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
