//! Word lists the rules consult, French and English. Keys are lowercase with typographic
//! apostrophes made straight (see [`key`]); accents are kept.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

pub use super::word_key::{ShortKey, key, push_key};
use super::word_table::WordTable;

/// Word classes: each word list below is a bit; a word's classes are looked up once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Class(pub u64);

/// Every listed word with the classes it belongs to.
static CLASSES: LazyLock<WordTable> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u64> = HashMap::default();
    let lists = [
        (FUNCTION_WORDS, function_words_words()),
        (PERSON_TITLES, person_titles_words()),
        (ORGANIZATION_HEADS, organization_heads_words()),
        (ORGANIZATION_APPOSITIONS, organization_appositions_words()),
        (PLACE_APPOSITIONS, place_appositions_words()),
        (SPEECH_CUES, speech_cues_words()),
        (ANONYMOUS_SOURCES, anonymous_sources_words()),
        (INDEFINITE_DETERMINERS, indefinite_determiners_words()),
        (HEDGES, hedges_words()),
        (ORDINALS, ordinals_words()),
        (SUPERLATIVES, superlatives_words()),
        (TIME_UNITS, time_units_words()),
        (NAME_CONNECTORS, name_connectors_words()),
        (PHRASE_CONNECTORS, phrase_connectors_words()),
        (PREPOSITIONS, prepositions_words()),
        (
            LOWERCASE_ORGANIZATION_HEADS,
            lowercase_organization_heads_words(),
        ),
        (STRONG_PLACE_PREPOSITIONS, strong_place_prepositions_words()),
        (WEAK_PLACE_PREPOSITIONS, weak_place_prepositions_words()),
        (COMMON_CAPITALISED, common_capitalised_words()),
        (NOT_ACRONYMS, not_acronyms_words()),
        (SOURCE_PREPOSITIONS, source_prepositions_words()),
        (SOURCE_PRONOUNS, source_pronouns_words()),
        (COUNTERFACTUALS, counterfactuals_words()),
        (WORLD_MARKERS, world_markers_words()),
        (INSTITUTIONAL_ADJECTIVES, institutional_adjectives_words()),
        (NAME_PARTICLES, name_particles_words()),
        (PLACE_NAME_HEADS, place_name_heads_words()),
        (PART_ADJECTIVES, part_adjectives_words()),
        (SENTENCE_ADVERBS, sentence_adverbs_words()),
        (PERSON_SPEECH, person_speech_words()),
        (ONE_WORD_ORGANIZATIONS, one_word_organizations_words()),
        (PLACE_HEADS, place_heads_words()),
        (MEDIA_TITLE_HEADS, media_title_heads_words()),
        (EVENT_VERBS, event_verbs_words()),
        (FORECASTS, forecasts_words()),
        (AUXILIARIES, auxiliaries_words()),
        (COMPARATIVES, comparatives_words()),
        (CUE_ONLY_SOURCES, cue_only_sources_words()),
        (
            REPORT_QUALIFIERS,
            "dernières derniers dernier dernière premières premiers premier première nouvelles
            nouveaux récentes récents latest preliminary first new recent early",
        ),
        (AGENTS, "par by"),
        (PENALTIES, penalties_words()),
        (DOCUMENTS, documents_words()),
        (MEDIA, "médias media outlets presse press"),
        (RELAYS, "citant citing quoting"),
        (
            FINDINGS,
            "montre montrent montré montraient montrait révèle révèlent suggère suggèrent show
            shows showed shown find finds found suggest suggests suggested",
        ),
        (FIRST_PERSON_SINGULAR, "je j' mon ma mes i my me"),
        (PORTFOLIOS, portfolios_words()),
        (MINISTER_TITLES, minister_titles_words()),
        (
            STATE_WORDS,
            "république republic royaume kingdom principauté principality émirat emirate
            sultanat sultanate",
        ),
        (
            AWARDS_LAST,
            "prize prizes award awards medal trophy cup open masters classic championship
            championships tournament marathon rally festival prix war wars day guerre",
        ),
        (
            AWARDS_FIRST,
            "prix trophée coupe médaille tournoi championnat championnats festival rallye
            marathon grand guerre",
        ),
        (RELATIVES, "qui que qu' où that which who where"),
        (ENGLISH_SHORT_WORDS, english_short_words()),
        (FRENCH_SHORT_WORDS, french_short_words()),
        (
            GREETINGS,
            "hi hello hey dear thanks thank good morning afternoon evening congratulations
            congrats welcome cheers bonjour bonsoir salut merci cher chère chers chères coucou",
        ),
    ];
    for (class, words) in lists {
        for w in words.split_whitespace() {
            *map.entry(w).or_default() |= class.0;
        }
    }
    for phrase in HEDGE_PHRASES {
        *map.entry(phrase[0]).or_default() |= HEDGE_STARTS.0;
    }
    for w in DEMONYM_DATA.lines().filter(|l| !l.starts_with('#')) {
        *map.entry(w.trim()).or_default() |= DEMONYMS.0;
    }
    for w in FIRST_NAME_DATA.lines().filter(|l| !l.starts_with('#')) {
        *map.entry(w.trim()).or_default() |= FIRST_NAMES.0;
    }
    for w in RANK_COMPOUNDS.iter() {
        *map.entry(w.as_str()).or_default() |= SUPERLATIVES.0;
    }
    for w in PLACE_OPENERS.iter() {
        *map.entry(w.as_str()).or_default() |= OPENS_A_PLACE_IN_LOWERCASE.0;
    }
    WordTable::new(map)
});

