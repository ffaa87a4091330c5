"""Concept forms of session 14 (issue 6): forms of language that name a criterion's theme without
the passage being about it, and forms that do. Sentences in several languages that fail before the
change and pass after it, with negatives that must still count (classify applies structure_guard
as score does)."""

import pytest
from lexicon_checks import criteria


# the field noun as one item of a list of a municipality's fields names the field, not schools or learning
@pytest.mark.parametrize("lang, text", [
    ("sk", "Zmluva o partnerstve zahŕňa spoluprácu v oblasti kultúry, vzdelávania a športu."),
    ("sk", "Program určuje potreby v oblasti sociálnej infraštruktúry, vo vzdelávaní, v kultúre a v cestovnom ruchu."),
    ("cs", "Partnerství se týká spolupráce v oblasti kultury, vzdělávání, sportu a cestovního ruchu."),
    ("en", "Cooperation concerns the following areas: culture, education, social care, sport and economy."),
    ("pl", "Raport opisuje wydatki w zakresie pomocy społecznej, oświaty, usług komunalnych i dróg."),
    ("pl", "Działania obejmą infrastrukturę, opiekę zdrowotną, edukację, rekreację i sport."),
    ("hu", "A helyzetelemzés a hátrányos helyzetű csoportok oktatási, lakhatási, foglalkoztatási helyzetéről készül."),
    ("sk", "Projekt zmierňuje nerovnosti v prístupe ku vzdelávaniu, bývaniu, zamestnaniu."),
])
def test_a_field_among_fields_is_not_education(lang, text, concept):
    assert "C-A-EDUCATION" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Zjednodušíme vyřizování na úřadu, otevřeme data, zkvalitníme vzdělávání, podpoříme rozvoj kybernetiky."),
    ("sk", "Hlavným cieľom projektu je zlepšiť prístup ku kvalitnému vzdelávaniu v materskej škole."),
    ("cs", "Cílem regionu v oblasti vzdělávání je poskytnout občanům dostupnost mateřských a základních škol."),
    ("pl", "Jednym z najważniejszych zadań własnych gminy stała się edukacja."),
    ("en", "The city will invest in education, above all in the equipment of its two primary schools."),
    # a list that holds a term of the theme itself still counts
    ("sk", "Obec podporí kultúru, šport a celoživotné vzdelávanie seniorov."),
])
def test_education_itself_still_counts(lang, text, concept):
    assert "C-A-EDUCATION" in criteria(text, lang, concept)


# the same for health and social care named as one field among others
@pytest.mark.parametrize("lang, text", [
    ("en", "Cooperation concerns the following areas: culture, education, social care, sport and economy."),
    ("sk", "Dôsledky zmeny klímy sa prejavia v oblasti zdravotníctva, hospodárstva, dopravy a pod."),
    ("pl", "Plan zakłada działania poprzez infrastrukturę, opiekę zdrowotną, bezpieczeństwo, rekreację i sport."),
    ("hu", "A program a csoportok lakhatási, foglalkoztatási, egészségügyi és oktatási helyzetéről szól."),
])
def test_a_field_among_fields_is_not_care(lang, text, concept):
    assert "C-A-CARE" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("hu", "Nő az idős, egészségügyi gondokkal küzdő személyek száma, akiknek házi segítségnyújtást adunk."),
    ("pl", "Celem jest poprawa dostępności opieki zdrowotnej dla mieszkańców gminy."),
    ("sk", "Obec zabezpečí zdravotnú starostlivosť v novom zdravotnom stredisku."),
])
def test_care_itself_still_counts(lang, text, concept):
    assert "C-A-CARE" in criteria(text, lang, concept)


# a fund's name is who pays, not the theme its words name: the EU Cohesion Fund is no community cohesion
@pytest.mark.parametrize("lang, text", [
    ("cs", "Projekt je spolufinancován Evropskou unií - Fondem soudržnosti v rámci Operačního programu Životní prostředí."),
    ("cs", "Dotace z prostředků Fondu soudržnosti nám byla přidělena na sběrný dvůr."),
])
def test_a_funds_name_is_not_cohesion(lang, text, concept):
    assert "C-ZPO-INCLUSION" not in criteria(text, lang, concept)


