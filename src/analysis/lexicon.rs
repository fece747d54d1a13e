//! Word lists the rules consult, French and English. Keys are lowercase with typographic
//! apostrophes made straight (see [`key`]); accents are kept.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// The lookup key of a word: lowercase, ’ → '.
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_key(word, &mut out);
    out
}

/// Appends the lookup key of `word` to `out`.
pub fn push_key(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '\u{2019}' => out.push('\''),
            c if c.is_lowercase() => out.push(c),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Word classes: each word list below is a bit; a word's classes are looked up once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Class(pub u32);

/// Every listed word with the classes it belongs to.
static CLASSES: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u32> = HashMap::default();
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
    ];
    for (class, words) in lists {
        for w in words.split_whitespace() {
            *map.entry(w).or_default() |= class.0;
        }
    }
    for phrase in HEDGE_PHRASES {
        *map.entry(phrase[0]).or_default() |= HEDGE_STARTS.0;
    }
    map
});

/// The classes of a word key (see [`key`]), as bits.
pub fn classes(key: &str) -> u32 {
    CLASSES.get(key).copied().unwrap_or(0)
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

/// Words that make a name an organisation's (« Organisation », « ministère », "Institute").
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

/// Common nouns French capitalises (« l’État », « l’Occident »): not names.
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

fn common_capitalised_words() -> &'static str {
    "état états etat etats"
}

fn not_acronyms_words() -> &'static str {
    "led tv ok pdf gps usb ii iii iv vi vii viii ix xi xii xx xxi"
}

fn source_prepositions_words() -> &'static str {
    "selon d'après according"
}

fn source_pronouns_words() -> &'static str {
    "il elle ils elles lui eux t-il t-elle he she they him her them"
}

fn counterfactuals_words() -> &'static str {
    "pu dû voulu aimé"
}

fn world_markers_words() -> &'static str {
    "monde mondial mondiale mondiaux mondiales world world's"
}

fn function_words_words() -> &'static str {
    "le la les l' un une des du de d' au aux ce cet cette ces son sa ses leur leurs mon ma
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
    can could should may might must monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december"
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
    représentante mari épouse femme fils fille m. mme mr mrs ms dr chancelier chancelière
    gouverneur gouverneure empereur impératrice cheikh émir vice-président vice-présidente
    chancellor governor emperor sheikh emir vice-president chairman chairwoman chairperson
    ceo premier president minister
    spokesperson spokesman spokeswoman senator researcher analyst director adviser advisor
    chief leader ambassador general mayor professor secretary candidate journalist editor
    founder judge lawyer king queen economist historian author activist"
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
    corp gmbh llc plc club église church network média médias"
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
    tweeted say"
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

fn hedges_words() -> &'static str {
    "aurait auraient serait seraient probablement vraisemblablement apparemment semble
    semblent semblait semblerait présumé présumée présumés supposé supposée supposément
    prétendu prétendue prétendument pourrait pourraient devrait devraient reportedly
    allegedly apparently purportedly supposedly probably likely rumored rumoured"
}

fn ordinals_words() -> &'static str {
    "premier première premiers premières deuxième second seconde troisième first second
    third"
}

fn superlatives_words() -> &'static str {
    "seul seule only largest biggest longest highest lowest greatest oldest richest
    poorest deadliest worst best"
}

fn time_units_words() -> &'static str {
    "an ans année années mois jour jours semaine semaines heure heures minute minutes
    siècle siècles décennie décennies year years month months day days week weeks hour hours
    decade decades century centuries"
}
