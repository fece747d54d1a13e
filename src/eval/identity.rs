//! Identity across articles: each gold name paired with the entity the scored side gives
//! it, and B-cubed precision and recall of the scored clusters against the gold ones.

use super::markup::Markup;
use super::score::overlap;
use super::tally::Tally;

/// Each gold name, with the cluster of the scored name most like it (same span first,
/// then the widest overlap, any kind); a gold name nothing matches is a cluster of its own.
pub(super) fn identity(gold: &Markup, scored: &Markup, key: &str, t: &mut Tally) {
    for (g, n) in gold.names.iter().enumerate() {
        t.gold_identities |= n.identity.is_some();
        let gold_cluster = n
            .identity
            .clone()
            .unwrap_or_else(|| format!("{key}#gold{g}"));
        let best = scored
            .names
            .iter()
            .enumerate()
            .filter(|(_, s)| s.span.overlaps(n.span))
            .max_by_key(|(_, s)| (s.span == n.span, overlap(s.span, n.span)));
        let scored_cluster = match best {
            Some((i, s)) => s
                .identity
                .clone()
                .unwrap_or_else(|| format!("{key}#scored{i}")),
            None => format!("{key}#missed{g}"),
        };
        t.identity.push((gold_cluster, scored_cluster));
    }
}

/// B-cubed precision, recall and F1 of the scored clusters against the gold ones, over
/// `items` (gold cluster, scored cluster), one a gold name.
pub fn bcubed(items: &[(String, String)]) -> Option<(f64, f64, f64)> {
    use std::collections::HashMap;
    if items.is_empty() {
        return None;
    }
    let mut gold: HashMap<&str, usize> = HashMap::new();
    let mut scored: HashMap<&str, usize> = HashMap::new();
    let mut both: HashMap<(&str, &str), usize> = HashMap::new();
    for (g, s) in items {
        *gold.entry(g).or_default() += 1;
        *scored.entry(s).or_default() += 1;
        *both.entry((g, s)).or_default() += 1;
    }
    let (mut p, mut r) = (0.0, 0.0);
    for (g, s) in items {
        let common = both[&(g.as_str(), s.as_str())] as f64;
        p += common / scored[s.as_str()] as f64;
        r += common / gold[g.as_str()] as f64;
    }
    let n = items.len() as f64;
    let (p, r) = (p / n, r / n);
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Some((p, r, f))
}