/// `data/demonyms.txt`, generated by `scripts/gazetteer.mjs` from world-countries (ODbL 1.0).
const DEMONYM_DATA: &str = include_str!("../../data/demonyms.txt");

/// "second-largest", "third-biggest": an ordinal and a superlative in one word, a
/// superlative too.
static RANK_COMPOUNDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let ordinals = "second third fourth fifth sixth seventh eighth ninth tenth";
    let superlatives = "largest biggest longest highest lowest greatest oldest richest poorest
        deadliest worst best busiest most least";
    (ordinals.split_whitespace())
        .flat_map(|o| {
            superlatives
                .split_whitespace()
                .map(move |s| format!("{o}-{s}"))
        })
        .collect()
});

/// The keys of [`OPENS_A_PLACE_IN_LOWERCASE`], from the gazetteer's names.
static PLACE_OPENERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    super::gazetteer::openers_of_names_in_lowercase()
        .map(key)
        .collect()
});

/// `data/first_names.txt`, generated by `scripts/first_names.py` from Faker (MIT).
const FIRST_NAME_DATA: &str = include_str!("../../data/first_names.txt");

/// The classes of a word key (see [`key`]), as bits: the lists it is in, and the forms its
/// ending says (an English past tense, [`PAST_FORMS`]).
pub fn classes(key: &str) -> u64 {
    Lexicon::get().classes(key)
}

