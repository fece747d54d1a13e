//! `attest eval GOLD [--against OTHER]`: reads a brat corpus, annotates its texts as if no
//! `.ann` were beside them (or reads a second annotator's `.ann`), and prints how far the
//! two are apart.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;
use serde_json::json;

use super::display_path;
use crate::annotation::brat;
use crate::article::Format;
use crate::corpus::{
    Config, Corpus, Document, KnowledgeBase, corpus_files, find_root, load_config,
};
use crate::eval::{Article, Markup, Reading, evaluate};
use crate::text::{decode, guess_language, looks_binary};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EvalFormat {
    Table,
    Json,
}

/// One text of the gold corpus, read.
struct Text {
    path: PathBuf,
    /// Relative to the gold folder, with `/`.
    relative: String,
    text: String,
    gold: Markup,
    reading: Reading,
}

pub fn run(
    gold: &Path,
    against: Option<&Path>,
    details: bool,
    format: EvalFormat,
) -> std::io::Result<ExitCode> {
    if !gold.is_dir() {
        let why = if gold.exists() {
            "not a folder"
        } else {
            "no such folder"
        };
        eprintln!(
            "attest: {}: {why}; give the folder of a brat corpus (.txt files with their .ann)",
            gold.display()
        );
        return Ok(ExitCode::from(2));
    }
    if let Some(other) = against.filter(|o| !o.is_dir()) {
        eprintln!(
            "attest: {}: no such folder; --against takes the folder of the other annotation's .ann files",
            other.display()
        );
        return Ok(ExitCode::from(2));
    }
    let mut notices = Vec::new();
    let files: Vec<PathBuf> = corpus_files(gold, Some(gold), &mut notices)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    for n in &notices {
        eprintln!("attest: {}: {}", display_path(&n.path), n.message);
    }
    let read: Vec<Result<Text, String>> = files
        .into_par_iter()
        .map(|path| read_text(gold, path))
        .collect();
    let mut texts = Vec::new();
    for r in read {
        match r {
            Ok(t) => texts.push(t),
            Err(message) => eprintln!("attest: {message}"),
        }
    }
    if texts.is_empty() {
        eprintln!(
            "attest: {}: no .txt with its .ann here: nothing to score",
            gold.display()
        );
        return Ok(ExitCode::from(2));
    }
    let scored: Vec<(Markup, Reading)> = match against {
        Some(other) => texts.iter().map(|t| read_other(other, t)).collect(),
        None => annotate(gold, &texts)
            .into_iter()
            .map(|m| (m, Reading::default()))
            .collect(),
    };
    // Problems and lines of other schemas, on standard error and in the JSON.
    let mut problems = Vec::new();
    let mut ignored: BTreeMap<String, usize> = BTreeMap::new();
    for (t, (_, other)) in texts.iter().zip(&scored) {
        let gold_ann = display_path(&t.path.with_extension("ann"));
        let other_ann = against.map(|o| display_path(&o.join(&t.relative).with_extension("ann")));
        for (file, reading) in [(Some(gold_ann), &t.reading), (other_ann, other)] {
            let Some(file) = file else { continue };
            for p in &reading.problems {
                eprintln!("attest: {file}:{}: {}", p.line, p.message);
                problems.push(json!({"file": file, "line": p.line, "message": p.message}));
            }
            for (what, n) in &reading.ignored {
                *ignored.entry(what.clone()).or_default() += n;
            }
        }
    }
    if !ignored.is_empty() {
        let list: Vec<String> = ignored.iter().map(|(w, n)| format!("{n} {w}")).collect();
        eprintln!("attest: not scored, of other schemas: {}", list.join(", "));
    }
    let articles: Vec<Article> = texts
        .into_iter()
        .zip(scored)
        .map(|(t, (scored, _))| Article {
            folder: t
                .relative
                .rsplit_once('/')
                .map_or(".".to_string(), |(f, _)| f.to_string()),
            path: display_path(&t.path),
            language: guess_language(&t.text),
            text: t.text,
            gold: t.gold,
            scored,
        })
        .collect();
    let (evaluation, differences) = evaluate(&articles);
    let mut out = std::io::stdout().lock();
    match format {
        EvalFormat::Json => {
            let mut value = json!({
                "gold": display_path(gold),
                "against": against.map(display_path),
                "groups": evaluation.json(),
                "problems": problems,
                "ignored": ignored,
            });
            if details {
                value["differences"] = serde_json::to_value(&differences)?;
            }
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
        EvalFormat::Table => {
            if details {
                for d in &differences {
                    writeln!(
                        out,
                        "{}:{}: {} {}",
                        d.file, d.line, d.difference.what, d.difference.message
                    )?;
                }
                writeln!(out)?;
            }
            let who = match against {
                Some(o) => format!("{} against {}", display_path(o), display_path(gold)),
                None => format!("attest against {}", display_path(gold)),
            };
            writeln!(out, "{who}\n")?;
            out.write_all(evaluation.table().as_bytes())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn read_text(gold: &Path, path: PathBuf) -> Result<Text, String> {
    let shown = display_path(&path);
    let bytes = std::fs::read(&path).map_err(|e| format!("{shown}: cannot read: {e}"))?;
    if looks_binary(&bytes) {
        return Err(format!("{shown}: skipped: binary file, not text"));
    }
    let text = decode(bytes).text;
    let ann = path.with_extension("ann");
    let Ok(ann_bytes) = std::fs::read(&ann) else {
        return Err(format!("{shown}: no .ann beside it: not scored"));
    };
    let (standoff, problems) = brat::parse(&decode(ann_bytes).text);
    let (markup, reading) = Markup::from_brat(&standoff, problems, &text);
    let relative = path
        .strip_prefix(gold)
        .unwrap_or(&path)
        .to_string_lossy()
        .replace('\\', "/");
    Ok(Text {
        path,
        relative,
        text,
        gold: markup,
        reading,
    })
}

/// The other annotator's `.ann` for a text; none is an annotation that marks nothing.
fn read_other(other: &Path, t: &Text) -> (Markup, Reading) {
    let ann = other.join(&t.relative).with_extension("ann");
    match std::fs::read(&ann) {
        Ok(bytes) => {
            let (standoff, problems) = brat::parse(&decode(bytes).text);
            Markup::from_brat(&standoff, problems, &t.text)
        }
        Err(_) => {
            eprintln!(
                "attest: {}: absent: scored as marking nothing",
                display_path(&ann)
            );
            (Markup::default(), Reading::default())
        }
    }
}

/// Attest's markups of the texts, analysed as one corpus without their `.ann`, with the
/// settings and knowledge base of an `attest.toml` above the gold folder, if any.
fn annotate(gold: &Path, texts: &[Text]) -> Vec<Markup> {
    let root = find_root(gold);
    let mut notices = Vec::new();
    let config = root
        .as_deref()
        .map_or_else(Config::default, |r| load_config(Some(r), &mut notices));
    let knowledge = root
        .as_deref()
        .map(|r| KnowledgeBase::load(r, &config))
        .unwrap_or_default();
    let documents = texts
        .par_iter()
        .map(|t| {
            let format = Format::of_path(&t.path).unwrap_or(Format::Text);
            std::sync::Arc::new(Document::new(t.path.clone(), t.text.clone(), format))
        })
        .collect();
    let corpus = Corpus::build(documents, config, std::sync::Arc::new(knowledge));
    let file = |d: usize| texts[d].relative.clone();
    (0..texts.len())
        .map(|d| Markup::from_document(&corpus, d, &file))
        .collect()
}
