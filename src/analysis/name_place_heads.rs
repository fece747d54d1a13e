//! A French place's kind written in lowercase before its name is part of the name: « la mer
//! Noire », « le lac de Sorvel », « l’île de Varnes », « la rue des Tanneurs », « le canton de
//! Vaud », « le quai d’Orsay », « le stade Albert-Dorval », « le barrage de Vouglans ». The
//! street, the sea or the building is named by both words; the name alone (« Noire »,
//! « Tanneurs ») is another thing or none. So is an institution's building: « le lycée
//! Victor-Ferrand », « l’université de Valdorge », an organisation's name, and a court
//! whose kind takes a qualifier before its seat: « le tribunal correctionnel de Brumel »,
//! « la cour d’appel de Valdorge » (not « le tribunal de Brumel »: the town). English
//! writes the kind capitalised ("Lake Sorvel", "Varnes Street", "Dorval Stadium"), inside
//! the name already. The kinds are `lx::PLACE_NAME_HEADS`. Methods
//! of the name scan.

use super::Scan;
use super::lx;

/// The kinds that open a name only right before it: « salle Rameau », « place Vendôme »
/// (« la salle du Musée » is a room of the museum, « à la place de Durand » is instead of
/// him). The others may stand before « de », « du », « des », « d’ », « de la », « de l’ ».
fn only_right_before(head: &str) -> bool {
    // « le centre de Valdorge » is the middle of the town, « le centre Georges-Varnel » a name;
    // « le tribunal de Valdorge », « la gare de Valdorge »: the town's, which most annotators
    // mark alone (but « l’université de Valdorge » is one name).
    matches!(
        head,
        "salle"
            | "place"
            | "pont"
            | "stade"
            | "palais"
            | "gare"
            | "aéroport"
            | "cathédrale"
            | "basilique"
            | "église"
            | "théâtre"
            | "tribunal"
            | "école"
            | "collège"
            | "lycée"
            | "hôpital"
            | "musée"
            | "centre"
    )
}

/// The kinds that open an organisation's name, not a place's: a school, a court, a hospital,
/// a museum, a centre (as ANNOTATION.md types institutions).
/// A place's kind that English and French write capitalised as its name's first word,
/// before the rest of the name: "Mount Tarvel", "Lake Orvik", "Fort Brumel", "Cape Sorvel",
/// « Gare Tarvel », « Rue Cambel », « Mont Orvik » (not "Park", "Hall" or "Bay", which are
/// surnames too, nor « Col », a colonel's title).
pub(super) fn opens_place_capitalised(head: &str) -> bool {
    matches!(
        head,
        "mount"
            | "lake"
            | "loch"
            | "fort"
            | "cape"
            | "isle"
            | "mont"
            | "lac"
            | "gare"
            | "rue"
            | "pont"
            | "quai"
            | "île"
    )
}

/// Words for "new", "lower" and "upper" that open places' names in the languages of
/// Eastern Europe, Portugal, Spain and Latin America, as English and French copy keeps
/// them: "Nova Tarvelka", « Nijni Orvik », "Novi Tarvel", "Nueva Orvik", "Nowy Tarvel".
pub(super) fn opens_place_name(head: &str) -> bool {
    matches!(
        head,
        "nova"
            | "novo"
            | "novi"
            | "novy"
            | "nový"
            | "nová"
            | "novaïa"
            | "novaya"
            | "nowa"
            | "nowy"
            | "nowe"
            | "nueva"
            | "nuevo"
            | "nizhny"
            | "nizhniy"
            | "nijni"
            | "verkhni"
            | "verkhny"
    )
}

/// The courts whose kind takes a qualifier before their seat: « le tribunal correctionnel de
/// Valdorge », « la cour d’appel de Brescoux » (the court is the name, not the town), while
/// « le tribunal de Valdorge » and « la cour de Brescoux » (a yard, a king's court) leave most
/// annotators naming the town alone.
pub(super) fn opens_court(head: &str) -> bool {
    matches!(head, "tribunal" | "cour")
}

