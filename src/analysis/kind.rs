//! What kind of entity a name is, decided by votes: each cue around a mention (a title, a
//! preposition, an apposition, the gazetteer) votes, and the votes of every mention of one
//! entity are summed before the winner is taken.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Location,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Other => "other",
        }
    }

    /// The brat entity type.
    pub fn brat_type(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organization",
            EntityKind::Location => "Location",
            EntityKind::Other => "Other",
        }
    }

    pub fn parse(s: &str) -> Option<EntityKind> {
        match s.to_ascii_lowercase().as_str() {
            "person" | "per" => Some(EntityKind::Person),
            "organization" | "organisation" | "org" => Some(EntityKind::Organization),
            "location" | "loc" | "place" | "gpe" => Some(EntityKind::Location),
            "other" | "misc" => Some(EntityKind::Other),
            _ => None,
        }
    }
}

/// Evidence for each kind. Weights: 1 a weak cue, 2-3 a clear one, 5 the gazetteer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindVotes {
    pub person: u32,
    pub organization: u32,
    pub location: u32,
}

impl KindVotes {
    pub fn add(&mut self, kind: EntityKind, weight: u32) {
        match kind {
            EntityKind::Person => self.person += weight,
            EntityKind::Organization => self.organization += weight,
            EntityKind::Location => self.location += weight,
            EntityKind::Other => {}
        }
    }

    pub fn merge(&mut self, other: KindVotes) {
        self.person += other.person;
        self.organization += other.organization;
        self.location += other.location;
    }

    /// The best-supported kind; on a tie places beat organisations beat people; no
    /// evidence at all is `Other`.
    pub fn winner(&self) -> EntityKind {
        let best = self.person.max(self.organization).max(self.location);
        if best == 0 {
            EntityKind::Other
        } else if self.location == best {
            EntityKind::Location
        } else if self.organization == best {
            EntityKind::Organization
        } else {
            EntityKind::Person
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn votes_add_up_and_the_strongest_wins() {
        let mut v = KindVotes::default();
        assert_eq!(v.winner(), EntityKind::Other);
        v.add(EntityKind::Location, 1); // « à Poutine »
        v.add(EntityKind::Person, 3); // « le président russe Vladimir Poutine »
        assert_eq!(v.winner(), EntityKind::Person);
        let mut place = KindVotes::default();
        place.add(EntityKind::Location, 5);
        v.merge(place);
        assert_eq!(v.winner(), EntityKind::Location);
    }
}
