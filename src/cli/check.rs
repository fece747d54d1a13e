use std::io::Write;

use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;

use super::format::human::Tally;
use super::format::{self, Format};
use super::report::{ReportedFinding, ReportedRelated};
use super::{display_path, print_notices};
use crate::analysis::Finding;
use crate::corpus::Corpus;
use crate::text::{Encoding, LineIndex};

/// Checks the corpus of `paths`. In the human format only errors and warnings are listed
/// unless `all`; the machine formats list everything.
pub fn run(paths: &[PathBuf], format: Format, all: bool) -> std::io::Result<ExitCode> {
    let corpus = Corpus::load(paths);
    print_notices(&corpus.notices);
    let listed = all || format != Format::Human;
    let tally = if format == Format::Sarif {
        let mut out = std::io::stdout().lock();
        let mut tally = Tally::default();
        let reported = report(&corpus);
        tally.add(&reported);
        format::write(format, &reported, &mut out)?;
        out.flush()?;
        tally
    } else {
        print_in_order(&corpus, format, listed)?
    };
    eprintln!("{}", tally.summary(corpus.documents.len(), listed));
    // The process ends here: freeing a corpus of thousands of articles would only delay it.
    std::mem::forget(corpus);
    Ok(if tally.errors() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Documents in batches, each batch placed in parallel while the one before is printed, in
/// order: the output starts soon, memory stays flat, and printing is off the critical path.
fn print_in_order(corpus: &Corpus, format: Format, all: bool) -> std::io::Result<Tally> {
    let (batches, printable) = std::sync::mpsc::sync_channel::<Vec<Vec<ReportedFinding>>>(2);
    std::thread::scope(|scope| {
        let printer = scope.spawn(move || -> std::io::Result<Tally> {
            // Standard output flushes at every line; thousands of findings want one write
            // per buffer instead.
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let mut tally = Tally::default();
            let mut print = |reported: Vec<ReportedFinding>| {
                tally.add(&reported);
                let listed: Vec<ReportedFinding> = if all {
                    reported
                } else {
                    reported
                        .into_iter()
                        .filter(format::human::listed_by_default)
                        .collect()
                };
                format::write(format, &listed, &mut out)
            };
            for batch in printable {
                for reported in batch {
                    print(reported)?;
                }
            }
            print(report_side_files(corpus))?;
            out.flush()?;
            Ok(tally)
        });
        let n = corpus.documents.len();
        let shown = shown_paths(corpus);
        for batch in (0..n).collect::<Vec<_>>().chunks(256) {
            let placed = batch
                .par_iter()
                .map(|&d| report_document(corpus, d, &shown))
                .collect();
            if batches.send(placed).is_err() {
                break; // the printer stopped on an error, which it returns
            }
        }
        drop(batches);
        printer
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the printer thread panicked")))
    })
}

/// Every finding of the corpus, placed: lines and columns 1-based, columns in characters.
pub fn report(corpus: &Corpus) -> Vec<ReportedFinding> {
    let shown = shown_paths(corpus);
    let mut out: Vec<ReportedFinding> = (0..corpus.documents.len())
        .flat_map(|d| report_document(corpus, d, &shown))
        .collect();
    out.extend(report_side_files(corpus));
    out
}

/// The findings of the files that are not articles (`.ann`, settings, reviews), placed.
pub fn report_side_files(corpus: &Corpus) -> Vec<ReportedFinding> {
    let mut out = Vec::new();
    for side in corpus.side_files() {
        let lines = LineIndex::new(&side.text);
        let file = display_path(&side.path);
        for f in side.findings {
            out.push(placed(&file, &side.text, &lines, f, Vec::new()));
        }
    }
    out
}

/// Each document's path as the user reads it (`display_path`), made once for all the
/// findings that name it.
fn shown_paths(corpus: &Corpus) -> Vec<String> {
    (corpus.documents.par_iter())
        .map(|doc| display_path(&doc.path))
        .collect()
}

/// The findings of document `d`, placed; `shown` is each document's path as shown.
fn report_document(corpus: &Corpus, d: usize, shown: &[String]) -> Vec<ReportedFinding> {
    let doc = &corpus.documents[d];
    let file = &shown[d];
    let mut out = Vec::new();
    for f in corpus.findings_of(d) {
        let related = f
            .related
            .iter()
            .map(|r| {
                let o = r.document.unwrap_or(d);
                let other = &corpus.documents[o];
                let p = other.position(r.span.start, Encoding::Utf32);
                ReportedRelated {
                    file: shown[o].clone(),
                    line: p.line + 1,
                    column: p.column + 1,
                    message: r.message.to_string(),
                }
            })
            .collect();
        out.push(placed(file, &doc.text, &doc.lines, f, related));
    }
    out
}

/// A finding at 1-based lines and columns counted in characters.
fn placed(
    file: &str,
    text: &str,
    lines: &LineIndex,
    f: Finding,
    related: Vec<ReportedRelated>,
) -> ReportedFinding {
    let start = lines.position(text, f.span.start, Encoding::Utf32);
    let end = lines.position(text, f.span.end, Encoding::Utf32);
    ReportedFinding {
        file: file.to_owned(),
        line: start.line + 1,
        column: start.column + 1,
        end_line: end.line + 1,
        end_column: end.column + 1,
        start_byte: f.span.start,
        end_byte: f.span.end,
        severity: f.severity,
        code: f.code.as_str(),
        message: f.message,
        related,
    }
}