/// The word lists, taken once by a loop over many words (the table is built on first use,
/// and each look at it asks whether it is).
#[derive(Clone, Copy)]
pub struct Lexicon(&'static WordTable);

impl Lexicon {
    pub fn get() -> Lexicon {
        Lexicon(&CLASSES)
    }

    /// [`classes`].
    #[inline]
    pub fn classes(self, key: &str) -> u64 {
        with_forms(key, self.0.get(key))
    }

    /// The classes of a key of at most eight bytes (see [`classes`]).
    #[inline]
    pub fn classes_short(self, key: ShortKey) -> u64 {
        let past = key.len > 4 && key.ends_with(b"ed") && !key.ends_with(b"ceed");
        self.0.get_short(key) | if past { PAST_FORMS.0 } else { 0 }
    }
}

fn with_forms(key: &str, listed: u64) -> u64 {
    let past = key.len() > 4 && key.as_bytes().ends_with(b"ed") && !key.ends_with("ceed");
    listed | if past { PAST_FORMS.0 } else { 0 }
}

/// Whether a word key belongs to a class.
pub fn is(key: &str, class: Class) -> bool {
    classes(key) & class.0 != 0
}

/// Determiners, pronouns, prepositions, conjunctions and adverbs: capitalised at the start
/// of a sentence they are still not names. Also weekdays and months, capitalised in English.
pub const FUNCTION_WORDS: Class = Class(1 << 13);

/// Lowercase words that may join the capitalised words of one name.
pub const NAME_CONNECTORS: Class = Class(1 << 0);

/// Lowercase words that may continue an organisation's name after its head word
/// (« Organisation du traité de sécurité collective »).
pub const PHRASE_CONNECTORS: Class = Class(1 << 1);

/// Prepositions among those connectors: what links a capitalised word into an
/// organisation's name (« coopération de Shanghai », « en Europe »).
pub const PREPOSITIONS: Class = Class(1 << 2);

/// Titles and roles before (or in apposition to) a person's name.
pub const PERSON_TITLES: Class = Class(1 << 14);

/// Words that make a name an organisation's (« Organisation », « ministère », "Institute"),
/// and the bodies of members that sit or serve together: a legislature or a board
/// ("Norland National Congress", « Congrès de Norland », "Orbec Cricket Board"), an armed
/// force or a union's ("Norland Air Force", "Wexmoor Defence Forces", « Force ouvrière »).
/// Not "corps", a common French noun (« le corps ») that a heading in capitals opens a name
/// with.
pub const ORGANIZATION_HEADS: Class = Class(1 << 15);

/// Head words that may start an organisation's name in lowercase (« le ministère des
/// Affaires étrangères »).
pub const LOWERCASE_ORGANIZATION_HEADS: Class = Class(1 << 3);

/// Nouns in apposition that say a name is an organisation (« Rosatom, le géant russe »).
pub const ORGANIZATION_APPOSITIONS: Class = Class(1 << 16);

/// Nouns in apposition that say a name is a place (« Almaty, la plus grande ville »).
pub const PLACE_APPOSITIONS: Class = Class(1 << 17);

/// Prepositions that announce a place: strong (« en Ukraine », « au Kazakhstan », "in
/// Kyiv") and weak (« à Astana », which also precedes people: « à Poutine »).
pub const STRONG_PLACE_PREPOSITIONS: Class = Class(1 << 4);
pub const WEAK_PLACE_PREPOSITIONS: Class = Class(1 << 5);

/// Common nouns capitalised for an institution, an event or a law (« l’État », « la
/// Constitution », « les Jeux », "the Games", « le Traité de Lisbonne », « la Charte »), a
/// minister's portfolio (« ministre de
/// l’Économie et des Finances », "the Economy Minister"), and the platforms people post on
/// (« sur Telegram », "on YouTube"): products, not names (ANNOTATION.md).
pub const COMMON_CAPITALISED: Class = Class(1 << 6);

/// All-caps words that are not organisations.
pub const NOT_ACRONYMS: Class = Class(1 << 7);

/// Verbs and phrases that report speech (« a déclaré », « selon », "said").
pub const SPEECH_CUES: Class = Class(1 << 18);

/// Nouns for people who are cited without a name (« des sources », "officials").
pub const ANONYMOUS_SOURCES: Class = Class(1 << 19);

/// Determiners that leave a source unnamed (« des », « un », "some").
pub const INDEFINITE_DETERMINERS: Class = Class(1 << 20);

/// Words that announce a source: « selon », « d’après », "according (to)".
pub const SOURCE_PREPOSITIONS: Class = Class(1 << 8);

/// Pronouns that stand for a source named earlier (« selon lui », « a-t-il déclaré »).
pub const SOURCE_PRONOUNS: Class = Class(1 << 9);

/// Conditional and speculative wording (« nul doute que », "reportedly").
pub const HEDGES: Class = Class(1 << 21);

/// Multi-word hedges, as sequences of word keys.
pub const HEDGE_PHRASES: &[&[&str]] = &[
    &["nul", "doute"],
    &["sans", "doute"],
    &["peut-être"],
    &["paraît-il"],
    &["il", "est", "possible"],
    &["selon", "toute", "vraisemblance"],
    &["no", "doubt"],
    &["it", "seems"],
    &["is", "said", "to"],
    &["are", "said", "to"],
    &["is", "believed", "to"],
    &["may", "have"],
    &["might", "have"],
    &["appeared", "to"],
    &["appears", "to"],
    &["seemed", "to"],
    &["are", "believed", "to"],
    &["seemed"],
    &["seems"],
    &["appearing", "to"],
    &["thought", "to", "be"],
    &["thought", "to", "have"],
    &["croit", "savoir"],
    &["croient", "savoir"],
    &["conflicting", "reports"],
    &["unconfirmed", "reports"],
    &["unverified", "reports"],
    &["informations", "contradictoires"],
    &["informations", "non", "confirmées"],
    &["information", "non", "confirmée"],
    &["laissant", "penser"],
    &["laissant", "supposer"],
    &["laissant", "croire"],
];

/// The first words of [`HEDGE_PHRASES`], to skip every other word at once.
pub const HEDGE_STARTS: Class = Class(1 << 12);

/// After « aurait », these make a counterfactual (« aurait pu »), not a hedge.
pub const COUNTERFACTUALS: Class = Class(1 << 10);

/// Markers that close a superlative's scope (« au monde », « mondial »).
pub const WORLD_MARKERS: Class = Class(1 << 11);

/// Ordinals that rank within a scope (« premier producteur mondial »): alone they only
/// count (« le premier mandat »).
pub const ORDINALS: Class = Class(1 << 22);

/// Superlatives in one word (« le seul », "the largest").
pub const SUPERLATIVES: Class = Class(1 << 23);

/// Units of time: « 3 ans après » dates an event, it is not a statistic.
pub const TIME_UNITS: Class = Class(1 << 24);

/// A country's people (« Français », « Britanniques », "Americans", "Russian"): not names,
/// and not part of the name after them (`data/demonyms.txt`).
pub const DEMONYMS: Class = Class(1 << 25);

/// Lowercase adjectives that end a French institution's or a country's name
/// (« Assemblée nationale », « Parlement européen », « Front populaire », « République
/// démocratique du Congo »).
pub const INSTITUTIONAL_ADJECTIVES: Class = Class(1 << 26);

/// Particles of surnames and of names of places and titles, capitalised
/// (« Sophie Le Guen », « Le Maire », « L’Hermite », « De Gaulle », « Van Rompuy »,
/// « La Poste »): capitalised inside a sentence they are part of the name, not an article.
pub const NAME_PARTICLES: Class = Class(1 << 27);

/// Organisations that wire copy cites by one word: news agencies and broadcasters
/// (« selon Interfax », "Reuters reported"), and seats of power that stand for their
/// presidency or ministry (« le Kremlin », « l’Élysée », "the Pentagon"; ANNOTATION.md types
/// them by what they name).
pub const ONE_WORD_ORGANIZATIONS: Class = Class(1 << 28);

/// Verbs of events a fact-checker can verify, in the forms that state them as done (past
/// participles, English past tenses): « a été condamné », « ont été tués », "pleaded
/// guilty", "downgraded". Reporting verbs are not among them (`SPEECH_CUES`).
pub const EVENT_VERBS: Class = Class(1 << 30);

/// Words of a forecast, a plan or an expectation (« devrait », « va », « prévu », "will",
/// "planned", "expected"): what follows is not yet a fact.
pub const FORECASTS: Class = Class(1 << 31);

/// Auxiliaries of a compound past or a passive (« a », « ont été », « s’est », "has",
/// "were"): a participle after them states something as done.
pub const AUXILIARIES: Class = Class(1 << 32);

/// English past tenses and participles by their ending (« -ed », five letters or more:
/// "charged", not "bed" nor "succeed"), set by [`classes`] rather than listed.
pub const PAST_FORMS: Class = Class(1 << 33);

/// The words of comparisons and of superlatives made with them (« plus », « moins »,
/// "more", "most", "than"): a sentence without one has neither.
pub const COMPARATIVES: Class = Class(1 << 34);

/// Unnamed sources only after « selon les », « d’après les », "according to the", or as
/// the subject of a reporting verb: a noun that is a source there and anything elsewhere
/// (« la lenteur des autorités »).
pub const CUE_ONLY_SOURCES: Class = Class(1 << 35);

/// « par », "by", that introduce a passive's agent (« annexée par la Norlandie »).
pub const AGENTS: Class = Class(1 << 36);

/// What a court or a body metes out for a time (« quatre ans de prison », « cinq ans
/// d’inéligibilité », "ten years in prison"): a duration of it is a fact to check.
pub const PENALTIES: Class = Class(1 << 37);

/// What an organisation issues (« le communiqué », "the release", "the statement"): as a
/// source it stands for the organisation named before it.
pub const DOCUMENTS: Class = Class(1 << 38);

/// The media, unnamed (« des médias russes », "Russian media outlets", « la presse »): an
/// agent no one is named for.
pub const MEDIA: Class = Class(1 << 39);

/// A source relaying another (« selon l’agence Norpress, citant la police », "quoting").
pub const RELAYS: Class = Class(1 << 40);

/// « je », "I", "my": the writer or the speaker of the words themselves.
pub const FIRST_PERSON_SINGULAR: Class = Class(1 << 41);

/// What a study, figures or data show (« montrent », "found", "showed"): reporting, when
/// « que », "that" follows (« les chiffres de l’institut montrent que », "a Norstat survey
/// found that"), and its subject the source.
pub const FINDINGS: Class = Class(1 << 51);

/// Words that name a minister's portfolio (« Intérieur », "Foreign"), capitalised in copy but
/// no name (`name_portfolios`).
pub const PORTFOLIOS: Class = Class(1 << 50);

/// A minister's title (« ministre », "Secretary"), which a portfolio follows or precedes.
pub const MINISTER_TITLES: Class = Class(1 << 52);

/// The first word of a place of more than one word the gazetteer knows, whose name may go on
/// in lowercase words (« Arabie » of « Arabie saoudite », "Dar" of "Dar es Salaam";
/// `name_regions`).
pub const OPENS_A_PLACE_IN_LOWERCASE: Class = Class(1 << 53);

/// The words that make a name an award's or an event's, last in English ("Nobel Prize",
/// "Orbec Open", "Orbec Grand Prix"; `name_votes`).
pub const AWARDS_LAST: Class = Class(1 << 54);

/// The same, first and capitalised in French (« Prix Goncourt », « Tournoi Valdorge »,
/// « Grand Prix Brescoux »).
pub const AWARDS_FIRST: Class = Class(1 << 55);

/// The short words every English sentence has, and every French one: a sentence is
/// English where more of its words are of the first list (as `text::guess_language` tells
/// an article's language, by the same words).
pub const ENGLISH_SHORT_WORDS: Class = Class(1 << 57);
pub const FRENCH_SHORT_WORDS: Class = Class(1 << 58);

fn english_short_words() -> &'static str {
    "the of and to is was for that in with on are by it he she from has have were be at this
    an which"
}

