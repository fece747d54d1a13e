//! Two names written one after the other, with no word between (« l'agente de Nora Dalvik
//! Tomas Brenner », "the agent of Nora Dalvik Tomas Brenner"): a first name after a full
//! name, and a surname after it, opens the second name. So after a country's name (« le
//! président du Portugal Tomas Brenner », "the ambassador of Portugal Tomas Brenner"): the
//! country is a place of its own, and after a title and its « du » whatever first name
//! follows (« le président du Portugal Vadra Kessim »). A first name right after another stays in the name
//! (« Jean Paul Varga », "Mary Ann Cole"), and a first name with no word after it ends the
//! name (« San Francisco »).

use super::Scan;
use super::lx;

impl Scan<'_, '_> {
    /// Where a second person's name starts inside the name of words `a..=b`, if it holds
    /// two (see the module).
    pub(super) fn second_person(&self, a: usize, b: usize) -> Option<usize> {
        let first_name = |k: usize| self.tokens.is(k, lx::FIRST_NAMES) && !self.words[k].all_caps;
        let after_country =
            b >= a + 2 && !first_name(a) && self.known_country(self.words[a].span.of(self.text));
        if after_country {
            let k = a + 1;
            // « le président du Portugal Vadra Kessim »: after a title and its « du », "of",
            // the country's name ends, whatever first name follows.
            let titled = a >= 2
                && matches!(self.tokens.key(a - 1), "du" | "de" | "d'" | "of")
                && self.tokens.is(a - 2, lx::PERSON_TITLES);
            let person = (titled || first_name(k) && !first_name(k + 1))
                && (a..=b).all(|w| self.words[w].capitalised)
                && (a + 1..=b).all(|w| self.blank_gap(w - 1, w));
            return person.then_some(k);
        }
        if b < a + 3 || !self.tokens.is(a, lx::FIRST_NAMES) {
            return None;
        }
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
    fn a_country_then_a_first_name_and_a_surname_are_a_place_and_a_person() {
        use EntityKind::{Location, Person};
        let text = "Hier, le président du Portugal Tomas Brenner a reçu l’envoyée de Valdorge.";
        let found: Vec<_> = people(text).into_iter().take(2).collect();
        assert_eq!(found, [("Portugal", Location), ("Tomas Brenner", Person)]);
        let text = "Yesterday the ambassador of Portugal Tomas Brenner met the Valdorge envoy.";
        let found: Vec<_> = people(text).into_iter().take(2).collect();
        assert_eq!(found, [("Portugal", Location), ("Tomas Brenner", Person)]);
        // A first name that is a town's too opens one name.
        let found: Vec<&str> = people("Hier, Florence Nora Dalvik a parlé.")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(found, ["Florence Nora Dalvik"]);
    }

    /// After a title and its « du », "of", the country's name ends whatever first name
    /// follows, known or not.
    #[test]
    fn a_title_s_country_then_a_name_are_a_place_and_a_person() {
        use EntityKind::{Location, Person};
        let text = "Hier, le président du Portugal Vadra-Lis Kessim a reçu l’envoyée de Valdorge.";
        let found: Vec<_> = people(text).into_iter().take(2).collect();
        assert_eq!(
            found,
            [("Portugal", Location), ("Vadra-Lis Kessim", Person)]
        );
        let text = "Yesterday the ambassador of Portugal Vadra Kessim met the Valdorge envoy.";
        let found: Vec<_> = people(text).into_iter().take(2).collect();
        assert_eq!(found, [("Portugal", Location), ("Vadra Kessim", Person)]);
    }

    /// « Tom », "Peter", "Mark": first names that are English words too.
    #[test]
    fn the_commonest_english_first_names_open_a_second_name_too() {
        use EntityKind::Person;
        for text in [
            "La nageuse s’entraîne avec l’ex-coach de Nora Dalvik Tom Brenner, dit-on.",
            "The swimmer trains with the former coach of Nora Dalvik Tom Brenner, we hear.",
            "The swimmer trains with the former coach of Nora Dalvik Peter Brenner, we hear.",
        ] {
            let found = people(text);
            assert_eq!(found.len(), 2, "{found:?}");
            assert_eq!(found[0], ("Nora Dalvik", Person));
            assert!(found[1].0.ends_with(" Brenner") && found[1].1 == Person);
        }
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
