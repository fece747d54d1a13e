//! What scoring counts: right, predicted, found and gold marks, attribution's agreement,
//! and the identity pairs B-cubed is made of; summed over articles into groups.

use serde::Serialize;

use super::spurious::Spurious;

/// What precision and recall are made of. Names are matched one to one, so both matched
/// counts are equal; a claim is found when any claim of the other side overlaps it, so
/// they may differ.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Marks of the scored side that match the gold.
    pub right: usize,
    pub predicted: usize,
    /// Gold marks the scored side matches.
    pub found: usize,
    pub gold: usize,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.right += o.right;
        self.predicted += o.predicted;
        self.found += o.found;
        self.gold += o.gold;
    }

    /// `None` when nothing was predicted.
    pub fn precision(&self) -> Option<f64> {
        (self.predicted > 0).then(|| self.right as f64 / self.predicted as f64)
    }

    pub fn recall(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.found as f64 / self.gold as f64)
    }

    pub fn f1(&self) -> Option<f64> {
        match (self.precision(), self.recall()) {
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            (Some(_), Some(_)) => Some(0.0),
            _ => None,
        }
    }
}

/// Attribution over the claims both sides mark, where the gold gives one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AttributionCounts {
    pub compared: usize,
    pub agreed: usize,
    /// `confusion[gold][scored]` in `Class::ALL` order.
    pub confusion: [[usize; 3]; 3],
    /// Named on both sides, the gold naming its source.
    pub sources_compared: usize,
    /// … and the scored side's source is that mention or a mention of the same entity.
    pub sources_right: usize,
}

impl AttributionCounts {
    fn add(&mut self, o: &AttributionCounts) {
        self.compared += o.compared;
        self.agreed += o.agreed;
        self.sources_compared += o.sources_compared;
        self.sources_right += o.sources_right;
        for g in 0..3 {
            for s in 0..3 {
                self.confusion[g][s] += o.confusion[g][s];
            }
        }
    }
}

/// Everything counted over some articles.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Tally {
    pub documents: usize,
    /// Person, Organization, Location, each strict (same span and kind) and lenient
    /// (overlapping span, same kind).
    pub strict: [Counts; 3],
    pub lenient: [Counts; 3],
    pub claims: Counts,
    /// Lines of the sentence-level sets: a gold line holds a claim, a scored one overlaps one.
    pub sentences: Counts,
    pub attribution: AttributionCounts,
    /// Hedged, over the claims both sides mark where the gold gives an attribution.
    pub hedging: Counts,
    /// Scored names that are a sentence's first word, a demonym, a headline's words.
    pub spurious: Spurious,
    /// Claims' links to other articles (`links`).
    pub links: Counts,
    /// Whether any gold claim is linked to another article.
    #[serde(skip)]
    pub gold_links: bool,
    /// Each gold name with the entity the scored side gives the name it matches.
    #[serde(skip)]
    pub identity: Vec<(String, String)>,
    /// Whether any gold name says who it is (`N … Reference`).
    #[serde(skip)]
    pub gold_identities: bool,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.documents += o.documents;
        for k in 0..3 {
            self.strict[k].add(o.strict[k]);
            self.lenient[k].add(o.lenient[k]);
        }
        self.claims.add(o.claims);
        self.sentences.add(o.sentences);
        self.attribution.add(&o.attribution);
        self.hedging.add(o.hedging);
        self.spurious.add(o.spurious);
        self.links.add(o.links);
        self.gold_links |= o.gold_links;
        self.identity.extend(o.identity.iter().cloned());
        self.gold_identities |= o.gold_identities;
    }

    pub fn micro(counts: &[Counts; 3]) -> Counts {
        let mut all = Counts::default();
        counts.iter().for_each(|c| all.add(*c));
        all
    }
}
