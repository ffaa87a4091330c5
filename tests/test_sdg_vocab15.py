"""SDG vocabulary of session 15 (r15c): recall on real passages, sets 1-12 in-sample (issue 6).

For each family of concept/lexicon/sdg.yaml added in session 15 (r15c) (the lexicon's header, "Session 15 (r15c)",
and eval/real_passages/concept-log.md), one short sentence per language, written for this test (not taken from any
evaluation passage), that must name the goal and fails at the lexicon before the session (f135414); and sentences of
the other sense that must not name it.
"""
from __future__ import annotations

import pytest

from generator.commands.classify import classify

# family -> goal, {language: sentence}
NAMED = {
    # 1.3, 1.4 and label rule 12: people singled out by poverty, named as socially needy or of low material status
    "1.3 the socially needy": ("SDG-1", {
        "cs": "Obec poskytuje příspěvek sociálně slabým rodinám.",
        "sk": "Obec poskytuje príspevok sociálne slabým rodinám.",
        "hu": "Az önkormányzat tűzifát oszt a szociálisan rászorulóknak.",
    }),
    # 10.2 and label rule 12 (older people's inclusion): a text that comes back to seniors, a sentence or more apart
    "10.2 seniors recurring": ("SDG-10", {
        "en": "The district runs computer courses for seniors every spring and autumn in the community centre next to "
              "the town library and the park. Many of the seniors who took part last year now use tablets to call their "
              "families.",
        "cs": "Městská část pořádá počítačové kurzy pro seniory na jaře a na podzim v komunitním centru vedle knihovny a "
              "parku u náměstí, kde je i kavárna. Mnozí senioři, kteří se loni zúčastnili, dnes používají tablety ke "
              "spojení s rodinou.",
        "sk": "Mestská časť organizuje počítačové kurzy pre seniorov na jar a na jeseň v komunitnom centre vedľa knižnice "
              "a parku pri námestí, kde je aj kaviareň. Mnohí seniori, ktorí sa vlani zúčastnili, dnes používajú tablety "
              "na spojenie s rodinou.",
        "pl": "Dzielnica prowadzi kursy komputerowe dla seniorów wiosną i jesienią w centrum sąsiedzkim obok biblioteki i "
              "parku przy rynku, gdzie jest też kawiarnia. Wielu seniorów, którzy wzięli udział w zeszłym roku, korzysta "
              "dziś z tabletów w kontakcie z rodziną.",
    }),
    # 11.7 green and public spaces: en and hu had 'green space', 'zöldfelület' only (cs/sk/pl 'zeleň|zieleń' are terms)
    "11.7 greenery and green areas": ("SDG-11", {
        "en": "The district maintains the greenery along its streets and in the courtyards of the housing estates. Next "
              "year the municipality will turn the old car park behind the town hall into a new green area with benches.",
        "hu": "A város gondozza a zöldterületeket a főutcák mentén, ahol új padokat is kihelyezett a hivatal. A település "
              "következő évi tervében a régi parkoló helyén új zöldterület épül a lakosok számára.",
    }),
    # 11.b and label rule 9: a town's own adaptation strategy or plan, and its heat island (11.b, 11.5)
    "11.b the town's adaptation strategy": ("SDG-11", {
        "en": "The city adopted its adaptation strategy last spring after a long debate in the council and a survey of "
              "residents in every district. Its first measures shade the squares and the tram stops of the town.",
        "cs": "Město schválilo adaptační strategii loni na jaře po dlouhé debatě v zastupitelstvu a po anketě mezi "
              "obyvateli všech čtvrtí. Její první opatření zastíní zastávky a náměstí ve městě.",
        "sk": "Mesto schválilo adaptačnú stratégiu vlani na jar po dlhej diskusii v zastupiteľstve a po ankete medzi "
              "obyvateľmi všetkých štvrtí. Jej prvé opatrenia zatienia zastávky a námestia v meste.",
        "pl": "Miasto przyjęło plan adaptacji wiosną po długiej debacie w radzie i ankiecie wśród mieszkańców wszystkich "
              "dzielnic. Jego pierwsze działania zacienią przystanki i place w mieście.",
    }),
    "11.b heat island, the noun and its genitive": ("SDG-11", {
        "sk": "Mapy mestského ostrova tepla ukazujú, kde sa ulice v lete prehrievajú najviac a kde chýbajú stromy a "
              "tieň. Mesto preto na týchto miestach vysadí nové aleje a postaví fontány pre obyvateľov.",
        "cs": "Mapy městského ostrova tepla ukazují, kde se ulice v létě přehřívají nejvíc a kde chybí stromy a stín. "
              "Město proto na těchto místech vysadí nové aleje a postaví fontány pro obyvatele.",
        "en": "Maps of the heat island show where the streets overheat most in summer and where trees and shade are "
              "missing. The city will therefore plant new avenues there and build fountains for residents.",
    }),
    # 11.5 water-related disasters: the Hungarian municipality's defence against water damage and inland-water drainage
    "11.5 hu water damage defence": ("SDG-11", {
        "hu": "A helyi vízkárelhárítás a települési önkormányzat feladata, ezért a község idén felülvizsgálja a tervét. "
              "A belvízelvezetés árkait a tavasz folyamán a közmunkások kitisztítják.",
    }),
    # 8.3 the growth of micro and small enterprises: start-ups and beginning entrepreneurs, with entrepreneurship
    "8.3 start-ups": ("SDG-8", {
        "en": "The city will support startups and entrepreneurship in its new innovation centre.",
        "cs": "Město podpoří začínající podnikatele a podnikání v novém centru.",
        "sk": "Mesto podporí začínajúcich podnikateľov a podnikanie v novom centre.",
        "hu": "A város támogatja az induló vállalkozásokat és a mikrovállalkozások fejlődését az új központban.",
        "pl": "Miasto wspiera początkujących przedsiębiorców i przedsiębiorczość w nowym centrum.",
    }),
    # the business incubator's cases simplemma leaves ('inkubátoru', 'inkubátorem')
    "8.3 cs incubator forms": ("SDG-8", {
        "cs": "Město podpoří vznik podnikatelského inkubátoru, který nabídne kanceláře začínajícím firmám.",
    }),
    # 4.4 relevant skills: digital competences, the synonym of the digital skills that were terms, said again
    "4.4 digital competences": ("SDG-4", {
        "en": "The library runs a course to improve the digital competences of older residents of all districts. After "
              "the course, the participants' digital competences are tested and each receives a certificate.",
        "cs": "Knihovna pořádá kurz pro rozvoj digitálních kompetencí starších obyvatel ze všech čtvrtí města. Po "
              "skončení kurzu se digitální kompetence účastníků ověří a každý dostane osvědčení.",
        "sk": "Knižnica organizuje kurz na rozvoj digitálnych kompetencií starších obyvateľov zo všetkých štvrtí mesta. "
              "Po skončení kurzu sa digitálne kompetencie účastníkov overia a každý dostane osvedčenie.",
        "hu": "A könyvtár tanfolyamot szervez, amely a város minden részéből érkező idősebb lakosok digitális "
              "kompetenciáit fejleszti. A tanfolyam végén a digitális kompetenciákat felmérik, és mindenki oklevelet kap.",
        "pl": "Biblioteka prowadzi kurs podnoszący kompetencje cyfrowe starszych mieszkańców ze wszystkich dzielnic i wsi "
              "miasta. Po kursie kompetencje cyfrowe uczestników są sprawdzane i każdy otrzymuje certyfikat.",
    }),
}