fn french_short_words() -> &'static str {
    "le la les des du de et est une un dans pour que qui sur pas au aux par avec ont été il
    elle ce l' d' qu'"
}

/// A state's word, which opens a state's name (« République populaire de Norlandie »,
/// "Kingdom of Norland").
pub const STATE_WORDS: Class = Class(1 << 56);

/// Relative pronouns (« qui », "which"): a clause inside the sentence.
pub const RELATIVES: Class = Class(1 << 42);

/// People's first names (« Pierre », "Emily"; `data/first_names.txt`): a name that opens
/// with one is most likely a person's.
pub const FIRST_NAMES: Class = Class(1 << 43);

/// Greetings and thanks before a name (« Bonjour Sophie », "Hi John", "Thanks Josh", "Good
/// morning Debra"): not part of it.
pub const GREETINGS: Class = Class(1 << 44);

/// A kind of place that opens its name in French, in lowercase (« mer Noire », « rue des
/// Tanneurs »; `name_scan::name_place_heads`).
pub const PLACE_NAME_HEADS: Class = Class(1 << 45);

/// Adjectives that name a part of a place after it (« Europe occidentale », « Suisse
/// romande »; `name_scan::name_regions`).
pub const PART_ADJECTIVES: Class = Class(1 << 46);

/// Adverbs and numbers in words that open a sentence, capitalised there, and never a name
/// (« Récemment », "Later Pell left", "Two Orbec Bank officials", « Trois »): not part of
/// the name after them.
pub const SENTENCE_ADVERBS: Class = Class(1 << 47);

