"""Structure guards of session 13 (issue 6): forms of language that name a part of a strategy
without the strategy having it. Each rule has sentences that are dropped and sentences that must
still count, with the real concept's terms (classify applies structure_guard as score does)."""

import pytest
from lexicon_checks import criteria


# label rule 2: one stated aim (a programme's, a plan's, a project's) is not a hierarchy of goals
@pytest.mark.parametrize("lang, text", [
    ("cs", "Cílem programu je omezit rychlý odtok dešťové vody ze střech a zpevněných ploch."),
    ("cs", "Hlavním cílem generelu je bezpečná síť cyklostezek."),
    ("sk", "Hlavným cieľom je na základe výsledkov vytvoriť program rozvoja územia."),
    ("sk", "Cieľom komunitného plánu je identifikovanie sociálnych problémov v meste."),
    ("pl", "Celem głównym programu jest aktywizacja seniorów w gminie."),
    ("hu", "A program legfőbb célja, hogy az idősebb generációt is bevonja az információs társadalomba."),
    ("en", "Its main goal is to support balanced development of the region."),
])
def test_one_stated_aim_is_not_the_strategys_goals(lang, text, concept):
    assert "S-GOALS" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    # goals in the plural or by their level are a hierarchy's (label rules 1 and 2)
    ("cs", "Strategie stanovuje tři strategické cíle a k nim specifické cíle."),
    ("sk", "Cieľom plánu je naplniť tieto strategické ciele: dostupné bývanie a čisté ovzdušie."),
    ("pl", "Cel główny zostanie osiągnięty poprzez realizację następujących celów szczegółowych."),
    ("pl", "Celem strategicznym gminy jest rozwój gospodarczy."),
    ("hu", "A stratégia céljai és prioritásai a következők."),
    ("en", "The strategic aim is: the dynamic and balanced development of the town."),
    ("en", "The strategy sets out four strategic goals, each with specific objectives."),
])
def test_goals_in_the_plural_or_by_level_still_count(lang, text, concept):
    assert "S-GOALS" in criteria(text, lang, concept)


# the cs and sk conditional ('bychom', 'by sme') lemmatises to 'být' / 'byť': a polite request or a thanks
# is not a vision's "we want to be"
@pytest.mark.parametrize("lang, text", [
    ("cs", "Chtěli bychom touto cestou poděkovat všem členům pracovních skupin."),
    ("cs", "Chtěl bych Vás tímto požádat o vyplnění krátkého dotazníku."),
    ("sk", "Chceli by sme poďakovať všetkým členom pracovných skupín."),
])
def test_a_conditional_is_not_a_vision(lang, text, concept):
    assert "S-VISION" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Chceme být městem, kde se dobře žije."),
    ("cs", "Město chce být vnímavé k potřebám občanů."),
    ("sk", "Chceme byť mestom pre ľudí."),
    ("en", "The strategy was approved by a resolution of the city council."),  # 'by' of the term itself
])
def test_a_vision_and_an_adoption_still_count(lang, text, concept):
    assert "S-VISION" in criteria(text, lang, concept)


# a device's or a meter's monitoring is measurement, not the strategy's monitoring (set-8 proposal 4)
@pytest.mark.parametrize("lang, text", [
    ("sk", "Kamerový systém monitoruje námestia, ulice a pešiu zónu."),
    ("sk", "Pomocou ultrazvukových senzorov monitorujú, koľko odpadu sa v nádobách nachádza."),
    ("cs", "Obec potřebuje dobře definovanou odpovědnost za měření a vyhodnocování dat."),
    ("cs", "Chytré vodoměry umožňují monitorovat spotřebu vody v domácnostech."),
    ("pl", "Czujniki jakości powietrza umożliwiają monitorowanie stanu powietrza w mieście."),
    ("hu", "Az érzékelők a levegőminőség monitoringját végzik."),
    ("en", "Cameras are used for the monitoring of the main square."),
])
def test_monitoring_by_a_device_is_not_the_strategys_monitoring(lang, text, concept):
    assert "S-MONITORING" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Plnění strategie se monitoruje jednou ročně a zpráva o plnění se předkládá zastupitelstvu."),
    ("sk", "Mesto bude monitorovať plnenie programu rozvoja a raz ročne ho vyhodnotí."),
    ("pl", "Monitorowanie realizacji strategii prowadzi zespół, który co roku przygotowuje raport."),
    ("hu", "A stratégia megvalósításának monitoringja évente történik."),
    ("en", "Monitoring of the strategy is carried out every year by the steering group."),
])
def test_the_strategys_monitoring_still_counts(lang, text, concept):
    assert "S-MONITORING" in criteria(text, lang, concept)


