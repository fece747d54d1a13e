//! Fact-checks: schema.org ClaimReview records in `reviews/*.json` (an object, an array,
//! or a page's JSON-LD with `@graph`). A claim whose wording matches a review's
//! `claimReviewed` (most of its words, the same numbers) takes the review's verdict.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap as HashMap;
use serde_json::Value;

use super::SideFile;
use crate::analysis::lexicon::{self as lx, key};
use crate::analysis::{Claim, Code, Finding};
use crate::text::{LineIndex, Span, fold, words};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    True,
    Mixed,
    False,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub claim_reviewed: String,
    pub verdict: Verdict,
    /// The rating as the fact-checker wrote it (« Plutôt faux », "Half True", "2/5").
    pub rating: String,
    pub reviewer: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub path: PathBuf,
    terms: Vec<String>,
    numbers: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Reviews {
    pub reviews: Vec<Review>,
    postings: HashMap<String, Vec<usize>>,
    pub problems: Vec<SideFile>,
}

/// At least this share of the shorter wording's words must be shared.
const OVERLAP: f64 = 0.6;
const MIN_SHARED: usize = 3;

impl Reviews {
    /// Reads `reviews/*.json` under `root`.
    pub fn load(root: &Path) -> Reviews {
        let mut out = Reviews::default();
        let Ok(dir) = std::fs::read_dir(root.join("reviews")) else {
            return out;
        };
        let mut files: Vec<PathBuf> = dir
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for path in files {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.add_file(path, &text);
            }
        }
        out
    }

    pub fn add_file(&mut self, path: PathBuf, text: &str) {
        let first_line = Span::new(0, text.find('\n').unwrap_or(text.len()));
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                let lines = LineIndex::new(text);
                let start = lines.line_start(e.line().saturating_sub(1)).unwrap_or(0);
                let end = text[start..].find('\n').map_or(text.len(), |x| start + x);
                let f = Finding::new(
                    Code::KbInvalid,
                    Span::new(start, end),
                    format!("not JSON: {e}"),
                );
                self.problems.push(SideFile {
                    path,
                    text: text.into(),
                    findings: vec![f],
                });
                return;
            }
        };
        let mut objects = Vec::new();
        collect(&value, &mut objects);
        let mut findings = Vec::new();
        if objects.is_empty() {
            findings.push(Finding::new(
                Code::KbInvalid,
                first_line,
                "no ClaimReview here (no claimReviewed and reviewRating)",
            ));
        }
        for (n, o) in objects.iter().enumerate() {
            match review(o, &path) {
                Ok(r) => self.insert(r),
                Err(why) => findings.push(Finding::new(
                    Code::KbInvalid,
                    first_line,
                    format!("review {}: {why}", n + 1),
                )),
            }
        }
        if !findings.is_empty() {
            self.problems.push(SideFile {
                path,
                text: text.into(),
                findings,
            });
        }
    }

    fn insert(&mut self, r: Review) {
        let n = self.reviews.len();
        for t in &r.terms {
            self.postings.entry(t.clone()).or_default().push(n);
        }
        self.reviews.push(r);
    }

    /// The review whose wording and numbers a claim (in `text`) matches, best first.
    pub fn review_of(&self, text: &str, claim: &Claim) -> Option<&Review> {
        if self.reviews.is_empty() {
            return None;
        }
        let span = if claim.span.len() > claim.focus.len() {
            claim.span
        } else {
            claim.focus
        };
        let (terms, numbers) = wording(span.of(text));
        let mut shared: HashMap<usize, usize> = HashMap::default();
        for t in &terms {
            for &r in self.postings.get(t).map_or(&[][..], Vec::as_slice) {
                *shared.entry(r).or_default() += 1;
            }
        }
        shared
            .into_iter()
            .filter(|&(r, n)| {
                let review = &self.reviews[r];
                let smaller = terms.len().min(review.terms.len()).max(1);
                n >= MIN_SHARED.min(smaller)
                    && n as f64 / smaller as f64 >= OVERLAP
                    && review.numbers.iter().all(|x| numbers.contains(x))
            })
            .max_by_key(|&(r, n)| (n, std::cmp::Reverse(r)))
            .map(|(r, _)| &self.reviews[r])
    }
}

