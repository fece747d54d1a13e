#!/usr/bin/env node
// Generates data/gazetteer.tsv: country and city names in French and English, for
// src/analysis/gazetteer.rs. Run once by hand when the sources change; the output is committed.
//
// To rerun, from the repository root:
//
//   npm install --no-save --prefix /tmp/gaz cldr-localenames-full cldr-dates-full world-countries
//   node scripts/gazetteer.mjs /tmp/gaz/node_modules
//
// The node_modules folder may also be given as GAZETTEER_NODE_MODULES instead of the argument.
// cldr-core comes along as a dependency of cldr-dates-full. Origins, versions and licences are in
// data/README.md: update the versions there when you regenerate.
//
// Sources:
// - countries: CLDR territory names (cldr-localenames-full, main/{fr,en}/territories.json),
//   2-letter region codes only, with their real alternate names ("Ivory Coast", "Tchéquie");
//   plus world-countries' English and French common names.
// - cities: CLDR exemplar cities of time zones (cldr-dates-full, main/{fr,en}/timeZoneNames.json;
//   a zone without an exemplar city in a locale takes the one CLDR derives from its id,
//   "America/New_York" -> "New York"; the zone list is cldr-core's metaZones.json), plus
//   world-countries' capitals, plus the short SUPPLEMENT below.
// A name that is both a country and a city is kept as a country only.
// Each name carries the id of the place it names, the same in both languages, so that « Moscou »
// and "Moscow", « Russie » and "Russia" are one place: the territory's code (RU), the region's
// UN M49 code (002), the time zone's id (Europe/Moscow), or a capital's country (capital:RU).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = process.argv[2] ?? process.env.GAZETTEER_NODE_MODULES;
if (!modules) {
  console.error('usage: node scripts/gazetteer.mjs NODE_MODULES_DIR (or GAZETTEER_NODE_MODULES)');
  process.exit(2);
}
const load = (...parts) => JSON.parse(fs.readFileSync(path.join(modules, ...parts), 'utf8'));
const version = (pkg) => load(pkg, 'package.json').version;
const LOCALES = ['fr', 'en'];

