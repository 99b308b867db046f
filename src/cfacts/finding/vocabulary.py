"""The words `ask` reads questions by: words for posts, events, figures, time and asking, and
the paraphrases a fact may hold for a word asked (answer.py reads with them)."""

from __future__ import annotations

GENERIC = frozenset(
    (
        "yet impact impacts effect effects influence issue issues topic topics matter subject "
        "thing things kind type sort total overall altogether exist exists existed happen "
        "happened exact precise figure figures data number numbers information details detail "
        "according reported report reports article articles say said known famous notable "
        "respective respectively each every two three four five six several quoted cited "
        "carried carry carrying out "
        "conducted conduct undertaken undertake roughly approximately around exactly "
        "precisely approx some refers refer referred fell coincide coincided coincides "
        "coinciding far local event events met meet meets gathered actually really alone just "
        "back going go session sessions segment segments edition editions falls together based "
        "personally even bothered bother bothering anyway alike "
        "says went "
        "remind piece supposedly reportedly apparently allegedly meant aimed intended aim aims "
        "already areas fields included recalled recalls recall "
        "cover covers covering "
        "coastal inland southern northern eastern western terms look looks billed "
        "ms mr mrs dr madam madame monsieur sir actual sent full survey study "
        "confirm confirmed verify check checking double correct correctly given need needs needed "
        "reporter reporters draft editor coverage story stories news "
        "presented stated mentioned noted described attributed cite cites references referenced "
        "account connection regard regarding respect concerning relatedly regards "
        "briefing section item overview underline significance "
        "highlight highlighted highlighting remained remain remains remaining stayed stay stays "
        "specifically particularly subsidiary subsidiaries stuff again referencing keep keeps "
        "wise involved involvement including listed materials material documents "
        "appeared appear appears appearing "
        "corporate posed thereof therein formally occasion "
        "estimate estimated estimation approximation rounded ballpark source sources sourced "
        "available seaside citable citeable quotable usable somewhere key"
    ).split()
)
"""Words a question may hold that no fact has to account for ("the impact of AI")."""

SENDING = frozenset(
    "send sends sent sending supply supplies supplied supplying furnish furnished field "
    "fielded contribute contributed contributes".split()
)
"""Words for a body sending its people to an event ("which law firms supplied speakers")."""

COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern".split()
)
"""Words for a part of a country or body by its direction ("the Northern Region")."""

ROLE_TITLES = frozenset(
    (
        "director general deputy vice chairman chair chairwoman chairperson president secretary "
        "ceo chief executive founder cofounder partner professor counsel manager head dean "
        "lyricist composer producer songwriter translator expert officer assistant regional "
        "senior board directors governor mayor minister ambassador premier"
    ).split()
)

MODIFIERS = frozenset({"deputy", "vice", "assistant", "associate", "executive", "acting"})
"""Words that make a title a lesser one: the Deputy Director General is not the Director
General."""

LEAD_VERBS = frozenset(
    "runs run ran running heads headed head leads led lead leading directs directed manages "
    "managed chairs chaired boss leader leaders charge oversee oversees oversaw overseeing "
    "heading directing managing chairing "
    "cover covers covered covering".split()
)

CHAIR_VERBS = frozenset({"chair", "chairs", "chaired", "chairing"})
"""Verbs of leading that name the post: whoever chairs is a chairman."""

TOP_TITLES = frozenset(
    {
        "director",
        "director general",
        "president",
        "chairman",
        "chair",
        "chairwoman",
        "head",
        "ceo",
        "chief executive",
        "secretary general",
        "general manager",
        "founder",
        "dean",
    }
)
"""Titles of whoever runs an organization (for "who runs / heads / leads X")."""

NOUN_BEFORE = frozenset("sent send sends its their the of our".split())
"""Words after which "heads" or "leaders" are people, not a verb ("sent its heads")."""

PROFILE_NOUNS = frozenset(
    "company companies society societies collecting university universities firm firms body "
    "bodies agency organisation organization division department sector unit acronym "
    "abbreviation events event country nationality kind type".split()
)
"""Nouns a profile answers after "which" or "what" ("which company does she work for")."""

SUBJECT_WORDS = frozenset("who she he they it we i did does do also".split())
"""Words before a verb that make it the verb of a clause ("who mentioned"), not a past
participle describing what went before ("the MoU mentioned in Shanghai")."""

TITLE_SYNONYMS = {
    "ceo": ("chief", "executive"),
    "head": ("director",),
    "boss": ("director",),
    "chief": ("director",),
    "chair": ("chairman",),
    "chairperson": ("chairman",),
    "chairwoman": ("chairman",),
    "vp": ("vice", "president"),
}

ROLE_NOUNS = frozenset(
    "position positions job jobs title titles role roles post posts work works worked working "
    "capacity "
    "occupation profession affiliation employer employed represent represents represented "
    "representing "
    "organization organisation hold holds held serve serves served serving affiliated belong "
    "belongs holding rank ranking grade "
    "teach teaches taught".split()
)

ROSTER = frozenset(
    (
        "spoke speak speaks speaking speaker speakers spoken lectured lecture lectures lecturer "
        "lecturers lecturing shared "
        "addressed address addressing attended attend attends attending attendees participants "
        "participated "
        "participate participating took take part present presented presenter presenters "
        "guests guest experts expert panelists represented representing opened opening "
        "invited there came come delivered deliver delivering remarks lineup line programme "
        "program taught teach"
    ).split()
)

ATTENDING = frozenset(
    "people participants attendees guests representatives persons participant attendee guest "
    "representative delegate delegates trainee trainees students".split()
)
"""The nouns for those who came ("how many foreign guests"), not the verbs."""

ORGANIZE = frozenset(
    (
        "organized organised organize organise organizes organises organizer organizers "
        "organiser organisers organizing organising hosted host hosts hosting coorganized "
        "co convened convene convenes sponsored behind ran run jointly held hold staged arranged"
    ).split()
)

ATTENDANCE = frozenset(
    (
        "people participants attendees guests representatives persons attended attend attends "
        "attending came crowd "
        "come comes "
        "participant attendee guest representative delegate trainee "
        "attendance turnout join joined joining "
        "present participated participate participating took taken take taking part turned "
        "showed trainees students delegates sat "
        "drew draw draws attracted attract attracts"
    ).split()
)

STATEMENT = frozenset(
    (
        "said say says saying talk talked talks talking mention mentioned mentions mentioning "
        "discuss discussed discusses discussing warn warned warns propose proposed proposes "
        "suggest suggested suggests call called calls calling cite cited cites emphasize "
        "emphasized illustrate illustrated illustrates illustrating "
        "emphasise emphasised stress stressed highlight highlighted note noted argue argued "
        "raise raised express expressed believe believes think thinks view views opinion "
        "comment commented claim claimed describe described explain explained introduce "
        "introduced point pointed urge urged hope hoped advocate advocated caution cautioned "
        "state stated remarks remarked told statement statements speech stance "
        "ask asks asked request requests requested demanded "
        "outline outlined address addressed focus focused called "
        "want wants wanted plan plans predict predicted predicts predicting forecast forecasted "
        "expect expected expects anticipate anticipated foresaw foresee listed floated "
        "float floats told pitched pitch touted delivered deliver delivers enumerate enumerated "
        "worried worries worry worrying concerned concern concerns fears feared fear "
        "voice voiced voicing admit admits admitted acknowledge acknowledges acknowledged "
        "concede concedes conceded insist insists insisted maintain maintains maintained "
        "slogan slogans motto mottos mantra catchphrase catchphrases tagline phrase phrased wording"
    ).split()
)

EMPHATIC = frozenset({"itself", "himself", "herself", "themselves"})
"""Words that only stress the name before them ("WIPO itself")."""

GOT = frozenset({"get", "got", "gets", "getting", "gotten"})
"""Small words that, in "how much did X get", ask for what X took in."""

