//! What a found name is likely to be: the votes of its own words (a place the gazetteer
//! knows, an organisation's head, an acronym, a place-kind noun) and of the words around it
//! (a title, a preposition, an apposition). Methods of the name scan.

use super::gazetteer;
use super::lx;
use super::name_firms::{is_body_or_trade, is_legal_form};
use super::name_place_heads;
use super::{Known, Scan};
use crate::analysis::common_words;
use crate::analysis::kind::{EntityKind, KindVotes};
use crate::analysis::mention::{Form, Mention, Origin};
use crate::text::Span;

impl Scan<'_, '_> {
    pub(super) fn mention(&self, a: usize, b: usize, form: Form) -> Mention {
        let mut end = self.glued_end(b).unwrap_or(self.words[b].span.end);
        // « U.S. »: an acronym of initials keeps its last full stop.
        let dotted = form == Form::Acronym && self.is_initial(b);
        if dotted && self.text[end..].starts_with('.') {
            end += 1;
        }
        let mut span = Span::new(self.words[a].span.start, end);
        let (key, mut place) = self.fold(span.of(self.text));
        // "Varnek Corp. said": the name keeps the stop, its key does not (`name_firms`).
        if !dotted && self.keeps_stop(b) {
            span.end += 1;
        }
        if dotted && gazetteer::lookup_folded(&key.replace('.', "")).is_some() {
            place = Known::Place;
        }
        let mut votes = KindVotes::default();
        match place {
            Known::Place => votes.add(EntityKind::Location, 5),
            Known::Town => votes.add(EntityKind::Location, 2),
            Known::Not => {}
        }
        let head = |k: usize| self.tokens.is(k, lx::ORGANIZATION_HEADS);
        // « mer Noire », « rue des Tanneurs »: a place's kind in lowercase opening the name
        // (`name_place_heads`).
        if self.is_place_head(a) {
            // « le lycée Victor-Ferrand », « le tribunal de Brumel »: an institution.
            let kind = if name_place_heads::opens_institution(self.tokens.key(a)) {
                EntityKind::Organization
            } else {
                EntityKind::Location
            };
            votes.add(kind, 3);
        } else if !self.words[a].capitalised && name_place_heads::opens_court(self.tokens.key(a)) {
            // « la cour d’appel de Brescoux »: a court (`name_place_heads`).
            votes.add(EntityKind::Organization, 3);
        }
        // « Suisse romande », « Europe occidentale »: a part of a place (`name_regions`).
        if self.is_region(a, b) {
            votes.add(EntityKind::Location, 5);
        }
        // « Vernaz (Esp) »: the country's abbreviation, and the person it follows.
        if a == b && self.bracketed_abbreviation(a) {
            votes.add(EntityKind::Location, 3);
        } else if place == Known::Not && self.before_abbreviation(b) {
            votes.add(EntityKind::Person, 2);
        }
        // "Tamber River", "Elmwood City Hall": a place's kind as its last word.
        if a < b && self.words[b].capitalised && self.tokens.is(b, lx::PLACE_HEADS) {
            votes.add(EntityKind::Location, 3);
        }
        // "Gulf of Tarvel", « Golfe de Tarvel », "Bay of Orlin": a place's kind as its
        // first word, before « de » or "of" ("Hall of Fame" names no place).
        if a + 1 < b
            && self.words[a].capitalised
            && self.tokens.is(a, lx::PLACE_HEADS)
            && !matches!(self.tokens.key(a), "hall" | "salle")
            && matches!(self.tokens.key(a + 1), "of" | "de" | "du" | "d'" | "des")
        {
            votes.add(EntityKind::Location, 3);
        }
        // "St. Tarvel": a place named after a saint (`name_place_heads`).
        if a < b && self.saint(a) {
            votes.add(EntityKind::Location, 3);
        }
        // "Mount Tarvel", « Gare Tarvel »: a place's kind opening the name, capitalised.
        if a < b
            && self.words[a].capitalised
            && self.words[a + 1].capitalised
            && name_place_heads::opens_place_capitalised(self.tokens.key(a))
        {
            votes.add(EntityKind::Location, 3);
        }
        // "Nova Tarvelka", « Nijni Orvik », "Nueva Orvik": "new", "lower" in the language of
        // the place open its name (`name_place_heads`).
        if a < b
            && self.words[a].capitalised
            && self.words[a + 1].capitalised
            && name_place_heads::opens_place_name(self.tokens.key(a))
        {
            votes.add(EntityKind::Location, 3);
        }
        // « République populaire de Norlandie », "Kingdom of Norland", "Democratic Republic
        // of the Congo": a state; not a regime ("Fifth Republic") nor what serves one
        // (« Gouvernement de la République »).
        let state = |k: usize| self.tokens.is(k, lx::STATE_WORDS);
        let adjective_then_state =
            a + 2 <= b && state(a + 1) && self.tokens.is(a + 2, lx::NAME_CONNECTORS);
        if a < b && (state(a) || adjective_then_state) {
            votes.add(EntityKind::Location, 3);
        }
        // « FC Nantes », "Real Madrid", "Manchester United": a sports club (`name_clubs`).
        if self.is_club(a, b) {
            votes.add(EntityKind::Organization, 6);
        }
        // « Renault SA », "Siemens AG", "Nokia Oyj": a company's legal form closes its name.
        if a < b && self.words[b].capitalised && is_legal_form(self.tokens.key(b)) {
            votes.add(EntityKind::Organization, 3);
        }
        // « Varnok CSF », "Orvik TPL": a firm's own acronym closes its name (`name_firms`).
        // Told first by the last byte, a capital: most names end in lowercase.
        if b <= a + 1
            && self.text.as_bytes()[self.words[b].span.end - 1].is_ascii_uppercase()
            && self.closes_with_acronym(a, b)
        {
            votes.add(EntityKind::Organization, 3);
        }
        // "Tamber Recordings", « Varnel Transports », "Orvik Orchestra": a trade or a body
        // of people closes the name of the firm or the body.
        if a < b && self.words[b].capitalised && is_body_or_trade(self.tokens.key(b)) {
            votes.add(EntityKind::Organization, 3);
        }
        // « Procter & Gamble », "AT&T": a firm's name.
        if a == b && self.is_numbered_group(a) {
            votes.add(EntityKind::Organization, 3);
        }
        // One space between two words is no ampersand: told before the gap is read.
        if (a..b).any(|k| !self.tokens.one_space(k, k + 1) && self.ampersand(k, k + 1)) {
            votes.add(EntityKind::Organization, 3);
        }
        let newsroom = |k: usize| self.tokens.is(k, lx::ONE_WORD_ORGANIZATIONS);
        if ((a..=b).any(head) || (a..=b).any(newsroom)) && !self.titled(a) {
            votes.add(EntityKind::Organization, 3);
        }
        // « Rassemblement national », « Parlement européen »: an institution, unless a
        // place is named in it (« République démocratique du Congo », « Guyane française »).
        let adjective = |k: usize| {
            !self.words[k].capitalised && self.tokens.is(k, lx::INSTITUTIONAL_ADJECTIVES)
        };
        let place_in = |k: usize| {
            self.words[k].capitalised && self.known_place(self.words[k].span.of(self.text))
        };
        if (a..=b).any(adjective) && place == Known::Not && !(a..=b).any(place_in) {
            votes.add(EntityKind::Organization, 2);
        }
        // « Pierre Varga », "Emily": a first name opens a person's name, unless the name is
        // an institution's or a place's, or a model's with its number (« Ariane 6 »).
        let numbered =
            b + 1 < self.words.len() && self.words[b + 1].numeric && self.blank_gap(b, b + 1);
        // "in Florence", « en Géorgie »: a first name alone after a place's preposition is
        // a place named like a person; people are not "in" someone.
        let in_it = a == b
            && a > 0
            && self.tokens.is(a - 1, lx::STRONG_PLACE_PREPOSITIONS)
            && self.spaced(a - 1, a);
        if self.tokens.is(a, lx::FIRST_NAMES)
            && !self.words[a].all_caps
            && !numbered
            && !in_it
            && votes == KindVotes::default()
        {
            votes.add(EntityKind::Person, 2);
        }
        match form {
            Form::Acronym => votes.add(EntityKind::Organization, 2),
            Form::Initials => votes.add(EntityKind::Person, 3),
            Form::Name
                if a < b
                    && votes == KindVotes::default()
                    && !self.quoted_term(span)
                    && !self.article_first(a) =>
            {
                // Two capitalised words are most often a person's name, unless one of
                // them is a place (« Asie Centrale ») or they are a quoted term. One of the
                // world's towns after a word that is no common English word is a surname
                // (« Dravek Namur »; "Midtown Geneva" is a neighbourhood).
                let surname = || b == a + 1 && !common_words::is_common(self.tokens.key(a));
                let place_word =
                    (a..=b).any(|k| match self.place_of(self.words[k].span.of(self.text)) {
                        Known::Place => true,
                        Known::Town => !(k == b && surname()),
                        Known::Not => false,
                    });
                // "Smart Phone", "Great Job", "World Cup": words in common use, in
                // Title Case as headlines, reviews and forms write them, name no one.
                // "Looking Glass": words that are surnames too, not a first name.
                let common =
                    || (a..=b).all(|k| common_words::all_common_or_names(self.tokens.key(k)));
                // « VOIX NOUVELLES »: in French, words in capitals without a first name are
                // a heading's (English names its people in capitals more often).
                let heading = || {
                    (a..=b).all(|k| self.words[k].all_caps)
                        && !self.tokens.is(a, lx::FIRST_NAMES)
                        && !self.is_english()
                };
                // "Hurricane Tessa", "Typhoon Tessa": a storm's name, no one's.
                let storm = matches!(
                    self.tokens.key(a),
                    "hurricane"
                        | "typhoon"
                        | "cyclone"
                        | "storm"
                        | "ouragan"
                        | "typhon"
                        | "tempête"
                );
                // "Sunni Arab", "Iraqi Shiites": a group of people (`names_a_group`).
                if !place_word && !common() && !heading() && !storm && !self.names_a_group(b) {
                    votes.add(EntityKind::Person, 1)
                }
            }
            Form::Name => {}
        }
        self.context_votes(a, b, &mut votes);
        // "Nobel Prize", « Prix Goncourt », "Orbec Open": an award, a cup or an event is none
        // of the three kinds, whoever or wherever it is named after.
        if self.names_an_award(a, b) {
            votes = KindVotes::default();
        }
        Mention {
            span,
            form,
            votes,
            kind: EntityKind::Other,
            key,
            rare: None,
            origin: Origin::Rules,
        }
    }