def test_cohesion_itself_still_counts(concept):
    assert "C-ZPO-INCLUSION" in criteria("Cílem je posílit soudržnost obyvatel a komunitní život v obci.", "cs", concept)


# lifelong learning as municipalities write it: a course or training with an adult learner, a
# higher-education scholarship (the description's "lifelong learning is available to all ages")
@pytest.mark.parametrize("lang, text", [
    ("cs", "Městský obvod pořádá počítačové kurzy pro seniory a kurzy pro úplné začátečníky."),
    ("sk", "Mesto organizuje kurzy pre seniorov v dennom centre."),
    ("pl", "Gmina prowadzi bezpłatne kursy dla seniorów w bibliotece."),
    ("en", "The library offers courses for seniors every autumn."),
    ("hu", "A tanfolyamokra való túljelentkezés akkora, hogy csak jövőre lesz hely."),
    ("hu", "Az önkormányzat csatlakozott a Bursa Hungarica Felsőoktatási Önkormányzati Ösztöndíjrendszerhez."),
])
def test_courses_for_adults_are_education(lang, text, concept):
    assert "C-A-EDUCATION" in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Kurz eura vůči koruně ovlivní cenu zakázky."),
    ("pl", "Miasto obrało kurs na rozwój gospodarczy."),
    ("en", "They confirmed the long-term course of the city's development."),
])
def test_other_courses_are_not(lang, text, concept):
    assert "C-A-EDUCATION" not in criteria(text, lang, concept)


# one project's, task's or programme's date or period is not a schedule of measures (S-ACTIONPLAN)
@pytest.mark.parametrize("lang, text", [
    ("pl", "W raporcie uwzględniono wszystkie lata realizacji programu w celu jego podsumowania."),
    ("sk", "Stavebný úrad nemá vedomosť o termíne realizácie daného zámeru."),
    ("cs", "Termín realizace projektu je předpokládán na podzim."),
    ("en", "The schedule of the project was delayed by a year."),
])
def test_one_things_date_is_not_an_action_plan(lang, text, concept):
    assert "S-ACTIONPLAN" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("sk", "Harmonogram realizácie programu rozvoja obce je v prílohe: opatrenia 1.1 až 3.4 podľa rokov."),
    ("cs", "Harmonogram realizace opatření akčního plánu je uveden v tabulce."),
    ("pl", "Terminy realizacji działań określa plan działań na lata 2022-2024."),
    ("cs", "termín realizace je předpokládán na podzim 2023 nebo v roce 2024."),
])
def test_a_schedule_of_measures_still_counts(lang, text, concept):
    assert "S-ACTIONPLAN" in criteria(text, lang, concept)


# S-LINKS: the municipality's own sectoral plans count when the strategy or a measure says it serves
# them (the reworded description): fulfilling a waste-management plan's goals
@pytest.mark.parametrize("lang, text", [
    ("cs", "Sběrný dvůr sníží náklady na likvidaci odpadů a přispěje k plnění cílů POH města."),
    ("sk", "Týmto sa napomôže k naplneniu cieľov POH SR na roky 2016-2020."),
    ("pl", "Inwestycja służy realizacji celów planu gospodarki odpadami."),
    ("en", "The new collection yard helps meet the targets of the waste management plan."),
])
def test_serving_a_sectoral_plan_is_a_link(lang, text, concept):
    assert "S-LINKS" in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Akční plán obsahuje projekty, jejichž realizace povede k naplnění cílů strategie."),
    ("sk", "Realizáciou projektu bol naplnený hlavný cieľ projektu."),
])
def test_fulfilling_its_own_goals_is_no_link(lang, text, concept):
    assert "S-LINKS" not in criteria(text, lang, concept)


# pl: one undertaking (przedsięwzięcie in the singular) is one project, not the strategy's measures
@pytest.mark.parametrize("text", [
    "Oznacza to, że przedsięwzięcie winno być realizowane wspólnie przez kilka gmin.",
    "Celem zrealizowanego przedsięwzięcia jest poprawa konkurencyjności producentów.",
])
def test_one_undertaking_is_not_measures(text, concept):
    assert "S-MEASURES" not in criteria(text, "pl", concept)