FIELD_SIDES = frozenset(
    "film music tv television government industry academic legal tech business".split()
)
"""Fields a person may be "from the ... side" of."""

CREATIVE_FIELDS = frozenset(
    "music film films movie movies tv television photography photo photos photographic "
    "publishing books literature literary games game gaming art arts animation broadcasting "
    "radio karaoke theatre theater drama dance".split()
)
"""Creative fields a statement may be about: one asked that a statement does not name is
another field than the one it speaks of ("AI's impact on music" of a talk on photography)."""

WAYS: dict[str, tuple[str, int]] = {
    **dict.fromkeys(
        "above over higher more greater larger bigger exceeds exceed exceeded surpass "
        "surpassed surpasses".split(), ("level", 1)
    ),
    **dict.fromkeys("below under lower less fewer smaller beneath".split(), ("level", -1)),
    **dict.fromkeys(
        "rising rise rose rises risen growing grow grew grows grown increasing increase "
        "increased increases climbing climbed soaring soared booming up".split(), ("trend", 1)
    ),
    **dict.fromkeys(
        "declining decline declined declines falling fall fell falls fallen dropping drop "
        "dropped drops decreasing decrease decreased decreases shrinking shrink shrank "
        "shrunk sinking sank slumping slumped down".split(), ("trend", -1)
    ),
    **dict.fromkeys("narrowing narrow narrowed narrows closing".split(), ("gap", -1)),
    **dict.fromkeys("widening widen widened widens".split(), ("gap", 1)),
    **dict.fromkeys("regional".split(), ("scope", -1)),
    **dict.fromkeys("national nationwide".split(), ("scope", 1)),
}  # fmt: skip
"""Words that say which way a thing stands or moves, by axis and sign: a yes-or-no claim
that says one way ("below the global average", "incomes are going up", "a national
mechanism") of something a fact says the other way of ("above the global average",
"declining", "a regional mechanism") is answered "No"."""

SCOPE_STANDARDS = frozenset("average averages level levels figure figures rate mean".split())
"""Words after a scope ("the national average") that make it the standard a thing is set
against, not the scope of the thing itself."""

NOT_AFFIRMED = frozenset(
    "not no never nor neither without less fewer lower than decline declining declined fall "
    "fell falling drop dropped down decrease decreased shrank shrink dipped slumped against "
    "oppose opposed reject rejected deny denied stop stopped "
    "only instead rather except unlike t didn doesn isn wasn aren weren or".split()
)
"""Words that keep a yes-or-no question from being read as affirmed by a statement holding
its words: they negate, compare, restrict or offer choices."""

PROPER_TITLE = frozenset({"actual", "real", "proper", "full"})
"""Words that ask for a post itself, not a deputy's or an assistant's ("the actual director")."""

SUCCESSION = frozenset(
    "before after preceded succeeded replaced predecessor successor followed substituted "
    "replacing succeeding".split()
)
"""Words before a person that ask for someone else in the post ("before Liu Hua")."""

TALKS_HELD = frozenset(
    "bilateral multilateral copyright trade the held hold holds holding have has had having "
    "any its their peace formal".split()
)
"""Words before "talks" that make it talks held between parties, not something said."""

PHRASES: dict[tuple[str, str], str] = {
    **{(field, "side"): field for field in FIELD_SIDES},  # "is he from the film side"
    ("kicked", "off"): "opened",
    ("source", "line"): "source",  # "source line for the 7.44% figure": its source
    ("site", "visits"): "visited",  # "which companies did the guests do site visits at"
    ("site", "visit"): "visited",
    ("study", "site"): "study",  # "Dehua, the WIPO case-study site": a case study
    ("study", "status"): "study",  # "localities that got WIPO case study status"
    ("cooperation", "paper"): "memorandum",  # "when did WIPO and NCAC sign their
    ("cooperation", "document"): "memorandum",  # cooperation paper"
    **{(verb, "from"): "from" for verb in ("derived", "derives", "derive", "deriving")},  # "how
    # much of it derived from karaoke": what came from it
    ("source", "lines"): "sources",
    **{(verb, "on"): "marked" for verb in ("fell", "falls", "fall")},  # "the training fell on
    # the 40th anniversary": the year marked it
    ("belongs", "to"): "from",  # "which university Professor Hu Kaizhong belongs to"
    ("belong", "to"): "from",
    **{(lead, verb): "organized" for lead in ("jointly", "co")  # "the two bodies that jointly
       for verb in ("presented", "presents", "present", "presenting")},  # presented it"
    ("lined", "up"): "scheduled",  # "which experts were lined up to lecture"
    ("line", "up"): "schedule",
    **{(lead, "focus"): "theme" for lead in ("main", "key", "primary", "central", "chief")},
    **{(lead, noun): noun for lead in ("main", "key", "primary", "central", "chief")  # "its
       for noun in ("theme", "topic", "subject")},  # main focus": what it was about
    ("kick", "off"): "open",
    ("kicks", "off"): "opens",
    ("signed", "up"): "acceded",
    ("sign", "up"): "accede",
    ("stood", "up"): "defended",  # "who stood up for photographers": who defended them
    ("stand", "up"): "defend",
    ("stands", "up"): "defends",
    ("standing", "up"): "defending",
    ("pay", "out"): "distribute",  # "how much of it did they pay out": distribution
    ("paid", "out"): "distributed",
    ("pays", "out"): "distributes",
    ("pull", "from"): "revenue",  # "how much did CAVCA pull from karaoke"
    ("pulled", "from"): "revenue",
    ("pull", "in"): "revenue",
    ("pulled", "in"): "revenue",
    ("pulls", "in"): "revenue",
    ("rake", "in"): "revenue",
    ("raked", "in"): "revenue",
    ("walk", "away"): "received",
    ("walked", "away"): "received",
    ("came", "away"): "received",
    ("come", "away"): "received",
    ("went", "home"): "received",
    ("going", "forward"): "future",
    ("looking", "ahead"): "future",
    ("from", "now"): "future",
    ("showed", "up"): "attended",
    ("show", "up"): "attend",
    ("shows", "up"): "attends",
    ("showing", "up"): "attending",
    ("shown", "up"): "attended",  # "has liu hua shown up at all three events"
    ("turned", "up"): "attended",
    ("turns", "up"): "attends",
    ("turn", "up"): "attend",  # "how many people even bothered to turn up"
    ("pops", "up"): "attends",  # "Zhao Xiuling pops up at both Xiamen and Chengdu"
    ("popped", "up"): "attended",
    ("pop", "up"): "attend",
    ("speaking", "slots"): "speakers",  # "which law firms got speaking slots"
    ("speaking", "slot"): "speaker",
    ("party", "to"): "acceded",  # "how many treaties is China party to": acceded to
    ("parties", "to"): "acceded",
    ("signed", "on"): "acceded",
    ("sign", "on"): "accede",
    ("signed", "onto"): "acceded",
    ("sign", "onto"): "accede",
    ("came", "out"): "adopted",
    ("come", "out"): "adopted",
    ("held", "up"): "cited",
    ("point", "to"): "cited",
    ("pointed", "to"): "cited",
    ("points", "to"): "cited",
    ("hold", "up"): "cite",
    ("holds", "up"): "cites",
    ("working", "together"): "cooperation",
    ("worked", "together"): "cooperated",
    ("work", "together"): "cooperate",
    ("line", "about"): "said",
    ("remark", "about"): "said",
    ("rack", "up"): "total",
    ("racked", "up"): "total",
    ("stack", "up"): "compare",
    ("brought", "in"): "invited",
}
"""Two words that say what one word of the fact base does ("signed up to" eight treaties:
acceded to them): read as that word."""