/// The words that qualify a court between its kind and its seat: « correctionnel »,
/// « administrative », « cantonal », « d’appel », « d’assises », « d’instance ».
fn court_qualifier(word: &str) -> bool {
    matches!(
        word,
        "correctionnel"
            | "correctionnelle"
            | "administratif"
            | "administrative"
            | "cantonal"
            | "cantonale"
            | "civil"
            | "civile"
            | "pénal"
            | "pénale"
            | "criminel"
            | "criminelle"
            | "militaire"
            | "fédéral"
            | "fédérale"
            | "suprême"
            | "supérieur"
            | "supérieure"
            | "régional"
            | "régionale"
            | "spécial"
            | "spéciale"
            | "appel"
            | "assises"
            | "instance"
    )
}

pub(super) fn opens_institution(head: &str) -> bool {
    matches!(
        head,
        "tribunal" | "université" | "école" | "collège" | "lycée" | "hôpital" | "musée" | "centre"
    )
}

impl Scan<'_, '_> {
    /// "St. Tarvel", "St Orvik", « Ste Varnelle »: a saint's name abbreviated, as places,
    /// churches and schools are named after saints; its full stop stays inside the name.
    pub(super) fn saint(&self, k: usize) -> bool {
        // Two or three bytes opening with « S »: most words are told by their length.
        let span = self.words[k].span;
        matches!(span.len(), 2 | 3)
            && self.text.as_bytes()[span.start] == b'S'
            && matches!(self.tokens.key(k), "st" | "ste")
    }

    /// Word `k` is a kind of place in lowercase that opens a name (see the module).
    pub(super) fn is_place_head(&self, k: usize) -> bool {
        self.tokens.is(k, lx::PLACE_NAME_HEADS) && !self.words[k].capitalised
    }

    /// Lowercase words of one sentence next to each other (« d’Orsay » has no space).
    fn next_to(&self, a: usize, b: usize) -> bool {
        !self.words[a].capitalised
            && (self.blank_gap(a, b) || (self.tokens.key(a) == "d'" && self.gap(a, b).is_empty()))
    }

    /// The word opening the name found at word `i`: the kind of place written before it
    /// (see the module), else `i`. Only in French copy, and only in the stretch from `from`.
    pub(super) fn place_head_before(&self, i: usize, from: usize) -> usize {
        if i == from {
            return i;
        }
        let before = i - 1;
        // Told by the words' classes first: most names have neither before them.
        let connector = lx::NAME_CONNECTORS.0 | lx::PHRASE_CONNECTORS.0;
        let bits = self.tokens.class_bits(before);
        if bits & (lx::PLACE_NAME_HEADS.0 | connector) == 0 {
            return i;
        }
        if bits & lx::PLACE_NAME_HEADS.0 != 0 {
            let head = self.is_place_head(before) && self.next_to(before, i);
            return if head && !self.is_english() {
                before
            } else {
                i
            };
        }
        // The head before « de », « du », « des », « d’ », or « de la », « de l’ ».
        let key = |k: usize| self.tokens.key(k);
        let head_end = match key(before) {
            "de" | "du" | "des" | "d'" => before,
            "la" | "l'" if before > from && key(before - 1) == "de" => before - 1,
            _ => return i,
        };
        if head_end == from || !(head_end..i).all(|k| self.next_to(k, k + 1)) {
            return i;
        }
        let head = head_end - 1;
        let opens = self.is_place_head(head)
            && !only_right_before(key(head))
            && self.next_to(head, head_end);
        // Asked last: the language costs more to tell than the words.
        let start = if opens {
            Some(head)
        } else {
            self.court_before(head_end, from)
        };
        match start {
            Some(start) if !self.is_english() => start,
            _ => i,
        }
    }

    /// The court's kind in lowercase and its qualifier, one to three words, ending right before
    /// `connector` (the « de » before the seat): « tribunal correctionnel », « cour d’appel »,
    /// « cour administrative d’appel » (see `opens_court`). The word opening them, if any.
    fn court_before(&self, connector: usize, from: usize) -> Option<usize> {
        let connectors = lx::NAME_CONNECTORS.0 | lx::PHRASE_CONNECTORS.0;
        let mut k = connector;
        for _ in 0..4 {
            if k == from {
                return None;
            }
            k -= 1;
            if !self.next_to(k, k + 1) {
                return None;
            }
            let key = self.tokens.key(k);
            if k + 1 < connector && opens_court(key) {
                return Some(k);
            }
            // « d’appel », « d’assises »: the only connector a qualifier may hold.
            let last = k + 1 == connector;
            let joins = key == "d'" && !last;
            if !joins && (self.tokens.class_bits(k) & connectors != 0 || !court_qualifier(key)) {
                return None;
            }
        }
        None
    }
}
