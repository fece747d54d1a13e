//! The figures of an evaluation, per group (overall, each language, each folder), as a
//! table for people and as JSON for scripts.

use serde_json::{Value, json};

use super::Article;
use super::identity::bcubed;
use super::markup::{Class, KINDS};
use super::tally::{Counts, Tally};

#[derive(Clone, Debug)]
pub struct Group {
    /// `all`, a language code (`lang:fr`), or a folder (`folder:news/fr`).
    pub name: String,
    pub tally: Tally,
    /// The articles it sums, as shown.
    pub articles: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Evaluation {
    /// `all` first, then languages, then folders, each in name order.
    pub groups: Vec<Group>,
}

impl Evaluation {
    pub fn add(&mut self, a: &Article, tally: &Tally) {
        let names = [
            "all".to_string(),
            format!("lang:{}", a.language.code()),
            format!("folder:{}", a.folder),
        ];
        for name in names {
            match self.groups.iter_mut().find(|g| g.name == name) {
                Some(g) => {
                    g.tally.add(tally);
                    g.articles.push(a.path.clone());
                }
                None => {
                    let mut t = Tally::default();
                    t.add(tally);
                    let articles = vec![a.path.clone()];
                    self.groups.push(Group {
                        name,
                        tally: t,
                        articles,
                    });
                }
            }
        }
        self.groups.sort_by_key(|g| (rank(&g.name), g.name.clone()));
    }

    /// The groups worth a column: a group of the same articles as one before it (the one
    /// language of the whole, a folder that holds one language) is not repeated.
    pub fn shown(&self) -> Vec<&Group> {
        let mut shown: Vec<&Group> = Vec::new();
        for g in &self.groups {
            if !shown.iter().any(|s| s.articles == g.articles) {
                shown.push(g);
            }
        }
        shown
    }

    pub fn json(&self) -> Value {
        Value::Array(self.groups.iter().map(group_json).collect())
    }