PEOPLE_NOUNS = frozenset(
    "people person persons official officials executive executives representative "
    "representatives staff staffer staffers delegate delegates figure figures leader leaders "
    "guy guys man men "
    "woman women lady gentleman academic academics scholar scholars authorities "
    "functionary functionaries".split()
)
"""Words for the people a roster lists ("which Tencent executive spoke")."""

ASKED_PEOPLE = PEOPLE_NOUNS | ROLE_TITLES | frozenset(
    "speaker speakers lecturer lecturers participant panelist panellist panelists panellists "
    "attendee discussant discussants".split()
)
"""Words after "which" that ask for a person ("which officials", "which lecturer", "which
participant at the roundtable proposed ...": a singular participant is someone, the plural
may be counted)."""

SPEAKING = frozenset(
    "speaker speakers lecturer lecturers academic academics professor professors expert "
    "experts panelist panelists".split()
)
"""Words for those who spoke at an event, not those it says were represented."""

NOT_ONLY_PEOPLE = frozenset({"partner", "partners", "figure", "figures"})
"""Words for people that may name something else: partners may be countries, figures
numbers ("which partners did NCAC mention")."""

ONE_ASKED = frozenset({"specifically", "exactly", "precisely", "particular", "individually"})
"""Words that ask which one of several ("which expert specifically taught it")."""

SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"})
"""Words for who speaks for a body ("the NCAC spokesperson"): a person, not the body."""

LECTURE = frozenset({"lecture", "lectures", "lectured", "lecturing", "teach", "taught"})

SPOKE = frozenset({"spoke", "speak", "speaks", "spoken", "speaking", "talked", "talking"})

WHEN = frozenset(
    {"when", "date", "dates", "day", "days", "month", "timeline", "chronology", "history"}
    | {"week", "weeks"}
)

EVENT_TIMES = frozenset(
    "start started starts begin began begins open opened opens end ended ends finish "
    "finished close closed last lasted kick kicked kicks off wrap wrapped run ran runs".split()
)
"""Words for when an event began or ended (its dates answer them)."""

WHERE = frozenset(
    "where whereabouts city country location located based headquartered place in cities "
    "locations".split()
)
VENUES = frozenset(
    "venue venues hotel hotels building buildings hall halls auditorium room rooms campus "
    "stadium premises".split()
)
"""Words asking for a place finer than a city ("which hotel was the roundtable in"), which no
record holds."""

GROWTH = frozenset(
    (
        "grow grew grown grows growth growing increase increased increases rise rose risen "
        "rises rising fast quickly rate jump jumped jumps gain gained gains"
    ).split()
)

CHANGE = frozenset(
    "change changed changes compare compared comparison difference differ evolve evolved "
    "move moved shift shifted "
    "trend versus vs between "
    "falling fallen declined declining decreased decreasing dropped dropping shrinking".split()
)

NUMBER_VERBS = frozenset(
    "represent represents represented account accounts accounted contribute contributes "
    "contributed constitute constitutes constituted amount amounted reach reached stand "
    "stood belong belongs belonged include includes included count counts counted exceed exceeded "
    "exceeds surpass surpassed top topped over above below under than add adds added "
    "economy hold holds held cover covers covered see sees saw seen post posted posts "
    "create created creates contribution contributions record recorded records "
    "generate generated generates generating produce produced produces producing hit range "
    "make made makes land landed lands composed composition breakdown absolute there "
    "register registers registered encompass encompasses encompassed comprise comprises "
    "comprised contain contains contained log logs logged boast boasts boasted achieve "
    "achieves achieved attain attained become became becomes".split()
)
"""Verbs that only tie a number to what it measures ("what share did it represent")."""

NUMBER = frozenset(
    (
        "how much many number amount revenue revenues income earn earned earns earning "
        "earnings share percent percentage percentages proportion gdp worth value size big large "
        "total figure fees fee members membership count ratio attendance turnout take takings "
        "intake gross grossed royalties royalty collect collected collects money counts sum "
        "turnover"
    ).split()
)