    /// A prize, a medal, a trophy or a cup named after someone or something, or a sporting
    /// or cultural event: the kind of award or event last in English ("Nobel Prize", "Davis
    /// Cup", "Orbec Open", "Valdorge Masters", "Orbec Grand Prix"), first and capitalised in
    /// French (« Prix Goncourt », « Coupe Davis », « Tournoi Valdorge », « Grand Prix
    /// Brescoux »); a war or a day named after a people, a place or a cause ("Korean War",
    /// "Labour Day", « Première Guerre », « Guerre de Brescoux »), its number after it
    /// ("World War II"), or a war's word alone (« la Guerre »). Not a person whose surname
    /// is such a word ("Tom Masters", "Tom Day").
    fn names_an_award(&self, a: usize, b: usize) -> bool {
        let key = |k: usize| self.tokens.key(k);
        if a == b {
            return self.words[a].capitalised && matches!(key(a), "guerre" | "war");
        }
        if a > b {
            return false;
        }
        // "World War II": the number of the war it closes.
        let b = match key(b) {
            "i" | "ii" if b > a + 1 && matches!(key(b - 1), "war" | "wars") => b - 1,
            _ => b,
        };
        // "prix" and « grand » only as "Grand Prix"; "Tom Masters", "Tom Day" are surnames
        // ("Stanley Cup" stays an award).
        let english = self.tokens.is(b, lx::AWARDS_LAST)
            && self.words[b].capitalised
            && (key(b) != "prix" || key(b - 1) == "grand")
            && !(matches!(key(b), "masters" | "day") && self.tokens.is(a, lx::FIRST_NAMES));
        let french = self.words[a].capitalised
            && self.tokens.is(a, lx::AWARDS_FIRST)
            && (key(a) != "grand" || key(a + 1) == "prix");
        english || french
    }

