//! A French place's kind written in lowercase before its name is part of the name: « la mer
//! Noire », « le lac de Sorvel », « l’île de Varnes », « la rue des Tanneurs », « le canton de
//! Vaud », « le quai d’Orsay ». The street, the sea or the lake is named by both words; the
//! name alone (« Noire », « Tanneurs ») is another thing or none. English writes the kind
//! capitalised ("Lake Sorvel", "Varnes Street"), inside the name already. Methods of the name
//! scan.

use super::Scan;

/// How a kind of place may stand before the name it opens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    /// Right before the name or through « de », « du », « des », « d’ », « de la », « de l’ »:
    /// « mer Noire », « lac de Sorvel », « rue de la Poste ».
    AnyOf,
    /// Only right before the name: « salle Rameau », « place Vendôme » (« la salle du Musée »
    /// is a room of the museum, « à la place de Durand » is instead of him).
    Bare,
}

/// The kinds of place, lowercase, whose name they open (not « ville », « région »,
/// « province », « péninsule »: « la ville de Berne » is Berne; not « barrage », a dam named
/// after the town it stands by, which the town's own mentions would no longer tell a place).
fn link_of(head: &str) -> Option<Link> {
    Some(match head {
        "rue" | "avenue" | "boulevard" | "quai" | "impasse" | "mer" | "océan" | "golfe"
        | "détroit" | "lac" | "île" | "îles" | "canton" | "vallée" | "canal" => Link::AnyOf,
        "salle" | "place" => Link::Bare,
        _ => return None,
    })
}

impl Scan<'_, '_> {
    /// Word `k` is a kind of place in lowercase that opens a name (see the module).
    pub(super) fn is_place_head(&self, k: usize) -> bool {
        !self.words[k].capitalised && link_of(self.tokens.key(k)).is_some()
    }

    /// The word opening the name found at word `i`: the kind of place written before it
    /// (see the module), else `i`. Only in French copy, and only in the stretch from `from`.
    pub(super) fn place_head_before(&self, i: usize, from: usize) -> usize {
        let key = |k: usize| self.tokens.key(k);
        // Lowercase words of one sentence next to each other (« d’Orsay » has no space).
        let next_to = |a: usize, b: usize| {
            !self.words[a].capitalised
                && !self.words[a].numeric
                && (self.blank_gap(a, b) || (key(a) == "d'" && self.gap(a, b).is_empty()))
        };
        if i == from || !next_to(i - 1, i) {
            return i;
        }
        // The head right before the name, or before « de », « du », « des », « d’ », or
        // « de la », « de l’ ».
        let head = match key(i - 1) {
            "de" | "du" | "des" | "d'" => i - 1,
            "la" | "l'" if i - 1 > from && key(i - 2) == "de" && next_to(i - 2, i - 1) => i - 2,
            _ => {
                return match link_of(key(i - 1)) {
                    Some(_) if !self.is_english() => i - 1,
                    _ => i,
                };
            }
        };
        if head == from || !next_to(head - 1, head) {
            return i;
        }
        match link_of(key(head - 1)) {
            Some(Link::AnyOf) if !self.is_english() => head - 1,
            _ => i,
        }
    }
}