PARAPHRASES: dict[str, tuple[str, ...]] = {
    "characteristics": ("characterized", "shows"),  # "what were the characteristics of
    "characteristic": ("characterized", "shows"),  # internet infringements": what they show
    "steady": ("stable",),
    **dict.fromkeys(  # "countries need big data platforms": they will have to build them
        ("need", "needs", "must", "should"),
        ("needs", "needed", "must", "have", "has", "inevitable", "necessary", "should"),
    ),
    "hitting": ("reached", "reaching", "reaches"),  # "which anniversary's it hitting"
    "higher": ("above",),  # "higher than the global average": above it
    "lower": ("below",),
    "hurrying": ("speeding", "accelerating"),  # "hurrying to revise the regulations"
    "next": ("plans", "plan", "future", "will"),  # "what area is MCSC moving into next"
    "initiative": ("platform", "platforms", "forum", "forums", "project", "programme"),
    "issues": ("challenges", "problems"),  # "exploring AI and IP issues"
    "case": ("dispute",),  # "she brought up a film case": the 'Hi, Mom' dispute
    "sites": ("websites",),  # "overseas piracy sites"
    "site": ("website",),
    "rushing": ("speeding", "accelerating"),
    "faculty": ("department", "school", "university"),  # "the same Turin faculty"
    "broadcaster": ("television", "tv", "broadcasting"),
    "phonogram": ("sound", "recording", "recordings"),
    "unit": ("center", "centre", "division", "department", "office", "sector", "bureau"),
    "office": ("administration", "department", "division", "bureau", "centre", "center"),
    "commerce": ("trading", "trade"),
    "engaged": ("invited",),  # a legal register: "engaged as lecturers"
    "executed": ("signed",),  # "executed a memorandum"
    "characterised": ("called", "described", "regarded", "said"),
    "characterized": ("called", "described", "regarded", "said"),
    "invoked": ("cited", "citing", "mentioned"),
    "recommend": ("suggested", "proposed", "proposing", "called"),
    "recommended": ("suggested", "proposed", "proposing", "called"),
    "umbrella": ("confederation", "federation"),
    "school": ("university", "studies"),  # "what school is Stéphanie Carre at"
    "certified": ("certificates", "certificate"),  # "were the Xiamen participants certified"
    "certs": ("certificates",),
    "frameworks": ("mechanisms",),  # "multilateral frameworks China uses": its mechanisms
    "channels": ("mechanisms",),  # "multilateral channels China backs": its mechanisms
    "channel": ("mechanism", "mechanisms"),
    "framework": ("mechanism", "mechanisms"),
    "collecting": ("collective", "societies"),
    "arrived": ("reached",),
    "down": ("declining", "decline", "declined", "decreasing", "falling", "fell"),
    "streams": ("income", "revenue", "revenues", "streaming", "line", "lines", "source", "sources"),
    "phonograms": ("sound", "recording", "recordings"),
    "rightsholders": ("rights", "holders", "owners", "distribution"),
    "rightholders": ("rights", "holders", "owners", "distribution"),
    "representing": ("share", "accounted", "accounting"),
    "awarded": ("granted", "received", "given"),
    "cartoon": ("animated", "animation", "film"),
    "cartoons": ("animated", "animation", "films"),
    "ratified": ("ratification", "ratifications"),
    "ratify": ("ratification", "ratifications"),
    "cooperate": ("cooperation", "cooperated", "worked", "together", "partnership"),
    "cooperated": ("cooperation", "cooperate", "worked", "together", "partnership"),
    "closing": ("narrowing", "catching"),
    "close": ("narrow", "narrowing"),
    "narrowing": ("closing",),
    "previous": ("before", "prior"),
    "fighting": ("against", "combat", "combating", "dispute", "infringement"),
    "fought": ("against", "combat", "dispute"),
    "marking": ("marks", "anniversary", "reached"),
    "lawyer": ("attorneys", "attorney", "law", "partner", "counsel", "legal"),
    "lawyers": ("attorneys", "attorney", "law", "partners", "partner", "counsel", "legal"),
    "practitioners": ("attorneys", "attorney", "law", "partners", "partner", "counsel", "legal"),
    "practitioner": ("attorney", "law", "partner", "counsel", "legal"),  # in private practice
    "steadily": ("stable",),
    "constant": ("stable",),
    "earn": ("revenue", "income"),
    "earned": ("revenue", "income"),
    **dict.fromkeys(("obtained", "obtain", "obtains"), ("revenue",)),
    "earns": ("revenue", "income"),
    "earning": ("revenue", "income"),
    "earnings": ("revenue", "income"),
    "make": ("revenue",),
    "made": ("revenue", "adopted", "concluded", "generated", "created"),
    **dict.fromkeys(  # "AI hurting photography": its impact, what it displaces
        ("hurting", "hurt", "hurts", "harming", "damaging"),
        ("impact", "disrupting", "displacing", "replacing", "threat", "challenge"),
    ),
    "business": ("market", "industry", "sector", "trade"),
    "working": ("cooperation", "partnership", "together", "cooperated"),
    "makes": ("revenue",),
    "take": ("revenue",),
    "enter": ("entry", "force", "move", "expand"),  # "which new areas will MCSC enter"
    "future": ("plans", "plan", "future"),
    "effect": ("force",),
    "took": ("revenue",),
    "bring": ("revenue",),
    "brought": ("revenue",),
    "generate": ("revenue", "generated"),
    "generated": ("revenue",),
    "collect": ("revenue", "fees"),
    "collected": ("revenue", "fees"),
    "receive": ("revenue",),
    **dict.fromkeys(  # "how much did CAVCA get"; Spanish "recaudación": collections
        ("get", "got", "gets", "recaudation", "recaudations"), ("revenue", "income", "fees")
    ),
    "received": ("revenue",),
    "income": ("revenue",),
    "takings": ("revenue", "income", "fees"),
    "turnover": ("revenue", "income"),
    "gross": ("revenue", "income"),
    "grossed": ("revenue", "income"),
    "royalties": ("revenue", "fees", "income"),
    "royalty": ("revenue", "fees", "income"),
    "intake": ("revenue", "income", "fees"),
    "money": ("revenue",),
    "receipts": ("revenue", "income"),
    "revenues": ("revenue",),
    "member": ("membership", "members"),
    "members": ("membership",),
    "membership": ("members",),
    "big": ("value", "added"),
    "large": ("value", "added"),
    "size": ("value", "added"),
    "worth": ("value", "trading"),
    "percent": ("share",),
    "percentage": ("share",),
    "proportion": ("share",),
    "portion": ("share",),
    "part": ("share", "proportion"),
    "fraction": ("share",),
    "economy": ("gdp",),
    "sector": ("industry",),
    "areas": ("regions",),
    "area": ("region",),
    "sectors": ("industry", "industries"),
    "grow": ("growth",),
    "grew": ("growth",),
    "grown": ("growth",),
    "growing": ("growth",),
    "increase": ("growth",),
    "increased": ("growth",),
    "rise": ("growth",),
    "rose": ("growth",),
    "fast": ("growth",),
    "quickly": ("growth",),
    "rate": ("growth",),
    "joined": ("acceded", "ratified"),
    "join": ("acceded", "ratified"),
    "signed": ("signing",),
    "sign": ("signing", "signed"),
    "concluded": ("conclusion", "adopted", "produced"),
    "adopted": ("concluded",),
    "treaty": ("treaties",),
    "entrepreneur": ("founder", "ceo"),  # not "chief": "the chief arena" is no one's post
    "entrepreneurs": ("founder", "ceo"),
    "tech": ("technology", "technologies", "technological"),
    "online": ("internet", "digital", "online"),
    "shared": ("joint", "common", "sharing"),
    "teach": ("professor", "lecture", "lectured", "lecturer"),
    "teaches": ("professor", "lecture", "lectured", "lecturer"),
    "taught": ("professor", "lecture", "lectured", "lecturer"),
    "teaching": ("professor", "lecture", "lectured", "lecturer"),
    "registered": ("registrations", "registration"),
    "register": ("registrations", "registered"),
    "log": ("registrations", "registered", "recorded"),
    "logged": ("registrations", "registered", "recorded"),
    "tally": ("registrations", "registered", "total"),
    "floated": ("proposed", "proposal", "suggested"),
    "float": ("proposed", "proposal", "suggested"),
    "registrations": ("registered",),
    "karaoke": ("karaoke",),
    "photographers": ("photography", "photographic"),
    "photos": ("photography", "photographic"),
    "photo": ("photography", "photographic"),
    "music": ("musical",),
    "shows": ("performances", "performance"),  # "live shows"
    "labels": ("companies",),  # "record labels"
    "talks": ("dialogues", "dialogue", "talks", "negotiated", "negotiations"),
    "negotiations": ("negotiated", "talks", "dialogues"),
    "negotiating": ("negotiated", "talks", "dialogues"),
    "slice": ("share",),
    "hubs": ("regions", "cities"),
    "wealthy": ("developed",),
    "rules": ("regulations", "regulation"),
    "advanced": ("developed",),
    "recorded": ("registrations", "registered", "recorded"),
    "offices": ("director", "title", "role"),
    "bound": ("signed", "signing", "memorandum"),
    "richer": ("developed",),
    "rich": ("developed",),
    "internationally": ("global", "international", "world"),
    "deal": ("agreement", "agreements", "memorandum"),
    "stream": ("line", "lines", "source", "sources"),  # "the new revenue stream"
    "purpose": ("meant", "aim", "aimed", "aims"),  # "the purpose of the training": what it
    "purposes": ("meant", "aim", "aimed", "aims"),  # was meant to do
    "pact": ("agreement", "agreements"),
    "effort": ("work",),
    "efforts": ("work",),
    "pacts": ("agreement", "agreements"),
    "deals": ("agreement", "agreements", "memorandum", "memoranda"),
    "teamwork": ("cooperation", "cooperated", "together"),
    "national": ("china", "chinese", "national"),
    "nationwide": ("china", "chinese", "national"),
    "nationally": ("china", "chinese", "national"),
    "engine": ("drive", "drives", "driving", "drivers"),  # "new engines for IP protection"
    "engines": ("drive", "drives", "driving", "drivers"),
    "following": ("implement", "implementing", "cites", "guiding"),  # "following Xi's instruction"
    "concerts": ("performances", "performance"),
    "films": ("film",),
    "movie": ("film",),
    "movies": ("film",),
    "piracy": ("pirated", "infringement"),
    **dict.fromkeys(  # "does MCSC sue people over online piracy": its lawsuits
        ("sue", "sues", "sued", "suing", "lawsuits", "lawsuit", "litigate", "litigates"),
        ("lawsuits", "litigation"),
    ),
    "chinese": ("china",),
    "china": ("chinese",),
    "lecture": ("lectured",),
    "speakers": ("spoke",),
    "distribute": ("distribution",),
    "works": ("registrations", "works"),
    "support": ("backs", "backed", "supports"),
    "promote": ("promoting", "support", "supports", "advocate", "advocates"),
    "promotes": ("promoting", "support", "supports", "advocate", "advocates"),
    "back": ("support", "supports", "backs", "backed", "advocate", "advocates"),
    "backs": ("support", "supports", "advocate", "advocates"),
    "backing": ("support", "supports", "supporting", "advocate", "advocates"),
    "supports": ("backs", "support"),
    "supported": ("backed", "support"),
    "new": ("growth", "newly"),
    "gain": ("growth",),
    "gains": ("growth",),
    "year": ("annual",),
    "annually": ("annual",),
    "yearly": ("annual",),
    "ratio": ("ratio",),
    "hits": ("successes", "success"),
    "jurisdictions": ("countries", "partners", "country"),
    "marked": ("reached", "celebrated", "noted"),
    "mark": ("reached", "celebrated", "noted"),
    "marks": ("reached", "celebrated", "noted"),
    "meeting": ("training", "forum", "roundtable", "conference", "meetings"),
    "jurisdiction": ("country", "partner"),
    "showing": ("shows", "show"),
    "appeal": ("shows", "energizes", "energises"),
    "hit": ("success",),
    "win": ("success", "successful", "results"),
    "wins": ("successes", "success", "successful", "results"),
    "success": ("successful",),
    "ties": ("partnership", "cooperation", "relations"),
    **dict.fromkeys(("relationship", "relations"), ("partnership", "cooperation", "ties")),
    **dict.fromkeys(("venue", "venues"), ("forum", "forums", "platform", "platforms")),
    **dict.fromkeys(("shrinking", "shrink", "shrank", "shrunk"), ("declining", "falling")),
    **dict.fromkeys(  # "to strengthen collaboration": to deepen their work together
        ("strengthen", "strengthening", "strengthened", "reinforce", "reinforcing"),
        ("deepen", "deepening", "strengthen", "strengthening", "boost", "enhance"),
    ),
    **dict.fromkeys(("collaboration", "collaborate"), ("cooperation", "together", "work")),
    **dict.fromkeys(  # "they helped with two treaties": worked together, pushed for them
        ("helped", "help", "helping"),
        ("worked", "push", "pushed", "promoting", "promoted", "supported", "support", "helped"),
    ),
    **dict.fromkeys(  # "income from books is falling": declining, as the summaries say
        ("falling", "dropping", "sinking", "slipping", "waning"),
        ("declining", "decline", "falling"),
    ),
    **dict.fromkeys(  # "who wanted a labeling system": who proposed or called for it
        ("wanted", "wants"), ("proposed", "called", "urged", "hoped", "sought", "advocated")
    ),
    **dict.fromkeys(("labelling", "labelled"), ("labeling", "labeled", "label")),
    **dict.fromkeys(  # "when did China cohost the conference"
        ("cohost", "cohosted", "cohosts", "cohosting", "coorganised", "coorganized"),
        ("organised", "organized", "organizers", "organising", "hosted", "held"),
    ),
    **dict.fromkeys(  # "what did Zhou Yaping ask of WIPO": what he called for
        ("asked", "ask", "asks", "requested", "request", "requests", "demanded", "demand"),
        ("called", "urged", "asked", "requested", "sought", "proposed", "calls", "hoped"),
    ),
    **dict.fromkeys(  # "who defended photographers": who would protect them
        ("defended", "defend", "defends", "defending"),
        ("protect", "protected", "protecting", "safeguard", "safeguarding", "defended"),
    ),
    **dict.fromkeys(  # "what did WIPO promise China": its stated commitment
        ("promise", "promised", "promises", "pledge", "pledged", "pledges", "vow", "vowed"),
        ("commitment", "committed", "pledged", "promised", "vowed"),
    ),
    **dict.fromkeys(  # "AI could cost people their jobs": job losses
        ("cost", "costing", "costs"), ("cost", "costs", "losses", "loss")
    ),
    **dict.fromkeys(  # "who was cheering AI on": who set out what it does well
        ("cheering", "cheered", "cheerleading", "championed", "championing", "upbeat", "bullish"),
        ("praised", "hailed", "lauded", "commended", "benefits", "helps"),
    ),
    "praised": ("credited", "hailed", "regards", "commended", "lauded", "praised"),
    "praising": ("credited", "hailed", "regards", "commended", "lauded", "praised"),
    "praise": ("credited", "hailed", "regards", "commended", "lauded", "praised"),
    "picked": ("chosen", "selected", "listed"),
    "pick": ("chosen", "selected", "listed"),
    "chose": ("chosen", "selected", "listed"),
    "chosen": ("selected", "listed"),
    "selected": ("chosen", "listed"),
    "select": ("chosen", "selected", "listed"),
    "choose": ("chosen", "selected", "listed"),
    "boost": ("boost", "prosperity", "promote", "strengthen", "deepen", "enhance"),
    "listed": ("chosen", "selected"),
    "produced": ("adopted", "concluded"),
    "resulted": ("adopted", "concluded"),
    "put": ("organised", "organized", "organizers", "held"),  # "put on a training"
    "staged": ("organised", "organized", "organizers", "held"),
    "stage": ("organised", "organized", "organizers", "held"),
    "arranged": ("organised", "organized", "organizers"),
    "anniversary": ("anniversary",),
    "cooperation": ("partnership", "cooperate", "cooperating"),
    "partnership": ("cooperation", "cooperate"),
    "host": ("organised", "organized", "organizers", "held"),
    "hosted": ("organised", "organized", "organizers", "held"),
    "celebrated": ("noted", "marked", "fiftieth"),
    "celebrating": ("noted", "marked", "fiftieth"),
    "fight": ("dispute", "disputes", "infringement"),
    "fights": ("dispute", "disputes"),
    "world": ("global", "international"),
    "economies": ("partners", "countries", "parties"),
    "worldwide": ("global", "international"),
    "ip": ("intellectual", "property"),
    "celebrate": ("noted", "marked"),
    "country": ("china", "chinese", "national"),  # "the country's exports": China's
    "anti": ("against", "fighting", "crackdown", "cracking"),
    "measures": ("steps", "actions", "efforts", "responses"),
    "driven": ("drivers", "driver", "driving", "powered"),
    "joint": ("together", "jointly", "joint"),
    "head": ("director", "head", "heads", "headed"),
    "partners": ("partnership", "partner", "partners"),
    "years": ("anniversary", "years", "decades"),
    "achievement": ("results", "achieved", "success", "achievements"),
    "flagged": ("noted", "marked", "reached", "celebrated"),
    "songwriters": ("songwriter", "lyricist", "composer"),
    "songwriter": ("lyricist", "composer"),
    "composers": ("composer", "songwriter"),
    "lyricists": ("lyricist", "songwriter"),
    "creators": ("creator", "creators", "songwriter", "lyricist", "composer", "producer"),
    "creator": ("creator", "creators", "songwriter", "lyricist", "composer", "producer"),
    "makers": ("maker", "producer", "producers", "creator", "composer", "songwriter", "lyricist"),
    "maker": ("producer", "creator", "composer", "songwriter", "lyricist"),  # "music makers"
    "localities": ("places", "place"),
    "locality": ("place",),
    "cities": ("places", "place"),
    "city": ("place",),
    "towns": ("places", "place"),
    "counties": ("places", "place"),
    "use": ("cited", "citing", "cite", "through", "via"),
    "used": ("cited", "citing", "cite"),
    "example": ("show", "shows", "cited", "citing", "instance"),
    "implement": ("carrying", "carry", "implementing", "delivering"),
}
"""Our own paraphrases: the words a reader uses for what the fact base calls otherwise."""