    /// Titles before the name, prepositions before it, appositions after it.
    fn context_votes(&self, a: usize, b: usize, votes: &mut KindVotes) {
        // Whether the name follows the word before it in its sentence, asked once.
        let spaced_before = a > 0 && self.spaced(a - 1, a);
        let mut k = a;
        for _ in 0..3 {
            // « M. Durand », "Dr. Hale": the full stop of an abbreviated title is the only
            // gap allowed.
            let spaced = if k == a {
                spaced_before
            } else {
                k > 0 && self.spaced(k - 1, k)
            };
            let monsieur_gap =
                || k > 0 && (self.is_monsieur(k - 1) || self.abbreviated_title(k - 1));
            if k == 0 || !(spaced || monsieur_gap()) {
                break;
            }
            k -= 1;
            // "Thanks Tobin!", "Hey Varnek,", « Merci Tobin »: a greeting hails a person.
            if self.tokens.is(k, lx::PERSON_TITLES)
                || self.is_monsieur(k)
                || self.abbreviated_title(k)
                || (k + 1 == a
                    && self.greets(k)
                    && !matches!(
                        self.tokens.key(k),
                        "good" | "morning" | "afternoon" | "evening" | "welcome"
                    ))
            {
                votes.add(EntityKind::Person, 3);
                break;
            }
            // « M. de Varennes », "Mr. van Loon": a particle may stand between an honorific
            // and the name (not a title: « le président du Kazakhstan »).
            if k + 1 == a
                && k > 0
                && !self.words[k].capitalised
                && self.tokens.is(k, lx::NAME_PARTICLES)
                && self.honorific(k - 1)
            {
                continue;
            }
            // « le président russe Vladimir Poutine »: adjectives may stand between.
            if self.words[k].capitalised || self.tokens.is(k, lx::FUNCTION_WORDS) {
                break;
            }
        }
        // « lac Saviel », « barrage de Vouglans », « la région de Tver ».
        let head_before =
            |k: usize| !self.words[k].capitalised && self.tokens.is(k, lx::PLACE_HEADS);
        let of = |k: usize| matches!(self.tokens.key(k), "de" | "du" | "d'");
        if a > 0
            && (head_before(a - 1) || (a > 1 && head_before(a - 2) && of(a - 1)))
            && (spaced_before || self.tokens.key(a - 1) == "d'")
        {
            votes.add(EntityKind::Location, 3);
        }
        // « la société Zorvex », "the company Zorvex", « le quotidien Le Soir »: an
        // organisation's kind written before its name.
        if spaced_before
            && !self.words[a - 1].capitalised
            && self.tokens.is(a - 1, lx::ORGANIZATION_APPOSITIONS)
            // « dans le groupe Zorvex »: a trial's arm, a band; after the name it says more.
            && !matches!(self.tokens.key(a - 1), "groupe" | "group")
        {
            votes.add(EntityKind::Organization, 3);
        }
        // « le groupe pétrolier Zorvex », « la société française Orvik », "the oil group
        // Tamber": the kind with a word that qualifies it (`name_firms`).
        if spaced_before
            && a >= 3
            && (self.tokens.is(a - 1, lx::ORGANIZATION_APPOSITIONS)
                || self.tokens.is(a - 2, lx::ORGANIZATION_APPOSITIONS))
            && self.qualified_firm_before(a)
        {
            votes.add(EntityKind::Organization, 3);
        }
        // « le gouvernement Morel », "the Morel administration": a government named after
        // the one who leads it, a person, where the name is no place the gazetteer knows.
        let led = (a > 0 && self.tokens.one_space(a - 1, a) && self.names_a_government(a - 1))
            || (b + 1 < self.words.len()
                && self.tokens.one_space(b, b + 1)
                && self.names_a_government(b + 1)
                // Asked last: the article's language is guessed once a scan.
                && self.is_english());
        let place = || {
            self.known_span_place(a, b)
                || (a..=b).any(|k| self.known_place(self.words[k].span.of(self.text)))
        };
        if led && !self.is_demonym(a) && !place() {
            votes.add(EntityKind::Person, 3);
        }
        // "the Varnel-based Orvik", "Tamber-born Ilse Varga" (`name_compounds`).
        if spaced_before
            && self.words[a - 1].capitalised
            && let Some(kind) = self.hyphenated_kind(a - 1)
        {
            votes.add(kind, 3);
        }
        if spaced_before {
            let before = self.tokens.key(a - 1);
            // French puts an article before places and institutions, not before people
            // (« la Russie », « le Kremlin », but « Poutine »).
            if matches!(before, "le" | "la" | "les" | "l'" | "du" | "des") {
                votes.add(EntityKind::Location, 1);
            }
            if self.tokens.is(a - 1, lx::STRONG_PLACE_PREPOSITIONS) {
                votes.add(EntityKind::Location, 2);
            } else if self.tokens.is(a - 1, lx::WEAK_PLACE_PREPOSITIONS) {
                votes.add(EntityKind::Location, 1);
            }
            // "John Varga of Orvik Bank": what a person is "of", unless a place, is the
            // body they speak for (`full_name_then_of` ends the person's name there).
            if a >= 3
                && self.tokens.is(a - 1, lx::NAME_CONNECTORS)
                && before == "of"
                && self.of_a_full_name(a - 1)
                && !place()
            {
                votes.add(EntityKind::Organization, 2);
            }
        }
        let n = self.words.len();
        // "Orlov said", "Tobin wrote", « Orlov a déclaré », « Orlov raconte »: one word before
        // a person's verb of speech, a weak sign, which a place or an institution outweighs.
        let speaks = |k: usize| {
            k < n
                && !self.words[k].capitalised
                && self.tokens.is(k, lx::PERSON_SPEECH)
                && self.blank_gap(k - 1, k)
        };
        let has_spoken = |k: usize| {
            k + 1 < n && self.tokens.key(k) == "a" && self.blank_gap(k - 1, k) && speaks(k + 1)
        };
        if speaks(b + 1) || has_spoken(b + 1) {
            // « l'Ostrev a déclaré », "the Ostrev said", "the Red Cross warned": an article,
            // which names of people do not take, makes the speaker an institution (« le
            // Kremlin a déclaré »); one word without, a person.
            let article = spaced_before
                && matches!(self.tokens.key(a - 1), "le" | "la" | "les" | "l'" | "the");
            match article {
                true => votes.add(EntityKind::Organization, 2),
                false if a == b => votes.add(EntityKind::Person, 1),
                false => {}
            }
        }
        // Most names are followed by one space, told before the gap is read.
        if b + 1 < n && !self.tokens.one_space(b, b + 1) && self.gap(b, b + 1).trim() == "," {
            for k in b + 1..n.min(b + 5) {
                if k > b + 1 && !self.blank_gap(k - 1, k) {
                    break;
                }
                if self.words[k].capitalised {
                    break;
                }
                let is = |class| self.tokens.is(k, class);
                // « Varnel, le général Dorval »: a title right before a name is that name's,
                // no apposition of the one before the comma.
                let titles_next =
                    k + 1 < n && self.words[k + 1].capitalised && self.blank_gap(k, k + 1);
                let kind = if is(lx::PERSON_TITLES) && titles_next {
                    break;
                } else if is(lx::PERSON_TITLES) {
                    EntityKind::Person
                } else if is(lx::ORGANIZATION_APPOSITIONS) {
                    EntityKind::Organization
                } else if is(lx::PLACE_APPOSITIONS) {
                    EntityKind::Location
                } else {
                    continue;
                };
                votes.add(kind, 3);
                break;
            }
        }
    }
}
