//! Word lists the rules consult, French and English. Keys are lowercase with typographic
//! apostrophes made straight (see [`key`]); accents are kept.

use rustc_hash::FxHashSet as HashSet;
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
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
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

fn set(words: &'static str) -> HashSet<&'static str> {
    words.split_whitespace().collect()
}

/// Determiners, pronouns, prepositions, conjunctions and adverbs: capitalised at the start
/// of a sentence they are still not names. Also weekdays and months, capitalised in English.
pub static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
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
    january february march april june july august september october november december",
    )
});

/// Lowercase words that may join the capitalised words of one name.
pub static NAME_CONNECTORS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("de du des d' la le von van der den al el bin ibn of the for and y da dos di")
});

/// Lowercase words that may continue an organisation's name after its head word
/// (« Organisation du traité de sécurité collective »).
pub static PHRASE_CONNECTORS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("de du des d' la le les l' et en sur pour à au aux of the for and on in"));

/// Prepositions among those connectors: what links a capitalised word into an
/// organisation's name (« coopération de Shanghai », « en Europe »).
pub static PREPOSITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("de du des d' en sur pour à au aux of for on in"));

/// Titles and roles before (or in apposition to) a person's name.
pub static PERSON_TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
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
    founder judge lawyer king queen economist historian author activist",
    )
});

/// Words that make a name an organisation's (« Organisation », « ministère », "Institute").
pub static ORGANIZATION_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "organisation organization union fondation foundation institut institute commission
    service services ministère ministry agence agency banque bank conseil council parti party
    université university college centre center comité committee assemblée assembly fonds
    fund forum gouvernement government parlement parliament sénat senate cour court tribunal
    armée army compagnie company corporation groupe group société association fédération
    federation alliance ligue league conférence conference bureau office département
    department administration autorité authority observatoire académie academy école school
    hôpital hospital press presse news tv télévision radio times post journal gazette inc ltd
    corp gmbh llc plc club église church network média médias",
    )
});

/// Head words that may start an organisation's name in lowercase (« le ministère des
/// Affaires étrangères »).
pub static LOWERCASE_ORGANIZATION_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("ministère ministry"));

/// Nouns in apposition that say a name is an organisation (« Rosatom, le géant russe »).
pub static ORGANIZATION_APPOSITIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "géant entreprise société groupe agence média journal compagnie opérateur
    constructeur fabricant firme banque chaîne quotidien hebdomadaire organisation ong
    company firm group agency giant outlet newspaper broadcaster bank organization",
    )
});

/// Nouns in apposition that say a name is a place (« Almaty, la plus grande ville »).
pub static PLACE_APPOSITIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "ville capitale région province pays village commune port city capital region
    province country town village",
    )
});

/// Prepositions that announce a place: strong (« en Ukraine », « au Kazakhstan », "in
/// Kyiv") and weak (« à Astana », which also precedes people: « à Poutine »).
pub static STRONG_PLACE_PREPOSITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("en au aux in"));
pub static WEAK_PLACE_PREPOSITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("à from near"));

/// Common nouns French capitalises (« l’État », « l’Occident »): not names.
pub static COMMON_CAPITALISED: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("état états etat etats"));

/// All-caps words that are not organisations.
pub static NOT_ACRONYMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("led tv ok pdf gps usb ii iii iv vi vii viii ix xi xii xx xxi"));

/// Verbs and phrases that report speech (« a déclaré », « selon », "said").
pub static SPEECH_CUES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "déclaré déclare déclarent affirmé affirme affirment indiqué indique expliqué explique
    expliquent ajouté ajoute souligné souligne soulignent estimé estime estiment écrit écrivait
    dit dire confié confie rapporté rapporte rapportent annoncé annonce précisé précise assuré
    assure répond répondu réitéré critiqué menacé lancé raconte témoigne selon soutenu observe
    note notent qualifié qualifiant confirmé confirme démenti averti prévenu martelé reconnu
    admis insisté rappelé jugé juge considère pense croit accusé dénoncé fustigé demandé
    interrogé cité tweeté publié savoir said says told stated added explained wrote writes
    according claimed claims noted reported reports announced confirmed denied argued warned
    tweeted say",
    )
});

/// Nouns for people who are cited without a name (« des sources », "officials").
pub static ANONYMOUS_SOURCES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "sources source experts expert observateurs observateur analystes analyste
    responsables responsable officiels officiel diplomates diplomate porte-parole proches
    témoins témoin spécialistes spécialiste médias connaisseurs interlocuteur économistes
    chercheurs scientifiques juristes militants habitants résidents conseiller conseillère
    conseillers membres economists researchers scientists residents activists advisers
    advisors aides spokesperson spokesman spokeswoman officials official analysts analyst observers
    diplomats insiders insider witnesses people",
    )
});

/// Determiners that leave a source unnamed (« des », « un », "some").
pub static INDEFINITE_DETERMINERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "des un une certains certaines plusieurs de d' nombreux nombreuses some several a an
    many unnamed anonymous senior",
    )
});

/// Words that announce a source: « selon », « d’après », "according (to)".
pub static SOURCE_PREPOSITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("selon d'après according"));

/// Pronouns that stand for a source named earlier (« selon lui », « a-t-il déclaré »).
pub static SOURCE_PRONOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("il elle ils elles lui eux t-il t-elle he she they him her them"));

/// Conditional and speculative wording (« nul doute que », "reportedly").
pub static HEDGES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "aurait auraient serait seraient probablement vraisemblablement apparemment semble
    semblent semblait semblerait présumé présumée présumés supposé supposée supposément
    prétendu prétendue prétendument pourrait pourraient devrait devraient reportedly
    allegedly apparently purportedly supposedly probably likely rumored rumoured",
    )
});

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
pub static HEDGE_STARTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| HEDGE_PHRASES.iter().map(|p| p[0]).collect());

/// After « aurait », these make a counterfactual (« aurait pu »), not a hedge.
pub static COUNTERFACTUALS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("pu dû voulu aimé"));

/// Markers that close a superlative's scope (« au monde », « mondial »).
pub static WORLD_MARKERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("monde mondial mondiale mondiaux mondiales world world's"));

/// Ordinals that rank within a scope (« premier producteur mondial »): alone they only
/// count (« le premier mandat »).
pub static ORDINALS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "premier première premiers premières deuxième second seconde troisième first second
    third",
    )
});

/// Superlatives in one word (« le seul », "the largest").
pub static SUPERLATIVES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "seul seule only largest biggest longest highest lowest greatest oldest richest
    poorest deadliest worst best",
    )
});

/// Units of time: « 3 ans après » dates an event, it is not a statistic.
pub static TIME_UNITS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "an ans année années mois jour jours semaine semaines heure heures minute minutes
    siècle siècles décennie décennies year years month months day days week weeks hour hours
    decade decades century centuries",
    )
});