ORG_NOUNS = (
    "organization",
    "organisation",
    "body",
    "agency",
    "institution",
    "entity",
    "outfit",
    "group",
    "firm",
)
"""Nouns for any organization ("the audio-video copyright body"), held by every fact that
names one."""

EVERY_SIDE = frozenset(
    {
        ("chinese", "foreign"),
        ("foreign", "chinese"),
        ("domestic", "foreign"),
        ("foreign", "domestic"),
        ("local", "foreign"),
        ("local", "international"),
        ("domestic", "international"),
        ("chinese", "international"),
        ("chinese", "overseas"),
        ("domestic", "overseas"),
    }
)
"""Two sides that together are everyone ("Chinese and foreign guests"): they narrow nothing."""

WH_FIRST = (("what",), ("which",), ("who",), ("whom",), ("how",))
"""First words of a question that "when" later in it does not make a when-question."""

ORG_PLURALS = frozenset(
    "organizations organisations bodies agencies institutions entities groups firms".split()
)
"""Nouns that ask for several organizations ("which bodies")."""

ORG_KIND_WORDS = frozenset(
    "organization organizations organisation organisations bodies body institutions groups "
    "which entities".split()
)

LEANING = frozenset({"one", "ones", "they", "it", "those", "these", "them"})
"""Words with which a short question leans on the scene before it ("Which were they?")."""

