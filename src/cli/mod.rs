//! The command line: `attest check`, `attest annotate`, `attest entities`, `attest eval`. It reads the
//! corpus, asks the queries, and prints; exit codes say whether errors were found.

mod annotate;
mod check;
mod entities;
mod eval;
pub mod format;
pub mod report;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::corpus::Notice;

#[derive(Parser)]
#[command(
    name = "attest",
    version,
    about = "Checks the claims, sources and names of a corpus of news articles",
    after_help = "Examples:\n  attest check seeds\n  attest check --format json article.txt\n  attest annotate seeds/000.txt --format brat > seeds/000.ann\n  attest entities seeds --format json"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Report unsourced, anonymous, hedged and contradicted claims, unattributed quotations
    /// and inconsistent spellings, like a compiler reports errors.
    #[command(
        after_help = "Examples:\n  attest check                      # the corpus in this folder\n  attest check seeds 2024/draft.md  # some folders and files\n  attest check --all seeds          # information and hints listed too\n  attest check --format json seeds  # one JSON object per finding\n  attest check --format sarif . > attest.sarif\n\nExit status: 1 when an error-severity finding exists, 0 otherwise, 2 on bad usage."
    )]
    Check {
        /// Articles (.txt, .md) or folders to check.
        #[arg(default_value = ".")]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = format::Format::Human)]
        format: format::Format,
        /// List information and hints too: by default the human format lists errors and
        /// warnings, what a fact-checker acts on (JSON and SARIF always list everything).
        #[arg(long)]
        all: bool,
    },
    /// Print the automatic annotation of one article: its people, organisations, places
    /// and claims, as brat standoff or JSON.
    #[command(
        after_help = "Examples:\n  attest annotate seeds/000_0ebfb2c6ff608d17.txt\n  attest annotate article.txt --format json\n  attest annotate article.txt --merge          # existing .ann lines, then new ones\n  attest annotate article.txt --write          # the same, written to article.ann\n\nbrat offsets count Unicode code points; N lines tie the mentions of one entity to a\nshared id. Entities are resolved against the corpus the article belongs to (the folder\nwith attest.toml above it, else its own folder)."
    )]
    Annotate {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = AnnotationFormat::Brat)]
        format: AnnotationFormat,
        /// Print the article's .ann lines unchanged, then the automatic annotations that do
        /// not overlap them, with fresh ids.
        #[arg(long)]
        merge: bool,
        /// Write the merged annotations back to the .ann beside the article (implies --merge).
        #[arg(long)]
        write: bool,
    },
    /// Score Attest's annotation of a brat corpus against the human one beside it (or two
    /// annotators' against each other): entities, identity across articles, claims,
    /// attribution and hedging, per language, per folder and overall.
    #[command(
        after_help = "Examples:\n  attest eval gold/                      # Attest against the .ann beside each .txt\n  attest eval gold/ --details            # and every difference, with file and line\n  attest eval gold/ --against alice/     # agreement of two annotators (alice/ holds .ann files)\n  attest eval gold/ --format json\n\nEach .txt is analysed as if no .ann were beside it. Entities are scored strict (same span and\nkind) and lenient (overlapping span, same kind); identity by B-cubed over the gold `N … Reference`\nids; a gold claim is found when a claim overlaps it; attribution (Named / Anonymous / None) and\nhedging over the claims both mark. Lines of other schemas are counted and left aside; a\nmalformed line is reported at its line and the rest is scored."
    )]
    Eval {
        /// The brat corpus: .txt files with their .ann beside them (folders walked).
        gold: PathBuf,
        /// Score the .ann files of this folder (same relative paths) instead of Attest.
        #[arg(long, value_name = "OTHER")]
        against: Option<PathBuf>,
        /// List every difference: file, line, what and the words.
        #[arg(long)]
        details: bool,
        #[arg(long, value_enum, default_value_t = eval::EvalFormat::Table)]
        format: eval::EvalFormat,
    },
    /// Serve the Language Server Protocol on standard input and output, for editors.
    #[command(
        after_help = "Examples:\n  attest lsp            # what an editor runs; see the README for each editor\n\nSettings come from the editor (initializationOptions or workspace/didChangeConfiguration):\n  {\"diagnostics\": {\"debounceMs\": 150}, \"severity\": {\"claim-hedged\": \"warning\"}, \"maxFileSize\": 10485760}"
    )]
    Lsp {
        /// Accepted for clients that pass it; standard input and output are always used.
        #[arg(long)]
        stdio: bool,
    },
    /// List the entities of the corpus: canonical name, kind, every spelling, every mention.
    #[command(
        after_help = "Examples:\n  attest entities seeds\n  attest entities --format json . | jq '.[] | select(.kind == \"person\")'"
    )]
    Entities {
        #[arg(default_value = ".")]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AnnotationFormat {
    Brat,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

/// Runs the command line; clap reports bad usage itself, with status 2, and so does a path
/// to check that does not exist: a typo in CI must not pass as a clean corpus.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Check { paths, .. } | Command::Entities { paths, .. } = &cli.command
        && let Some(missing) = paths.iter().find(|p| matches!(p.try_exists(), Ok(false)))
    {
        eprintln!("attest: {}: no such file or folder", missing.display());
        return ExitCode::from(2);
    }
    let result = match cli.command {
        Command::Check { paths, format, all } => check::run(&paths, format, all),
        Command::Annotate {
            file,
            format,
            merge,
            write,
        } => annotate::run(&file, format, merge || write, write),
        Command::Entities { paths, format } => entities::run(&paths, format),
        Command::Eval {
            gold,
            against,
            details,
            format,
        } => eval::run(&gold, against.as_deref(), details, format),
        Command::Lsp { .. } => return crate::lsp::run(),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("attest: {e}");
            ExitCode::from(2)
        }
    }
}

/// Notices go to standard error, one line each, so that standard output stays parseable.
fn print_notices(notices: &[Notice]) {
    for n in notices {
        eprintln!("attest: {}: {}", n.path.display(), n.message);
    }
}

/// A path as the user should read it: relative to the current folder when inside it.
fn display_path(path: &std::path::Path) -> String {
    static CWD: std::sync::LazyLock<Option<PathBuf>> =
        std::sync::LazyLock::new(|| std::env::current_dir().ok());
    let shown = CWD
        .as_deref()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    let shown = shown.strip_prefix(".").unwrap_or(shown);
    shown.to_string_lossy().replace('\\', "/")
}