fn sentence_adverbs_words() -> &'static str {
    "later earlier now recently afterwards finally eventually initially previously currently
    instead otherwise thus therefore indeed perhaps nevertheless nonetheless separately
    récemment finalement également auparavant dorénavant soudain actuellement initialement
    two three four five six seven eight nine ten eleven twelve twenty several
    deux trois quatre cinq six sept huit neuf dix onze douze vingt"
}

/// A person's verbs of speech: one unknown word before one (or before « a » and one) is
/// likely a person's name ("Orlov said", « Orlov a déclaré »).
pub const PERSON_SPEECH: Class = Class(1 << 48);

/// Words that qualify what a source reports without naming whose it is, between the cue
/// and the noun (« selon les dernières données », "according to preliminary figures").
pub const REPORT_QUALIFIERS: Class = Class(1 << 49);

fn person_speech_words() -> &'static str {
    "said says told wrote writes added explained replied déclare déclaré dit écrit ajoute
    ajouté explique expliqué répond répondu raconte raconté confie confié témoigne témoigné
    réplique répliqué rétorque rétorqué"
}

/// Not « ville », « région », « province », « péninsule » (« la ville de Berne » is Berne),
/// nor « barrage », a dam named after the town it stands by, whose own mentions would no
/// longer tell a place.
fn place_name_heads_words() -> &'static str {
    "rue avenue boulevard quai impasse mer océan golfe détroit lac île îles canton vallée canal
    barrage salle place pont stade palais gare aéroport cathédrale basilique église théâtre
    tribunal université école collège lycée hôpital musée centre"
}

/// The points of the compass, the language regions. English writes them before the place,
/// capitalised ("Western Europe", "Central Asia"), which the name scan already joins.
fn part_adjectives_words() -> &'static str {
    "occidental occidentale oriental orientale méridional méridionale septentrional
    septentrionale central centrale méditerranéenne latine romand romande alémanique française
    allemande italienne occidentaux occidentales orientaux orientales méridionaux méridionales
    septentrionaux septentrionales centraux centrales"
}

/// Sources only after a cue (« selon les autorités », "according to the suspect"), as the
/// words are more often what is reported on: the people a story is about (« un suspect a été
/// arrêté ») tell it only when cued.
fn cue_only_sources_words() -> &'static str {
    "autorités authorities données data chiffres figures estimations estimates enquêteurs investigators
    secouristes rescuers services suspect suspects détenu détenus détenue détenues accusé
    accusés prévenu prévenus survivant survivants survivante rescapé rescapés rescapée
    detainee detainees defendant defendants survivor survivors eyewitness eyewitnesses
    bystander bystanders"
}

fn comparatives_words() -> &'static str {
    "plus moins more less most least than"
}

fn auxiliaries_words() -> &'static str {
    "a ont avait avaient est sont été était étaient fut furent has have had was were been"
}

fn forecasts_words() -> &'static str {
    "will would likely expected plans planned hoped hopes intends aims devrait devraient va vont
    pourrait pourraient sera seront envisage envisagent prévu prévue"
}

fn event_verbs_words() -> &'static str {
    "condamné condamnée condamnés condamnées inculpé inculpée inculpés arrêté arrêtée arrêtés
    interpellé interpellés tué tuée tués tuées blessé blessée blessés blessées décédé décédée
    élu élue élus approuvé approuvée rejeté rejetée voté votée détruit détruite lancé lancée
    signé signée démissionné nommé nommée limogé interdit interdite dégradé abaissé relevé
    remporté gagné perdu évacué évacués évacuées inondé inondée inondés inondées effondré
    explosé frappé frappée attaqué attaquée envahi capturé capturés libéré libérés ordonné
    suspendu suspendue enregistré atteint augmenté diminué baissé chuté grimpé adopté adoptée
    censuré renversé déployé déployés envoyé envoyés émis délivré inculpés reconnu
    charged convicted sentenced arrested detained killed injured wounded died pleaded
    downgraded upgraded won lost elected approved rejected voted destroyed launched signed
    resigned appointed dismissed banned barred attacked invaded captured seized released
    ordered suspended recorded rose fell increased decreased dropped grew shrank evacuated
    flooded collapsed exploded crashed struck raided deployed issued adopted censured
    toppled ousted defeated blew sank jailed fined indicted took broke fled shot sold paid spent
    swam stole fought beat built overtook"
}

/// Common nouns that name a kind of place: before a name in French (« lac Saviel »,
/// « barrage de Vouglans », « rue de Rivoli »), after it in English ("Tamber River",
/// "Elmwood City Hall").
pub const PLACE_HEADS: Class = Class(1 << 29);