@pytest.mark.parametrize("text", [
    "Działania - projekty przedsięwzięć, umożliwiające realizację celów operacyjnych.",
    "Gmina zamierza realizować przedsięwzięcia z zakresu błękitno-zielonej infrastruktury.",
])
def test_undertakings_still_count(text, concept):
    assert "S-MEASURES" in criteria(text, "pl", concept)


# pl: one sector's development directions are a sector concept's aims, not the strategy's goals
@pytest.mark.parametrize("text", [
    "W latach 1998-2012 kierunki rozwoju oświaty zawarte były w odrębnych dokumentach.",
    "Program określa optymalny kierunek rozwoju gospodarki wodno-ściekowej w gminie.",
])
def test_a_sectors_directions_are_not_goals(text, concept):
    assert "S-GOALS" not in criteria(text, "pl", concept)


@pytest.mark.parametrize("text", [
    "Strategia jest dokumentem określającym główne kierunki rozwoju gminy.",
    "Strategia wskazuje strategiczne cele i kierunki rozwoju społeczno-gospodarczego.",
])
def test_the_municipalitys_directions_still_count(text, concept):
    assert "S-GOALS" in criteria(text, "pl", concept)


# S-MONITORING: the update of the programme, concept or document ("when and how the strategy and
# action plan are updated"), not only of the strategy; an update named as the occasion of something else is not
@pytest.mark.parametrize("lang, text", [
    ("sk", "V prípade potreby sa opätovne vykoná aktualizácia PRM."),
    ("sk", "Aktualizáciu PHSR obce a jej schválenie je nutné vykonať do konca mája."),
    ("cs", "Zastupitelstvo schválilo v rámci 3. aktualizace Programu rozvoje města vyřazení projektů."),
    ("pl", "Podjęliśmy decyzję o przystąpieniu do prac nad aktualizacją dokumentu."),
    ("en", "The proposal section also defines the process for implementing and updating the Programme."),
    ("en", "The city produced an updated version of its action plan."),
])
def test_updating_the_programme_is_monitoring(lang, text, concept):
    assert "S-MONITORING" in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Další projekty budou doplněny při aktualizaci koncepce."),
    ("sk", "Pracovná skupina bude nadväzovať na víziu pri aktualizácii programu rozvoja mesta."),
])
def test_an_update_as_an_occasion_is_not(lang, text, concept):
    assert "S-MONITORING" not in criteria(text, lang, concept)


# S-PARTICIPATION: forms the other languages had, completed where one lacked them (cs meetings with
# residents as sk/pl/en have them; en suggestions as cs/sk/hu/pl 'podněty a návrhy' have them)
@pytest.mark.parametrize("lang, text", [
    ("cs", "Zápis ze setkání s obyvateli k návrhu strategie."),
    ("en", "Collecting of suggestions from citizens runs until the end of May."),
    ("en", "Residents can send suggestions and proposals to the staff of the town hall."),
])
def test_residents_input_in_every_language(lang, text, concept):
    assert "S-PARTICIPATION" in criteria(text, lang, concept)


# S-MEASURES: planned and proposed projects and activities (the description's "proposed measures")
@pytest.mark.parametrize("lang, text", [
    ("cs", "Akční plán obsahuje plánované projekty na roky 2023 až 2025."),
    ("cs", "Akční plán uvádí navrhované aktivity na nejbližší dva roky."),
    ("sk", "Program obsahuje navrhované projekty obce."),
    ("en", "The action plan lists the planned projects of the city."),
    ("pl", "Załącznik zawiera planowane projekty gminy."),
])
def test_planned_projects_are_measures(lang, text, concept):
    assert "S-MEASURES" in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Rozvojové aktivity města podporuje kraj."),
    ("pl", "To jest konkretny projekt firmy."),
])
def test_generic_projects_are_not(lang, text, concept):
    assert "S-MEASURES" not in criteria(text, lang, concept)
