//! What a word is to the name around it: a surname's particle (« Le Guen »), a people's
//! word (« Britannique »), an institution's adjective (« nationale »), a title
//! (« M. Durand »). Methods of the name scan, read by its rules.

use super::Known;
use super::Scan;
use super::lx;
use crate::analysis::common_words;
use crate::text::Span;

impl<'t> Scan<'_, 't> {
    /// A capitalised particle inside a sentence, before a capitalised word: « Le Guen »,
    /// « L’Hermite », « De Gaulle », « La Poste » (an article there would be lowercase).
    pub(super) fn particle_opens(&self, i: usize) -> bool {
        let next = i + 1;
        // Written in capitals (« LE MINISTRE », « D'AMOUR »), it is a heading's article.
        let lower_after_first = |k: usize| {
            let w = self.words[k].span.of(self.text);
            w.chars().skip(1).any(char::is_lowercase)
        };
        self.tokens.is(i, lx::NAME_PARTICLES)
            && self.words[i].capitalised
            && !self.words[i].all_caps
            && !self.initial(i)
            && !self.title_case(i)
            && next < self.words.len()
            && lower_after_first(next)
            && self.joins(i, next)
            && self.words[next].capitalised
            && !self.words[next].numeric
            && !self.tokens.is(next, lx::FUNCTION_WORDS)
            // « La France » in a heading-like line is France; « Le Havre » is one place.
            && (!self.known_place(self.words[next].span.of(self.text))
                || self.known_span_place(i, next))
    }

    /// « M. Court », « Mme Banque »: after a title, a person's surname, whatever the word.
    pub(super) fn titled(&self, i: usize) -> bool {
        i > 0
            && (self.tokens.is(i - 1, lx::PERSON_TITLES) || self.is_monsieur(i - 1))
            && (self.blank_gap(i - 1, i) || self.gap(i - 1, i).trim() == ".")
    }

    /// « M. » before a name: Monsieur; « MM. », Messieurs, before a list of names.
    pub(super) fn is_monsieur(&self, k: usize) -> bool {
        let word = &self.text.as_bytes()[self.words[k].span.start..self.words[k].span.end];
        (word == b"M" || word == b"MM")
            && k + 1 < self.words.len()
            && self.gap(k, k + 1).trim() == "."
    }

    /// A title abbreviated with a full stop before a name (« Pr. », "Dr.", "Sen.", "Prof."):
    /// the stop is no gap between the title and the name.
    pub(super) fn abbreviated_title(&self, k: usize) -> bool {
        self.words[k].span.len() <= 4
            && (self.tokens.is(k, lx::PERSON_TITLES) || is_title_abbreviation(self.tokens.key(k)))
            && k + 1 < self.words.len()
            && self.gap(k, k + 1).trim() == "."
    }

    /// « M. », « Mme », « Mlle », « Me », « Pr », "Mr", "Mrs", "Ms", "Dr", "Prof": a word that
    /// is only ever said before a person's name.
    pub(super) fn honorific(&self, k: usize) -> bool {
        self.is_monsieur(k)
            || matches!(
                self.tokens.key(k),
                "mme" | "mmes" | "mlle" | "me" | "mgr" | "pr" | "mr" | "mrs" | "ms" | "dr" | "prof"
            )
    }

    /// A French article as a name's first word (« Le Guen », « La Poste », « Le Havre »):
    /// it says nothing of the kind, where « Van Rompuy » or « De Gaulle » is a person.
    pub(super) fn article_first(&self, a: usize) -> bool {
        self.words[a].capitalised && matches!(self.tokens.key(a), "le" | "la" | "l'" | "du" | "d'")
    }

    /// A word for a people or a faith's followers closing a name ("Sunni Arab", "Iraqi
    /// Shiites", « Druzes Libanais »): a group of people, no one's name.
    pub(super) fn names_a_group(&self, b: usize) -> bool {
        self.tokens.is(b, lx::DEMONYMS)
    }

    /// "North", "South", "East", "West", as a demonym may open with ("South Korean").
    pub(super) fn compass_point(&self, i: usize) -> bool {
        self.words[i].capitalised
            && matches!(self.tokens.key(i), "north" | "south" | "east" | "west")
    }

    /// A people's word (`data/demonyms.txt`), or a compound that opens with one
    /// ("Russian-occupied").
    pub(super) fn is_demonym(&self, i: usize) -> bool {
        if self.tokens.is(i, lx::DEMONYMS) {
            return true;
        }
        let word = self.words[i].span.of(self.text);
        if !word.as_bytes().contains(&b'-') {
            return false;
        }
        // "Russian-occupied"; « Franco-norvégienne », « Canado-Britannique »: a compound
        // whose last part is a people's word is one too.
        let first_demonym = word.split_once('-').is_some_and(|(first, rest)| {
            lx::is(&lx::key(first), lx::DEMONYMS)
                && rest.chars().next().is_some_and(char::is_lowercase)
        });
        first_demonym
            || word
                .rsplit_once('-')
                .is_some_and(|(_, last)| lx::is(&lx::key(last), lx::DEMONYMS))
    }

    /// « les Toulois », « un Toulousain », "Berliners", "Chicagoans", "Milanese": the people
    /// of a town the gazetteer knows, named from it with a suffix (the town written without
    /// its final « e » or « a » when it has one: « Marseillais », "Floridians", "Genoese",
    /// « Californiens »). Not a place known as written (« Valenciennes »).
    #[inline]
    pub(super) fn is_town_demonym(&self, i: usize) -> bool {
        // Told by the word's flags and length first: most words are out at once.
        let w = &self.words[i];
        w.capitalised && !w.all_caps && w.span.len() >= 7 && self.town_people(i, i)
    }

    /// [`Scan::town_people`] of a name of two words or more, in the plural ("New Yorkers",
    /// « Hong Kongais »), told by the last word's last two bytes first: most names end
    /// otherwise.
    #[inline]
    pub(super) fn town_people_of_words(&self, a: usize, b: usize) -> bool {
        let last = self.words[b].span;
        last.len() >= 4
            && matches!(
                &self.text.as_bytes()[last.end - 2..last.end],
                b"rs" | b"is" | b"ns"
            )
            && self.town_people(a, b)
    }

    /// Words `a..=b` are the people of a town the gazetteer knows (see
    /// [`Scan::is_town_demonym`]), the town's name of two words or more with the suffix on
    /// the last: "New Yorkers", "New Zealanders".
    #[inline(never)]
    pub(super) fn town_people(&self, a: usize, b: usize) -> bool {
        const SUFFIXES: [&str; 24] = [
            "oises", "oise", "ois", "naises", "naise", "nais", "aises", "aise", "ais", "iennes",
            "ienne", "iens", "ien", "ains", "aine", "ain", "éens", "éenne", "éen", "ians", "ans",
            "ese", "ers", "er",
        ];
        let (first, last) = (&self.words[a], &self.words[b]);
        let w = last.span.of(self.text).as_bytes();
        // Every suffix ends in one of these: most words are out at once.
        if !last.capitalised
            || last.all_caps
            || w.len() < if a == b { 7 } else { 4 }
            || !matches!(
                &w[w.len() - 2..],
                b"is" | b"ns" | b"rs" | b"es" | b"se" | b"ne" | b"in" | b"en" | b"er"
            )
        {
            return false;
        }
        let word = &self.text[first.span.start..last.span.end];
        let town = |stem: &'t str, ends: &[&str]| {
            // A stem of four letters at least: « Toul », not « Cal » of « Calais ».
            stem.chars().count() >= 4
                && (self.known_place(stem)
                    || ends.iter().any(|end| {
                        let name = format!("{stem}{end}");
                        self.place_known(&name, &crate::text::fold(&name)) != Known::Not
                    }))
        };
        // A suffix is the word's only if it ends in the word's last two bytes.
        let (y, z) = (w[w.len() - 2], w[w.len() - 1]);
        let ends_alike =
            |suffix: &str| matches!(suffix.as_bytes(), [.., a, b] if (*a, *b) == (y, z));
        SUFFIXES.iter().filter(|s| ends_alike(s)).any(|&suffix| {
            // Only these suffixes stand for a final « a » ("Floridians", "Genoese"): "Saunders"
            // is no people of « Saunda ».
            // A town of two words is looked up as the people's name writes it ("New York"),
            // with no other spelling: a name of two words is found far more often.
            let ends: &[&str] = match suffix {
                _ if a < b => &[],
                "ians" | "iens" | "ans" | "ese" => &["e", "a", "ia"],
                _ => &["e"],
            };
            word.strip_suffix(suffix)
                .is_some_and(|stem| town(stem, ends))
        }) && !self.known_place(word)
    }

    /// « XIV », "II": a Roman numeral of two letters or more, in capitals, made of I, V
    /// and X (a chapter's, an act's, a king's number). It opens no name; after one, it
    /// stays in it (« Louis XIV »).
    pub(super) fn is_roman_numeral(&self, i: usize) -> bool {
        let w = self.words[i].span.of(self.text).as_bytes();
        self.words[i].all_caps && w.len() >= 2 && roman(w)
    }

    /// A Roman numeral with an ordinal's ending: « XXe siècle », « XIXᵉ », « IIIe », "XXth
    /// century"; « François Ier » (`is_roman_numeral` for one in capitals alone).
    pub(super) fn is_roman_ordinal(&self, i: usize) -> bool {
        let w = self.words[i].span.of(self.text).as_bytes();
        if !matches!(w.first(), Some(b'I' | b'V' | b'X')) {
            return false;
        }
        const ENDINGS: [&str; 8] = ["ème", "eme", "ᵉʳ", "ᵉ", "er", "re", "e", "th"];
        ENDINGS
            .iter()
            .find_map(|end| w.strip_suffix(end.as_bytes()))
            .is_some_and(roman)
    }

    /// « le G7 », "the G20": a group numbered by its members, an organisation.
    pub(super) fn is_numbered_group(&self, i: usize) -> bool {
        let w = self.words[i].span.of(self.text).as_bytes();
        let digits = w
            .strip_prefix(b"G")
            .map(|r| r.strip_prefix(b"-").unwrap_or(r));
        digits.is_some_and(|d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))
    }

    /// Whether the lowercase word `next` ends the name of words `i..=j` as an institution's
    /// adjective (« Assemblée nationale », « Parlement européen »). « national » and
    /// « social », English words too, only after a French article (« du Front national »),
    /// not in "the US national debt".
    pub(super) fn institutional_adjective(&self, i: usize, j: usize, next: usize) -> bool {
        if !self.tokens.is(next, lx::INSTITUTIONAL_ADJECTIVES)
            || self.words[next].capitalised
            || !self.words[j].capitalised
            || !self.blank_gap(j, next)
        {
            return false;
        }
        let ambiguous = matches!(self.tokens.key(next), "national" | "social");
        // « du\nConseil national »: a hard-wrapped line goes on with its sentence.
        let french_before = i > 0
            && self.spaced(i - 1, i)
            && matches!(
                self.tokens.key(i - 1),
                "le" | "la" | "l'" | "du" | "de" | "au" | "des"
            );
        !ambiguous || french_before
    }

    /// A lowercase word shaped like an adjective of an institution's name: listed
    /// (« nationale »), a people's word (« suisse »), or with an adjective's ending
    /// (« fédéral », « constitutionnelle », « islamique », « ouvrière », « unifié »,
    /// « consultative », « supérieur »). Not a conjugated verb (« estime », « pourra »,
    /// « exposait ») nor an English past ("said").
    pub(super) fn adjective_like(&self, k: usize) -> bool {
        if self.tokens.is(k, lx::INSTITUTIONAL_ADJECTIVES) || self.tokens.is(k, lx::DEMONYMS) {
            return true;
        }
        let verb = lx::SPEECH_CUES.0 | lx::AUXILIARIES.0 | lx::FORECASTS.0 | lx::HEDGES.0;
        if self.tokens.class_bits(k) & verb != 0 {
            return false;
        }
        let word = self.tokens.key(k);
        let word = word.strip_suffix('s').unwrap_or(word);
        const ENDINGS: &[&str] = &[
            "al", "ale", "aux", "el", "elle", "ien", "enne", "onne", "ais", "aise", "ois", "oise",
            "ique", "iste", "aire", "if", "ive", "é", "ée", "in", "ine", "an", "ane", "eur",
            "eure", "ier", "ère", "ant", "ante", "ile", "ble", "ême", "and",
        ];
        ENDINGS.iter().any(|e| word.ends_with(e))
    }

    /// A first name that a line holds alone, as a letter's greeting or signature writes it
    /// (« Sophie, », "Phillip", "Sophie."), or that a sentence opens before its verb
    /// (« Sophie a répondu », "Suzanne is"), hailed or listed before a comma, or a speaker's
    /// before a colon (« Sophie, tu viens ? », "Bryan, you're in", "Jill: yes"): a person,
    /// though the article writes it nowhere else.
    pub(super) fn first_name_on_its_own(&self, i: usize) -> bool {
        if !self.tokens.is(i, lx::FIRST_NAMES) || self.words[i].all_caps {
            return false;
        }
        let line_before = i == 0 || self.gap(i - 1, i).contains('\n');
        let after = match self.words.get(i + 1) {
            Some(next) => &self.text[self.words[i].span.end..next.span.start],
            None => &self.text[self.words[i].span.end..],
        };
        let line_ends = after.contains('\n') || i + 1 == self.words.len();
        let line_after =
            line_ends && (after.trim().chars()).all(|c| matches!(c, ',' | '-' | '!' | '.' | ':'));
        if line_before && line_after {
            return true;
        }
        let verb = i + 1 < self.words.len()
            && self.blank_gap(i, i + 1)
            && matches!(
                self.tokens.key(i + 1),
                "is" | "was" | "has" | "had" | "said" | "says" | "est" | "était" | "a" | "avait"
            );
        let hailed = matches!(after.trim_start().as_bytes().first(), Some(b',' | b':'));
        let bracketed = i > 0 && self.gap(i - 1, i).contains('(');
        self.initial(i) && !bracketed && (verb || hailed)
    }

    /// A greeting before a capitalised word (« Bonjour Sophie », "Hi John", "Good Morning
    /// Debra"): the name starts after it.
    pub(super) fn greets(&self, i: usize) -> bool {
        self.tokens.is(i, lx::GREETINGS)
            && !self.words[i].all_caps
            && i + 1 < self.words.len()
            && self.blank_gap(i, i + 1)
            && self.words[i + 1].capitalised
    }

    /// Whether words `a..=b` together are a place the gazetteer knows ("Bosnia and
    /// Herzegovina").
    pub(super) fn known_span_place(&self, a: usize, b: usize) -> bool {
        let span = Span::new(self.words[a].span.start, self.words[b].span.end);
        self.known_place(span.of(self.text))
    }

    /// A code of capitals and digits, as roads, lines and models are numbered: « A36 »,
    /// « RD192 », "M25", "I-95". Not a name, except a group numbered by its members (« G7 »,
    /// "G20").
    pub(super) fn is_code(&self, i: usize) -> bool {
        let span = self.words[i].span;
        let w = &self.text.as_bytes()[span.start..span.end];
        // Most words have a small letter second: no code (« Paris »).
        if w.get(1).is_some_and(u8::is_ascii_lowercase) {
            return false;
        }
        let letters = w.iter().take_while(|b| b.is_ascii_uppercase()).count();
        let rest = &w[letters..];
        let rest = rest.strip_prefix(b"-").unwrap_or(rest);
        (1..=3).contains(&letters)
            && !rest.is_empty()
            && rest.iter().all(u8::is_ascii_digit)
            && !self.is_numbered_group(i)
    }

    /// « Ilse Varga de Zorvex »: a name of two capitalised words or more, none of them an
    /// organisation's or a place's head nor a place, is a person's full name, which « de »
    /// does not carry on into the next name (« Charles de Gaulle » has one word before it,
    /// « Banque centrale de Russie » a head, « Valéry Giscard d’Estaing » an elided
    /// particle). English "of" joins names of institutions without a head word ("State
    /// Railway of Thailand"): it ends a name only after a first name and a surname, no title
    /// among them ("John Varga of Orvik Bank", not "Mary Queen of Scots").
    pub(super) fn full_name_then_of(&self, i: usize, j: usize, connector: usize) -> bool {
        let english = self.tokens.is(i, lx::FIRST_NAMES)
            && !self.words[i].all_caps
            && self.tokens.key(connector) == "of";
        let of = english || matches!(self.tokens.key(connector), "de" | "du");
        let head = |k: usize| {
            self.tokens.is(k, lx::ORGANIZATION_HEADS)
                || self.tokens.is(k, lx::PLACE_HEADS)
                || self.tokens.is(k, lx::NAME_CONNECTORS)
                || (english && self.tokens.is(k, lx::PERSON_TITLES))
                || !self.words[k].capitalised
                || self.words[k].all_caps
        };
        of && j > i
            && !(i..=j).any(head)
            && !self.known_span_place(i, j)
            && !(i..=j).any(|k| self.known_place(self.words[k].span.of(self.text)))
    }

    /// Whether "of" at word `of` ends the person's full name before it (two or three words)
    /// where `full_name_then_of` split it: the same rule, asked from the other side.
    pub(super) fn of_a_full_name(&self, of: usize) -> bool {
        (2..=3).any(|n| {
            of >= n
                && (of - n + 1..=of).all(|k| self.tokens.one_space(k - 1, k))
                && self.full_name_then_of(of - n, of - 1, of)
        })
    }

    /// « le Gouvernement Morel »: a government named after the one who leads it, written
    /// with a capital; the name is the person's, from word `j` (see `name_votes`), unless it
    /// is a place the gazetteer knows (« Gouvernement du Québec »).
    pub(super) fn government_of(&self, i: usize, j: usize) -> bool {
        j == i + 1
            && self.words[j].capitalised
            && self.names_a_government(i)
            && !self.tokens.is(j, lx::ORGANIZATION_HEADS)
            && !self.known_place(self.words[j].span.of(self.text))
    }

    /// « l’Église catholique et le gouvernement », "the Central Bank and the…": a
    /// conjunction that no preposition or capitalised word follows ends the name before it
    /// (« et des Finances » goes on).
    pub(super) fn coordination_ends(&self, k: usize) -> bool {
        let after = k + 1;
        matches!(self.tokens.key(k), "et" | "ou" | "and" | "or")
            && after < self.words.len()
            && !self.words[after].capitalised
            && !self.tokens.is(after, lx::PREPOSITIONS)
    }

    /// « gouvernement », "government", "administration": a government, which the news
    /// names after the one who leads it (`government_of`, `name_votes`).
    pub(super) fn names_a_government(&self, k: usize) -> bool {
        matches!(
            self.tokens.key(k),
            "gouvernement" | "government" | "administration"
        )
    }

    /// "Ana Roe of Norway", "Valdorge of Germany": a person or a team "of" a country, as results
    /// and sports copy name them, is two names. The country is one the gazetteer knows; the name
    /// before it holds no organisation's or place's head, no state's word and no title, and
    /// opens with a first name or holds no common English word ("Order of Canada", "Port of
    /// Spain" stay whole); a first name alone is a royal's ("Margaret of Denmark").
    pub(super) fn name_of_a_country(&self, i: usize, j: usize, connector: usize) -> bool {
        let country = connector + 1;
        if self.tokens.key(connector) != "of" || country >= self.words.len() {
            return false;
        }
        let mut end = country;
        while end < country + 2
            && end + 1 < self.words.len()
            && self.words[end + 1].capitalised
            && self.tokens.one_space(end, end + 1)
        {
            end += 1;
        }
        let is_country = |b: usize| self.known_country(self.tokens.span(country, b).of(self.text));
        if !(country..=end).any(is_country) {
            return false;
        }
        let head = |k: usize| {
            self.tokens.is(k, lx::ORGANIZATION_HEADS)
                || self.tokens.is(k, lx::PLACE_HEADS)
                || self.tokens.is(k, lx::PERSON_TITLES)
                || self.tokens.is(k, lx::NAME_CONNECTORS)
                || self.tokens.is(k, lx::STATE_WORDS)
                || !self.words[k].capitalised
        };
        let first_name = self.tokens.is(i, lx::FIRST_NAMES);
        // "Margaret of Denmark": a first name alone "of" a country is a royal's name.
        if first_name && j == i {
            return false;
        }
        !(i..=j).any(head)
            && (first_name || !(i..=j).any(|k| common_words::is_common(self.tokens.key(k))))
    }
}

/// Titles that are titles only abbreviated with their full stop ("Sen.", "Gen.", « Gén. »,
/// "Lt."): written without it they are as often a surname ("Amartya Sen") or a word
/// (« le Col du Galibier »), so they are no [`lx::PERSON_TITLES`].
pub(super) fn is_title_abbreviation(key: &str) -> bool {
    matches!(
        key,
        "sen" | "rep" | "gov" | "gen" | "gén" | "col" | "lt" | "sgt" | "capt" | "adm"
    )
}

/// Tens, then a unit, in capitals: X{0,3} then IX | IV | V?I{0,3}.
fn roman(w: &[u8]) -> bool {
    if w.is_empty() || !w.iter().all(|b| matches!(b, b'I' | b'V' | b'X')) {
        return false;
    }
    let tens = w.iter().take_while(|&&b| b == b'X').count();
    let unit = &w[tens..];
    tens <= 3
        && matches!(
            unit,
            b"" | b"I" | b"II" | b"III" | b"IV" | b"V" | b"VI" | b"VII" | b"VIII" | b"IX"
        )
}
