"""Concept forms of session 14b (issue 6, set-12 proposals on sets 1-12 in-sample): forms of language
from the criteria's descriptions. Sentences in several languages that fail before the change and pass
after it, with negatives that must stay out or keep their criterion (classify applies structure_guard
as score does)."""

import pytest
from lexicon_checks import criteria


# who pays, after a preposition with a body or fund noun (S-FINANCING: "who pays"), and own co-financing
@pytest.mark.parametrize("lang, text", [
    ("sk", "S podporou nadácie EPH a vlastným dofinancovaním sa nám podarilo rozšíriť osvetlenie."),
    ("sk", "Ihrisko bolo postavené s podporou mesta Trnava."),
    ("cs", "Projekt vznikl s podporou nadace ČEZ."),
    ("hu", "Évente két alkalommal az önkormányzat támogatásával valósul meg élelmiszerosztás."),
    ("hu", "A GINOP 3.3.1 pályázat támogatásával eszközöket nyert az iroda."),
    ("pl", "Inicjatywa mogła zaistnieć dzięki wsparciu w ramach programu Operacyjnego Rybactwo."),
    ("pl", "Remont boiska wykonano dzięki wsparciu gminy."),
    ("en", "The playground was built with the support of the European Union."),
    ("en", "The festival was organised with funding from the municipality."),
])
def test_a_payer_after_a_preposition_is_financing(lang, text, concept):
    assert "S-FINANCING" in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("hu", "A diáksport támogatásával előmozdítja a mozgásgazdag életmódot."),
    ("cs", "S podporou rodičů jsme uspořádali slavnost."),
    ("pl", "Dzięki wsparciu sąsiadów festyn się udał."),
])
def test_support_of_people_or_a_cause_is_not_financing(lang, text, concept):
    assert "S-FINANCING" not in criteria(text, lang, concept)


# an analysis of implementation, of a survey's answers, or an ongoing one is monitoring or one survey's
# step, not the analytical part
@pytest.mark.parametrize("lang, text", [
    ("pl", "Jedynie w Programie określono na czym będzie polegać analiza realizacji założonych celów."),
    ("pl", "Analiza kwestionariuszy wskazała potrzebę uwzględnienia chłopców."),
    ("pl", "Bieżąca i systematyczna analiza pozwoli na wykrywanie rozbieżności."),
    ("cs", "Pravidelná analýza plnění úkolů bude předložena radě."),
    ("en", "A regular analysis of progress will be presented to the council."),
])
def test_an_analysis_of_implementation_is_not_the_analytical_part(lang, text, concept):
    assert "S-ANALYSIS" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Analiza stanu miasta pokazuje starzenie się mieszkańców."),
    ("sk", "Jeho cieľom je analýza daností a potrieb mesta Zvolen."),
    ("pl", "W ramach procesu przeprowadzona zostanie analiza w 5 wymiarach: społecznym i gospodarczym."),
])
def test_an_analysis_of_the_state_stays(lang, text, concept):
    assert "S-ANALYSIS" in criteria(text, lang, concept)


# a funding programme's own measure or axis (by its code, in brackets after the programme, or with the
# programme's acronym) is not the strategy's measures or goals
@pytest.mark.parametrize("lang, text, key", [
    ("sk", "Obnova námestia bola podporená z Programu rozvoja vidieka 2014-2020, z opatrenia 19.1. vo výške 14 277 €.",
     "S-MEASURES"),
    ("sk", "Projekt je financovaný z Operačného programu životného prostredia (Opatrenia – Minimalizácia "
           "nepriaznivých vplyvov zmeny klímy).", "S-MEASURES"),
    ("cs", "Zařazení projektu: Prioritní osa: PO 4. Specifický cíl IROP: 4.1 Posílení komunitně vedeného rozvoje.",
     "S-GOALS"),
])
def test_a_funding_programmes_parts_are_not_the_strategys(lang, text, key, concept):
    assert key not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text, key", [
    ("cs", "Opatření 1.1 Rozvoj dopravní infrastruktury obsahuje tyto aktivity.", "S-MEASURES"),
    ("sk", "Strategický cieľ 2: Zlepšiť kvalitu životného prostredia v meste.", "S-GOALS"),
    ("cs", "Z Operačního programu Životní prostředí budou financována opatření ke snížení emisí.", "S-MEASURES"),
])
def test_the_strategys_own_measures_and_goals_stay(lang, text, key, concept):
    assert key in criteria(text, lang, concept)


