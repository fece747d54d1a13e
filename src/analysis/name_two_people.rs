//! Two people's names written one after the other, with no word between (« l'agente de
//! Nora Dalvik Tomas Brenner », "the agent of Nora Dalvik Tomas Brenner"): a first name after
//! a full name, and a surname after it, opens the second name. A first name right after
//! another stays in the name (« Jean Paul Varga », "Mary Ann Cole"), and a first name
//! with no word after it ends the name (« San Francisco »).

use super::Scan;
use super::lx;

impl Scan<'_, '_> {
    /// Where a second person's name starts inside the name of words `a..=b`, if it holds
    /// two (see the module).
    pub(super) fn second_person(&self, a: usize, b: usize) -> Option<usize> {
        if b < a + 3 || !self.tokens.is(a, lx::FIRST_NAMES) {
            return None;
        }
        let first_name = |k: usize| self.tokens.is(k, lx::FIRST_NAMES) && !self.words[k].all_caps;
        (a + 2..b).find(|&k| {
            first_name(k)
                && !first_name(k - 1)
                && !first_name(k + 1)
                && (a..=b).all(|w| self.words[w].capitalised)
                && (k - 1..=k + 1).all(|w| w == k - 1 || self.blank_gap(w - 1, w))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{EntityKind, mentions};
    use crate::article::{Article, Format};

    fn people(text: &str) -> Vec<(&str, EntityKind)> {
        let article = Article::parse(text, Format::Text);
        (mentions(text, &article).iter())
            .map(|m| (m.span.of(text), m.kind))
            .collect()
    }

    #[test]
    fn a_full_name_then_a_first_name_and_a_surname_are_two_people() {
        use EntityKind::Person;
        let text = "La chanteuse a signé hier avec l’agente de Nora Dalvik Tomas Brenner, dit-on.";
        assert_eq!(
            people(text),
            [("Nora Dalvik", Person), ("Tomas Brenner", Person)]
        );
        let text =
            "The singer signed yesterday with the agent of Nora Dalvik Tomas Brenner, we hear.";
        assert_eq!(
            people(text),
            [("Nora Dalvik", Person), ("Tomas Brenner", Person)]
        );
    }

    #[test]
    fn first_names_one_after_another_or_alone_at_the_end_stay_in_the_name() {
        let text = "Hier, Jean Paul Varga a parlé, puis Mary Ann Cole, de retour de San Francisco.";
        let found: Vec<&str> = people(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(found, ["Jean Paul Varga", "Mary Ann Cole", "San Francisco"]);
        let text = "Yesterday Jean Paul Varga spoke, then Mary Ann Cole, back from San Francisco.";
        let found: Vec<&str> = people(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(found, ["Jean Paul Varga", "Mary Ann Cole", "San Francisco"]);
    }
}