    /// One column a group, one row a figure.
    pub fn table(&self) -> String {
        let groups = self.shown();
        let rows = rows();
        let label_width = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        let names: Vec<String> = groups.iter().map(|g| label(&g.name)).collect();
        let widths: Vec<usize> = names.iter().map(|n| n.chars().count().max(6)).collect();
        let mut out = String::new();
        let line = |out: &mut String, head: &str, cells: &[String]| {
            let pad = label_width.saturating_sub(head.chars().count());
            out.push_str(head);
            out.push_str(&" ".repeat(pad));
            for (cell, w) in cells.iter().zip(&widths) {
                let pad = w.saturating_sub(cell.chars().count());
                out.push_str("  ");
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            }
            out.push('\n');
        };
        line(&mut out, "", &names);
        for (head, figure) in rows {
            let cells: Vec<String> = groups.iter().map(|g| figure(&g.tally)).collect();
            if cells.iter().all(|c| c == "—") {
                continue;
            }
            line(&mut out, head, &cells);
        }
        out
    }
}

fn rank(name: &str) -> u8 {
    match name {
        "all" => 0,
        n if n.starts_with("lang:") => 1,
        _ => 2,
    }
}

/// A column's head: `all`, a language code, a folder with its slash (`fr/`).
fn label(name: &str) -> String {
    match name.split_once(':') {
        Some(("lang", code)) => code.to_string(),
        Some((_, folder)) => format!("{folder}/"),
        None => name.to_string(),
    }
}

fn figure(x: Option<f64>) -> String {
    x.map_or_else(|| "—".into(), |x| format!("{x:.3}"))
}

type Row = (&'static str, Box<dyn Fn(&Tally) -> String>);

fn prf_rows(name: &'static [&'static str; 3], counts: fn(&Tally) -> Option<Counts>) -> Vec<Row> {
    vec![
        (
            name[0],
            Box::new(move |t| figure(counts(t).and_then(|c| c.precision()))),
        ),
        (
            name[1],
            Box::new(move |t| figure(counts(t).and_then(|c| c.recall()))),
        ),
        (
            name[2],
            Box::new(move |t| figure(counts(t).and_then(|c| c.f1()))),
        ),
    ]
}

fn rows() -> Vec<Row> {
    let mut rows: Vec<Row> = vec![("articles", Box::new(|t| t.documents.to_string()))];
    rows.push((
        "names in gold",
        Box::new(|t| Tally::micro(&t.strict).gold.to_string()),
    ));
    rows.extend(prf_rows(
        &[
            "entities strict P",
            "entities strict R",
            "entities strict F1",
        ],
        |t| Some(Tally::micro(&t.strict)).filter(|c| c.gold > 0),
    ));
    rows.extend(prf_rows(
        &[
            "entities lenient P",
            "entities lenient R",
            "entities lenient F1",
        ],
        |t| Some(Tally::micro(&t.lenient)).filter(|c| c.gold > 0),
    ));
    rows.push(("  Person strict F1", Box::new(|t| figure(t.strict[0].f1()))));
    rows.push((
        "  Organization strict F1",
        Box::new(|t| figure(t.strict[1].f1())),
    ));
    rows.push((
        "  Location strict F1",
        Box::new(|t| figure(t.strict[2].f1())),
    ));
    let names = |t: &Tally| Tally::micro(&t.strict).gold > 0;
    rows.push((
        "  not names: sentence's first word",
        Box::new(move |t| count(names(t), t.spurious.sentence_initial)),
    ));
    rows.push((
        "  not names: demonyms",
        Box::new(move |t| count(names(t), t.spurious.demonyms)),
    ));
    rows.push((
        "  not names: headline's words",
        Box::new(move |t| count(names(t), t.spurious.headlines)),
    ));
    rows.push((
        "identity B³ P",
        Box::new(|t| figure(identity(t).map(|x| x.0))),
    ));
    rows.push((
        "identity B³ R",
        Box::new(|t| figure(identity(t).map(|x| x.1))),
    ));
    rows.push((
        "identity B³ F1",
        Box::new(|t| figure(identity(t).map(|x| x.2))),
    ));
    rows.extend(prf_rows(&["claims P", "claims R", "claims F1"], |t| {
        Some(t.claims).filter(|c| c.gold > 0)
    }));
    rows.extend(prf_rows(
        &[
            "claim sentences P",
            "claim sentences R",
            "claim sentences F1",
        ],
        |t| Some(t.sentences).filter(|c| c.gold > 0),
    ));
    rows.push((
        "attribution accuracy",
        Box::new(|t| figure(ratio(t.attribution.agreed, t.attribution.compared))),
    ));
    rows.push((
        "  right source (Named)",
        Box::new(|t| {
            figure(ratio(
                t.attribution.sources_right,
                t.attribution.sources_compared,
            ))
        }),
    ));
    rows.push((
        "  anonymous source as named",
        Box::new(|t| {
            let a = &t.attribution;
            count(a.compared > 0, a.confusion[anonymous()][named()])
        }),
    ));
    rows.push((
        "hedging P",
        Box::new(|t| figure(hedging(t).and_then(|c| c.precision()))),
    ));
    rows.push((
        "hedging R",
        Box::new(|t| figure(hedging(t).and_then(|c| c.recall()))),
    ));
    rows.extend(prf_rows(&["links P", "links R", "links F1"], links));
    rows
}

/// A count, where there is something to count.
fn count(shown: bool, n: usize) -> String {
    if shown { n.to_string() } else { "—".into() }
}

fn named() -> usize {
    Class::ALL
        .iter()
        .position(|c| *c == Class::Named)
        .unwrap_or(0)
}

fn anonymous() -> usize {
    Class::ALL
        .iter()
        .position(|c| *c == Class::Anonymous)
        .unwrap_or(1)
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Only where the gold says who its names are.
fn identity(t: &Tally) -> Option<(f64, f64, f64)> {
    t.gold_identities.then(|| bcubed(&t.identity)).flatten()
}

/// Only where the gold links claims to other articles.
fn links(t: &Tally) -> Option<Counts> {
    t.gold_links.then_some(t.links)
}

/// Only where claims were compared for attribution (the gold follows ANNOTATION.md).
fn hedging(t: &Tally) -> Option<Counts> {
    (t.attribution.compared > 0).then_some(t.hedging)
}

fn prf(c: Counts) -> Value {
    json!({
        "precision": c.precision(),
        "recall": c.recall(),
        "f1": c.f1(),
        "right": c.right,
        "predicted": c.predicted,
        "found": c.found,
        "gold": c.gold,
    })
}

fn kinds(counts: &[Counts; 3]) -> Value {
    let mut map = serde_json::Map::new();
    for (k, c) in KINDS.iter().zip(counts) {
        map.insert(k.brat_type().into(), prf(*c));
    }
    map.insert("micro".into(), prf(Tally::micro(counts)));
    Value::Object(map)
}

fn group_json(g: &Group) -> Value {
    let t = &g.tally;
    let (kind, name) = match g.name.split_once(':') {
        Some((k, n)) => (if k == "lang" { "language" } else { "folder" }, n),
        None => ("all", g.name.as_str()),
    };
    let a = &t.attribution;
    let mut confusion = serde_json::Map::new();
    for (gi, gold) in Class::ALL.iter().enumerate() {
        let mut row = serde_json::Map::new();
        for (si, scored) in Class::ALL.iter().enumerate() {
            row.insert(scored.as_str().into(), a.confusion[gi][si].into());
        }
        confusion.insert(gold.as_str().into(), Value::Object(row));
    }
    json!({
        "group": kind,
        "name": name,
        "documents": t.documents,
        "entities": { "strict": kinds(&t.strict), "lenient": kinds(&t.lenient) },
        "not_names": (Tally::micro(&t.strict).gold > 0).then_some(t.spurious),
        "identity": identity(t).map(|(p, r, f)| json!({
            "precision": p, "recall": r, "f1": f, "names": t.identity.len(),
        })),
        // A gold with no claim at all does not annotate claims: nothing to score.
        "claims": Some(t.claims).filter(|c| c.gold > 0).map(prf),
        "sentences": Some(t.sentences).filter(|c| c.gold > 0).map(prf),
        "attribution": (a.compared > 0).then(|| json!({
            "compared": a.compared,
            "agreed": a.agreed,
            "accuracy": ratio(a.agreed, a.compared),
            "sources_compared": a.sources_compared,
            "sources_right": a.sources_right,
            "source_accuracy": ratio(a.sources_right, a.sources_compared),
            "confusion": confusion,
        })),
        "hedging": hedging(t).map(prf),
        "links": links(t).map(prf),
    })
}
