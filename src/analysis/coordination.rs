//! Names listed together are of one kind: « Roosevelt, Churchill et Staline », "Mosul,
//! Baiji and Tuz", "Tina and Vicky". A name nothing else gives a kind takes the kind its
//! list's other names agree on. A list is joined by « et », "and", « ou », "or",
//! or holds three names or more; two names joined by a comma alone are as often a name and
//! its apposition ("Jane Roe, Acme"), and say nothing.

use super::common_words;
use super::kind::EntityKind;
use super::mention::Mention;

/// How the gap between two names joins them: not at all, by a comma, by a conjunction.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Join {
    No,
    Comma,
    Conjunction,
}

fn join(gap: &str) -> Join {
    if gap.contains("\n\n") {
        return Join::No;
    }
    let gap = gap.trim();
    let (comma, rest) = match gap.strip_prefix(',') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, gap),
    };
    match rest {
        "" if comma => Join::Comma,
        // Not « & », which joins the names of one firm (« Descours & Cabaud »).
        "et" | "and" | "ou" | "or" => Join::Conjunction,
        _ => Join::No,
    }
}

/// The mentions that `kinds` (one a mention) leaves `Other` in a list whose other names
/// agree on a kind, with that kind.
pub(super) fn list_kinds(
    text: &str,
    mentions: &[Mention],
    kinds: &[EntityKind],
) -> Vec<(usize, EntityKind)> {
    let mut listed = Vec::new();
    let mut start = 0;
    while start < mentions.len() {
        // The run of names joined to the next, and whether a conjunction joins any two.
        let (mut end, mut conjunction) = (start, false);
        while end + 1 < mentions.len() {
            let (a, b) = (mentions[end].span, mentions[end + 1].span);
            // Most names are far apart: a list's gaps are a few bytes.
            if b.start > a.end + 8 {
                break;
            }
            let j = text.get(a.end..b.start).map_or(Join::No, join);
            if j == Join::No {
                break;
            }
            conjunction |= j == Join::Conjunction;
            end += 1;
        }
        let run = start..=end;
        start = end + 1;
        if run.end() - run.start() < 1 || !(conjunction || run.end() - run.start() >= 2) {
            continue;
        }
        let mut agreed = None;
        let mut others = false;
        for &k in &kinds[run.clone()] {
            match (k, agreed) {
                (EntityKind::Other, _) => others = true,
                (k, None) => agreed = Some(Some(k)),
                (k, Some(Some(a))) if k != a => agreed = Some(None),
                _ => {}
            }
        }
        let (Some(Some(kind)), true) = (agreed, others) else {
            continue;
        };
        let takes = |i: usize| {
            let m = &mentions[i];
            // Not an abbreviation ("Esq.", « Wil. »), nor words in common use ("Sales,
            // Management and Events"), which a list of names does not make names.
            let abbreviation = m.key.len() <= 3 && text[m.span.end..].starts_with('.');
            kinds[i] == EntityKind::Other && !abbreviation && !common_words::all_common(&m.key)
        };
        listed.extend(run.filter(|&i| takes(i)).map(|i| (i, kind)));
    }
    listed
}