fn place_heads_words() -> &'static str {
    "lac fleuve rivière mont monts rue avenue boulevard pont barrage île îles golfe mer océan
    région oblast province département gare aéroport stade salle palais quartier détroit
    péninsule presqu'île canal colline vallée désert plage baie
    river lake dam hall bridge square street avenue road park island islands mountain
    mountains valley bay sea ocean region oblast province county airport station arena
    stadium palace cathedral tower gulf peninsula desert canal strait coast beach hill
    forêt étang col cap massif plateau glacier lagune cité faubourg quai allée impasse
    city town village creek brook pond reservoir harbour harbor dock docks pier wharf junction
    highway freeway motorway forest falls cape peak ridge canyon lagoon
    marsh heights hotel theatre theater temple mosque castle library gym base area pavilion"
}

/// The first word after its article of a well-known newspaper's or news magazine's title
/// (« Canard » of « Le Canard enchaîné », "New" of "The New York Times"): the only words at
/// which `MEDIA_TITLES` is read.
pub const MEDIA_TITLE_HEADS: Class = Class(1 << 59);

fn media_title_heads_words() -> &'static str {
    "monde figaro libération canard équipe parisien échos humanité croix point express obs
    nouvel mediapart journal charlie courrier dauphiné dépêche voix télégramme paris valeurs
    guardian new washington wall times sunday financial economist daily telegraph observer
    los usa boston irish straits sydney chicago evening huffington"
}

/// Well-known French and English newspapers and news magazines, as their words' keys with
/// the title's article first when it has one (« l' » set off by a space); well-known
/// titles, written by the project. Each title's first word after its article is in
/// `MEDIA_TITLE_HEADS`.
pub const MEDIA_TITLES: &[&str] = &[
    "le monde",
    "le monde diplomatique",
    "le figaro",
    "libération",
    "le canard enchaîné",
    "l' équipe",
    "le parisien",
    "les échos",
    "l' humanité",
    "la croix",
    "le point",
    "l' express",
    "l' obs",
    "le nouvel observateur",
    "nouvel observateur",
    "mediapart",
    "le journal du dimanche",
    "charlie hebdo",
    "courrier international",
    "le dauphiné libéré",
    "la dépêche du midi",
    "la voix du nord",
    "le télégramme",
    "paris match",
    "valeurs actuelles",
    "the guardian",
    "the new york times",
    "the new yorker",
    "the washington post",
    "the wall street journal",
    "the times",
    "the sunday times",
    "financial times",
    "the financial times",
    "the economist",
    "the daily telegraph",
    "the sunday telegraph",
    "the telegraph",
    "the observer",
    "los angeles times",
    "the los angeles times",
    "usa today",
    "the boston globe",
    "the daily mail",
    "the daily mirror",
    "the irish times",
    "the straits times",
    "the sydney morning herald",
    "chicago tribune",
    "the chicago tribune",
    "the evening standard",
    "the huffington post",
];

fn one_word_organizations_words() -> &'static str {
    "afp reuters ap tass interfax ria novosti xinhua kyodo yonhap ansa efe dpa belga anadolu
    bloomberg cnn bbc nbc cbs msnbc franceinfo euronews politico axios izvestia kommersant
    baza kremlin élysée matignon pentagone pentagon"
}

fn institutional_adjectives_words() -> &'static str {
    "national nationale nationaux nationales européen européenne européens européennes
    populaire populaires social sociale sociaux sociales fédéral fédérale fédéraux fédérales
    démocratique démocratiques islamique islamiques constitutionnel constitutionnelle
    constitutionnels constitutionnelles
    unies unis socialiste socialistes communiste communistes écologiste écologistes
    républicain républicaine républicains"
}

fn name_particles_words() -> &'static str {
    "le la l' de du d' van von der den di da del della dos das"
}

fn name_connectors_words() -> &'static str {
    "de du des d' la le von van der den al el bin ibn of the for and y da dos di"
}

fn phrase_connectors_words() -> &'static str {
    "de du des d' la le les l' et en sur pour à au aux of the for and on in"
}

fn prepositions_words() -> &'static str {
    "de du des d' en sur pour à au aux of for on in"
}

fn lowercase_organization_heads_words() -> &'static str {
    "ministère ministry"
}

fn strong_place_prepositions_words() -> &'static str {
    "en au aux in"
}

fn weak_place_prepositions_words() -> &'static str {
    "à from near"
}

/// Capitalised, no name but a minister's portfolio (`name_portfolios`): « ministre de
/// l’Intérieur », "the Foreign Minister"; "prime", "deputy", "shadow", "junior" before an
/// English title too.
fn portfolios_words() -> &'static str {
    "intérieur santé armées défense justice affaires économie finances budget travail emploi
    éducation enseignement recherche agriculture culture transports logement environnement
    écologie industrie commerce sports numérique outre-mer solidarités famille jeunesse énergie
    comptes fonction territoires transition tourisme égalité immigration foreign affairs home
    interior defence defense finance treasury health economy economic trade energy education
    labour labor environment transport transportation communications industry housing security
    sport tourism welfare pensions business digital science climate development veterans prime
    deputy shadow junior state"
}