/// The ClaimReview objects in a value: itself, the items of an array, a `@graph`.
fn collect<'v>(v: &'v Value, out: &mut Vec<&'v Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
        Value::Object(o) => {
            if let Some(graph) = o.get("@graph") {
                collect(graph, out);
            } else if o.contains_key("claimReviewed")
                || o.get("@type").is_some_and(|t| t == "ClaimReview")
            {
                out.push(v);
            }
        }
        _ => {}
    }
}

fn review(o: &Value, path: &Path) -> Result<Review, String> {
    let claim = o["claimReviewed"]
        .as_str()
        .filter(|s| !s.trim().is_empty())
        .ok_or("no claimReviewed")?;
    let rating = &o["reviewRating"];
    if !rating.is_object() {
        return Err("no reviewRating".into());
    }
    let name = rating["alternateName"].as_str().or(rating["name"].as_str());
    let verdict = name
        .and_then(textual)
        .or_else(|| numeric(rating))
        .ok_or("a reviewRating with neither a known alternateName nor ratingValue between worstRating and bestRating")?;
    let text_of = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let shown = name.map(str::to_owned).unwrap_or_else(|| {
        format!(
            "{}/{}",
            text_of(&rating["ratingValue"]).unwrap_or_default(),
            text_of(&rating["bestRating"]).unwrap_or_default()
        )
    });
    let reviewer = o["author"]["name"]
        .as_str()
        .or(o["author"].as_str())
        .map(str::to_owned);
    let (terms, numbers) = wording(claim);
    Ok(Review {
        claim_reviewed: claim.to_owned(),
        verdict,
        rating: shown,
        reviewer,
        date: o["datePublished"].as_str().map(str::to_owned),
        url: o["url"].as_str().map(str::to_owned),
        path: path.to_path_buf(),
        terms,
        numbers,
    })
}

/// Fact-checkers' words for their verdicts, French and English.
fn textual(name: &str) -> Option<Verdict> {
    let n = fold(name).replace(['-', '_'], " ");
    let n = n.trim();
    let any = |words: &[&str]| words.contains(&n);
    if any(&[
        "faux",
        "false",
        "pants on fire",
        "pants on fire!",
        "fake",
        "incorrect",
        "wrong",
        "plutot faux",
        "mostly false",
        "infonde",
        "inexact",
        "four pinocchios",
    ]) {
        Some(Verdict::False)
    } else if any(&[
        "trompeur",
        "misleading",
        "half true",
        "mixture",
        "mixed",
        "partly false",
        "partiellement faux",
        "a nuancer",
        "imprecis",
        "manque de contexte",
        "missing context",
        "exagere",
        "exaggerated",
    ]) {
        Some(Verdict::Mixed)
    } else if any(&[
        "vrai",
        "true",
        "correct",
        "accurate",
        "mostly true",
        "plutot vrai",
        "exact",
    ]) {
        Some(Verdict::True)
    } else {
        None
    }
}

fn numeric(rating: &Value) -> Option<Verdict> {
    let num = |v: &Value| v.as_f64().or_else(|| v.as_str()?.parse().ok());
    let value = num(&rating["ratingValue"])?;
    let best = num(&rating["bestRating"]).unwrap_or(5.0);
    let worst = num(&rating["worstRating"]).unwrap_or(1.0);
    if best <= worst || value < worst || value > best {
        return None;
    }
    let r = (value - worst) / (best - worst);
    Some(if r < 0.34 {
        Verdict::False
    } else if r < 0.67 {
        Verdict::Mixed
    } else {
        Verdict::True
    })
}

/// Content words (folded) and numbers (digits only) of a wording.
fn wording(text: &str) -> (Vec<String>, Vec<String>) {
    let mut terms = Vec::new();
    let mut numbers = Vec::new();
    for w in words(text) {
        let s = w.span.of(text);
        if w.numeric {
            numbers.push(s.chars().filter(char::is_ascii_digit).collect());
        } else if s.chars().count() > 2 && !lx::is(&key(s), lx::FUNCTION_WORDS) {
            terms.push(fold(s));
        }
    }
    // « 60 000 » is one number written in two words.
    let joined: String = numbers.concat();
    if numbers.len() > 1 {
        numbers.push(joined);
    }
    terms.sort();
    terms.dedup();
    (terms, numbers)
}

#[cfg(test)]
#[path = "review_tests.rs"]
mod tests;
