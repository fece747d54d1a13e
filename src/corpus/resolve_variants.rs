//! Names of one entity that its name keys do not tell: a place's French and English names, an
//! organisation's name without its head word, a person's name spelt two ways or written
//! family name first.

use std::collections::HashMap;

use super::{Groups, Node, close};
use crate::analysis::lexicon as lx;
use crate::analysis::{EntityKind, Form};
use crate::corpus::stops_at;

/// The names the gazetteer knows for one place are one entity, in whichever language
/// (« Moscou », "Moscow"). `None` once `stop` says to give up.
pub(super) fn link_places(
    ids: &HashMap<&str, usize>,
    groups: &mut Groups,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<()> {
    let mut first: HashMap<u32, usize> = HashMap::new();
    for (k, (key, &node)) in ids.iter().enumerate() {
        if stops_at(k, stop) {
            return None;
        }
        if let Some(place) = crate::analysis::gazetteer::place_id_folded(key) {
            let at = *first.entry(place).or_insert(node);
            groups.union(at, node);
        }
    }
    Some(())
}

/// "Labour" where the corpus writes "Labour Party", "Zorvex" beside "Zorvex Corporation": an
/// organisation's name without its last word, a head (party, company, institute…), is that
/// organisation; unless the short name is a place ("Boston" is not "Boston University") or
/// its own cues say something else than an organisation, or it is already one with another
/// name (« Grand » of « François Grand » is not the « Grand Conseil »). `None` once `stop`
/// says to give up.
pub(super) fn link_short_names(
    ids: &HashMap<&str, usize>,
    nodes: &[Node],
    groups: &mut Groups,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<()> {
    use crate::analysis::gazetteer;
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for n in 0..nodes.len() {
        *sizes.entry(groups.find(n)).or_default() += 1;
    }
    for (n, node) in nodes.iter().enumerate() {
        if stops_at(n, stop) {
            return None;
        }
        let Some((head, short)) = node.words.split_last() else {
            continue;
        };
        if short.is_empty()
            || node.form != Form::Name
            || !lx::is(head, lx::ORGANIZATION_HEADS)
            || node.votes.winner() != EntityKind::Organization
        {
            continue;
        }
        let short = short.join(" ");
        let Some(&s) = ids.get(short.as_str()) else {
            continue;
        };
        let own = nodes[s].votes.winner();
        let place = gazetteer::lookup_folded(&short).is_some()
            || gazetteer::is_world_place_folded(&short)
            || gazetteer::is_french_place_folded(&short);
        let alone = sizes.get(&groups.find(s)) == Some(&1);
        if alone && !place && matches!(own, EntityKind::Other | EntityKind::Organization) {
            groups.union(n, s);
        }
    }
    Some(())
}

/// Full names of people one or two letters apart in the surname (in a long one) and the given
/// names (« Volodymyr Zelenskyy », "Volodymyr Zelensky"; "Oleksandr Prokudin", « Oleksandre
/// Prokoudine »), or the same two words in the other order (« Wang Shun », "Shun Wang"), are
/// one person. `None` once `stop` says to give up.
pub(super) fn link_spellings(
    nodes: &[Node],
    groups: &mut Groups,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<()> {
    // Full names by the first two letters of their surname: spellings differ further on.
    let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
    let mut pairs: HashMap<(String, String), usize> = HashMap::new();
    for (n, node) in nodes.iter().enumerate().filter(|(_, n)| n.full_person()) {
        if stops_at(n, stop) {
            return None;
        }
        let surname = node.surname();
        buckets
            .entry(surname.chars().take(2).collect())
            .or_default()
            .push(n);
        if let [a, b] = &node.words[..] {
            let key = if a < b { (a, b) } else { (b, a) };
            match pairs.entry((key.0.clone(), key.1.clone())) {
                std::collections::hash_map::Entry::Occupied(o) => groups.union(*o.get(), n),
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(n);
                }
            }
        }
    }
    for (b, full) in buckets.values().enumerate() {
        if stops_at(b, stop) {
            return None;
        }
        for (i, &x) in full.iter().enumerate() {
            for &y in &full[i + 1..] {
                let (p, q) = (&nodes[x], &nodes[y]);
                if p.words.len() == q.words.len()
                    && p.surname() != q.surname()
                    && near(p.surname(), q.surname())
                    && p.words[..p.words.len() - 1]
                        .iter()
                        .zip(&q.words[..q.words.len() - 1])
                        .all(|(g, h)| g == h || near(g, h))
                {
                    groups.union(x, y);
                }
            }
        }
    }
    Some(())
}

/// Two spellings of one name: one letter apart, or two in a name of seven letters or more.
fn near(a: &str, b: &str) -> bool {
    let long = a.chars().count().min(b.chars().count()) >= 7;
    close(a, b) && (long || close_by_one(a, b))
}

/// At most one edit apart.
fn close_by_one(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let start = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => start == short.len() || short[start + 1..] == long[start + 1..],
        1 => short[start..] == long[start + 1..],
        _ => false,
    }
}

/// « Tedros » where the corpus writes « Tedros Adhanom Ghebreyesus »: a one-word name that is
/// the given name of one person's full name, and no one's surname, is that person (people
/// named by their given name: the custom of some countries, children, witnesses), when the
/// cues say the full name is a person's (a title, a first name). Not when the word is already
/// one with another name, or has any cue of a place or an institution.
/// `None` once `stop` says to give up.
pub(super) fn link_given_names(
    nodes: &[Node],
    groups: &mut Groups,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<()> {
    let mut given: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut surnames: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (n, node) in nodes.iter().enumerate().filter(|(_, n)| n.full_person()) {
        // Only a name the cues say is a person's (a title, a first name), not two
        // capitalised words taken for one ("Pipeline Review").
        if node.votes.person >= 3 {
            given.entry(node.words[0].as_str()).or_default().push(n);
        }
        surnames.insert(node.surname());
    }
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for n in 0..nodes.len() {
        *sizes.entry(groups.find(n)).or_default() += 1;
    }
    for (n, node) in nodes.iter().enumerate() {
        if stops_at(n, stop) {
            return None;
        }
        if node.form != Form::Name
            || node.words.len() != 1
            || node.votes.location + node.votes.organization > 0
            || surnames.contains(node.words[0].as_str())
            || sizes.get(&groups.find(n)) != Some(&1)
        {
            continue;
        }
        let Some(full) = given.get(node.words[0].as_str()) else {
            continue;
        };
        let roots: Vec<usize> = full.iter().map(|&f| groups.find(f)).collect();
        if roots.iter().all(|&r| r == roots[0]) {
            groups.union(n, roots[0]);
        }
    }
    Some(())
}