fn minister_titles_words() -> &'static str {
    "ministre ministres vice-ministre vice-ministres sous-secrétaire vice-minister secrétaire
    commissaire minister ministers secretary secretaries commissioner"
}

fn common_capitalised_words() -> &'static str {
    "état états etat etats constitution jeux games telegram facebook twitter instagram tiktok youtube
    whatsapp snapchat linkedin viber vkontakte wechat weibo économie economie economy finances
    traité traités charte"
}

/// All-capitals words that shorten common nouns (« PIB », "GDP", « PDG », « JO ») or name a
/// time zone ("GMT", "UTC"): not organisations.
fn not_acronyms_words() -> &'static str {
    "led tv ok pdf gps usb ii iii iv vi vii viii ix xi xii xx xxi pib gdp tva vat pme sme pdg ceo
    cfo jo smic rsa hlm cdd cdi ivg ogm gmo qi iq cv dvd cd sms faq ia ai ong ngo covid sida
    aids vih hiv adn dna am pm gmt utc cet cest bst edt pdt pst ko rbi era mvp dui dwi vip dj url
    isbn api ui lgbt lgbtq suv icu ppe sdf rtt vtc irm pma gpa qg"
}

/// « selon », « d’après » (its « après », split from the elision), "according", "as per"
/// (« per » a cue only after "as": "cases per day" is a rate).
fn source_prepositions_words() -> &'static str {
    "selon d'après après according per"
}

fn source_pronouns_words() -> &'static str {
    "il elle ils elles lui eux t-il t-elle dernier dernière he she they him her them latter"
}

fn counterfactuals_words() -> &'static str {
    "pu dû voulu aimé"
}

fn world_markers_words() -> &'static str {
    "monde mondial mondiale mondiaux mondiales world world's"
}

fn function_words_words() -> &'static str {
    "le la les l' à un une des du de d' au aux ce cet cette ces son sa ses leur leurs mon ma
    mes notre nos votre vos il elle ils elles on nous vous je tu lui eux y en qui que qu' quoi
    dont où quel quelle quels quelles et ou mais donc or ni car si selon cependant néanmoins
    toutefois pourtant ainsi alors aussi puis ensuite enfin dans sur sous avec sans pour par
    entre vers chez depuis pendant avant après contre malgré parmi lors dès jusqu' comme tout
    toute tous toutes même mêmes plus moins très trop peu bien déjà encore toujours jamais
    souvent longtemps ici là c' cela ceci ça celui celle ceux celles certains certaines
    plusieurs chaque aucun aucune autre autres tel telle tels telles voici voilà oui non pas
    ne n' s' se m' t' j' quand comment pourquoi lorsque lorsqu' puisque puisqu' afin face
    côté outre hormis sauf via près grâce d'où au-delà peut-être désormais parfois aujourd'hui hier
    demain mercredi jeudi vendredi samedi dimanche lundi mardi est sont était étaient a ont
    avait été être the a an this that these those it its he she they we you i his her
    their our my your who whom which what when where why how and or but so if as at by for
    from in into of on onto to with without within about after before during since until
    under over between among against according also however moreover meanwhile yet still
    even then there here not no yes all some many much more most few each every any other
    such both either neither one is are was were be been has have had do does did will would
    can could should may might must yesterday today tomorrow tonight while whereas although
    though because unless monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    janvier février avril juin juillet septembre octobre novembre décembre"
}

fn person_titles_words() -> &'static str {
    "président présidente ministre porte-parole député députée sénateur sénatrice
    chercheur chercheuse politologue analyste expert experte observateur observatrice
    directeur directrice conseiller conseillère chef cheffe dirigeant dirigeante diplomate
    journaliste rédacteur rédactrice présentateur présentatrice ambassadeur ambassadrice
    général colonel patron patronne candidat candidate maire professeur professeure docteur
    secrétaire leader opposant opposante homologue fondateur fondatrice juge avocat avocate
    procureur procureure commissaire roi reine prince princesse pape économiste historien
    historienne sociologue écrivain écrivaine auteur autrice militant militante représentant
    représentante mari épouse femme fils fille m. mme mlle mr mrs ms dr pr prof me mgr chancelier
    chancelière
    gouverneur gouverneure empereur impératrice cheikh émir vice-président vice-présidente
    chancellor governor emperor sheikh emir vice-president chairman chairwoman chairperson
    ceo cfo coo pdg premier president minister
    spokesperson spokesman spokeswoman senator researcher analyst director adviser advisor
    chief leader ambassador general mayor professor secretary candidate journalist editor
    founder judge lawyer king queen economist historian author activist
    aunt uncle grandma grandpa tante oncle sir dame pope
    chair speaker representative congressman congresswoman commissioner prosecutor attorney
    inspector detective captain lieutenant sergeant admiral bishop cardinal coach manager
    capitaine lieutenant sergent amiral évêque rabbin imam entraîneur entraîneuse
    sélectionneur inspecteur inspectrice commandant préfet préfète recteur rectrice
    director-general directeur-général directrice-générale secretary-general colonel brigadier
    major-general lieutenant-general brigadier-general lieutenant-colonel vice-admiral
    rear-admiral
    secrétaire-général secrétaire-générale"
}