# a bare monitoring verb needs the strategy (its plan, goals, measures, tasks, implementation), a pronoun for
# it or a regular time in its clause
@pytest.mark.parametrize("lang, text", [
    ("hu", "A gondosabban előállított termékek minőségét nyomon lehet követni, hiszen a termelők ismerik a vevőket."),
    ("sk", "Údaje budú v jednom systéme a v neposlednom rade ich bude možné rýchlo spracovať a vyhodnotiť."),
    ("sk", "Správa navrhne záväzné ciele pre oblasti a vyhodnotí očakávané dopady na životné prostredie."),
])
def test_a_monitoring_verb_without_the_strategys_object_is_not_monitoring(lang, text, concept):
    assert "S-MONITORING" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("sk", "Obec zabezpečuje realizáciu programu rozvoja, pravidelne ho monitoruje a zabezpečuje jeho súlad s dokumentom."),
    ("cs", "Zastupitelstvo obce vyhodnotilo plnění úkolů z Programu obnovy vesnice."),
    ("cs", "AP je čtvrtletně vyhodnocován, je sledováno plnění jednotlivých projektů."),
    ("hu", "A Bizottság figyelemmel kíséri a cselekvési tervek végrehajtását."),
])
def test_a_monitoring_verb_with_the_strategys_object_stays(lang, text, concept):
    assert "S-MONITORING" in criteria(text, lang, concept)


# an indicator word naming a population or service statistic is that statistic, not the strategy's indicators
@pytest.mark.parametrize("lang, text", [
    ("pl", "W Poznaniu wskaźnik starości demograficznej wyniósł 19,8%."),
    ("pl", "W odpowiedzi na wysoki wskaźnik bezrobocia wśród mieszkanek Strefa prowadzi program wsparcia."),
    ("sk", "V zmluve sa obec zaviaže splniť požadovaný ukazovateľ napojenosti 85%."),
    ("cs", "Ukazatel nezaměstnanosti v obci dosáhl 6 %."),
])
def test_an_indicator_of_a_population_statistic_is_not_the_strategys(lang, text, concept):
    assert "S-INDICATORS" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Stopień realizacji wizji będzie mierzony przez osiągnięte wskaźniki na poziomie celów strategicznych."),
    ("cs", "Ukazatel podává informaci o celkové délce cyklostezek ve městě."),
])
def test_the_strategys_indicators_stay(lang, text, concept):
    assert "S-INDICATORS" in criteria(text, lang, concept)


# hu 'intézkedést tesz' (taking action) is an office's steps, not the strategy's measures
@pytest.mark.parametrize("text", [
    "A Közgyűlés felkéri a polgármestert a programban foglaltak végrehajtásával kapcsolatos intézkedések "
    "folyamatos megtételére.",
    "A diszpécser a probléma megoldása érdekében a szükséges azonnali intézkedések megtételét kezdeményezi.",
    "A jegyző megteszi a szükséges intézkedéseket.",
])
def test_taking_action_is_not_measures(text, concept):
    assert "S-MEASURES" not in criteria(text, "hu", concept)


def test_the_programmes_measures_stay(concept):
    text = "A program meghatározza azokat az intézkedéseket, amelyek hozzájárulnak a kibocsátás csökkentéséhez."
    assert "S-MEASURES" in criteria(text, "hu", concept)


# an analysis said to be missing is not the analytical part
@pytest.mark.parametrize("lang, text", [
    ("cs", "Chybí zde však opora v odborných analýzách, dále bylo třeba sjednotit zpracování."),
    ("hu", "Pontos, városi szintű elemzés nem áll rendelkezésre arról, hogy mely hatások jelentenek kihívást."),
    ("pl", "Brak aktualnej analizy utrudnia planowanie."),
])
def test_a_missing_analysis_is_not_the_analytical_part(lang, text, concept):
    assert "S-ANALYSIS" not in criteria(text, lang, concept)


# a project's partners, its lead partner and a network's member towns (C-ZPO-PARTNERSHIP's "joint projects
# ... and networks", target 17.17; the SDG-17 terms of r14b-sdg, measured for the criterion too)
@pytest.mark.parametrize("lang, text", [
    ("cs", "Partnerem projektu je sousední město, které zajistí školení."),
    ("sk", "Vedúci partner zodpovedá za koordináciu aktivít."),
    ("pl", "Lider projektu odpowiada za rozliczenie, a partnerzy projektu za promocję."),
    ("hu", "A főkedvezményezett önkormányzat koordinálja a munkát."),
    ("en", "The lead partner coordinates the work of eight member cities."),
])
def test_a_projects_partners_are_partnership(lang, text, concept):
    assert "C-ZPO-PARTNERSHIP" in criteria(text, lang, concept)


def test_a_business_partner_alone_is_not_partnership(concept):
    assert "C-ZPO-PARTNERSHIP" not in criteria("Obchodní partner dodal materiál včas.", "cs", concept)
