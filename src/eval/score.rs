//! One article scored: a gold markup against another (Attest's, or a second annotator's).
//! Counts add up over articles; the differences say where the two disagree.

use serde::Serialize;

use super::identity::identity;
use super::markup::{Class, KINDS, Markup};
use super::spurious::spurious;
pub use super::tally::{AttributionCounts, Counts, Tally};
use crate::analysis::EntityKind;
use crate::text::Span;

/// Whether the claims of a folder are clauses, or whole sentences (the check-worthiness
/// sets mark every check-worthy sentence whole, one a line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimUnit {
    Clause,
    Sentence,
}

/// Where the two sides disagree, for `--details`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Difference {
    /// Byte offset in the article, for its line.
    #[serde(skip)]
    pub at: usize,
    pub what: &'static str,
    pub message: String,
}

fn kind_index(kind: EntityKind) -> usize {
    KINDS.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Scores `scored` against `gold` on one article. `key` names the article in identity
/// clusters, so that names with no identity stay apart across articles.
pub fn score(
    text: &str,
    gold: &Markup,
    scored: &Markup,
    unit: ClaimUnit,
    key: &str,
) -> (Tally, Vec<Difference>) {
    let mut tally = Tally {
        documents: 1,
        ..Tally::default()
    };
    let mut diffs = Vec::new();
    names(text, gold, scored, &mut tally, &mut diffs);
    tally.spurious = spurious(text, gold, scored, &mut diffs);
    identity(gold, scored, key, &mut tally);
    super::links::links(text, gold, scored, &mut tally, &mut diffs);
    match unit {
        ClaimUnit::Clause => claims(text, gold, scored, &mut tally, &mut diffs),
        ClaimUnit::Sentence => sentences(text, gold, scored, &mut tally, &mut diffs),
    }
    diffs.sort_by_key(|d| d.at);
    (tally, diffs)
}

/// A span's words on one line, shortened for a report.
pub fn quote(text: &str, span: Span) -> String {
    let words: String = span
        .of(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if words.chars().count() > 90 {
        let cut: String = words.chars().take(87).collect();
        format!("« {cut}… »")
    } else {
        format!("« {words} »")
    }
}

fn names(text: &str, gold: &Markup, scored: &Markup, t: &mut Tally, diffs: &mut Vec<Difference>) {
    let mut strict_gold = vec![false; gold.names.len()];
    let mut strict_scored = vec![false; scored.names.len()];
    for (i, s) in scored.names.iter().enumerate() {
        let hit = gold
            .names
            .iter()
            .enumerate()
            .position(|(g, n)| !strict_gold[g] && n.span == s.span && n.kind == s.kind);
        if let Some(g) = hit {
            strict_gold[g] = true;
            strict_scored[i] = true;
        }
    }
    let mut lenient_gold = vec![false; gold.names.len()];
    let mut lenient_scored = vec![false; scored.names.len()];
    // Exact matches first, so that a lenient match never takes another's gold name.
    lenient_gold.clone_from(&strict_gold);
    lenient_scored.clone_from(&strict_scored);
    for (i, s) in scored.names.iter().enumerate() {
        if lenient_scored[i] {
            continue;
        }
        let hit = gold
            .names
            .iter()
            .enumerate()
            .position(|(g, n)| !lenient_gold[g] && n.span.overlaps(s.span) && n.kind == s.kind);
        if let Some(g) = hit {
            lenient_gold[g] = true;
            lenient_scored[i] = true;
        }
    }
    for (g, n) in gold.names.iter().enumerate() {
        let k = kind_index(n.kind);
        t.strict[k].gold += 1;
        t.lenient[k].gold += 1;
        t.strict[k].found += usize::from(strict_gold[g]);
        t.lenient[k].found += usize::from(lenient_gold[g]);
    }
    for (i, n) in scored.names.iter().enumerate() {
        let k = kind_index(n.kind);
        t.strict[k].predicted += 1;
        t.lenient[k].predicted += 1;
        t.strict[k].right += usize::from(strict_scored[i]);
        t.lenient[k].right += usize::from(lenient_scored[i]);
    }
    // Differences: each scored name that is not exactly a gold one, explained by the gold
    // name it overlaps; then the gold names nothing overlaps.
    let mut explained = vec![false; gold.names.len()];
    for (i, s) in scored.names.iter().enumerate() {
        if strict_scored[i] {
            continue;
        }
        let over = gold
            .names
            .iter()
            .enumerate()
            .filter(|(g, n)| !strict_gold[*g] && n.span.overlaps(s.span))
            .max_by_key(|(_, n)| overlap(n.span, s.span));
        let message = match over {
            Some((g, n)) => {
                explained[g] = true;
                if n.kind != s.kind && n.span == s.span {
                    format!(
                        "kind: {} {} (gold {})",
                        s.kind.brat_type(),
                        quote(text, s.span),
                        n.kind.brat_type()
                    )
                } else {
                    format!(
                        "span: {} {} (gold {} {})",
                        s.kind.brat_type(),
                        quote(text, s.span),
                        n.kind.brat_type(),
                        quote(text, n.span)
                    )
                }
            }
            None => format!("extra: {} {}", s.kind.brat_type(), quote(text, s.span)),
        };
        diffs.push(Difference {
            at: s.span.start,
            what: "entity",
            message,
        });
    }
    for (g, n) in gold.names.iter().enumerate() {
        if !strict_gold[g] && !explained[g] {
            diffs.push(Difference {
                at: n.span.start,
                what: "entity",
                message: format!("missed: {} {}", n.kind.brat_type(), quote(text, n.span)),
            });
        }
    }
}

pub(super) fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// The scored claim each gold claim is compared with: the one overlapping it most.
fn partner(gold: Span, scored: &Markup) -> Option<usize> {
    scored
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.span.overlaps(gold))
        .max_by_key(|(_, c)| overlap(c.span, gold))
        .map(|(i, _)| i)
}

fn claims(text: &str, gold: &Markup, scored: &Markup, t: &mut Tally, diffs: &mut Vec<Difference>) {
    for c in &scored.claims {
        t.claims.predicted += 1;
        if gold.claims.iter().any(|g| g.span.overlaps(c.span)) {
            t.claims.right += 1;
        } else {
            diffs.push(Difference {
                at: c.span.start,
                what: "claim",
                message: format!("extra: {}", quote(text, c.span)),
            });
        }
    }
    for g in &gold.claims {
        t.claims.gold += 1;
        match partner(g.span, scored) {
            Some(s) => {
                t.claims.found += 1;
                attribution(text, gold, g, &scored.claims[s], t, diffs);
            }
            None => diffs.push(Difference {
                at: g.span.start,
                what: "claim",
                message: format!("missed: {}", quote(text, g.span)),
            }),
        }
    }
}

/// Attribution and hedging of one gold claim against the scored claim that overlaps it.
fn attribution(
    text: &str,
    gold_markup: &Markup,
    gold: &super::markup::ClaimMark,
    scored: &super::markup::ClaimMark,
    t: &mut Tally,
    diffs: &mut Vec<Difference>,
) {
    let (Some(g), Some(s)) = (gold.attribution, scored.attribution) else {
        return;
    };
    let a = &mut t.attribution;
    a.compared += 1;
    let index = |c: Class| Class::ALL.iter().position(|x| *x == c).unwrap_or(0);
    a.confusion[index(g)][index(s)] += 1;
    if g == s {
        a.agreed += 1;
    } else {
        diffs.push(Difference {
            at: gold.span.start,
            what: "attribution",
            message: format!(
                "{} for {} (gold {})",
                s.as_str(),
                quote(text, gold.span),
                g.as_str()
            ),
        });
    }
    if let (Class::Named, Class::Named, Some(source)) = (g, s, gold.source) {
        a.sources_compared += 1;
        // The source's mention, or any mention of the same gold entity.
        let entity = gold_markup
            .names
            .iter()
            .find(|n| n.span == source)
            .and_then(|n| n.identity.as_deref());
        let right = scored.source.is_some_and(|got| {
            got.overlaps(source)
                || gold_markup.names.iter().any(|n| {
                    n.span.overlaps(got) && entity.is_some() && n.identity.as_deref() == entity
                })
        });
        if right {
            a.sources_right += 1;
        } else {
            let got = scored
                .source
                .map_or_else(|| "none".to_string(), |s| quote(text, s));
            diffs.push(Difference {
                at: gold.span.start,
                what: "source",
                message: format!(
                    "{got} for {} (gold {})",
                    quote(text, gold.span),
                    quote(text, source)
                ),
            });
        }
    }
    t.hedging.predicted += usize::from(scored.hedged);
    t.hedging.gold += usize::from(gold.hedged);
    let both = usize::from(scored.hedged && gold.hedged);
    t.hedging.right += both;
    t.hedging.found += both;
    if scored.hedged != gold.hedged {
        let message = if scored.hedged {
            format!("hedged, gold not: {}", quote(text, gold.span))
        } else {
            format!("not hedged, gold hedged: {}", quote(text, gold.span))
        };
        diffs.push(Difference {
            at: gold.span.start,
            what: "hedging",
            message,
        });
    }
}

/// The non-blank lines of a text, as spans.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').filter_map(move |line| {
        let span = Span::new(start, start + line.trim_end().len());
        start += line.len();
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(span.start + lead.min(span.len()), span.end);
        (!span.is_empty()).then_some(span)
    })
}

/// Whether every gold claim of these articles is a whole line: the sentence-level sets.
pub fn whole_lines(text: &str, gold: &Markup) -> bool {
    let all: Vec<Span> = lines(text).collect();
    gold.claims.iter().all(|c| all.contains(&c.span))
}

fn sentences(
    text: &str,
    gold: &Markup,
    scored: &Markup,
    t: &mut Tally,
    diffs: &mut Vec<Difference>,
) {
    for line in lines(text) {
        let in_gold = gold.claims.iter().any(|c| c.span.overlaps(line));
        let in_scored = scored.claims.iter().any(|c| c.span.overlaps(line));
        t.sentences.gold += usize::from(in_gold);
        t.sentences.predicted += usize::from(in_scored);
        let both = usize::from(in_gold && in_scored);
        t.sentences.right += both;
        t.sentences.found += both;
        if in_gold != in_scored {
            let what = if in_scored { "extra" } else { "missed" };
            diffs.push(Difference {
                at: line.start,
                what: "claim",
                message: format!("{what}: {}", quote(text, line)),
            });
        }
    }
}
