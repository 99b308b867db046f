"""Write a seeded synthetic fact base of about N facts in the real schema, for benchmarks."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, installed with cfacts
    import tomli as tomllib


def words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


REAL = Path(__file__).resolve().parent.parent / "facts.toml"
KINDS = words(
    "source organization person role event appearance statistic observation instrument topic "
    "milestone claim"
)
MAX_QUOTE = 200

CN_FAMILY = words(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng "
    "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye "
    "Cheng Wei Su Lu Ding Ren Shen Yao Fan"
)
CN_SYLLABLES = words(
    "hua wei fang min jing li qiang lei jun yang yong yan jie tao ming chao xiu ling xia ping "
    "gang hui hong bin yu dan lan ying hao kai xin zhi peng rui qing yun shan tian feng bo na "
    "jian hai guang chun mei lin xue zhen wen song yi cheng xiang ning pei qian shu tong yue"
)
WEST_FIRST = words(
    "James Maria Anna Thomas Sophie Laura Daniel Elena Paolo Julia Michael Sarah Pierre Claire "
    "Andrea Marco Lucas Emma Olivia Hannah Peter Robert Isabel Carlos Ahmed Fatima Kenji Yuki "
    "Min-jun Priya Rahul Ivan Olga Amara Kwame David Rachel Stefan Ingrid Tomás José Zoë Søren "
    "Björn Renée Amélie François Jürgen Nadia Omar Lena Felix Clara Hugo Alice Martin Nora"
)
WEST_LAST = words(
    "Smith Johnson Brown Rossi Bianchi Müller Schmidt Dubois Martin Bernard García López "
    "Fernández Silva Santos Kim Park Tanaka Suzuki Sato Kumar Sharma Ivanov Petrova Okafor "
    "Mensah Haddad Nguyen Novak Kowalski Jensen Larsen Lefèvre Nuñez O'Brien Murphy Wilson Evans "
    "Fischer Weber Moreau Laurent Conti Ricci Costa Ferreira Almeida Yilmaz Demir Hassan Ali "
    "Morris Carter Hughes Clarke Baker Walsh Meyer Keller"
)
PROVINCES = words(
    "Anhui Fujian Gansu Guangdong Guizhou Hainan Hebei Heilongjiang Henan Hubei Hunan Jiangsu "
    "Jiangxi Jilin Liaoning Qinghai Shaanxi Shandong Shanxi Sichuan Yunnan Zhejiang"
)
CN_CITIES = words(
    "Beijing Shanghai Guangzhou Shenzhen Chengdu Hangzhou Wuhan Xi'an Nanjing Tianjin Chongqing "
    "Suzhou Xiamen Qingdao Changsha Zhengzhou Shenyang Dalian Jinan Hefei Fuzhou Kunming Harbin "
    "Nanning Ningbo Wuxi Dongguan Foshan Guiyang Lanzhou"
)
FOREIGN = [
    (city, country)
    for city, country in (
        pair.split("/")
        for pair in words(
            "Geneva/Switzerland|Paris/France|Turin/Italy|Berlin/Germany|London/United Kingdom|"
            "Tokyo/Japan|Seoul/Republic of Korea|Singapore/Singapore|Bangkok/Thailand|"
            "Nairobi/Kenya|Cairo/Egypt|São Paulo/Brazil|Moscow/Russia|New Delhi/India|"
            "Jakarta/Indonesia|Madrid/Spain|Vienna/Austria|Astana/Kazakhstan|Tashkent/Uzbekistan|"
            "Karachi/Pakistan",
            "|",
        )
    )
]
SECTORS = words(
    "Music|Film|Television|Publishing|Online Literature|Animation|Games|Photography|Fine Arts|"
    "Audio-Video|Software|Broadcasting|Literary|Short Video|Digital Publishing|Performing Arts|"
    "Design",
    "|",
)
INDUSTRIES = words(
    "Culture Media|Digital Technology|Publishing|Film and Television|Animation|Music|"
    "Network Technology|Interactive Entertainment|Education Technology|Audio-Visual",
    "|",
)
THEMES = words(
    "Copyright Protection in the Digital Economy|Overseas Copyright Risk Prevention|"
    "Collective Management of Copyright|Artificial Intelligence and Copyright|"
    "Copyright Licensing and Trade|Anti-Piracy Enforcement|Copyright Registration|"
    "the Creative Industries|Audiovisual Performances|Online Copyright Governance|"
    "Copyright Education|Traditional Cultural Expressions|Cross-border Copyright Trade",
    "|",
)
KEYWORDS = words(
    "artificial intelligence|collective management|piracy|licensing|digital music|"
    "online literature|short video|copyright registration|overseas risk|blockchain|karaoke|"
    "audiovisual performances|broadcasting|public domain|enforcement|creative industries|"
    "copyright trade|training data|labeling system|streaming",
    "|",
)
TITLES = words(
    "Director|Deputy Director|Director General|Deputy Director General|Chairman|"
    "Vice Chairman|Secretary General|Professor|Associate Professor|Partner|Senior Counsel|"
    "Legal Director|Head of Copyright|Researcher|Programme Officer",
    "|",
)
STATEMENTS = words(
    "AI training needs clear licensing rules|CMOs should publish their royalty data|"
    "firms going abroad must audit their rights first|joint enforcement has cut online piracy|"
    "registration should cost creators less|short-video platforms must pay for music|"
    "the copyright industry keeps growing|training helps publishers face foreign disputes|"
    "karaoke venues should license through one body|blockchain can make rights records reliable",
    "|",
)
ORG_KINDS = {  # weights roughly like the real file
    "government_agency": 6,
    "government_department": 3,
    "association": 6,
    "company": 6,
    "media_company": 4,
    "collective_management_organization": 3,
    "law_firm": 3,
    "university": 3,
    "academic_unit": 2,
    "intergovernmental_organization": 1,
    "alliance": 1,
    "cultural_institution": 1,
    "other": 1,
}
EVENT_WORDS = {
    "training": "Training on",
    "forum": "Forum on",
    "roundtable": "Roundtable on",
    "conference": "Conference on",
    "expo": "Expo on",
    "meeting": "Working Meeting on",
    "visit": "Study Visit on",
    "diplomatic_conference": "Diplomatic Conference on",
}
STAT_METRICS = [
    ("Copyright registrations", "registrations"),
    ("Copyright industry added value", "CNY"),
    ("Copyright industry share of GDP", "percent"),
    ("Licensing revenue", "CNY"),
    ("Growth of licensing revenue", "percent"),
    ("Works licensed", "works"),
    ("Books exported", "books"),
    ("Copyright companies", "companies"),
    ("Registered producers", "producers"),
    ("People trained", "people"),
]
QUAL_WORDS = {
    "exact": "",
    "approximately": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "nearly": "nearly ",
    "up_to": "up to ",
    "less_than": "less than ",
}
TOPIC_KINDS = words(
    "programme award platform service work place campaign dispute zone doctrine technology"
)
INSTRUMENT_KINDS = words("treaty memorandum agreement regulation law initiative dialogue")

T = TypeVar("T")
_ESCAPES = {i: f"\\u{i:04x}" for i in [*range(0x20), 0x7F]} | {
    ord('"'): '\\"',
    ord("\\"): "\\\\",
    ord("\n"): "\\n",
    ord("\t"): "\\t",
    ord("\r"): "\\r",
}
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_value(value: Any) -> str:
    """One TOML value: string, number, boolean, date, list or inline table."""
    if isinstance(value, str):
        return '"' + value.translate(_ESCAPES) + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else toml_value(key)


def slug(text: str, limit: int = 60) -> str:
    """A kebab-case id from any text (accents folded, at most ``limit`` characters)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))
    if len(text) > limit:  # cut at a word boundary
        text = text[: limit + 1].rsplit("-", 1)[0]
    return text or "x"


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())