TRADE_PACTS = frozenset(
    "agreement agreements deal deals pact pacts fta ftas negotiations negotiation talks "
    "partnership partnerships accords accord treaties".split()
)
"""Nouns for a trade agreement or the talks towards one ("FTA negotiations")."""
TRADE_TAKING = frozenset(
    "negotiated negotiating negotiate negotiates part taken taking take took engaged engage "
    "involved involvement participated participate participating pursued pursuing been has "
    "have had is was did does in of per according to actively active over years".split()
)
"""Words for taking part in trade talks, which every trade agreement on record is said to
be (negotiated, its negotiations engaged in)."""

SIGNIFICANCE = frozenset(
    "notable significant significance important importance landmark milestone historic "
    "historical remarkable noteworthy special unusual unique".split()
)
"""Words asking why something mattered ("why was the treaty such a landmark")."""

PEOPLE_EPITHETS = frozenset(
    "young younger veteran famous noted renowned well-known prominent established outside external "
    "individual".split()
)
"""Words that praise or place a speaker ("the young composer") that no title holds: a
roster's speakers are found without them."""

PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})
"""Words in a second question that stand for the person the first one found."""

MENTIONED_AT = frozenset(
    "mentioned cited discussed raised referenced noted brought flagged highlighted named".split()
)
"""Verbs with which a question places a thing at the event it was spoken of at."""

SOMEONE = frozenset("someone somebody one speaker person guest delegate official".split())
"""Words with which a scene leaves the one who said something unnamed ("someone said ...")."""

BARE_ASK = frozenset(
    "name names list both them they it its ones one which what who whom are were is was those "
    "these please tell me give whole entire full complete all called named".split()
)
"""Words of a question proper that asks only for what the scene before it describes."""

DELEGATES = (
    frozenset(
        "authorities authority government governments governmental officials official "
        "administrations administration regulators regulator ministries ministry state".split()
    ),
    frozenset(
        "associations association societies society collective cmo cmos collecting "
        "organizations organisations".split()
    ),
)
"""Words for whom a country sent, by group (its officials; its associations and CMOs): the
article's quote for a country must hold a word of the group asked ("which countries'
copyright authorities came")."""

NATIONALS = {"chinese": "china", "domestic": "china", "foreign": "abroad", "overseas": "abroad"}
"""Words that say whether people are China's own or from abroad ("the Chinese executives")."""

BUSINESS_KINDS = frozenset({"company", "media_company", "law_firm"})
"""Kinds of organization whose people are executives."""

SPEAKER_NOUNS = frozenset(
    "officials executives representatives experts speakers lecturers academics scholars "
    "companies firms organizations bodies institutions".split()
)
"""Nouns for those who spoke, after which "Chinese" or "foreign" says where from (not
"participants": a count of them is not of the speakers)."""

BROUGHT_IN = frozenset({("brought", "in"), ("bring", "in"), ("brings", "in")})
""""Brought in": experts invited, or money earned when the question is of amounts."""

RANKING = frozenset(
    "rank ranked ranking order ordered biggest largest highest most least smallest lowest top "
    "compare".split()
)
"""Words that ask several organizations' figures set in order ("rank them by revenue")."""

COMPARATIVES = frozenset(
    "more less bigger larger higher greater smaller lower fewer better worse".split()
)
"""Words that ask which of two is more ("which collected more, A or B")."""

ONE_EACH = frozenset({"appearance", "role", "person", "organization", "topic", "instrument"})
"""Kinds of fact that each give one thing of a list (a statement may give several)."""

SOURCE_NOUNS = frozenset(
    "article piece story writeup interview coverage news report account".split()
)
"""Nouns for the article a question means ("in the Xiamen training article")."""

THEN = (
    ("at", "that", "time"),
    ("at", "the", "time"),
    ("at", "that", "point"),
    ("by", "that", "point"),
    ("at", "that", "stage"),
    ("by", "that", "stage"),
    ("by", "that", "time"),
    ("at", "the", "moment"),
    ("back", "then"),
    ("by", "then"),
    ("so", "far"),
)
"""Words that point back to a time already named, and ask nothing themselves."""

MEMBER_TITLES = frozenset("professor professors partner partners lecturer expert counsel".split())
"""Titles a person holds in a unit that are the whole organization's too (a professor of its
law department is a professor of the University of Turin); a head's title is not."""

MOVES = frozenset({"up", "down"})

RISES = frozenset("rise rose risen grow grew increase increased climb climbed".split())

FALLS = frozenset(
    "fall fell fallen shrink shrank decrease decreased drop dropped decline falling falls "
    "declining declined declines dropping drops decreasing shrinking".split()
)
"""Words of "did it rise or fall": either way asks how a figure moved."""

DIRECTIONS_UP = RISES | frozenset(
    "up climbs rises grows increases gained gain rising growing increasing climbing".split()
)
DIRECTIONS_DOWN = FALLS | frozenset(
    "down falls drops declined declines decreases dipped dip slumped slump shrunk falling "
    "dropping declining decreasing shrinking slipping slipped sinking sank".split()
)
DIRECTIONS = DIRECTIONS_UP | DIRECTIONS_DOWN | frozenset({"go", "went", "gone", "goes"})
"""Words a yes-or-no question uses to ask which way a figure moved ("did it drop?")."""

CURRENCY_WORDS = frozenset({"yuan", "rmb", "cny", "renminbi"})
"""Words that ask for an amount of money: a share or a count does not answer them."""

AMOUNT_ASKED = CURRENCY_WORDS | frozenset(
    "how much many percent percentage pct figure figures number numbers amount sum exact".split()
)
"""Words that say how a figure is to be given ("how much yuan", "in percent"), not which."""

PLACE_NOUNS = frozenset({"province", "city", "region", "municipality", "place", "locality"})
"""Nouns that stand for a place named ("the province")."""

PLACE_PLURALS = frozenset(
    {"provinces", "cities", "regions", "municipalities", "places", "areas", "localities", "zones"}
)
"""Nouns for the places a local figure is of ("in places like Beijing and Shanghai")."""

PLACE_EPITHETS = frozenset(
    "rich richer richest wealthy wealthier wealthiest big bigger biggest major large larger "
    "largest leading advanced developed prosperous top main key first-tier tier coastal".split()
)
"""Words readers put before places a local figure is of ("the rich cities", "big cities")."""

CLIMB_WORDS = frozenset(
    "climb climbed climbs rise rose risen go went gone grow grew grown get got come came".split()
)
"""Verbs of moving to a figure ("climb past 15,000", "go above 100 million")."""

TAKE_WORDS = frozenset({"take", "takes", "took", "taken", "taking"})

YES_NO = frozenset("was were is are had has have did does do".split())
"""First words of a question answered yes or no."""

EARLIER = frozenset({"before", "previously", "formerly", "former", "prior", "earlier", "previous"})
"""Words that ask for a post held before the one on record."""

BEFORE_WHAT = frozenset(
    "she he they joining joined becoming became working worked moving moved taking took that "
    "this heading headed leading led running ran holding held being serving served assuming "
    "assumed".split()
)
"""Words after "before" that ask for an earlier post ("before she joined", "before heading
the division")."""

AUTHORITY_KINDS = frozenset({"government_agency", "government_department", "party_body"})
"""Kinds of organization that speak for their country's figures."""

SPANS = frozenset("years months days decades weeks".split())
"""Units of a span of time ("70 years of work"): a number before one in the scene dates
nothing."""