// Hand-written, not from the sources: common exonyms and major cities the sources lack, with
// the id of the place they name.
const SUPPLEMENT = [
  ['Saint-Pétersbourg', 'city', 'city:saint-petersburg'],
  ['Saint Petersburg', 'city', 'city:saint-petersburg'],
  ['Pékin', 'city', 'capital:CN'], // Beijing: no CLDR zone, world-countries has English capitals only
  ['Washington', 'city', 'capital:US'], // world-countries says "Washington D.C."
  ['Berne', 'city', 'capital:CH'], // French for Bern
  ['Abou Dhabi', 'city', 'capital:AE'], // French for Abu Dhabi
  ['Nur-Sultan', 'city', 'capital:KZ'], // Astana's name from 2019 to 2022
  ['Noursoultan', 'city', 'capital:KZ'],
  // A country's everyday name that CLDR and world-countries give only in a longer form.
  ['Britain', 'country', 'GB'],
  ['Great Britain', 'country', 'GB'],
  ['Grande-Bretagne', 'country', 'GB'],
  ['Burma', 'country', 'MM'],
  ['Birmanie', 'country', 'MM'],
  ['Macedonia', 'country', 'MK'],
  ['Macédoine', 'country', 'MK'],
  // Countries' usual abbreviations, which CLDR gives only as "US" and "UK".
  ['USA', 'country', 'US'],
  ['UAE', 'country', 'AE'],
  ['DRC', 'country', 'CD'],
  ['RDC', 'country', 'CD'],
  // States that no longer exist, which the news still names (history, sport, archives); the
  // id is the code ISO 3166-3 gave them.
  ['Soviet Union', 'country', 'SUHH'],
  ['USSR', 'country', 'SUHH'],
  ['Union soviétique', 'country', 'SUHH'],
  ['URSS', 'country', 'SUHH'],
  ['Yugoslavia', 'country', 'YUCS'],
  ['Yougoslavie', 'country', 'YUCS'],
  ['Czechoslovakia', 'country', 'CSHH'],
  ['Tchécoslovaquie', 'country', 'CSHH'],
  ['Zaïre', 'country', 'ZRCD'],
  ['Zaire', 'country', 'ZRCD'],
  ['East Germany', 'country', 'DDDE'],
  ["Allemagne de l'Est", 'country', 'DDDE'],
  ['West Germany', 'country', 'DE'],
  ["Allemagne de l'Ouest", 'country', 'DE'],
  // Regions the news names that are no state's division (those are in world_places.tsv),
  // in English and French: the same id for both.
  // "America" and « Amérique » alone name the United States as often as the continents:
  // a place all the same, of its own id.
  ['America', 'region', 'region:america'],
  ['Amérique', 'region', 'region:america'],
  ['Middle East', 'region', 'region:middle-east'],
  ['Moyen-Orient', 'region', 'region:middle-east'],
  ['Near East', 'region', 'region:near-east'],
  ['Proche-Orient', 'region', 'region:near-east'],
  ['Far East', 'region', 'region:far-east'],
  ['Extrême-Orient', 'region', 'region:far-east'],
  ['Balkans', 'region', 'region:balkans'],
  ['Caucasus', 'region', 'region:caucasus'],
  ['Caucase', 'region', 'region:caucasus'],
  ['Scandinavia', 'region', 'region:scandinavia'],
  ['Scandinavie', 'region', 'region:scandinavia'],
  ['Maghreb', 'region', 'region:maghreb'],
  ['Sahel', 'region', 'region:sahel'],
  ['Sahara', 'region', 'region:sahara'],
  ['Siberia', 'region', 'region:siberia'],
  ['Sibérie', 'region', 'region:siberia'],
  ['Patagonia', 'region', 'region:patagonia'],
  ['Patagonie', 'region', 'region:patagonia'],
  ['Amazonia', 'region', 'region:amazonia'],
  ['Amazonie', 'region', 'region:amazonia'],
  ['Himalayas', 'region', 'region:himalaya'],
  ['Himalaya', 'region', 'region:himalaya'],
  ['Midwest', 'region', 'region:midwest'],
  ['Kashmir', 'region', 'region:kashmir'],
  ['Cachemire', 'region', 'region:kashmir'],
  ['Tibet', 'region', 'region:tibet'],
  ['Kurdistan', 'region', 'region:kurdistan'],
  ['Donbass', 'region', 'region:donbas'],
  ['Donbas', 'region', 'region:donbas'],
  ['Crimea', 'region', 'region:crimea'],
  ['Crimée', 'region', 'region:crimea'],
  ['West Bank', 'region', 'region:west-bank'],
  ['Cisjordanie', 'region', 'region:west-bank'],
  ['Gaza Strip', 'region', 'region:gaza'],
  ['Catalonia', 'region', 'region:catalonia'],
  ['Catalogne', 'region', 'region:catalonia'],
  ['Bavaria', 'region', 'region:bavaria'],
  ['Bavière', 'region', 'region:bavaria'],
  ['Flanders', 'region', 'region:flanders'],
  ['Flandre', 'region', 'region:flanders'],
  ['Wallonia', 'region', 'region:wallonia'],
  ['Wallonie', 'region', 'region:wallonia'],
  ['Quebec', 'region', 'region:quebec'],
  ['Québec', 'region', 'region:quebec'],
];

// Codes that CLDR lists among territories but that are not countries or territories.
const NOT_TERRITORIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

// City names dropped because, lowercased and without accents, they are common French or English
// words (found with the wfrench and wamerican word lists, then judged by hand), mostly islands or
// small places: "Oral" (Kazakhstan), "Malé" (male), "Sucre", "Marquises"... A name that is only a
// rare word ("Paris", "Damas", "Vienne", "Détroit") is kept. Also dropped: Seoul, because the
// crate's folding (src/text/fold.rs) turns « Séoul » into "seul", the French for "alone", a
// frequent sentence opener; "Boise", which folds like « boisé »; and three small capitals that
// in the news are nearly always people (Douglas, Hamilton, Stanley).
const DROPPED_CITIES = new Set([
  'caimans', 'canaries', 'canton', 'cocos', 'gambier', 'madere', 'male', 'marquises', 'midway',
  'oral', 'resolute', 'roseau', 'sucre', 'wake',
  'seoul', 'boise',
  'douglas', 'hamilton', 'stanley',
]);