class Generator:
    """Builds synthetic records kind by kind; every reference points to an earlier record."""

    def __init__(self, real: dict[str, list[dict[str, Any]]], seed: int) -> None:
        self.rng = random.Random(seed)
        self.sources = [s["id"] for s in real["source"]]
        self.ids: dict[str, set[str]] = {k: {r["id"] for r in real.get(k, [])} for k in KINDS}
        self.suffix: dict[tuple[str, str], int] = {}
        self.real_names = {p["name"].casefold() for p in real.get("person", [])}
        self.seen: set[str] = set()  # folded person names used so far
        self.out: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
        # id -> display name of every named entity, real ones included, for quotes and summaries
        self.names = {r["id"]: r["name"] for k in KINDS for r in real.get(k, []) if "name" in r}
        self.org_names = {o["name"] for o in real.get("organization", [])}
        self.real = real
        self.agencies: list[dict[str, Any]] = []  # parents for departments
        self.universities: list[dict[str, Any]] = []  # parents for academic units
        family_weights = [1 / (i + 4) for i in range(len(CN_FAMILY))]  # Wang, Li... most common
        self.family_cum = [sum(family_weights[: i + 1]) for i in range(len(family_weights))]

    # -- helpers ---------------------------------------------------------------------------

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def new_id(self, kind: str, base: str) -> str:
        taken = self.ids[kind]
        rid, n = base, self.suffix.get((kind, base), 1)
        while rid in taken:
            n += 1
            rid = f"{base}-{n}"
        self.suffix[(kind, base)] = n
        taken.add(rid)
        return rid

    def date(self, lo: int = 2012, hi: int = 2025) -> str:
        year, precision = self.rng.randint(lo, hi), self.rng.random()
        if precision < 0.25:
            return str(year)
        month = f"{year}-{self.rng.randint(1, 12):02d}"
        return month if precision < 0.45 else f"{month}-{self.rng.randint(1, 28):02d}"

    def add(self, kind: str, record: dict[str, Any]) -> dict[str, Any]:
        record["source"] = self.pick(self.sources)
        record["quote"] = record["quote"][:MAX_QUOTE].rstrip()
        self.out[kind].append(record)
        return record

    def quantity(self, unit: str) -> dict[str, Any]:
        rng = self.rng
        if rng.random() < 0.07:
            low = rng.randint(1, 50)
            high = low + rng.randint(1, 20)
            written = f"{low}% to {high}%" if unit == "percent" else f"{low:,} to {high:,}"
            return {
                "qualifier": "range",
                "low": low,
                "high": high,
                "unit": unit,
                "as_written": written,
            }
        qualifier = self.pick(["exact"] * 5 + [q for q in QUAL_WORDS if q != "exact"])
        words = QUAL_WORDS[qualifier]
        value: int | float
        if unit == "percent":
            value = round(rng.uniform(0.5, 40), 2)
            written = f"{words}{value}%"
        elif unit == "CNY":
            cents = rng.randint(100, 99999)
            scale, word = self.pick([(10**6, "million"), (10**9, "billion"), (10**12, "trillion")])
            value = cents * scale // 100
            written = f"{words}{cents / 100:g} {word} yuan"
        else:
            value = rng.choice([rng.randint(2, 300), rng.randint(300, 50000) // 10 * 10])
            written = f"{words}{value:,}"
        return {"qualifier": qualifier, "value": value, "unit": unit, "as_written": written}

    # -- entities --------------------------------------------------------------------------

    def organization(self) -> str:
        rng, kind = self.rng, self.rng.choices(list(ORG_KINDS), list(ORG_KINDS.values()))[0]
        parent = None
        for _ in range(20):  # until the name is new
            city, country = (
                self.pick(FOREIGN) if rng.random() < 0.15 else (self.pick(CN_CITIES), "China")
            )
            brand = self.pick(CN_SYLLABLES).title() + self.pick(CN_SYLLABLES)
            sector = self.pick(SECTORS)
            if kind == "government_agency" and country != "China":
                name = f"{country} {self.pick(['Copyright Office', 'Ministry of Culture'])}"
            elif kind == "government_agency":
                name = self.pick(
                    [
                        f"Copyright Administration of {self.pick(PROVINCES)} Province",
                        f"{city} Copyright Bureau",
                        f"{city} Municipal Bureau of Culture and Tourism",
                    ]
                )
            elif kind == "government_department" and self.agencies:
                parent = self.pick(self.agencies)
                name = f"{sector} Copyright Division, {parent['name']}"
            elif kind in ("company", "media_company"):
                name = f"{brand} {self.pick(INDUSTRIES)} Co., Ltd."
            elif kind == "collective_management_organization":
                name = f"{self.pick(['China', city])} {sector} Copyright Society"
            elif kind == "law_firm":
                name = self.pick(
                    [f"{brand} Law Firm", f"{self.pick(WEST_LAST)} & {self.pick(WEST_LAST)} LLP"]
                )
            elif kind == "university":
                name = self.pick(
                    [
                        f"{city} University",
                        f"University of {city}",
                        f"{city} University of Political Science and Law",
                    ]
                )
            elif kind == "academic_unit" and self.universities:
                parent = self.pick(self.universities)
                name = f"Intellectual Property Center, {parent['name']}"
            elif kind == "alliance":
                name = f"{city} {sector} Copyright Protection Alliance"
            else:
                name = f"{city} {sector} {self.pick(['Association', 'Institute', 'Museum'])}"
            if name not in self.org_names:
                break
        self.org_names.add(name)
        if kind in ("government_department", "academic_unit") and parent is None:
            kind = "other"
        rid = self.new_id("organization", slug(name))
        record: dict[str, Any] = {"id": rid, "name": name}
        abbrev = initials(name)
        if len(abbrev) >= 3 and rng.random() < 0.4:
            record["abbreviations"] = [abbrev]
        record["kind"] = kind
        record["country"], record["city"] = country, city
        if parent is not None:
            record["parent"] = parent["id"]
        record["quote"] = f"the {name}"
        self.names[rid] = name
        self.add("organization", record)
        if kind in ("government_agency", "university"):
            (self.agencies if kind == "government_agency" else self.universities).append(record)
        return rid

    def person_name(self) -> tuple[str, str, str, bool]:
        """(name, family, given, chinese); unique mostly, an exact namesake now and then."""
        for _ in range(50):
            if self.rng.random() < 0.75:
                family = CN_FAMILY[
                    self.rng.choices(range(len(CN_FAMILY)), cum_weights=self.family_cum)[0]
                ]
                given = "".join(
                    self.pick(CN_SYLLABLES) for _ in range(self.rng.choice((1, 2, 2, 2)))
                )
                given, chinese = given.title(), True
                name = f"{family} {given}"
            else:
                family, given, chinese = self.pick(WEST_LAST), self.pick(WEST_FIRST), False
                name = f"{given} {family}"
            folded = name.casefold()
            if folded not in self.real_names and (
                folded not in self.seen or self.rng.random() < 0.1
            ):
                break
        self.seen.add(folded)
        return name, family, given, chinese

    def person(self, orgs: list[str]) -> None:
        name, family, given, chinese = self.person_name()
        rid = self.new_id("person", slug(name))
        record: dict[str, Any] = {
            "id": rid,
            "name": name,
            "family_name": family,
            "given_name": given,
        }
        shown = name
        if chinese and self.rng.random() < 0.4:
            shown = f"{family.upper()} {given}"
            record["aliases"] = [shown]
        if self.rng.random() < 0.6:
            record["honorific"] = honorific = self.pick(["Mr.", "Ms."])
            shown = f"{honorific} {shown}"
        title, org = self.pick(TITLES), self.pick(orgs)
        record["quote"] = f"{shown}, {title} of the {self.names[org]}"
        self.names[rid] = name
        self.add("person", record)
        self.role(rid, title, org, record["quote"])

    def role(self, person: str, title: str, org: str | None, quote: str) -> None:
        record: dict[str, Any] = {"id": "", "person": person, "title": title}
        if org is not None:
            record["organization"] = org
        record["as_of"] = self.date(2015)
        base = slug(f"{person}-{org or title}", 40)
        record["id"] = self.new_id("role", f"{base}-{record['as_of'][:4]}")
        record["quote"] = quote
        self.add("role", record)

    def event(self, orgs: list[str]) -> str:
        rng = self.rng
        kind = rng.choices(list(EVENT_WORDS), [3, 3, 2, 3, 1, 2, 1, 0.2])[0]
        city, country = self.pick([(c, "China") for c in CN_CITIES] + FOREIGN)
        year, theme = rng.randint(2012, 2025), self.pick(THEMES)
        name = f"{year} {city} {EVENT_WORDS[kind]} {theme}"
        rid = self.new_id("event", slug(f"{city} {kind.replace('_', ' ')} {year}"))
        start = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        record: dict[str, Any] = {
            "id": rid,
            "name": name,
            "aliases": [f"{year} {city} {kind.replace('_', ' ')}"],
            "kind": kind,
            "city": city,
            "country": country,
        }
        if rng.random() < 0.7:
            record["start"] = start.isoformat()
            record["end"] = (start + dt.timedelta(days=rng.randint(0, 3))).isoformat()
        else:
            record["start"] = start.isoformat()[:7]
        record["organizers"] = rng.sample(orgs, min(len(orgs), rng.randint(1, 3)))
        if rng.random() < 0.4:
            record["attendance"] = self.quantity("people")
        record["quote"] = f"the {name} was held in {city}"
        self.names[rid] = name
        self.add("event", record)
        return rid

    def appearance(self, roles: list[dict[str, Any]], events: list[str]) -> None:
        role, event = self.pick(roles), self.pick(events)
        capacity = self.pick(["addressed", "spoke", "lectured", "presented", "attended"])
        topics = self.rng.sample(KEYWORDS, 2)
        record = {
            "id": self.new_id("appearance", f"{role['person']}-at-{event}"),
            "person": role["person"],
            "event": event,
            "capacity": capacity,
            "summary": f"Discussed {topics[0]} and {topics[1]} at the event.",
            "role": role["id"],
            "topics": topics,
            "quote": f"{self.names[role['person']]}, {role['title']}, {capacity} on {topics[0]}",
        }
        self.add("appearance", record)

    def statistic(self, orgs: list[str]) -> tuple[str, str]:
        metric, unit = self.pick(STAT_METRICS)
        org = self.pick(orgs) if self.rng.random() < 0.5 else None
        subject = self.names[org] if org else self.pick(["China", *PROVINCES, *CN_CITIES])
        label = f"{metric} of {subject}"
        rid = self.new_id("statistic", slug(label))
        record = {"id": rid, "label": label, "subject": subject, "unit": unit}
        if org:
            record["organization"] = org
        self.out["statistic"].append(record)  # statistics carry no source or quote
        return record["id"], unit

    def observation(
        self, stats: list[tuple[str, str]], people: list[str], events: list[str]
    ) -> None:
        stat, unit = self.pick(stats)
        period = str(self.rng.randint(2012, 2024))
        value = self.quantity(unit)
        record: dict[str, Any] = {
            "id": self.new_id("observation", f"{stat}-{period}"),
            "statistic": stat,
            "period": period,
            "value": value,
        }
        if self.rng.random() < 0.4:
            record["reported_by"] = self.pick(people)
        if self.rng.random() < 0.3:
            record["event"] = self.pick(events)
        record["quote"] = f"In {period}, the figure reached {value['as_written']}"
        self.add("observation", record)

    def instrument(self, orgs: list[str]) -> str:
        kind = self.rng.choices(INSTRUMENT_KINDS, [1, 4, 3, 2, 1, 2, 1])[0]
        parties = self.rng.sample(orgs, min(2, len(orgs)))
        a, b = self.names[parties[0]], self.names[parties[-1]]
        theme, place = self.pick(THEMES), self.pick(PROVINCES + CN_CITIES)
        name = {
            "treaty": f"{place} Treaty on {theme}",
            "memorandum": f"Memorandum of Understanding between {a} and {b}",
            "agreement": f"Copyright Licensing Agreement between {a} and {b}",
            "regulation": f"{place} Regulations on {theme}",
            "law": f"{place} Measures on {theme}",
            "initiative": f"{place} Initiative on {theme}",
            "dialogue": f"{self.pick(FOREIGN)[1]}-China Copyright Dialogue",
        }[kind]
        rid = self.new_id("instrument", slug(name))
        record = {
            "id": rid,
            "name": name,
            "kind": kind,
            "parties": parties,
            "quote": f"signed the {name}",
        }
        self.names[rid] = name
        self.add("instrument", record)
        return rid

    def topic(self, orgs: list[str]) -> str:
        kind, city, sector = self.pick(TOPIC_KINDS), self.pick(CN_CITIES), self.pick(SECTORS)
        brand = self.pick(CN_SYLLABLES).title() + self.pick(CN_SYLLABLES)
        name = {
            "programme": f"{city} {sector} Copyright Training Programme",
            "award": f"{city} {sector} Copyright Award",
            "platform": f"{brand} Copyright Service Platform",
            "service": f"{brand} Copyright Registration Service",
            "work": f"{brand} ({sector.lower()} work)",
            "place": f"{city} {brand} Creative Park",
            "campaign": f"{city} Campaign against {sector} Piracy",
            "dispute": f"{brand} {sector} licensing dispute",
            "zone": f"{city} {brand} Copyright Trade Zone",
            "doctrine": f"{brand} doctrine on {self.pick(KEYWORDS)}",
            "technology": f"{brand} {self.pick(KEYWORDS)} system",
        }[kind]
        rid = self.new_id("topic", slug(name))
        record: dict[str, Any] = {"id": rid, "name": name, "kind": kind}
        if self.rng.random() < 0.5:
            record["organization"] = self.pick(orgs)
        record["quote"] = f"the {name}"
        self.names[rid] = name
        self.add("topic", record)
        return rid

    def milestone(self, subjects: list[str]) -> None:
        subject = self.pick(subjects)
        verb = self.pick(["launched", "signed", "renewed", "expanded", "upgraded"])
        record: dict[str, Any] = {
            "id": self.new_id("milestone", f"{subject}-{slug(verb)}"),
            "subject": subject,
            "date": self.date(),
            "summary": f"{self.names[subject]} {verb}.",
        }
        if self.rng.random() < 0.3:
            record["quantity"] = self.quantity(self.pick(["members", "countries", "works"]))
        record["quote"] = f"in {record['date'][:4]}, the {self.names[subject]} was {verb}"
        self.add("milestone", record)

    def claim(
        self, people: list[str], orgs: list[str], events: list[str], subjects: list[str]
    ) -> None:
        statement, speaker, topic = self.pick(STATEMENTS), self.pick(people), self.pick(KEYWORDS)
        record: dict[str, Any] = {
            "id": self.new_id("claim", slug(f"{speaker}-on-{topic}")),
            "summary": f"Argued that {statement}.",
            "person": speaker,
        }
        if self.rng.random() < 0.3:
            record["organization"] = self.pick(orgs)
        if self.rng.random() < 0.3:
            record["event"] = self.pick(events)
        if self.rng.random() < 0.3:
            record["subjects"] = [self.pick(subjects)]
        record["topics"] = [topic]
        record["date"] = self.date(2015)
        record["quote"] = statement[0].upper() + statement[1:]
        self.add("claim", record)

    def run(self, counts: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
        """Make ``counts[kind]`` records of each kind.

        New records refer only to new records (real ones only while a pool is still empty), so
        the real answers (``who "Liu Hua"``, ``stat gdp-share``) are the same at every size.
        """
        real, out = self.real, self.out

        def ids(kind: str) -> list[str]:
            return [r["id"] for r in out[kind] or real[kind]]

        orgs = [self.organization() for _ in range(counts["organization"])] or ids("organization")
        for _ in range(counts["person"]):  # each new person comes with a role
            self.person(orgs)
        people = out["person"] or real["person"]
        for _ in range(counts["role"] - counts["person"]):  # further roles, some without org
            person = self.pick(people)
            org = self.pick(orgs) if self.rng.random() < 0.9 else None
            title = self.pick(TITLES)
            where = f" of the {self.names[org]}" if org else ""
            self.role(person["id"], title, org, f"{person['name']}, {title}{where}")
        people_ids = [p["id"] for p in people]
        events = [self.event(orgs) for _ in range(counts["event"])] or ids("event")
        for _ in range(counts["appearance"]):
            self.appearance(out["role"] or real["role"], events)
        stats = [self.statistic(orgs) for _ in range(counts["statistic"])]
        stats = stats or [(s["id"], s["unit"]) for s in real["statistic"]]
        for _ in range(counts["observation"]):
            self.observation(stats, people_ids, events)
        subjects = [self.instrument(orgs) for _ in range(counts["instrument"])]
        subjects += [self.topic(orgs) for _ in range(counts["topic"])]
        subjects += orgs[::4]
        for _ in range(counts["milestone"]):
            self.milestone(subjects)
        for _ in range(counts["claim"]):
            self.claim(people_ids, orgs, events, subjects)
        return out


def write(path: Path, header: str, groups: Sequence[dict[str, list[dict[str, Any]]]]) -> int:
    """Write ``schema_version`` and every record of every group, kind by kind; return the count."""
    lines, count = [header, "schema_version = 1", ""], 0
    for kind in KINDS:
        for group in groups:
            for record in group.get(kind, []):
                lines.append(f"[[{kind}]]")
                lines.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in record.items())
                lines.append("")
                count += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int, metavar="N", help="about how many facts (records) to write")
    parser.add_argument("out", type=Path, metavar="OUT.toml")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--real", type=Path, default=REAL, help="fact base to start from")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with args.real.open("rb") as handle:
        real = {k: v for k, v in tomllib.load(handle).items() if k in KINDS}
    real = {k: real.get(k, []) for k in KINDS}
    have = sum(len(v) for v in real.values())
    extra, weights = max(0, args.n - have), {k: len(real[k]) for k in KINDS if k != "source"}
    counts = {k: round(extra * w / sum(weights.values())) for k, w in weights.items()}
    synthetic = Generator(real, args.seed).run(counts)
    header = f"# Synthetic cfacts fact base: benchmarks/generate.py {args.n} --seed {args.seed}"
    total = write(args.out, header, [real, synthetic])
    print(
        f"wrote {args.out}: {total} facts ({have} real, {total - have} synthetic), "
        f"{args.out.stat().st_size / 1048576:.1f} MiB in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