TALK_NOUNS = frozenset(
    "lectures talks presentations speeches sessions panels courses classes papers".split()
)
"""What speakers give: our count of the speakers named is no count of these."""

POST_NOUNS = frozenset(
    "university uni firm company administration department division office bureau society "
    "association group organization organisation agency centre center academy school "
    "institute law professor partner".split()
)
"""Nouns of a statement about a person's post ("a professor at Wuhan University")."""

PRAISE = frozenset(
    "praised praise praises lauded commended hailed applauded credit credits credited".split()
)
"""Words for speaking well of something: what someone said there."""

SAID_THAT = frozenset({"that", "this", "it", "so", "those", "these"})
"""Words with which "who said that" points back at what the scene before it says."""

CREDITED = frozenset(
    "credited credit credits attributed attribute attributes wording words phrase phrasing "
    "line quote speaker speakers anyone anybody someone somebody".split()
)
"""Words with which "is that wording credited to any speaker?" asks who said the scene's words."""

HELD_WORDS = frozenset(
    "held hold holds take took place happen happened run ran open opened start started "
    "end ended attend attended".split()
)
"""Words of a question that asks when an event, not an instrument, was ("when was it held")."""

FORCE_WORDS = frozenset(
    "in into force effect effective take taken took come came entered enter already yet by "
    "time when held had was were is has at the of end start beginning early late".split()
)
"""The words of "had it entered into force by the time of X" that `in_force` answers."""

INSTRUMENT_WORDS = frozenset(
    "treaty treaties agreement agreements memorandum memoranda law laws regulation "
    "regulations convention conventions initiative instrument instruments document "
    "documents".split()
)
"""Words for the kinds of instrument a question may ask for ("what treaty")."""

INSTRUMENT_KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("treaty", "treaties", "convention", "conventions"), ("treaty",)),
    **dict.fromkeys(("agreement", "agreements"), ("agreement", "memorandum")),
    **dict.fromkeys(("memorandum", "memoranda"), ("memorandum",)),
    **dict.fromkeys(("law", "laws"), ("law", "regulation")),
    **dict.fromkeys(("regulation", "regulations"), ("regulation",)),
}
"""The kinds of instrument (as the fact base records them) each word asks for: "which
treaties" asks for treaties, not a memorandum."""

GUEST_WORDS = frozenset("guests guest participants delegates attendees visitors".split())
"""Those who came to an event: "the guests visited ..." places a visit at an event."""

GROUP_WORDS = frozenset(
    "types type kinds kind sorts sort fields field sectors sector backgrounds background groups "
    "categories category".split()
)
"""Words asking what kinds of participants an event had ("what types of organisations")."""

LISTING = frozenset("list lineup rundown roster set picture breakdown".split())
"""Nouns for "all of them" after "the whole", "the full" ("give me the whole list")."""

STARTED = frozenset(
    "become became appointed appointment start started starting began begin took take assumed "
    "assume joined join named promoted".split()
)
"""Verbs that ask when a post began ("when did she become director")."""

BESIDES = frozenset({"besides", "beside", "except", "excluding", "alongside", "beyond"})

BESIDES_PAIRS = frozenset(
    {("other", "than"), ("apart", "from"), ("aside", "from"), ("except", "for")}
    | {("distinct", "from"), ("rather", "than"), ("opposed", "to")}
)
"""Words that set a record aside ("partners besides RCEP"): no answer gives it."""

TITLE_ASKED = frozenset(
    {"title", "titles", "position", "positions", "job", "jobs", "his", "her", "their", "what"}
    | {"role", "roles", "post", "posts", "capacity", "official", "rank", "affiliated", "holding"}
)

TOPIC_ASKED = frozenset(
    {"topic", "topics", "subject", "subjects", "theme", "themes", "content", "contents"}
)

VISIT_WORDS = frozenset({"visit", "visited", "visits", "visiting", "tour", "toured", "tours"})

SIDE_WORDS = frozenset(
    {"side", "alongside", "activities", "activity", "during", "join", "joined", "also"}
)

QUALIFIERS = frozenset({"year", "on", "total", "annual", "average", "overall"})
"""Words that qualify what a statistic measures ("year-on-year growth", "total revenue")
rather than say what it is: a question need not repeat them."""

MEASURE_KINDS = {
    "growth": GROWTH | {"annual", "annually", "yearly", "new", "gain", "gains", "increase"},
    "share": frozenset(
        "share shares percent percentage proportion portion fraction ratio part slice".split()
    ),
    "ratio": frozenset("ratio ratios rate percent percentage share proportion".split()),
}
"""Statistics that measure a change or a part of a whole, and the words a question must use
to ask for one: "the GDP of China" does not ask for the copyright industry's share of it."""

_ABOVE = frozenset(
    "top tops topped exceed exceeds exceeded above over surpass surpassed surpasses pass "
    "passed past beyond clear clears cleared cross crosses crossed crack cracks cracked "
    "break breaks broke".split()
)

_BELOW = frozenset({"below", "under", "less", "fewer", "lower"})

MORE_WORDS = frozenset("more bigger larger higher greater better".split())
LESS_WORDS = frozenset("less smaller lower fewer worse".split())
"""The comparatives of `COMPARATIVES` that ask for the larger, and for the smaller."""

NEAR_ASKING = frozenset("what which who whom where when how".split())
"""Words that ask, one of which a question `Answerer._near` answers holds (or it starts
with "name" or "list"): not keywords alone."""

PERSON_KINDS = frozenset({"appearance", "role", "claim", "statement", "person"})
"""The kinds of fact that can name who did something (`Answerer._near`)."""

NEAR_FOCUS = frozenset(
    (
        "budget cost costs price prices fee fees revenue revenues income sales volume value "
        "amount turnover profit profits spending salary box won win wins winner awarded "
        "resolved ruled ruling verdict outcome result results"
    ).split()
)
"""Words for a measure or an outcome: a fact that does not hold one does not answer a
question that asks it ("Ne Zha 2's box office"), however close its other words."""

_REACH = frozenset({"reach", "reached", "reaches", "hit", "hits", "least"})

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

WHOLE_WORDS = frozenset({"total", "whole", "overall", "all"})
"""Words for the whole a part is set against ("compared with the total")."""

AGAINST = frozenset({"compared", "against", "versus", "vs", "out"})
"""Words that set a part against its whole ("out of the total")."""

REPORTING = frozenset(
    "shared presented gave given released published announced cited quoted reported stated "
    "mentioned disclosed data figures statistics stats recalled recounted noted explained "
    "told said described results achievements claim claimed claims supplied provided "
    "furnished".split()
)
"""Words for giving a figure out: the figure's own report accounts for them."""

INTERVIEW_WORDS = frozenset({"interview", "interviews", "interviewed"})
"""Words that name an interview: what it says is of the articles that are interviews."""

SUPERIORS = frozenset((w,) for w in ("boss", "superior", "supervisor", "superiors", "bosses"))
"""Words after a person's name for someone over them ("Zhao's boss"): not that person."""

A_TALK = frozenset({"talk", "lecture", "speech", "presentation", "session", "keynote"})
"""Nouns for one talk given, whose topic follows "on" or "about"."""

PLACE_ASKED = frozenset("country countries nation nations city cities state states".split())
"""Nouns a "which ..." question asks a place with ("which country ratified it")."""

PROMOTED = frozenset(
    "promote promotes promoted promoting push pushed pushing seek sought seeking urge urged".split()
)
"""Words before what someone worked for, not what came about ("to promote ... the
ratification of the Marrakesh Treaty")."""

REFERRED = (("referred",), ("refer",), ("refers",), ("referring",), ("alluded",), ("pointed",))
"""Verbs that with "to" say who spoke of something ("referred to by Liu Hua")."""