// Abbreviations such as "É.-U." or "R.-U.", glosses such as "Congo (RDC)" or
// "Beulah, North Dakota", and "Wallis & Futuna".
const junk = (name) => /[([,&]/.test(name) || /^(\p{L}\.[\s-]?)+$/u.test(name);
const plainLower = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Name → id of the place it names; a name keeps the first id it is given.
const countries = new Map();
const cities = new Map();
const regions = new Map();
const add = (set, name, id) => {
  const n = name?.trim();
  if (n && !junk(n) && !set.has(n)) set.set(n, id);
};

for (const locale of LOCALES) {
  const t = load('cldr-localenames-full', 'main', locale, 'territories.json');
  for (const [key, name] of Object.entries(t.main[locale].localeDisplayNames.territories)) {
    const m = /^([A-Z]{2})(-alt-(variant|short))?$/.exec(key);
    if (m && !NOT_TERRITORIES.has(m[1])) add(countries, name, m[1]);
    // Three digits: continents and regions (UN M49), « Asie centrale », "Eastern Europe";
    // 001 is "World" / « Monde », a common word.
    if (/^\d{3}$/.test(key) && key !== '001') add(regions, name, key);
  }
}

const wc = load('world-countries', 'countries.json');
for (const c of wc) {
  add(countries, c.name.common, c.cca2);
  add(countries, c.translations?.fra?.common, c.cca2);
}

const zoneIds = [];
const walk = (node, prefix) => {
  for (const [k, v] of Object.entries(node)) {
    const id = prefix ? `${prefix}/${k}` : k;
    if (Array.isArray(v)) zoneIds.push(id);
    else walk(v, id);
  }
};
walk(load('cldr-core', 'supplemental', 'metaZones.json').supplemental.metaZones.metazoneInfo.timezone, '');
const zoneNames = LOCALES.map(
  (locale) =>
    load('cldr-dates-full', 'main', locale, 'timeZoneNames.json').main[locale].dates.timeZoneNames
      .zone,
);
for (const id of zoneIds) {
  if (/^(Etc|Antarctica)\//.test(id)) continue;
  const derived = id.split('/').pop().replaceAll('_', ' ');
  const names = zoneNames.map(
    (zones) => id.split('/').reduce((node, part) => node?.[part], zones)?.exemplarCity ?? derived,
  );
  // An island or a research station in one locale ("Christmas Island", "Îles Canaries") is no
  // city in the others either, where the name may have been derived from the id ("Christmas").
  if (names.some((n) => /\b(Island|Islands|Archipelago|Atoll|Station)\b|^Îles? /u.test(n))) continue;
  for (const name of names) add(cities, name, id);
}
// After the zones, so that a capital that is also a zone's city ("Moscow") keeps the zone's id,
// which its French name (« Moscou ») has too.
const capitalOf = new Map();
for (const c of wc) {
  for (const capital of c.capital ?? []) {
    add(cities, capital, `capital:${c.cca2}`);
    capitalOf.set(`capital:${c.cca2}`, cities.get(capital?.trim()));
  }
}

// A supplement's capital takes the id its English name was given (« Pékin » is Beijing's).
const supplementId = (id) => capitalOf.get(id) ?? id;
const lines = [
  ...[...countries].map(([n, id]) => `${n}\tcountry\t${id}`),
  ...[...cities]
    .filter(([n]) => !countries.has(n) && !DROPPED_CITIES.has(plainLower(n)))
    .map(([n, id]) => `${n}\tcity\t${id}`),
  ...[...regions].filter(([n]) => !countries.has(n)).map(([n, id]) => `${n}\tregion\t${id}`),
  ...SUPPLEMENT.map(([n, kind, id]) => `${n}\t${kind}\t${supplementId(id)}`),
].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const header =
  `# name<TAB>country|city|region<TAB>id of the place. Generated by scripts/gazetteer.mjs from cldr-localenames-full ` +
  `${version('cldr-localenames-full')}, cldr-dates-full ${version('cldr-dates-full')}, ` +
  `cldr-core ${version('cldr-core')} (Unicode License v3) and world-countries ` +
  `${version('world-countries')} (ODbL 1.0), plus ${SUPPLEMENT.length} hand-written names; ` +
  `see data/README.md.`;
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'gazetteer.tsv');
fs.writeFileSync(out, `${header}\n${lines.join('\n')}\n`);
const count = (kind) => lines.filter((l) => l.split('\t')[1] === kind).length;

// Demonyms (« Français », « Britanniques », "Americans"): words for a country's people, which
// are not names and do not belong to the name after them. world-countries' English and French
// demonyms, one word each (multi-word ones left out), with their plurals: French adds -s
// (unless it ends in s or x), English adds -s to those in -n and -i ("Americans", "Israelis").
// Lowercase, as src/analysis/lexicon.rs keys words.
const DEMONYM_SUPPLEMENT = [
  // Peoples the sources name only by their state (« Kazakhstanais »): the usual words.
  'kazakh', 'kazakhe', 'tadjik', 'tadjike', 'tajik', 'ouzbek', 'ouzbèke', 'uzbek', 'kirghize',
  'kyrgyz', 'turkmène', 'kurde', 'kurd', 'arabe', 'arab', 'européen', 'européenne', 'european',
  'africain', 'africaine', 'african', 'asiatique', 'asian', 'occidental', 'occidentale',
  'western', 'soviétique', 'soviet',
  // The informal English words for two peoples ("Brits", "Aussies").
  'brit', 'aussie',
  // Nations of the United Kingdom, which world-countries does not list (« les Anglais », «
  // les Écossais », "Scottish"); not "English", "Welsh", « Gallois »: surnames too.
  'anglais', 'anglaise', 'écossais', 'écossaise', 'scottish',
  // Peoples without a state of their own, or named apart from it, and the adjectives the
  // sources leave out ("Korean": only "South Korean" and "North Korean" are listed).
  'korean', 'coréen', 'coréenne', 'kurdish', 'kurds', 'chechen', 'tchétchène', 'serb', 'serbs',
  'croat', 'croats', 'bosniak', 'bosniaks', 'yugoslav', 'yougoslave', 'hutu', 'hutus', 'tutsi',
  'pashtun', 'pachtoune', 'uighur', 'uighurs', 'uyghur', 'uyghurs', 'ouïghour', 'ouïghoure',
  'tatar', 'tatars', 'tatare', 'catalan', 'catalans', 'catalane', 'flemish', 'flamand',
  'flamande', 'walloon', 'walloons', 'wallon', 'wallonne', 'berber', 'berbers', 'berbère',
  'druze', 'druzes', 'maori', 'inuit', 'tamil', 'tamils', 'tamoul', 'tamoule', 'cossack',
  'cossacks', 'cosaque', 'persian', 'hispanic', 'hispanics', 'latino', 'latinos', 'arabic',
  // A faith's followers, as the news names groups of people (« les chiites », "Sunni
  // Muslims"), and the Olympic adjective: no names either.
  'muslim', 'muslims', 'moslem', 'moslems', 'musulman', 'musulmane', 'sunni', 'sunnite',
  'shia', 'shiite', 'shiites', 'chiite', 'hindu', 'hindus', 'hindou', 'hindoue', 'sikh', 'sikhs',
  'jewish', 'jew', 'jews', 'juif', 'juive', 'catholic', 'catholics', 'catholique', 'protestant',
  'protestants', 'protestante', 'buddhist', 'buddhists', 'bouddhiste', 'orthodox', 'orthodoxe',
  'evangelical', 'evangelicals', 'évangélique', 'olympic',
];
const demonyms = new Set();
const addDemonym = (word, language) => {
  const w = word?.trim().toLowerCase();
  if (!w || /[\s,.()]/u.test(w)) return;
  demonyms.add(w);
  // Not an English adjective of the supplement ("kurdish", "arabic"), which has no plural.
  if (language === 'fra' && !/([sx]|sh|ic)$/u.test(w)) demonyms.add(`${w}s`);
  if (language === 'eng' && /[ni]$/u.test(w)) demonyms.add(`${w}s`);
};
for (const c of wc) {
  for (const language of ['eng', 'fra']) {
    // "Bosnian, Herzegovinian": a list of a country's peoples, each a demonym.
    for (const form of ['m', 'f']) {
      for (const word of (c.demonyms?.[language]?.[form] ?? '').split(',')) addDemonym(word, language);
    }
  }
}
for (const w of DEMONYM_SUPPLEMENT) {
  addDemonym(w, 'fra');
  addDemonym(w, 'eng');
}
// A demonym that is also a country or city name as written is a place, not a demonym.
const placeKeys = new Set(lines.map((l) => l.split('\t')[0].toLowerCase()));
const demonymLines = [...demonyms].filter((w) => !placeKeys.has(w)).sort();
const demonymOut = path.join(path.dirname(out), 'demonyms.txt');
fs.writeFileSync(
  demonymOut,
  `# Demonyms, lowercase, one a line. Generated by scripts/gazetteer.mjs from world-countries ` +
    `${version('world-countries')} (ODbL 1.0), plus ${DEMONYM_SUPPLEMENT.length} hand-written ` +
    `words and plurals; see data/README.md.\n${demonymLines.join('\n')}\n`,
);
console.error(`wrote ${demonymOut}: ${demonymLines.length} demonyms`);
console.error(`wrote ${out}: ${count('country')} countries, ${count('city')} cities, ${count('region')} regions`);