# label rule 4: money for drafting a document, or a document needed for grants, is not S-FINANCING
@pytest.mark.parametrize("lang, text", [
    ("cs", "Na zpracování strategického plánu obec získala dotaci z Operačního programu Zaměstnanost."),
    ("sk", "Vypracovaním programu rozvoja obce sa zvýši jej šanca pri uchádzaní sa o podporu zo štrukturálnych fondov."),
    ("pl", "Przygotowanie strategii było współfinansowane ze środków Unii Europejskiej."),
    ("hu", "A klímastratégia kidolgozására a város európai uniós támogatást kapott."),
    ("en", "The preparation of the strategy was co-financed by the European Social Fund."),
])
def test_money_for_drafting_is_not_the_strategys_financing(lang, text, concept):
    assert "S-FINANCING" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Projekty budou financovány z rozpočtu města a z dotací EU."),
    ("cs", "Při přípravě akčního plánu se určí zdroje financování každého projektu."),  # the strategy running
    ("sk", "Opatrenia budú financované z rozpočtu mesta a z eurofondov."),
    ("pl", "Zadania będą finansowane z budżetu gminy i środków unijnych."),
    ("hu", "A beruházást a város saját költségvetéséből és európai uniós támogatásból finanszírozza."),
    ("en", "The measures will be financed from the municipal budget and EU funds."),
])
def test_financing_of_measures_still_counts(lang, text, concept):
    assert "S-FINANCING" in criteria(text, lang, concept)


# set-11 proposal 4: a schedule or a date is the action plan's only when it belongs to the measures;
# one task's or project's date field, and a schedule of waste collection or of drafting, are not
@pytest.mark.parametrize("lang, text", [
    ("cs", "Název akce: Rekonstrukce chodníku v ulici Polní. Termín realizace: 2021."),
    ("cs", "Popelnice vám budou vyváženy podle harmonogramu svozu odpadu."),
    ("sk", "Termín začiatku realizácie aktivít: 08/2023. Plánovaný termín ukončenia realizácie aktivít: 01/2029."),
    ("sk", "Smetné nádoby vám budú vynášať aj naďalej v zmysle harmonogramu vývozov."),
    ("pl", "Całkowita wartość zadania: 137 487,76 zł. Okres realizacji: 2021 rok."),
    ("pl", "Określa się następujący harmonogram opracowania diagnozy społeczno-gospodarczej gminy."),
    ("hu", "A támogatás mértéke 100%. Tervezett megvalósítási időszak: 2019.10.01. – 2021.10.29."),
    ("en", "The project was supported by the fund. Implementation period: 2019-2021."),
    ("en", "Bins are emptied according to the schedule of waste collection."),
])
def test_one_tasks_date_or_anothers_schedule_is_not_an_action_plan(lang, text, concept):
    assert "S-ACTIONPLAN" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Akční plán: opatření 1.1 Rekonstrukce chodníků, odpovědný odbor dopravy, termín realizace 2024; "
           "opatření 1.2 Nové lavičky, odpovědný odbor životního prostředí, termín realizace 2025."),
    ("cs", "Harmonogram realizace opatření akčního plánu je uveden v tabulce."),
    ("pl", "Lp. Opis przedsięwzięcia Data realizacji Koszty [zł] 1 Budowa sieci wodociągowej 2018 299.782,00"),
    ("sk", "Harmonogram realizácie jednotlivých aktivít a zodpovedná osoba sú uvedené pri každom opatrení."),
    # a measure's own card keeps its one date
    ("cs", "Opatření 1.1 Cyklostezka podél řeky. Termín realizace: 2026."),
    ("pl", "Działanie 2.1 Budowa ścieżek rowerowych. Termin realizacji: 2025."),
])
def test_the_measures_schedule_still_counts(lang, text, concept):
    assert "S-ACTIONPLAN" in criteria(text, lang, concept)