fn organization_heads_words() -> &'static str {
    "organisation organization union fondation foundation institut institute commission
    service services ministère ministry agence agency banque bank conseil council parti party
    université university college centre center comité committee assemblée assembly fonds
    fund forum gouvernement government parlement parliament sénat senate cour court tribunal
    armée army compagnie company corporation groupe group société association fédération
    federation alliance ligue league conférence conference bureau office département
    department administration autorité authority observatoire académie academy école school
    hôpital hospital press presse news tv télévision radio times post journal gazette inc ltd
    corp gmbh llc plc club église church network média médias éditions chambre chambres
    chamber society institution media magazine newspaper tribune herald movement mouvement
    coalition syndicat musée museum trésor treasury congress congrès board force forces"
}

fn organization_appositions_words() -> &'static str {
    "géant entreprise société groupe agence média journal compagnie opérateur
    constructeur fabricant firme banque chaîne quotidien hebdomadaire organisation ong
    company firm group agency giant outlet newspaper broadcaster bank organization"
}

fn place_appositions_words() -> &'static str {
    "ville capitale région province pays village commune port city capital region
    province country town village"
}

fn speech_cues_words() -> &'static str {
    "déclaré déclare déclarent affirmé affirme affirment indiqué indique expliqué explique
    expliquent ajouté ajoute souligné souligne soulignent estimé estime estiment écrit écrivait
    dit dire confié confie rapporté rapporte rapportent annoncé annonce précisé précise assuré
    assure répond répondu réitéré critiqué menacé lancé raconte témoigne selon soutenu observe
    note notent qualifié qualifiant confirmé confirme démenti averti prévenu martelé reconnu
    admis insisté rappelé jugé juge considère pense croit accusé dénoncé fustigé demandé
    interrogé cité tweeté publié savoir said says told stated added explained wrote writes
    according claimed claims noted reported reports announced confirmed denied argued warned
    tweeted say détaillé détaille relève relevé rétorqué rétorque répliqué réplique poursuivi
    signalé ajoutant précisant soulignant expliquant indiquant affirmant assurant estimant
    déploré déplore regretté concédé avoué révélé revealed affirmed assured admitted detailed
    insisted stressed acknowledged replied responded asserted disclosed testified conceded
    indicated adding saying per observé noté commenté raconté témoigné observed commented
    informé informe informent informed informs"
}

fn anonymous_sources_words() -> &'static str {
    "sources source experts expert observateurs observateur analystes analyste
    responsables responsable officiels officiel diplomates diplomate porte-parole proches
    témoins témoin spécialistes spécialiste médias connaisseurs interlocuteur économistes
    chercheurs scientifiques juristes militants habitants résidents conseiller conseillère
    conseillers membres economists researchers scientists residents activists advisers
    advisors aides spokesperson spokesman spokeswoman officials official analysts analyst observers
    diplomats insiders insider witnesses people"
}

fn indefinite_determiners_words() -> &'static str {
    "des un une certains certaines plusieurs nombreux nombreuses some several a an
    many unnamed anonymous senior"
}

/// A fact presented as uncertain: the journalistic conditional (« auraient été tués »),
/// "reportedly", « prétendument ». Not forecasts and modals (« devrait », « pourrait »,
/// "likely"): a forecast is not a hedged fact (ANNOTATION.md). Nor the adjectives
/// « présumé », « supposé », "alleged", which qualify a noun (« les auteurs présumés »), not
/// the statement.
fn hedges_words() -> &'static str {
    "aurait auraient serait seraient apparemment semble semblent semblait semblerait
    semblant supposément prétendument reportedly allegedly apparently purportedly supposedly
    rumored rumoured seemingly suggesting"
}

fn ordinals_words() -> &'static str {
    "premier première premiers premières deuxième second seconde troisième quatrième cinquième
    first second third fourth fifth"
}

fn superlatives_words() -> &'static str {
    "seul seule only largest biggest longest highest lowest greatest oldest richest
    poorest deadliest worst best"
}

fn documents_words() -> &'static str {
    "communiqué rapport déclaration statement release report filing"
}

fn penalties_words() -> &'static str {
    "prison emprisonnement réclusion détention inéligibilité inéligible inéligibles sursis
    ferme bannissement suspension interdiction condamnation exclu exclue exclus exclut
    suspendu suspendue interdit interdite déchu déchue jail imprisonment detention custody
    probation ban banned barred ineligible ineligibility suspended disqualified excluded"
}

fn time_units_words() -> &'static str {
    "an ans année années mois jour jours semaine semaines heure heures minute minutes
    siècle siècles décennie décennies year years month months day days week weeks hour hours
    decade decades century centuries"
}