REPORTING_VERBS = REPORTING - {"data", "figures", "statistics", "stats", "results", "achievements"}
"""The verbs of `REPORTING`: "who presented the data" asks who reported the figures."""

BOUNDS = frozenset({"more_than", "at_least", "over", "above"})
"""Qualifiers of a value that is a lower bound ("more than 10 million")."""

PASSED = frozenset(
    "threshold mark level milestone surpass surpassed exceed exceeded pass passed past top "
    "topped cross crossed break broke".split()
)
"""Words asking which mark a figure passed, answered by a lower bound."""

EARLY_WORDS = frozenset({"by", "early", "start", "beginning", "of", "as"})
"""The words of "by early 2025", "as of the start of 2025": when a figure stood."""

FIGURE_NOUNS = frozenset(
    "figures figure numbers number data statistics stats values metrics".split()
)
"""Nouns for figures a person gave ("what figures did Guan Jun present")."""

GIVING = frozenset(
    "give gave given present presented share shared cite cited report reported provide "
    "provided quote quoted release released offer offered mention mentioned supply supplied "
    "furnish furnished".split()
)
"""Verbs for giving figures out."""

SERIES_WORDS = frozenset(
    "every each all year years over time series history trend trends reported available".split()
)
"""Words asking for every value of a figure on record ("over time", "every year")."""

CHECK_WORDS = frozenset("confirm confirmed correct right true accurate really check".split())
"""Words with which a question asks whether what it states is so."""

_COMPARING = (
    *("top", "exceed", "above", "over", "surpass", "pass", "past", "beyond", "than", "below"),
    *("under", "reach", "hit", "least", "clear", "cleared", "cross", "crossed", "crack"),
    *("cracked", "break", "broke"),
)
"""Words one of which every comparison the pattern reads holds, looked for before it is
compiled."""

EVENT_KIND_WORDS = {
    "training": "training",
    "trainings": "training",
    "course": "training",
    "program": "training",
    "programme": "training",
    "forum": "forum",
    "forums": "forum",
    "roundtable": "roundtable",
    "roundtables": "roundtable",
    "round": "roundtable",
    "conference": "conference",
    "conferences": "conference",
    "expo": "expo",
    "expos": "expo",
    "exhibition": "expo",
    "meeting": "meeting",
    "meetings": "meeting",
    "visit": "visit",
    "visits": "visit",
}
"""Words that name an event's kind."""

MODALS = frozenset(
    "would will could may might shall should hope hopes hoped hoping expected expects once "
    "until if unless yet not".split()
)
"""Words that make what follows them a hope, a plan or a condition, not something done."""

GENDER_WORDS = {
    "ms": "woman women lady female",
    "mrs": "woman women lady female",
    "madam": "woman women lady female",
    "mr": "man men gentleman male fellow",
}
"""Words for who a person is, by the honorific the article gives them ("Ms." a woman)."""

GENDERED = {
    **dict.fromkeys(("woman", "women", "lady", "ladies", "female", "females"), "woman"),
    **dict.fromkeys(("man", "men", "gentleman", "gentlemen", "male", "males"), "man"),
    **dict.fromkeys(("fellow", "fellows"), "man"),
}
"""A question's words for women or men, each read as "woman" or "man"."""

ORG_WORDS = frozenset({"association", "associations", "organisation", "organization", "body"})
ORG_WORDS = ORG_WORDS | {"organisations", "organizations", "bodies", "society", "societies"}
"""Nouns for a body asked for ("which Finnish association"): no event answers them."""

TITLE_BEFORE = frozenset({"the", "its", "exact", "full", "official", "english", "proper"})
"""Words before "title" or "name" that make it a noun asked for ("the exact title of X")."""

HEADS_DID = frozenset((w,) for w in ("were", "are", "attended", "came", "joined", "at", "from"))
"""Words after an organization's "heads" that make them people, not a verb ("ARIPO heads
were at the forum")."""

NATIONAL = frozenset(
    {"national", "nation", "nationally", "nationwide", "country", "countrywide", "overall"}
)
"""Words for the whole country, beside some of its places ("the national number")."""

WH_ASKED = frozenset((w,) for w in ("what", "which", "who", "how", "when", "where"))
"""A question proper's first word when it asks for something, not yes or no."""

HOW_BIG = frozenset({"value", "volume", "amount", "size", "level", "total"})
"""Words for how big a figure asked is, not which ("Sichuan trading in 2018 - value")."""

CLAIMED = frozenset({"claim", "claimed", "claims", "claiming"})
"""Words of a skeptic's "what did they claim": of a figure, what was reported."""

CREDITING = frozenset({"as", "per", "according", "to", "by", "from"})
"""Words that credit figures to who gave them ("as Guan Jun reported", "per Liu Ping")."""

YEAR_BEFORE = frozenset(
    {"over", "previous", "prior", "before", "year", "than", "compared", "on", "to", "against"}
)
"""Words that say a growth is over the year before ("grow on the previous year")."""

TURNOUT_FEWER = frozenset({"fewer", "fewest", "less", "least", "smaller", "smallest"})
TURNOUT_COMPARED = TURNOUT_FEWER | {"more", "most", "bigger", "biggest", "larger", "largest"}
"""Words that compare two events' turnouts ("which drew more people")."""
TURNOUT_SIZED = TURNOUT_COMPARED - {"more", "most"} - {"fewer", "fewest", "less", "least"}
"""Words that compare events by size, which the articles give only as turnout ("which was
bigger")."""

OCCASIONS = frozenset("opening ceremony session meeting launch closing panel".split())
"""Words for part of an event a person may be asked about ("his title at the Shanghai
opening")."""

ALONE = frozenset(
    {"alone", "solely", "separately", "individually", "itself", "apart", "purely", "exclusively"}
)
"""Words that ask for one part of a whole by itself ("from broadcasting rights alone")."""

SHARE_OF = frozenset({"share", "proportion", "percentage", "fraction", "portion"})
"""Words that set a part against its whole ("what share of its total revenue came from
karaoke"): the part, then the whole (the share itself is not worked out)."""

TIME_OF = frozenset(
    "early mid late middle beginning end start autumn fall spring summer winter".split()
)
"""Words for a part of a month or year ("in early December"): when, not where."""

MONTH_PARTS = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
}
"""The days of a part of a month a question names ("in early December": the 1st to 10th)."""

HOST_NOUNS = frozenset(
    "organizations organisations organizers organisers hosts bodies institutions".split()
)
"""Nouns for those who held an event ("the dates, and the organizations that hosted it")."""

ASKING_FIRST = frozenset({w for (w,) in WH_ASKED} | {"whom", "whose", "why"})
"""First words of a question that asks for something, not whether a statement holds."""

ANY_POST = frozenset(
    "executive executives exec execs official officials staffer staff employee rep "
    "representative member".split()
)
"""Words for anyone who holds a post at a body ("an executive at Wings Media")."""

AT_EVENT_ACTS = frozenset(
    "attend attends attended attending address addressed addresses appear appears appeared "
    "participate participated participates present presented".split()
)
"""What a person does at an event: "in which city did X attend" asks where the event was."""

ASKED_WITH = frozenset(
    {
        *TITLE_ASKED, *ROLE_TITLES, *POST_NOUNS, *ATTENDANCE, *ATTENDING, *VISIT_WORDS,
        *GROWTH, *CHANGE, *FIGURE_NOUNS, *PEOPLE_NOUNS, *EVENT_KIND_WORDS, *ORG_WORDS,
        *INSTRUMENT_WORDS,
        *"many much members membership companies company countries country attended "
        "ratified signed organized organised spoke lectured revenue income registered "
        "registrations visited held dates date year years ceremony ceremonies opening "
        "closing".split(),
    }
)
"""The words questions are asked with (posts, taking part, figures, kinds of event and body):
a misspelling of one ("titel", "mnay", "visitd") is read as it, as one of the fact base's
own words is."""
