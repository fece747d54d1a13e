//! A firm's short form: the words before its legal form ("Orvik Chemical" and "Orvik" after
//! "Orvik Chemical Co", « Zorvex » after « Zorvex SA ») name the firm the article names in
//! full, an Organization, as a surname alone names the person (`mention::settle_kinds`).

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::kind::{EntityKind, KindVotes};
use crate::analysis::lexicon;
use crate::analysis::name_scan::name_firms::is_legal_form;

/// The share of an Organization each short form of the article's firms gets: its words
/// opening a name of more words that the article types an Organization and that closes
/// with a legal form, `2 × mentions + 1` of the full name, as a surname's. Not a first
/// name alone ("Tom" of "Tom Varga Inc"): it names the founder as often. `names` are the
/// article's names with their votes and how many mentions they have.
pub(super) fn firm_short_forms<'k>(
    names: &[(&'k str, KindVotes, u32)],
) -> HashMap<&'k str, KindVotes> {
    let mut shares: HashMap<&'k str, KindVotes> = HashMap::default();
    for &(key, votes, count) in names {
        // A legal form is a short last word: only a key's last bytes are looked at.
        let bytes = key.as_bytes();
        let tail = bytes.len().saturating_sub(7);
        let Some(last) = bytes[tail..].iter().rposition(|&b| b == b' ') else {
            continue;
        };
        let last = tail + last;
        let form = key[last + 1..].trim_end_matches('.');
        if !is_legal_form(form) || votes.winner() != EntityKind::Organization {
            continue;
        }
        // Each word boundary before the legal form ends a short form.
        for (at, _) in key[..last].match_indices(' ').chain([(last, " ")]) {
            let short = key[..at].trim_end_matches(',');
            if short.is_empty()
                || (!short.contains(' ') && lexicon::is(short, lexicon::FIRST_NAMES))
            {
                continue;
            }
            shares
                .entry(short)
                .or_default()
                .add(EntityKind::Organization, 2 * count + 1);
        }
    }
    shares
}