# (language, text, goal): the other sense, which must not name the goal
NOT_NAMED = [
    # bare 'rászoruló' (needing something) stays strong: said once it does not name SDG 1
    ("hu", "A felújításra rászoruló épületek listáját a hivatal készíti el.", "SDG-1"),
    # seniors named once (a body's or a place's name) stay a strong term said once
    ("cs", "Pracovní skupina Senioři se sejde ve čtvrtek v zasedací místnosti magistrátu.", "SDG-10"),
    ("pl", "Klub Seniora zaprasza na wycieczkę do Krakowa w przyszłą sobotę.", "SDG-10"),
    # adaptation of a building, not a town's adaptation strategy
    ("sk", "Stratégia obnovy kaštieľa počíta s adaptáciou jeho sýpky na knižnicu.", "SDG-11"),
    ("pl", "Plan adaptacji budynku szkoły na przedszkole przygotował architekt.", "SDG-11"),
    # 'belvíz' (inland water) in a farm's field report is no defence of the settlement
    ("hu", "A szántóföldön tavasszal belvíz állt, ezért a vetés később kezdődött.", "SDG-11"),
    # 'začínající' of anything else is no start-up
    ("cs", "Proces začínající na počátku roku končí schválením rozpočtu v prosinci.", "SDG-8"),
    # the digital competence named once, in passing, stays a strong term said once
    ("en", "Digital competence is one of the eight key competences named by the EU.", "SDG-4"),
    # 'green' and 'area' apart are no green space
    ("en", "The area is shown green on the zoning map because it is still unbuilt.", "SDG-11"),
    # 'slabý' without 'sociálně': a weak signal, not low income
    ("cs", "Slabý signál mobilní sítě v obci trápí hlavně podnikatele.", "SDG-1"),
]


def _goals(text: str, lang: str) -> list[str]:
    return [f"SDG-{g}" for g in classify("t", text, "sdg", lang)["sdgs"]]


@pytest.mark.parametrize("family,lang", [(f, lang) for f in NAMED for lang in NAMED[f][1]])
def test_session15_vocabulary_names_the_goal(family, lang):
    goal, sentences = NAMED[family]
    assert goal in _goals(sentences[lang], lang), (family, lang)


@pytest.mark.parametrize("lang,text,goal", NOT_NAMED)
def test_session15_other_sense_stays_out(lang, text, goal):
    assert goal not in _goals(text, lang)


# Families written in fewer languages, and why.
FEWER_LANGUAGES = {
    "1.3 the socially needy": {"cs", "sk", "hu"},  # en 'poor', pl 'ubogi' are terms; pl 'trudna sytuacja materialna' +1 FP
    "10.2 seniors recurring": {"en", "cs", "sk", "pl"},
    # cs/sk 'zelená plocha' left out: +1 FP (sk12-07, green waste 'zo zelených plôch'); cs, sk, pl 'zeleň|zieleń' are terms
    "11.7 greenery and green areas": {"en", "hu"},
    # hu 'települési|helyi klímastratégia' left out: sets 1-7 labelled Hungarian settlement climate strategies SDG 13
    # only (before rule 9), eleven passages
    "11.b the town's adaptation strategy": {"en", "cs", "sk", "pl"},
    # cs 'tepelný ostrov', pl 'wyspa ciepła', hu 'hősziget', en 'urban heat island' were terms
    "11.b heat island, the noun and its genitive": {"en", "cs", "sk"},
    # the other languages' flood-defence terms were there (protipovodňová ochrana, ochrona przeciwpowodziowa, ...)
    "11.5 hu water damage defence": {"hu"},
    "8.3 cs incubator forms": {"cs"},  # sk, pl, hu, en forms reduce to the term's lemma  # hu 'idős' (old, of anything) is weak; 'időskorú' strong
}


def test_every_family_in_every_language():
    for family, (_goal, sentences) in NAMED.items():
        assert set(sentences) == FEWER_LANGUAGES.get(family, {"en", "cs", "sk", "hu", "pl"}), family
