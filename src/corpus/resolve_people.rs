//! People joined across documents: full names that share a surname and whose given names
//! agree, and initials or a bare surname to the one full name they fit.

use std::collections::HashMap;

use super::super::stops_at;
use super::{Groups, Node};
use crate::analysis::Form;

/// Full names sharing a surname and compatible given names are one person; initials and
/// bare surnames join the one full name they fit. `None` once `stop` says to give up.
pub(super) fn link_people(
    nodes: &[Node],
    groups: &mut Groups,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<()> {
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, node) in nodes.iter().enumerate().filter(|(_, n)| n.full_person()) {
        by_surname.entry(node.surname()).or_default().push(n);
    }
    for (s, full) in by_surname.values().enumerate() {
        if stops_at(s, stop) {
            return None;
        }
        for (i, &a) in full.iter().enumerate() {
            for &b in &full[i + 1..] {
                if given_names_agree(&nodes[a], &nodes[b]) {
                    groups.union(a, b);
                }
            }
        }
    }
    for (n, node) in nodes.iter().enumerate() {
        if stops_at(n, stop) {
            return None;
        }
        let Some(full) = by_surname.get(node.surname()) else {
            continue;
        };
        let fits: Vec<usize> = match node.form {
            Form::Initials => full
                .iter()
                .copied()
                .filter(|&f| initials_fit(&node.given_initials(), &nodes[f].given_initials()))
                .collect(),
            // A bare surname: people are mostly named without an article or place cue,
            // so a word that usually has one (« le Kremlin ») is not a surname.
            Form::Name if node.words.len() == 1 && node.surname_like() => full.clone(),
            // « Le Guen »: the full names that end with that particle and surname.
            Form::Name if node.particle_surname && node.surname_like() => full
                .iter()
                .copied()
                .filter(|&f| nodes[f].words.ends_with(&node.words))
                .collect(),
            _ => continue,
        };
        let roots: Vec<usize> = fits.iter().map(|&f| groups.find(f)).collect();
        if !roots.is_empty() && roots.iter().all(|&r| r == roots[0]) {
            groups.union(n, roots[0]);
        }
    }
    Some(())
}

fn given_names_agree(a: &Node, b: &Node) -> bool {
    let (ga, gb) = (&a.words[..a.words.len() - 1], &b.words[..b.words.len() - 1]);
    let first = |g: &[String]| {
        g.first()
            .map(|w| w.split('-').next().unwrap_or("").to_owned())
    };
    ga == gb || first(ga) == first(gb) || close(&ga.join(" "), &gb.join(" "))
}

/// « K-J » fits Kassym-Jomart; « V » fits Vladimir.
pub(super) fn initials_fit(short: &[char], full: &[char]) -> bool {
    !short.is_empty() && full.starts_with(short)
}

/// Two spellings at most two edits apart (« Sergueï » / "Sergei").
pub(super) fn close(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 || a.len() < 4 {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()] <= 2
}
