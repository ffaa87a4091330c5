"""classify: JSON lines, language detection, and SDG accuracy on the shared dev set."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.commands.classify import classify, classify_lines, detect_language
from generator.match import Hit
from generator.score import sdg_detect, sdg_references

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "eval" / "sdg-benchmark-dev.csv"


def test_language_detection_tells_czech_from_slovak():
    assert detect_language("Město podporuje veřejnou dopravu a řeší dostupné bydlení pro mladé rodiny.") == "cs"
    assert detect_language("Mesto podporuje verejnú dopravu a rieši dostupné bývanie pre mladé rodiny.") == "sk"
    assert detect_language("A város támogatja a közösségi közlekedést és a megfizethető lakhatást.") == "hu"
    assert detect_language("Miasto wspiera transport publiczny i dostępne mieszkania dla rodzin.") == "pl"


def test_sdg_output_shape_and_evidence():
    out = classify("x", "Extreme poverty and hunger remain high; food security is poor.", "sdg", "en")
    assert out["sdgs"] == [1, 2]
    assert [e["id"] for e in out["evidence"]] == ["SDG-1", "SDG-2"]
    assert "extreme poverty" in out["evidence"][0]["terms"]


def test_inflected_czech_text_detected():
    text = "Změnou klimatu a emisemi skleníkových plynů se město zabývá v adaptační strategii."
    assert 13 in classify(1, text, "sdg")["sdgs"]


def test_unrelated_text_detects_nothing():
    assert classify(1, "The meeting starts at nine and the minutes are approved.", "sdg", "en")["sdgs"] == []


def test_json_lines_in_and_out_via_cli():
    lines = "\n".join(json.dumps({"id": i, "text": t}) for i, t in
                      enumerate(["Chudoba a sociální ochrana seniorů.", "Drinking water and sanitation for all."]))
    proc = subprocess.run([sys.executable, "-m", "generator", "classify", "--framework", "sdg"],
                          input=lines, capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [(r["id"], r["lang"], r["sdgs"]) for r in rows] == [(0, "cs", [1]), (1, "en", [6])]


def test_bad_input_line_is_named():
    from generator.errors import S4SError

    with pytest.raises(S4SError, match="<input>:2"):
        list(classify_lines(io.StringIO('{"id": 1, "text": "x"}\nnot json\n'), "sdg", "en"))


def _hit(term, weight, start, key="SDG-6"):
    return Hit(key, term, weight, start, start + len(term))


def test_sdg_rule_a_goal_must_be_named_or_recur():
    # core term alone: named
    assert "SDG-6" in sdg_detect([_hit("sanitation", 3.0, 0)])
    # two strong terms side by side: named
    assert "SDG-6" in sdg_detect([_hit("water", 2.0, 0), _hit("aquifer", 2.0, 10)])
    # a strong and a weak term in one phrase reach the threshold but only touch the goal
    assert sdg_detect([_hit("water", 2.0, 0), _hit("river", 1.0, 12)]) == {}
    # the same two terms a sentence apart: the text comes back to the goal
    assert "SDG-6" in sdg_detect([_hit("water", 2.0, 0), _hit("river", 1.0, 150)])
    # weak terms never name a goal, however many and however far apart
    weak = [_hit("river", 1.0, 0), _hit("lake", 1.0, 200), _hit("flood", 1.0, 400), _hit("basin", 1.0, 600)]
    assert sdg_detect(weak) == {}


def test_sdg_sector_term_names_a_goal_only_when_the_text_comes_back_to_it():
    # 'housing' is a sector term of SDG-11 (concept/lexicon/sdg.yaml): said once it is a strong term
    assert sdg_detect([_hit("housing", 2.0, 0, "SDG-11")]) == {}
    # said again a sentence later it names the goal, as a core term would
    assert "SDG-11" in sdg_detect([_hit("housing", 2.0, 0, "SDG-11"), _hit("housing", 2.0, 150, "SDG-11")])
    # twice in one phrase is still a passing mention
    assert sdg_detect([_hit("housing", 2.0, 0, "SDG-11"), _hit("housing", 2.0, 40, "SDG-11")]) == {}
    # with another strong term it names the goal, as two strong terms do
    assert "SDG-11" in sdg_detect([_hit("housing", 2.0, 0, "SDG-11"), _hit("public space", 2.0, 12, "SDG-11")])
    # in a text: a council's health-care mandate in a text about urban government is not SDG 3
    once = ("The ministry controls urban local government institutions. City corporations have public, "
            "environmental and primary health care mandates and are elected by the local people.")
    assert 3 not in classify(1, once, "sdg", "en")["sdgs"]
    again = ("Primary health care reaches only half of the villages in the district. The plan trains "
             "nurses and builds clinics so that health care is within an hour's walk of every home.")
    assert 3 in classify(1, again, "sdg", "en")["sdgs"]


@pytest.mark.parametrize("lang,about_the_town,about_its_transport", [
    ("en", "The city council adopted the town's development strategy. The municipality drafted it with "
           "the residents, the local community and the municipal office of the city.",
     "The city extends public transport to every district and builds affordable housing for young families."),
    ("cs", "Zastupitelstvo města schválilo strategický plán rozvoje obce. Město jej připravilo s obyvateli, "
           "místní komunitou a městským úřadem; chytré město je jeho vizí.",
     "Město rozšíří veřejnou dopravu do všech čtvrtí a postaví dostupné bydlení pro mladé rodiny."),
    ("pl", "Rada Miasta przyjęła strategię rozwoju gminy. Miasto opracowało ją z mieszkańcami, lokalną "
           "społecznością i urzędem miejskim; inteligentne miasto jest jej wizją.",
     "Miasto rozbuduje transport publiczny i zbuduje przystępne mieszkania dla młodych rodzin."),
])
def test_sdg11_is_named_by_what_its_targets_are_about_not_by_town_words(lang, about_the_town, about_its_transport):
    # every passage of a city's strategy names the town, its council and residents: that alone is
    # not SDG 11 (concept/lexicon/sdg.yaml, issue 6); public transport and housing in it are
    assert 11 not in classify(1, about_the_town, "sdg", lang)["sdgs"]
    assert 11 in classify(1, about_its_transport, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Zeleň v ulicích zmírní tepelný ostrov města a vlny horka."),  # 11.b urban heat island
    ("pl", "Rewitalizacja obejmie obszary zdegradowane w centrum miasta."),  # 11.3 urban regeneration
    ("sk", "Mesto zníži znečistenie ovzdušia z dopravy a zlepší kvalitu ovzdušia v centre."),  # 11.6 air quality
    # (11.6's municipal waste names SDG 12, not 11: test_sdg12_municipal_waste_separation_...)
    ("hu", "A város a következő tíz évben lépésről lépésre felújítja a belváros régi utcáit és tereit. "
           "A munkák a védett műemlékek homlokzatát is megújítják."),  # 11.4 heritage
    ("en", "The city builds social housing."),  # 11.1
])
def test_sdg11_target_subjects_name_the_goal(lang, text):
    # what SDG 11's targets are about, in a sentence that also names the town (a weak word)
    assert 11 in classify(1, text, "sdg", lang)["sdgs"]


def test_sdg9_infrastructure_is_a_sector():
    # 'infraštruktúra' in a municipality's list of domains is a passing mention, not SDG 9 ...
    listed = "Program určuje potreby obce v oblasti technickej a sociálnej infraštruktúry, kultúry a školstva."
    assert 9 not in classify(1, listed, "sdg", "sk")["sdgs"]
    # ... resilient infrastructure (9.1) names the goal, and so does a text that comes back to it
    assert 9 in classify(1, "Kraj buduje odolnú infraštruktúru.", "sdg", "sk")["sdgs"]
    again = ("Obec do roku 2030 dobuduje chýbajúcu infraštruktúru v nových uliciach na okraji obce, kde vznikajú rodinné domy. "
             "Do nových ulíc povedie aj autobus; celá nová infraštruktúra zahŕňa vodovod, kanalizáciu a optickú sieť.")
    assert 9 in classify(1, again, "sdg", "sk")["sdgs"]


def test_sdg17_domestic_capacity_and_development_financing_are_not_partnership():
    # capacity-building appears in targets of goals 6, 11, 13 and 17; alone it does not name 17
    assert 17 not in classify(1, "Úrad zabezpečí budovanie kapacít pre prácu s dátami.", "sdg", "sk")["sdgs"]
    assert 17 not in classify(1, "The region funds capacity building for its municipalities.", "sdg", "en")["sdgs"]
    # cs/sk/pl 'financing of development' is any town's budget, not the UN's financing for development
    assert 17 not in classify(1, "Mesto hľadá zdroje na financovanie rozvoja.", "sdg", "sk")["sdgs"]
    # with the goal's other terms it still names it
    text = "Capacity building and technology transfer for developing countries."
    assert 17 in classify(1, text, "sdg", "en")["sdgs"]


@pytest.mark.parametrize("lang,participation,adoption", [
    ("en", "Residents shaped the plan in public consultations.", "The council adopted the plan by a resolution."),
    ("cs", "Návrh plánu prošel veřejným projednáním.", "Zastupitelstvo schválilo plán usnesením."),
    ("sk", "Návrh plánu prešiel verejným prerokovaním.", "Zastupiteľstvo schválilo plán uznesením."),
    ("hu", "A terv a partnerségi egyeztetés után készült el.", "A képviselő-testület határozattal elfogadta a tervet."),
    ("pl", "Projekt planu poddano konsultacjom społecznym.", "Rada przyjęła plan uchwałą."),
])
def test_sdg16_participation_in_decisions_names_the_goal(lang, participation, adoption):
    # 16.7 participatory decision-making: one consultation of the public is enough (a core term);
    # the bare fact that a council adopted a plan is not SDG 16
    assert 16 in classify(1, participation, "sdg", lang)["sdgs"]
    assert 16 not in classify(1, adoption, "sdg", lang)["sdgs"]


def test_sdg16_public_administration_is_a_sector_and_safety_is_not_security():
    # 'veřejná správa' (public administration, the subject of 16.6) is a sector term: a project
    # that touches it once is not about it, a text that comes back to it is
    once = "Projekt zlepší mapové podklady pro veřejnou správu v celém kraji."
    assert 16 not in classify(1, once, "sdg", "cs")["sdgs"]
    again = ("Kraj digitalizuje veřejnou správu: katastrální mapy, územní data a rejstříky sdílí všechny úřady kraje i obcí. "
             "Do roku 2030 bude veřejná správa v kraji vyřizovat žádosti občanů elektronicky a rychleji.")
    assert 16 in classify(1, again, "sdg", "cs")["sdgs"]
    # cs/sk/pl 'bezpečnost' is also safety (of a heat supply, of traffic): with a law it is not SDG 16
    heat = ("Zákon ukládá obci zpracovat energetickou koncepci. Jejím cílem je spolehlivost "
            "a bezpečnost dodávky tepla a hospodárnost jeho výroby a rozvodu na území obce.")
    assert 16 not in classify(1, heat, "sdg", "cs")["sdgs"]


def test_sdg12_goods_and_services_are_not_consumption():
    # "prices of goods and services" is any budget's vocabulary: bare 'goods' is weak;
    # consumer goods (12: sustainable consumption) stay strong
    text = ("The town's costs rise with the prices of goods and services every year, while the state "
            "pays less and less for the duties it hands down. Finding the resources for its development is the challenge.")
    assert 12 not in classify(1, text, "sdg", "en")["sdgs"]
    assert 12 in classify(1, "Consumer goods end up as waste.", "sdg", "en")["sdgs"]


def test_sdg_forms_simplemma_leaves_unreduced_are_matched():
    # sk genitive plural 'pacientov' and hu possessive 'energiahatékonyságának' are not reduced to
    # the base form by simplemma; the lexicon lists them (concept/lexicon/sdg.yaml)
    assert 3 in classify(1, "Vlny horúčav ohrozujú zdravie chronicky chorých pacientov.", "sdg", "sk")["sdgs"]
    assert 7 in classify(1, "Cél az épületek energiahatékonyságának javítása.", "sdg", "hu")["sdgs"]
    # hu 'közúti baleset' (road accident) beside 'közlekedési baleset', as en has both
    assert 3 in classify(1, "Csökkenteni kell a közúti balesetek számát.", "sdg", "hu")["sdgs"]


@pytest.mark.parametrize("lang,text,goal", [
    ("cs", "Město se připravuje na energetickou transformaci.", 7),  # energy transition (core)
    ("hu", "A város fejleszti az idegenforgalmat, a szállodák és a fürdő bővítésével az idegenforgalom a "
           "következő években is a helyi gazdaság húzóága marad.", 8),  # hu 'idegenforgalom' (tourism)
    ("pl", "Miasto wspiera sektor badawczo-rozwojowy.", 9),  # R&D adjective
    ("sk", "Mesto zabezpečí rovnaké šance a rovnaké zaobchádzanie pre všetkých.", 10),  # equal chances, treatment
    ("hu", "A közlekedés széndioxid kibocsátása nő.", 13),  # spelt without the hyphen
    ("pl", "Każdy ma prawo do udziału w życiu publicznym miasta.", 16),  # participation in public life
])
def test_sdg_general_terms_found_missing_on_real_passages(lang, text, goal):
    # general terms of a goal that the real-passage sets 1-2 showed missing (eval/real_passages)
    assert goal in classify(1, text, "sdg", lang)["sdgs"]


def test_sdg16_hu_administrative_area_is_not_public_administration():
    # 'közigazgatási terület' is a town's administrative area, not its public administration (16.6)
    area = ("A terv a város teljes közigazgatási területére kiterjed. A képviselő-testület az épített "
            "környezet alakításáról és védelméről szóló törvény alapján döntött a terv elkészítéséről.")
    assert 16 not in classify(1, area, "sdg", "hu")["sdgs"]


def test_sdg_passing_mention_is_not_detected_in_a_text():
    passing = "The report covers trade rules; water and river transport are mentioned once."
    assert 6 not in classify(1, passing, "sdg", "en")["sdgs"]
    recurring = ("The river carries the town's waste downstream in every season of the year. "
                 "Farms and households that draw their water from it downstream fall ill each summer.")
    assert 6 in classify(1, recurring, "sdg", "en")["sdgs"]


def test_sdg_acronym_plural_matches_the_acronym():
    # 'LDC' (SDG-17 core) and 'SME' (SDG-8 strong) are lexicon acronyms; texts write "LDCs", "SMEs"
    text = "The programme reaches the LDCs first."
    found = classify(1, text, "sdg", "en")
    assert 17 in found["sdgs"]
    assert found["evidence"][found["sdgs"].index(17)]["terms"] == ["LDC"]
    # the plural and the singular are one term, not two strong terms naming the goal
    assert 8 not in classify(1, "SMEs and an SME.", "sdg", "en")["sdgs"]


def test_sdg_cited_by_number_is_named():
    assert classify(1, "Tento projekt přispívá k SDG 11 a SDG13.", "sdg", "cs")["sdgs"] == [11, 13]
    assert classify(1, "Indicator for SDG 6.1 in the city.", "sdg", "en")["sdgs"] == [6]
    assert classify(1, "No SDG 18 or SDG 0.", "sdg", "en")["sdgs"] == []
    # "Goal 3" or "cíl 3" is as often a strategy's own goal: only where the text speaks of the SDGs
    assert classify(1, "Goal 3 of the plan: celkem 12 projektů.", "sdg", "en")["sdgs"] == []
    mapped = "The measures serve Sustainable Development Goals 6, 7 and 13, and goal 11."
    assert classify(1, mapped, "sdg", "en")["sdgs"] == [6, 7, 11, 13]
    cs = "Opatření přispívají k cílům udržitelného rozvoje: k cíli 4 a cíl 16; celkem 12 opatření."
    assert classify(1, cs, "sdg", "cs")["sdgs"] == [4, 16]
    assert classify(1, "A 4. fenntartható fejlődési cél.", "sdg", "hu")["sdgs"] == [4]
    assert classify(1, "Stratégia prispieva k cieľom trvalo udržateľného rozvoja, najmä k cieľu 7.",
                    "sdg", "sk")["sdgs"] == [7]
    # "sustainable development" alone does not name the SDGs: a strategy's own goal 3
    assert 3 not in classify(1, "Strategie udržitelného rozvoje města, cíl 3: doprava.", "sdg", "cs")["sdgs"]
    refs = sdg_references("See SDG 17 (partnerships).", False)
    assert [(h.key, h.term, h.start, h.end) for h in refs] == [("SDG-17", "SDG 17", 8, 10)]


@pytest.mark.parametrize("lang", ["en", "cs", "sk", "hu", "pl"])
def test_every_goal_short_title_names_its_goal(lang):
    # strategies map themselves to the goals by their short titles ("17 Partnerships for the goals")
    import yaml

    goals = yaml.safe_load((ROOT / "concept" / "sdg.yaml").read_text(encoding="utf-8"))["goals"]
    missed = [g["short"][lang] for g in goals
              if g["number"] not in classify(1, g["short"][lang], "sdg", lang)["sdgs"]]
    assert missed == []


def test_sdg_slovak_phrase_matches_in_every_case():
    # simplemma leaves the neuter 'kultúrne' as it is but reads 'kultúrneho' as 'kultúrny'
    found = classify(1, "Ochrana kultúrneho dedičstva.", "sdg", "sk")
    assert found["sdgs"] == [11]
    assert found["evidence"][0]["terms"] == ["kultúrne dedičstvo"]  # the lexicon's term, not the variant
    assert classify(1, "Ochrana kultúrne dedičstvo.", "sdg", "sk")["sdgs"] == [11]
    # the nominative and another case are one term: 'extrémne počasie' (strong) twice in one phrase is not named
    assert 13 not in classify(1, "Extrémne počasie a extrémneho počasia.", "sdg", "sk")["sdgs"]


# Target titles (concept/sdg.yaml) that name their own goal, at the last lexicon change: a floor
# against losing target-level terms. Many titles cannot (means of implementation: "Mobilize
# additional financial resources for developing countries"); raise the floor when it rises.
TARGET_TITLES_NAMED = {"en": 139, "cs": 130, "sk": 132, "hu": 119, "pl": 118}


@pytest.mark.parametrize("lang", sorted(TARGET_TITLES_NAMED))
def test_target_titles_name_their_goal(lang):
    import yaml

    goals = yaml.safe_load((ROOT / "concept" / "sdg.yaml").read_text(encoding="utf-8"))["goals"]
    named = sum(g["number"] in classify(1, t["title"][lang], "sdg", lang)["sdgs"]
                for g in goals for t in g["targets"])
    assert named >= TARGET_TITLES_NAMED[lang], named


@pytest.mark.skipif(not DEV.exists(), reason=f"shared dev set not found at {DEV}")
def test_sdg_accuracy_targets_on_dev_set():
    tp = fp = fn = 0
    with DEV.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            predicted = int(r["sdg"]) in classify(r["id"], r["text"], "sdg", "en")["sdgs"]
            label = r["label"] == "True"
            tp += predicted and label
            fp += predicted and not label
            fn += label and not predicted
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.85 and precision >= 0.88, (precision, recall, f1)


@pytest.mark.parametrize("lang", ["cs", "sk", "hu", "pl"])
def test_translated_check_sets(lang):
    path = ROOT / "eval" / "translated" / f"{lang}.csv"
    tp = fp = fn = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            predicted = int(r["sdg"]) in classify(r["id"], r["text"], "sdg")["sdgs"]
            label = r["label"] == "True"
            tp += predicted and label
            fp += predicted and not label
            fn += label and not predicted
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    # small sets (34 rows): a looser floor than the dev target, which they are reported against
    assert precision >= 0.85 and 2 * precision * recall / (precision + recall) >= 0.8


@pytest.mark.parametrize("lang,text", [
    ("en", "The town has started work on its development strategy for 2030. Residents can fill in a questionnaire "
           "until the end of September, online or on paper at the town hall. The draft will be published in "
           "the spring; comments and suggestions on it can be sent by e-mail."),
    ("cs", "Město připravuje strategický plán rozvoje do roku 2030. Občané mohou do konce září vyplnit dotazník na "
           "webu města nebo v papírové podobě na radnici. Své připomínky k návrhu plánu mohou posílat také e-mailem."),
    ("sk", "Mesto pripravuje program rozvoja na roky 2023 - 2030. Obyvatelia môžu do konca septembra vyplniť dotazník "
           "na webe mesta alebo v papierovej podobe na mestskom úrade. Pripomienky k návrhu programu môžu posielať aj e-mailom."),
    ("hu", "A város elkészíti településfejlesztési stratégiáját 2030-ig. A lakosok szeptember végéig kitölthetik a "
           "kérdőívet a város honlapján vagy papíron a polgármesteri hivatalban. A stratégia tervezetét véleményezésre is közzétesszük."),
    ("pl", "Gmina przystąpiła do opracowania strategii rozwoju na lata 2021-2030. Mieszkańcy mogą do końca września "
           "wypełnić ankietę na stronie gminy lub w wersji papierowej w urzędzie. Wyniki zostaną przedstawione "
           "w raporcie. Liczymy na Państwa opinię."),
])
def test_sdg16_participation_instruments_name_the_goal(lang, text):
    # 16.7: city strategies describe how residents shaped them by the instruments used - a questionnaire,
    # comments on the draft, consultation, a round table, a public meeting, dialogue (strong terms); on
    # real passages sets 1-4 every passage with a questionnaire or a consultation was labelled SDG 16
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


def test_sdg16_opinion_and_survey_alone_are_not_participation():
    # public opinion, a survey, an opinion are weak: "the court of public opinion" beside a court is
    # not a text about participatory decision-making
    text = "The reform lost in the court of public opinion, although it survived every vote in Congress."
    assert 16 not in classify(1, text, "sdg", "en")["sdgs"]
    assert 16 not in classify(1, "A household survey measured the opinion of farmers on prices.", "sdg", "en")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Village assemblies were held in every settlement, and a residents' meeting discussed the draft."),
    ("cs", "Ve všech místních částech proběhla shromáždění občanů a o návrhu se jednalo na setkáních s občany."),
    ("sk", "Vo všetkých obciach sa konalo zhromaždenie obyvateľov a o návrhu sa diskutovalo na stretnutiach s obyvateľmi."),
    ("hu", "Valamennyi településen falugyűlést tartottunk, a tervezetet a lakosok véleményezhették."),
    ("pl", "We wszystkich sołectwach odbyły się zebrania wiejskie, a projekt omówiono na zebraniach mieszkańców."),
])
def test_sdg16_residents_assemblies_name_the_goal(lang, text):
    # 16.7: a village or residents' assembly is the oldest participation instrument of a municipality
    # (pl zebranie wiejskie, hu falugyűlés, sk zhromaždenie obyvateľov); two instruments name the goal
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,plan,once", [
    ("en", "The community plan of social services sets the town's priorities for 2024-2027, after a year of work with providers and users. Social services for seniors, "
           "families in crisis and people with disabilities will be available in every district of the town.",
           "The town supports culture, sport and social services."),
    ("cs", "Komunitní plán sociálních služeb stanoví priority města na léta 2024-2027 po roce práce s poskytovateli a uživateli. Sociální služby pro seniory, "
           "rodiny v krizi a lidi se zdravotním postižením budou dostupné ve všech částech města.",
           "Město podporuje kulturu, sport a sociální služby."),
    ("sk", "Komunitný plán sociálnych služieb určuje priority mesta na roky 2024-2027 po roku práce s poskytovateľmi a používateľmi. Sociálne služby pre seniorov, "
           "rodiny v kríze a ľudí so zdravotným postihnutím budú dostupné vo všetkých častiach mesta.",
           "Mesto podporuje kultúru, šport a sociálne služby."),
    ("hu", "A szociális szolgáltatástervezési koncepció 2024-2027-re határozza meg a város prioritásait, egy év közös munka után a szolgáltatókkal. "
           "A szociális szolgáltatások az idősek, a válságba került családok és a fogyatékossággal élők számára a város minden részén elérhetők lesznek.",
           "A város támogatja a kultúrát, a sportot és a szociális szolgáltatásokat."),
    ("pl", "Plan rozwoju usług społecznych wyznacza priorytety gminy na lata 2024-2027 po roku pracy z organizacjami i mieszkańcami. Usługi społeczne "
           "dla seniorów, rodzin w kryzysie i osób z niepełnosprawnością będą dostępne we wszystkich sołectwach gminy.",
           "Gmina wspiera kulturę, sport i usługi społeczne."),
])
def test_sdg1_social_services_plan_names_the_goal(lang, plan, once):
    # 1.3 social protection: social services are a sector term - a plan that comes back to them
    # is about them, a list that names them once is not (real passages sets 1-4: the 5 passages that come
    # back to social services are labelled SDG 1, none of the 4 that name them once)
    assert 1 in classify(1, plan, "sdg", lang)["sdgs"]
    assert 1 not in classify(1, once, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The strategy's aim is to support people at risk of social exclusion. The town also works with the Roma minority."),
    ("cs", "Cílem strategie je podpora lidí ohrožených sociálním vyloučením. Město spolupracuje také s romskou menšinou."),
    ("sk", "Cieľom stratégie je podpora ľudí ohrozených sociálnym vylúčením. Mesto spolupracuje aj s rómskou menšinou."),
    ("hu", "A stratégia célja a társadalmi kirekesztés elleni fellépés. A város együttműködik a roma kisebbséggel is."),
    ("pl", "Celem strategii jest wsparcie osób zagrożonych wykluczeniem społecznym. Gmina współpracuje też z mniejszością romską."),
])
def test_sdg10_social_exclusion_is_also_inequality(lang, text):
    # social exclusion is also 10.2 (the social inclusion of all): strong for SDG 10 as for SDG 1
    assert 10 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The town's social policy aims to help people at risk of social exclusion."),
    ("cs", "Sociální politika města pomáhá lidem ohroženým sociálním vyloučením."),
    ("sk", "Sociálna politika mesta pomáha ľuďom ohrozeným sociálnym vylúčením."),
    ("hu", "A város szociálpolitikája a társadalmi kirekesztés ellen lép fel."),
    ("pl", "Polityka społeczna gminy pomaga osobom zagrożonym wykluczeniem społecznym."),
])
def test_sdg1_social_policy_against_exclusion_names_the_goal(lang, text):
    # social policy (1.b pro-poor policy, 1.3 social protection) is a strong term of SDG 1
    assert 1 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Strategie vznikla ve spolupráci s občany, podnikateli a spolky. Pracovní skupiny se sešly šestkrát během "
           "jara a léta. Návrh pak připomínkovaly také místní firmy a školy, než jej zastupitelstvo schválilo."),
    ("sk", "Stratégia vznikla v spolupráci s občanmi, podnikateľmi a spolkami. Pracovné skupiny sa stretli šesťkrát počas "
           "jari a leta. Návrh potom pripomienkovali aj miestne firmy a školy, kým ho zastupiteľstvo schválilo."),
    ("hu", "A stratégia a lakosokkal, a vállalkozókkal és az egyesületekkel együttműködésben készült. A munkacsoportok tavasszal és "
           "nyáron hatszor ültek össze. A tervezetet a helyi vállalkozások és iskolák is véleményezték, mielőtt a képviselő-testület elfogadta."),
    ("pl", "Strategia powstała we współpracy z mieszkańcami, przedsiębiorcami i stowarzyszeniami. Grupy robocze spotkały się sześć "
           "razy wiosną i latem. Projekt zaopiniowały też lokalne firmy i szkoły, zanim przyjęła go rada gminy."),
])
def test_sdg8_entrepreneurs_as_stakeholders_are_not_economic_growth(lang, text):
    # entrepreneurs (cs podnikatel, sk podnikateľ, hu vállalkozó/vállalkozás, pl przedsiębiorca) are named in
    # every list of a strategy's partners: weak, as en 'business' and 'enterprise' are
    assert 8 not in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,again,survey", [
    ("en", "The town asks every household to return the questionnaire by the end of September. The results will be "
           "presented to the council and to the public in November, and the questionnaire stays on the town's website until then.",
     "The plan starts from an opinion survey."),
    ("cs", "Město žádá každou domácnost, aby do konce září vrátila dotazník. Výsledky budou představeny zastupitelstvu "
           "i veřejnosti na listopadovém setkání a do té doby zůstane dotazník k dispozici na webu města.",
     "Plán vychází z dotazníkového šetření."),
    ("sk", "Mesto žiada každú domácnosť, aby do konca septembra vrátila dotazník. Výsledky budú predstavené zastupiteľstvu "
           "aj verejnosti na novembrovom stretnutí a dovtedy zostane dotazník k dispozícii na webe mesta.",
     "Plán vychádza z prieskumu názorov."),
    ("hu", "A város minden háztartást arra kér, hogy szeptember végéig küldje vissza a kérdőívet. Az eredményeket "
           "novemberben mutatjuk be a képviselő-testületnek és a nyilvánosságnak, addig a kérdőív a város honlapján is elérhető.",
     "A terv kérdőíves felmérésre épül."),
    ("pl", "Gmina prosi każde gospodarstwo domowe o zwrot ankiety do końca września. Wyniki zostaną przedstawione radzie "
           "gminy i mieszkańcom w listopadzie, a do tego czasu ankieta będzie dostępna na stronie gminy.",
     "Plan opiera się na badaniu ankietowym."),
])
def test_sdg16_questionnaire_said_again_or_an_opinion_survey_names_the_goal(lang, again, survey):
    # a questionnaire, a consultation and comments on a draft are sector terms of 16.7: a text that comes
    # back to them is about them; a questionnaire or opinion survey (and residents' opinions) is core
    assert 16 in classify(1, again, "sdg", lang)["sdgs"]
    assert 16 in classify(1, survey, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,listed,again", [
    ("en", "The programme covers technical infrastructure, culture, education, sport and the environment of the town.",
     "The town will improve education in its two primary schools. By 2030 every child will have a place in a "
     "kindergarten, and adult education will be offered in the library."),
    ("cs", "Program řeší technickou infrastrukturu, kulturu, vzdělávání, sport a životní prostředí obce.",
     "Město zkvalitní vzdělávání ve svých dvou základních školách. Do roku 2030 bude mít každé dítě místo v "
     "mateřské škole a v knihovně bude nabízeno vzdělávání dospělých."),
    ("sk", "Program rieši technickú infraštruktúru, kultúru, vzdelávanie, šport a životné prostredie obce.",
     "Mesto skvalitní vzdelávanie vo svojich dvoch základných školách. Do roku 2030 bude mať každé dieťa miesto v "
     "materskej škole a v knižnici sa bude ponúkať vzdelávanie dospelých."),
    ("hu", "A program a műszaki infrastruktúrával, a kultúrával, az oktatással, a sporttal és a település környezetével foglalkozik.",
     "A város javítja az oktatás minőségét az iskolákban. 2030-ra minden gyermeknek lesz helye az óvodában, "
     "a könyvtárban pedig a felnőttek oktatása is elindul."),
    ("pl", "Program obejmuje infrastrukturę techniczną, kulturę, edukację, sport i środowisko gminy.",
     "Gmina poprawi edukację w swoich dwóch szkołach podstawowych. Do 2030 roku każde dziecko będzie miało miejsce "
     "w przedszkolu, a w bibliotece ruszy edukacja dorosłych."),
])
def test_sdg4_education_is_a_sector_term(lang, listed, again):
    # every list of a municipality's domains names education: said once it weighs as a strong term,
    # a text that comes back to it is about it (as infrastructure for SDG 9)
    assert 4 not in classify(1, listed, "sdg", lang)["sdgs"]
    assert 4 in classify(1, again, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "All children complete primary education."),
    ("cs", "Všechny děti dokončí základní vzdělávání."),
    ("sk", "Všetky deti dokončia základné vzdelávanie."),
    ("hu", "Minden gyermek befejezi az alapfokú oktatást."),
    ("pl", "Wszystkie dzieci kończą edukację podstawową."),
])
def test_sdg4_levels_of_education_are_core(lang, text):
    # the levels of education that targets 4.1-4.3 name (primary, secondary, pre-primary, tertiary)
    # stay core when bare 'education' is a sector term
    assert 4 in classify(1, text, "sdg", lang)["sdgs"]


def test_sdg7_hu_funding_programme_name_is_not_energy_efficiency():
    # the EU funds programme that paid for most Hungarian settlement climate strategies is named
    # 'Környezeti és Energiahatékonysági Operatív Program' (KEHOP): its name is not a text about energy
    # efficiency, so the name is a weak phrase of SDG 7 (as 'közigazgatási terület' is for SDG 16)
    name = ("A település a Környezeti és Energiahatékonysági Operatív Program (KEHOP) keretében pályázott. "
            "A projekt célja a klímastratégia kidolgozása és a szemléletformálás, kibocsátás csökkentése.")
    assert 7 not in classify(1, name, "sdg", "hu")["sdgs"]
    assert 7 in classify(1, "A város javítja középületei energiahatékonyságát és csökkenti kibocsátását.", "sdg", "hu")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The town offers a favourable business climate and good transport links."),
    ("cs", "Město nabízí příznivé podnikatelské klima a dobré dopravní spojení."),
    ("sk", "Mesto ponúka priaznivú podnikateľskú klímu a dobré dopravné spojenie."),
    ("hu", "A város kedvező üzleti klímát és jó közlekedési kapcsolatokat kínál."),
    ("pl", "Miasto oferuje korzystny klimat inwestycyjny i dobre połączenia komunikacyjne."),
])
def test_sdg13_business_climate_is_not_climate(lang, text):
    # 'climate' (core) in the idiom of the business or investment climate is another sense: the idiom
    # is a weak phrase, so the phrase and not the core term inside it is matched there
    assert 13 not in classify(1, text, "sdg", lang)["sdgs"]


def test_sdg_cs_forms_simplemma_leaves_unreduced_senior_and_greenery():
    # simplemma knows cs 'senior' and 'zeleň' only in a few forms: 'seniorů', 'seniorům', 'senioři',
    # 'zeleně' stay as written, so these forms are listed (SDG 10 strong 'senior', SDG 11 strong 'zeleň')
    assert 10 in classify(1, "Senioři a etnické menšiny mají v programu vlastní opatření.", "sdg", "cs")["sdgs"]
    assert 11 in classify(1, "Obnova veřejné zeleně v centru a na sídlištích.", "sdg", "cs")["sdgs"]


def test_sdg16_en_comments_on_a_draft_as_in_the_other_languages():
    # en 'comment' is the sector term cs 'připomínka', sk 'pripomienka' and hu 'véleményezés' are:
    # a text that comes back to the comments on a draft is about public participation
    text = ("Comments on the draft plan could be sent by e-mail or by post until the end of May. The town received "
            "120 comments from residents and published its answer to each of them.")
    assert 16 in classify(1, text, "sdg", "en")["sdgs"]
    assert 16 not in classify(1, "The report adds a short comment on prices.", "sdg", "en")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Everyone can take part in the decision-making process on the town's future."),
    ("cs", "Občané se mohou podílet na rozhodování o budoucnosti města."),
    ("sk", "Obyvatelia sa môžu podieľať na rozhodovaní o budúcnosti mesta."),
    ("hu", "A város jövőjéről szóló döntéshozatalban való részvétel mindenki joga."),
    ("pl", "Mieszkańcy mają udział w podejmowaniu decyzji o przyszłości miasta."),
])
def test_sdg16_taking_part_in_decisions_names_the_goal(lang, text):
    # 16.7 in its own words: residents taking part in decision-making (core in every language)
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


def test_sdg11_pl_osiedle_is_a_neighbourhood_not_a_housing_estate():
    # pl 'osiedle' is any residential neighbourhood and a town's auxiliary unit ('rada osiedla'), broader
    # than cs 'sídliště', sk 'sídlisko', hu 'lakótelep' (housing estate, strong): weak as en 'neighbourhood';
    # 'osiedle mieszkaniowe' is the housing estate
    councils = ("W realizacji strategii uczestniczą rady osiedli i organizacje społeczne. Burmistrz co roku "
                "przedstawia radzie miejskiej sprawozdanie z realizacji strategii i jej wpływu na miasto.")
    assert 11 not in classify(1, councils, "sdg", "pl")["sdgs"]
    assert 11 in classify(1, "Rewitalizacja osiedli mieszkaniowych z wielkiej płyty.", "sdg", "pl")["sdgs"]


def test_sdg16_proposals_and_suggestions_are_not_participation():
    # hu 'javaslat', cs 'podnět', sk 'podnet', en 'suggestion' (a proposal, an impulse) belong to any text;
    # as weak SDG-16 terms they carried a strong term said once to 'the text comes back to the goal'
    text = ("A tanulmány az iskolák és más intézmények energiafelhasználását vizsgálja a megyében. "
            "A kötet utolsó, összegző fejezete a mérések alapján részletes javaslatokat fogalmaz meg a fűtési rendszerek korszerűsítésére.")
    assert 16 not in classify(1, text, "sdg", "hu")["sdgs"]


@pytest.fixture(scope="module")
def concept():
    from generator.concept import load_concept

    return load_concept()


@pytest.mark.parametrize(("lang", "text", "absent", "present"), [
    # a structure word inside a name (a national plan the strategy links to) is no part of this document
    ("sk", "Stratégia nadväzuje na Akčný plán inteligentných miest a regiónov.", "S-ACTIONPLAN", "S-LINKS"),
    # a resolution's own deadline and responsible person are no action plan ...
    ("hu", "A Képviselő-testület 12/2024. (III. 5.) határozata: a programot megismerte. "
           "Határidő: 2024. december 31. Felelős: polgármester", "S-ACTIONPLAN", None),
    # ... a measure's are
    ("hu", "B1.3 Bejelentő alkalmazás. A lakók jelezhetik a hibákat. Határidő: 2026. "
           "Felelős: városgazdálkodási osztály", None, "S-ACTIONPLAN"),
    # a coordination names both parts
    ("sk", "Program obsahuje súbor cieľov a opatrení.", None, "S-MEASURES"),
])
def test_classify_applies_the_structure_guard_of_strategy_scoring(concept, lang, text, absent, present):
    found = classify(1, text, "concept", lang, concept)["criteria"]
    assert absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("lang,text", [
    ("en", "The town will build a new pavement and a bus stop on the main road."),
    ("en", "Flood protection of the village and a cycle path along the river."),
    ("cs", "Obec vybuduje nový chodník a autobusovou zastávku u silnice."),
    ("cs", "Obec připraví povodňový plán a cyklostezku podél řeky."),
    ("sk", "Obec vybuduje chodník a autobusovú zastávku pri hlavnej ceste."),
    ("sk", "Obec pripraví protipovodňové opatrenia a cyklotrasu pozdĺž rieky."),
    ("hu", "A település új járdát és buszmegállót épít a főút mentén."),
    ("hu", "A település árvízvédelmi munkákat végez és kerékpárutat épít a patak mentén."),
    ("pl", "Gmina zbuduje chodnik i przystanek autobusowy przy drodze."),
    ("pl", "Gmina zapewni ochronę przeciwpowodziową i ścieżkę rowerową wzdłuż rzeki."),
])
def test_sdg11_settlement_safety_and_access_name_the_goal(lang, text):
    # flood protection, pavements, cycle paths and bus stops (11.2, 11.5): two of them name SDG 11
    assert 11 in classify(1, text, "sdg", lang)["sdgs"]


def test_sdg11_one_settlement_safety_term_with_town_words_is_not_the_goal():
    assert 11 not in classify(1, "Obec opraví chodník.", "sdg", "cs")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Members of the public were invited to participate in creating the plan."),
    ("cs", "Laická veřejnost mohla dokument připomínkovat."),
    ("cs", "Město chce přizvat k účasti sousední obce a vést dialog."),
    ("sk", "Laická verejnosť mohla dokument pripomienkovať."),
    ("sk", "Mesto chce prizvať k účasti susedné obce a viesť dialóg."),
    ("hu", "A város részvételre hívja a lakosokat, és várja észrevételeiket."),
    ("pl", "Gmina chce zaprosić do udziału przedsiębiorców i prowadzi dialog."),
])
def test_sdg16_inviting_the_public_to_take_part_names_the_goal(lang, text):
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,again,once", [
    ("cs", "Město zahájilo komunitní plánování sociálních služeb v roce 2009 a postupně do něj zapojilo "
           "poskytovatele i uživatele služeb. Výsledky, které komunitní plánování přineslo, shrnuje tato kapitola.",
     "Město zahájilo komunitní plánování sociálních služeb."),
    ("sk", "Mesto začalo komunitné plánovanie sociálnych služieb v roku 2009 a postupne doň zapojilo "
           "poskytovateľov aj používateľov služieb. Výsledky, ktoré komunitné plánovanie prinieslo, zhŕňa táto kapitola.",
     "Mesto začalo komunitné plánovanie sociálnych služieb."),
    ("en", "The town started community planning of its social services in 2009 and has involved providers "
           "and users step by step. The results that community planning has brought are set out in this chapter.",
     "The town started community planning of its social services."),
])
def test_sdg16_community_planning_is_a_sector_term(lang, again, once):
    assert 16 in classify(1, again, "sdg", lang)["sdgs"]
    assert 16 not in classify(1, once, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Materiál byl konzultován se zástupci školských zařízení. Mikroregion leží v rozvojovém území kolem "
           "hlavního města a počet jeho obyvatel rychle roste. Školy zřizuje obec v souladu s právními předpisy."),
    ("sk", "Obec vedie konzultácie s prevádzkovateľmi sústav tepelných zariadení. Koncepcia sa použije pri "
           "spracovaní územnoplánovacej dokumentácie obce postupom podľa stavebného zákona."),
    ("hu", "A terv az intézményhálózat működtetését szolgálja. A kistérségi terv nem tartalmazza mindazt, amit "
           "egy önkormányzati tervnek tartalmaznia kell, ezért a közoktatásról szóló törvény szerint készül."),
    ("pl", "Gmina konsultuje projekt z operatorami sieci ciepłowniczych. Koncepcja zostanie następnie "
           "wykorzystana w planie zagospodarowania przestrzennego gminy, zgodnie z prawem budowlanym."),
    ("en", "The council consults the operators of the heating networks. The concept is then used in the "
           "land-use plan of the municipality, as the building law requires."),
])
def test_sdg16_an_act_cited_is_not_the_rule_of_law(lang, text):
    # municipal documents cite the act they are made under: 'law' and 'legal' are no SDG-16 term
    assert 16 not in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Koncepce rozvoje sportu a sportovní infrastruktury města na léta 2021 – 2025 mapuje stav sportu ve městě, "
           "na školách a v klubech, a skutečný stav sportovní infrastruktury ve městě."),
    ("sk", "Koncepcia rozvoja športu a športovej infraštruktúry mesta na roky 2021 – 2025 dáva ucelený pohľad na šport "
           "v meste a mapuje reálny stav športovej infraštruktúry v meste."),
    ("pl", "Koncepcja rozwoju sportu i infrastruktury sportowej miasta na lata 2021-2025 opisuje sport w szkołach "
           "i klubach oraz rzeczywisty stan infrastruktury sportowej w mieście."),
    ("en", "The concept for the development of sport and sports infrastructure of the town describes sport in "
           "schools, in clubs and in the parks, and then the real state of the sports infrastructure in the town."),
])
def test_sdg9_sports_infrastructure_is_not_the_infrastructure_sector(lang, text):
    assert 9 not in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The vision was worked out together with residents and discussed in a dialogue."),
    ("cs", "Vizi jsme připravili společně s obyvateli a projednali ji v dialogu."),
    ("sk", "Víziu sme pripravili spolu s obyvateľmi a prerokovali ju v dialógu."),
    ("hu", "A jövőképet a lakosokkal közösen alakítottuk ki, párbeszédben."),
    ("pl", "Wizję wypracowano wspólnie z mieszkańcami w dialogu."),
    ("en", "The plan was prepared with the participation of stakeholders."),
    ("cs", "Plán vznikl za účasti zainteresovaných stran."),
    ("sk", "Program vznikol za účasti záujmových skupín."),
    ("hu", "A terv az érintettek részvételével készült."),
    ("pl", "Plan powstał z udziałem interesariuszy."),
])
def test_sdg16_worked_out_with_residents_or_stakeholders_names_the_goal(lang, text):
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Municipal waste is collected from every household twice a month. Residents bring separately collected paper, "
           "glass and plastics to the collection yard, and garden bio-waste goes to composting in the town."),
    ("cs", "Svoz komunálního odpadu probíhá u všech domácností dvakrát měsíčně. Obyvatelé mohou tříděný odpad odvézt na "
           "sběrný dvůr a bioodpad ze zahrad končí v kompostárně města."),
    ("sk", "Zber komunálneho odpadu prebieha vo všetkých domácnostiach dvakrát mesačne. Obyvatelia môžu vyseparované zložky "
           "odviezť na zberný dvor a bioodpad zo záhrad končí v kompostárni mesta."),
    ("hu", "A települési hulladékot havonta kétszer szállítják el minden háztartástól. A papírt és a műanyagot szelektív "
           "gyűjtés keretében gyűjtik, a kerti zöldhulladék pedig a város komposztálótelepére kerül."),
    ("pl", "Odbiór odpadów komunalnych odbywa się we wszystkich gospodarstwach domowych dwa razy w miesiącu. Odpady z "
           "selektywnej zbiórki można oddać w punkcie selektywnej zbiórki odpadów, a bioodpady z ogrodów trafiają do "
           "kompostowni gminy."),
])
def test_sdg12_municipal_waste_separation_and_composting_name_sdg12_not_sdg11(lang, text):
    # waste belongs to SDG 12 (12.5: separate collection, composting, collection yards are strong terms); the
    # waste-service terms of SDG 11 (11.6) are weak, so with town words a waste text is not SDG 11
    sdgs = classify(1, text, "sdg", lang)["sdgs"]
    assert 12 in sdgs
    assert 11 not in sdgs


@pytest.mark.parametrize("lang,text", [
    ("hu", "A képviselő-testület a 2024. márciusi ülésén elfogadta a helyi hulladékgazdálkodási tervet. A terv "
           "végrehajtásáról a polgármesteri hivatal két évente beszámolót készít, amely a hulladékgazdálkodás "
           "eredményeit is bemutatja."),
    ("pl", "Rada gminy przyjęła plan gospodarki odpadami na kolejne lata. Co dwa lata powstaje sprawozdanie, które "
           "przedstawia mieszkańcom wyniki gospodarki odpadami w gminie."),
])
def test_sdg12_waste_management_said_again_is_a_sector_term(lang, text):
    # waste management is a sector term of SDG 12: a text that comes back to it is about waste
    assert 12 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("text", [
    "Gmina ma niepowtarzalny klimat: lasy, czyste powietrze i klimat uzdrowiskowy przyciągają turystów.",
    "Kapitał społeczny i dobry klimat współpracy są motorem rozwoju gminy.",
])
def test_sdg13_pl_bare_klimat_is_strong_not_core(text):
    # pl 'klimat' is as often the mood of a place or the spa climate as the climate: a strong term, while
    # climate change, its adaptation, climate protection and the adjective 'klimatyczny' stay core
    assert 13 not in classify(1, text, "sdg", "pl")["sdgs"]
    assert 13 in classify(1, "Ochrona klimatu jest jednym z celów programu gminy.", "sdg", "pl")["sdgs"]
    assert 13 in classify(1, "Gmina przygotowuje plan adaptacji do zmian klimatu.", "sdg", "pl")["sdgs"]


def test_sdg6_pl_environmental_fund_name_is_not_water_management():
    # the national and voivodeship funds 'fundusz ochrony środowiska i gospodarki wodnej' pay for most Polish
    # environmental investments: their name is no text on water management (as KEHOP for hu SDG 7)
    text = ("Zadania sfinansuje wojewódzki fundusz ochrony środowiska i gospodarki wodnej oraz budżet gminy; "
            "obligacje komunalne i kredyty uzupełnią środki.")
    assert 6 not in classify(1, text, "sdg", "pl")["sdgs"]
    assert 6 in classify(1, "Plan określa zasady gospodarki wodnej w zlewni rzeki.", "sdg", "pl")["sdgs"]


def test_sdg16_pl_public_administration_unit_is_any_public_body():
    # 'jednostka / organ administracji publicznej' is the legal name of any public body (the gmina itself):
    # a weak phrase, so the sector term 'administracja publiczna' (16.6) inside it is not matched there
    text = ("Strategia jest najważniejszym dokumentem jednostki administracji publicznej. Wyznacza decyzje "
            "podejmowane przez organ administracji publicznej w kolejnych latach, a każda jednostka administracji "
            "publicznej ją stosuje.")
    assert 16 not in classify(1, text, "sdg", "pl")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The town commits itself to a dialogue with residents on every step of the plan."),
    ("cs", "Město se zavazuje vést dialog s občany o každém kroku plánu."),
    ("sk", "Mesto sa zaväzuje viesť dialóg s obyvateľmi o každom kroku plánu."),
    ("hu", "A településvezetés minden stratégiai lépéséről párbeszédet folytat az érintettekkel."),
    ("hu", "A lakossággal folytatott párbeszéd a program része."),
    ("pl", "Gmina prowadzi dialog z mieszkańcami na każdym etapie planu."),
    ("cs", "Vize obcí byly dohodnuty na veřejném jednání se zástupci občanů, výchozím podkladem byla anketa."),
    ("hu", "Az ifjúsági részvétel formái kialakultak, a fiatalok beleszólása a döntésekbe biztosított."),
])
def test_sdg16_the_public_taking_part_in_a_plan_names_the_goal(lang, text):
    # the written rule for 16.7 (content/methodology.md): the public's part in shaping a plan or decision is
    # SDG 16; a dialogue with residents, citizens or stakeholders says who takes part (core); a public meeting
    # (cs veřejné jednání), youth participation and hu 'beleszólás' (a say in decisions) are strong
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("pl", "Raport zamieszczono w Biuletynie Informacji Publicznej, aby każdy mieszkaniec mógł go sprawdzić."),
    ("pl", "Plan rozwoju instytucjonalnego określa działania podnoszące zdolności instytucjonalne urzędu i umożliwia "
           "sprawne zarządzanie rozwojem lokalnym. Dokument powstał dzięki zaangażowaniu wielu środowisk, które "
           "wzięły udział w warsztatach i debacie."),
    ("en", "The plan raises the institutional capacity of the town hall, and its officials will be trained to work "
           "with the new systems. Public administration services will be offered online."),
])
def test_sdg16_public_information_and_institutional_capacity_name_the_goal(lang, text):
    # 16.10: the Polish Public Information Bulletin (BIP) is the statutory channel of public access to
    # information (core); 16.6 / 16.a: the institutional capacity of an administration is strong
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


def test_sdg13_pl_swot_threats_are_not_hazards():
    # pl bare 'zagrożenie' is the T of every SWOT ('szanse i zagrożenia'): no SDG-13 term; the flood hazard
    # ('zagrożenie powodziowe', as 'ryzyko powodziowe') is strong, a natural hazard weak
    swot = ("Diagnoza wskazała mocne i słabe strony, szanse i zagrożenia rozwoju miasta. Wnioski z diagnozy "
            "omówiono na spotkaniach zespołu. Główne problemy dotyczą środowiska: emisji pyłów z ogrzewania i hałasu.")
    assert 13 not in classify(1, swot, "sdg", "pl")["sdgs"]
    flood = ("Zagrożenia powodziowe w dorzeczach rzek mają charakter transgraniczny, dlatego gminy łączą działania "
             "w regionalny system wczesnego ostrzegania przed powodzią.")
    assert 13 in classify(1, flood, "sdg", "pl")["sdgs"]


# Session 10 (issue 6, set-7 proposal 5): labelling rules written first (eval/real_passages/README.md,
# content/methodology.md), then the lexicon made to follow them.

@pytest.mark.parametrize("lang,text", [
    ("en", "The town runs a programme against domestic violence. Victims of domestic violence get shelter, "
           "counselling and legal help from the social services and the police."),
    ("cs", "Město realizuje program prevence domácího násilí. Obětem domácího násilí poskytuje azyl, poradenství "
           "a právní pomoc ve spolupráci s policií."),
    ("sk", "Mesto realizuje program prevencie domáceho násilia. Obetiam domáceho násilia poskytuje azyl, "
           "poradenstvo a právnu pomoc v spolupráci s políciou."),
    ("hu", "Az önkormányzat programot működtet a családon belüli erőszak megelőzésére, a rendőrséggel és az "
           "iskolákkal együtt, évente frissített cselekvési tervvel. A családon belüli erőszak áldozatai "
           "szállást, tanácsadást és jogi segítséget kapnak."),
    ("pl", "Gmina realizuje program przeciwdziałania przemocy w rodzinie. Ofiary przemocy domowej otrzymują "
           "schronienie, poradnictwo i pomoc prawną we współpracy z policją."),
])
def test_domestic_violence_without_women_named_is_sdg16_not_sdg5(lang, text):
    # rule: domestic violence is 16.1 (all forms of violence); SDG 5 (5.2, violence against women and girls)
    # only when the text names women, girls or gender
    out = classify(1, text, "sdg", lang)["sdgs"]
    assert 16 in out and 5 not in out


def test_domestic_violence_against_women_stays_sdg5():
    text = "Most victims of domestic violence are women; the shelter for women and girls is open all year."
    assert 5 in classify(1, text, "sdg", "en")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Drought has hit the district in four of the last six summers. The municipality will store rainwater "
           "and plant shade trees so that the next drought does less harm."),
    ("cs", "Sucho postihlo obec ve čtyřech z posledních šesti let. Obec bude zadržovat dešťovou vodu v krajině a "
           "vysazovat stromy, aby další období sucha napáchalo méně škod."),
    ("sk", "Sucho postihlo obec v štyroch z posledných šiestich rokov. Obec bude zadržiavať dažďovú vodu a "
           "vysádzať stromy, aby ďalšie obdobie sucha narobilo menej škôd."),
    ("hu", "Az aszály az elmúlt hat nyárból négyben sújtotta a települést. Az önkormányzat esővizet gyűjt és "
           "fákat ültet, hogy a következő aszály kisebb kárt okozzon."),
    ("pl", "Susza dotknęła gminę w czterech z ostatnich sześciu lat. Gmina będzie zatrzymywać wodę opadową i "
           "sadzić drzewa, aby kolejna susza wyrządziła mniej szkód."),
    ("cs", "Povodňový plán města určuje stupně povodňové aktivity. Při hrozbě povodně varuje obyvatele "
           "rozhlas a sirény a povodňová komise řídí evakuaci."),
])
def test_floods_and_drought_a_text_comes_back_to_are_sdg13(lang, text):
    # rule: floods and drought as hazards to prepare for are 13.1 (resilience and adaptive capacity to
    # climate-related hazards), whether or not climate change is named; the nouns (and cs/sk/hu/pl flood
    # adjectives) are sector terms: said once in a list of risks they do not name the goal
    assert 13 in classify(1, text, "sdg", lang)["sdgs"]


def test_a_flood_named_once_in_passing_is_not_sdg13():
    text = "The old mill by the river, damaged by a flood in 1890, now houses the town museum and a café."
    assert 13 not in classify(1, text, "sdg", "en")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Residents can deal with the town hall online: the e-services cover permits and fees, and electronic "
           "filing replaces paper forms."),
    ("cs", "Občané mohou vyřizovat záležitosti s úřadem elektronicky: elektronické služby pokrývají poplatky a "
           "povolení a elektronické podání nahrazuje papírové formuláře."),
    ("sk", "Obyvatelia môžu vybavovať záležitosti s úradom elektronicky: elektronické služby pokrývajú poplatky "
           "a povolenia a elektronické podanie nahrádza papierové formuláre."),
    ("hu", "A lakosok az ügyeiket elektronikus ügyintézés keretében intézhetik, az ügyfélkapus azonosítással "
           "a papíralapú nyomtatványok kiválthatók."),
    ("pl", "Mieszkańcy mogą załatwiać sprawy w urzędzie przez internet: e-usługi obejmują opłaty i zezwolenia, "
           "a wnioski składa się przez ePUAP."),
])
def test_online_administration_is_sdg16(lang, text):
    # rule: the administration's own services online are 16.6 (effective institutions) and 16.10 (access to
    # information); 'e-government' discussed as a topic is not (dev row d7236ae), so only service words count
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("hu", "Szociális étkeztetés keretében a rászorulók napi egyszeri meleg ételt kapnak, amelyet a konyháról "
           "a lakásukra szállítanak. A szociális étkeztetés igénylését a kérelem benyújtásával lehet "
           "kezdeményezni."),
    ("pl", "Gmina prowadzi dożywianie dzieci w szkołach. Program dożywiania obejmuje też osoby starsze, które "
           "otrzymują gorący posiłek."),
    ("en", "Social catering brings a hot meal every working day to people who cannot cook for themselves, "
           "delivered from the school kitchen. Social catering is requested at the care centre."),
])
def test_social_catering_is_sdg2(lang, text):
    # 2.1: access to sufficient food for people in vulnerable situations; the service's name is a sector term
    assert 2 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("hu", "A segélyhívó készülék riasztást küld a diszpécsernek, ha a felhasználó elesik vagy rosszul lesz, "
           "és a gondozó perceken belül a helyszínre indul. A segélyhívó készülékek havi díjához az "
           "önkormányzat támogatást nyújt."),
    ("pl", "Seniorzy otrzymali opaski bezpieczeństwa w ramach programu teleopieki. Opaska bezpieczeństwa "
           "łączy ich z centrum alarmowym przez całą dobę."),
])
def test_telecare_and_emergency_call_devices_are_sdg3(lang, text):
    out = classify(1, text, "sdg", lang)["sdgs"]
    assert 3 in out
    assert 1 not in out  # hu 'segélyhívó' (emergency call) is not 'segély' (benefit): a weak SDG-1 phrase


def test_hu_old_people_alone_are_not_an_inequality():
    # hu 'idős' is the everyday adjective 'old' (idősek klubja, idős ember): weak in SDG 10; the elderly as a
    # group in an inclusion text still name it with another term
    care = ("Az idősek nappali ellátása a klubban történik, ahol az idős emberek közösségben tölthetik a napot, "
            "tornázhatnak és kirándulásokra járhatnak. A térítési díj a havi jövedelem alapján számítandó.")
    assert 10 not in classify(1, care, "sdg", "hu")["sdgs"]
    inclusion = "Az időskorúak társadalmi befogadása és az idős emberek esélyegyenlősége a koncepció célja."
    assert 10 in classify(1, inclusion, "sdg", "hu")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Because of the pandemic the public meeting was held online, and the minutes were sent by e-mail."),
    ("cs", "Kvůli pandemii se veřejné setkání konalo online a zápis byl rozeslán e-mailem."),
    ("hu", "A járványhelyzetre tekintettel a fórumot online tartották, a jegyzőkönyvet e-mailben küldték ki."),
    ("pl", "Z powodu pandemii spotkanie odbyło się online, a protokół rozesłano pocztą elektroniczną."),
])
def test_an_epidemic_named_in_passing_is_not_sdg3(lang, text):
    # epidemic and pandemic are strong, not core: 2020-2023 municipal documents name the pandemic as a
    # circumstance; a text on it (hospitals, vaccination, disease) still names SDG 3
    assert 3 not in classify(1, text, "sdg", lang)["sdgs"]


def test_an_epidemic_with_health_words_stays_sdg3():
    text = "The pandemic filled the hospitals; the town organised vaccination for every resident over sixty."
    assert 3 in classify(1, text, "sdg", "en")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Výroba oken začne v nové hale na okraji obce, kterou stavebník dokončí do konce příštího roku. "
           "Firma nabídne práci dvaceti lidem z okolí."),
    ("pl", "Produkcja okien ruszy w nowej hali na skraju gminy, którą inwestor ukończy do końca przyszłego roku. "
           "Firma zatrudni dwadzieścia osób z okolicy."),
])
def test_production_of_anything_is_not_sdg9(lang, text):
    # en has no 'production' in SDG 9 (manufacturing, industry are its sector terms); cs/sk 'výroba', pl
    # 'produkcja' (of food, energy, windows) are weak, as term parity asks
    assert 9 not in classify(1, text, "sdg", lang)["sdgs"]


def test_sk_bin_emptying_is_not_export():
    text = ("Poplatok sa platí za každý vývoz 120-litrovej nádoby, ktorú domácnosť vyloží pred dom v deň "
            "určený harmonogramom. Spolupráca s obcou zaručuje, že vývoz prebehne každý druhý týždeň.")
    assert 17 not in classify(1, text, "sdg", "sk")["sdgs"]


def test_pl_revitalisation_programme_name_is_not_urban_regeneration():
    # the statutory Gminny Program Rewitalizacji, its committee and act are names: weak phrases of SDG 11
    text = ("Monitoring Gminnego Programu Rewitalizacji prowadzi wójt wraz z Komitetem Rewitalizacji. Raport "
            "z monitoringu Gminnego Programu Rewitalizacji przedstawia się radzie gminy.")
    assert 11 not in classify(1, text, "sdg", "pl")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Obec vlastní zemědělskou půdu, kterou pronajímá místnímu družstvu; nájemné tvoří důležitý příjem "
           "rozpočtu a smlouva se obnovuje každých pět let podle přírodních podmínek."),
    ("pl", "Gmina wydzierżawia grunty rolne, a jakość gleby pozwala na uprawę zbóż; czynsz dzierżawny zasila "
           "budżet, a umowy są przedłużane co pięć lat, zgodnie z warunkami naturalnymi."),
])
def test_farm_soil_named_in_passing_is_not_sdg15(lang, text):
    # soil is weak in SDG 15 (cs/sk 'půda' is also land and plots); land degradation stays core
    assert 15 not in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text,goal", [
    ("sk", "Centrum poskytuje poradenstvo obetiam domáceho násilia a ich deťom počas celého roka, aj v noci a cez "
           "víkendy, telefonicky aj osobne v kancelárii na námestí. Prevencii domáceho násilia sa venujú aj terénni sociálni pracovníci mesta.", 16),
    ("pl", "Gmina przygotowuje się na wypadek powodzi: magazyn przeciwpowodziowy ma worki z piaskiem i pompy, a "
           "plan ewakuacji obejmuje szkoły. Po powodzi z 2010 roku odbudowano wały na rzece.", 13),
    ("cs", "Osamělí senioři mohou požádat o tísňová tlačítka, která přivolají pomoc pečovatelky. Provoz "
           "tísňového tlačítka hradí město a dispečink je v provozu nepřetržitě.", 3),
])
def test_inflected_forms_of_new_terms_match(lang, text, goal):
    # simplemma reduces sk 'domáceho násilia' to 'domáci násilie', not the base form's 'domáca'; pl 'powodzi' to the
    # verb 'powodzić'; cs 'tísňová tlačítka', 'tísňového tlačítka' keep their adjectives: the forms are listed
    assert goal in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Problémy vznesené na Veřejném fóru město řeší a výsledky zveřejňuje."),
    ("sk", "Na verejnom fóre obyvatelia určili desať najväčších problémov mesta."),
    ("pl", "Dane zbierał zespół radnych, sołtysów oraz reprezentantów organizacji i instytucji z terenu gminy. "
           "Po spotkaniach warsztatowych, prowadzonych w styczniu i lutym, powstały modyfikacje kierunków rozwoju."),
    ("hu", "Januártól elérhető az Önkormányzati Hivatali Portál, amelyen az e-ügyintézés a hét minden napján működik."),
    ("sk", "Cieľom je dosiahnuť vysoký stupeň otvorenosti a informovanosť občanov o práci obecného úradu; "
           "pracovníci budú informovať obyvateľov prehľadne."),
])
def test_participation_and_information_wording_names_sdg16(lang, text):
    # issue 6, set-8 proposal 1: a public forum (who takes part: core), workshops with the public, informing
    # citizens (16.10) and the national portal of municipal e-administration (strong)
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "V případě povodní se neprodleně provede varování obyvatel sirénou a rozhlasem; obec zajistí "
           "evakuaci ohrožených domů."),
    ("sk", "Keď zaznie siréna, hrozí mimoriadna udalosť. Varovanie obyvateľstva sa vykonáva varovnými signálmi."),
    ("pl", "System ostrzegania mieszkańców obejmuje syreny alarmowe, a plan ewakuacji obejmuje szkoły i żłobki."),
    ("en", "The warning system reaches every street: sirens and text messages tell residents when to prepare "
           "for evacuation."),
])
def test_warning_the_population_names_sdg11(lang, text):
    # 11.5: people affected by disasters; warning and evacuating the residents is the settlement's protection
    assert 11 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The town will extend the sewerage to the last two streets."),
    ("cs", "Obec plánuje vybudovat ČOV do roku 2026."),
])
def test_sewerage_and_its_plant_name_sdg6(lang, text):
    assert 6 in classify(1, text, "sdg", lang)["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("sk", "Vďaka váženiu nádob získa každý občan presné informácie o tom, koľko kilogramov odpadu odovzdal. Od "
           "budúceho roku bude podľa nového všeobecne záväzného nariadenia obce platiť len za také množstvo odpadu, ktoré vyprodukoval."),
    ("en", "Sensors show how much waste is in each container. The truck empties a container only when it is "
           "nearly full, so the town collects the same waste with fewer journeys."),
])
def test_a_passage_that_comes_back_to_waste_is_sdg12(lang, text):
    # issue 6, set-8 proposal 3: waste is a sector term of SDG 12 (12.5); said again a sentence later it names
    # the goal (sk8-01, sk8-02: 'odpad' four and five times stayed at the strong weight)
    assert 12 in classify(1, text, "sdg", lang)["sdgs"]


def test_waste_named_once_in_a_list_is_not_sdg12():
    text = "Technické služby mesta zabezpečujú údržbu ciest, verejného osvetlenia, cintorínov a odvoz odpadu."
    assert 12 not in classify(1, text, "sdg", "sk")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("hu", "A zöld infrastruktúra adatbázisa hiányos, ezért a város légi felvételekkel felmérte a "
           "lombkorona-borítottságot minden kerületben és utcában. A zöld infrastruktúra fejlesztése a hőszigetek "
           "hűtését szolgálja."),
    ("sk", "Zelená infraštruktúra mesta zahŕňa parky, aleje, lesoparky a vnútroblokové plochy na sídliskách "
           "a v historickom centre. Mesto bude zelenú infraštruktúru rozvíjať podľa pasportu zelene."),
])
def test_green_infrastructure_is_not_sdg9(lang, text):
    # green infrastructure (11.7, 15) is a weak phrase of SDG 9, so the sector term 'infrastructure' is not matched
    # inside it (set 8 hu8-07, set 6 sk6-03), as sports infrastructure is
    assert 9 not in classify(1, text, "sdg", lang)["sdgs"]


def test_a_sites_climatic_conditions_are_not_sdg13():
    # set 8 hu8-08: a town profile for investors names its 'éghajlati adottságok' (climatic conditions)
    text = ("Kunhegyes földrajzi fekvése és éghajlati adottságai kedvezőek a mezőgazdaság számára. A város ipari "
            "parkja közművesített területeket kínál a befektetőknek.")
    assert 13 not in classify(1, text, "sdg", "hu")["sdgs"]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Návrh našeho Programu rozvoje obce pro roky 2022 - 2029 předkládáme k připomínkám."),
    ("pl", "Projekt strategii poddajemy pod konsultacje."),
])
def test_a_draft_put_out_for_comments_is_sdg16(lang, text):
    # 16.7: the invitation says the public is asked (set 8 cs8-09)
    assert 16 in classify(1, text, "sdg", lang)["sdgs"]
