"""English: the words the event extractor reads.

Word lists are space-separated strings (lower case unless said), tables are
dicts, and ``*_PATTERN`` entries are regular-expression fragments the
engine fits into its own patterns. Which words mean what is this file's
business; how they are used is the engine's (``timeline/events/*.py``).
"""

# fmt: off

# --- headlines (title.py) ---------------------------------------------------

# Words that join clauses: a comma after a date they open goes with the date.
JOINERS = "that and but while when as because so which"
# Prepositions that go with a date out of a headline: "on", "as of".
DATE_WORDS = """on in at by since from until till during of for as early late earlier
    later back throughout between within around through over to"""
# What joins two dates of one clause and leaves a headline with them:
# "on Monday and again on Friday".
DATE_PAIR_JOINER_PATTERN = r"(?:,\s*)?(?:and|or)(?:\s+(?:again|then|also))?"
# Words that open a framing adverbial set off by a comma: "However, …".
OPENERS = r"""on in at by however meanwhile thus therefore accordingly also additionally
    moreover furthermore according following after before prior during for since as
    instead still yet now today yesterday separately previously earlier later then in turn
    first finally last next overall similarly likewise nevertheless nonetheless besides
    elsewhere thereafter subsequently afterwards when while with without despite amid
    under among once just shortly immediately soon although though even whereas unlike
    rather actually indeed starting beginning fortunately unfortunately alongside upon so\s+far
    thus\s+far"""
# Units that make "two days later," an opener.
TIME_UNITS = "minutes minute hours hour days day weeks week months month years year"
# Words after a time unit that measure from an event: "two weeks before the
# shooting" is a phrase, no clause a headline's cut left without its verb;
# with the event taken out as a date, the measure goes too ("a few hours
# [later]").
TIME_RELATIONS = "before after following later earlier"
# What measures a time before its unit: "a few hours", "just weeks", "two days".
TIME_QUANTIFIERS = """a an the few several some many couple of just only about nearly
    almost barely little more than less within"""
# What follows a time of day written as figures: "at 09:10 hours".
CLOCK_WORDS = "hours hrs"
# Verbs that need what is said after them in a headline: "X says" alone is no news.
SAYING = """say says said tell tells told add adds added explain explains explained note notes
    noted"""
# Verbs of saying in the present, before what is said: "Charges allege she…".
PRESENT_REPORTING = """say says allege alleges claim claims report reports insist insists
    argue argues contend contends"""
# Verbs of saying, as a trailing attribution ("…, the minister said").
ATTRIBUTION_VERBS = """said says say told stressed added noted explained reported announced
    believes wrote stated claimed confirmed argued recalled warned insisted"""
# Verbs after which the rest is what was said ("X said that Y").
REPORTED_VERBS = """said says recalled noted stressed added explained announced reported
    stated confirmed argued warned claimed revealed"""
REPORTING_THAT_VERBS = """said says announced announces stated states claimed claims
    revealed reported confirmed added noted explained argued warned insisted recalled
    predicted"""
# Reporting verbs that also take an object: "reported its first loss on
# Tuesday" reports no clause, and its date is the reporting's.
OBJECT_REPORTING = """announced announces reported reports confirmed confirms revealed
    reveals predicted predicts"""
# What opens a reported clause: "said that".
COMPLEMENTISERS = "that"
# Reporting verbs in the past, which take "that".
REPORTING = """said told stated noted stressed added explained announced recalled confirmed
    acknowledged admitted revealed warned claimed insisted argued estimated showed found
    suggested indicated reported predicted"""
# What "told" takes before what is said: "told reporters that" says no more than "said".
TOLD_AUDIENCES = "reporters journalists the\\s+press a\\s+news\\s+conference"
# Auxiliaries after which a trailing "said" is not an attribution.
ATTRIBUTION_AUXILIARIES = "will would is are was were has have had can could"
# Words that open the clause a reporting verb reports, without "that".
REPORTED_OPENERS = "the a an it he she they we its their his her this these"
# Words that open a time phrase between a reporting verb and its "that":
# "said on Tuesday that", "announced late last week that".
REPORT_TIME_OPENERS = (
    "on in at late early last this yesterday today tonight earlier later"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yesterday Today"
)
# Words that open an aside set off by commas: ", the agency's chief,".
ASIDE_OPENERS = "the a an who whose whom which where including such\\s+as"
# Adverbs set off by commas inside a clause: "The actress, however, has…".
ASIDE_ADVERBS = """however meanwhile though too also instead nevertheless nonetheless
    therefore thus moreover furthermore then"""
# Irregular participles that open a participial aside: ", held in May,".
ASIDE_PARTICIPLES = """held born made built known led seen given taken chosen sent shot hit hurt
    struck caught found kept thrown beaten stolen bitten"""
# Words that open a trailing clause a headline leaves out.
TRAILING_OPENERS = """which who whose where while as since because although though so compared
    thus overtaking including making saying adding not\\s+to\\s+mention after before when
    amid despite and\\s+(?:thus|so|that)"""
# "in which …", "by which …": a clause on the noun before.
RELATIVE_PREPOSITIONS = "in of by through under with"
# "the latest round of", "members of": words that pad a headline.
FILLER_ADJECTIVES = "latest next new recent last another first second third final"
FILLER_NOUNS = "round series wave batch"
FILLER_GROUPS = "members representatives"
# --- the headline's verb (title.py): an English past becomes the headline
# present ("took part" → "takes part", "will meet" → "to meet") ---

# Auxiliaries of the future, which a headline writes as "to".
HEADLINE_FUTURE = "will would"
# Words after a future auxiliary that keep it: "will not", "would be".
FUTURE_KEEPERS = "not be"
# Copulas that go before a participle: "was renamed" → "renamed".
PASSIVE_COPULAS = "was were is are"
# Copulas of the past: "was" → "is", "…and 20 were wounded" → "and 20 wounded".
PAST_COPULAS = "was were"
# The auxiliary of the past perfect, and those of the present perfect.
PAST_PERFECT = "had"
PRESENT_PERFECT = "has have"
# The participle of "be", and the base forms of "be" and "have".
BEEN = "been"
BE = "be"
HAVE = "have"
# The perfect participle: "having apprehended" keeps its verb.
PERFECT_PARTICIPLE = "having"
# The word a reporting verb takes before what is said: "says that the plan…".
REPORTED_THAT = "that"
# Words after a past verb coordinated with the headline's that make it a verb:
# "slipped and fell up", "signed a pact".
VERB_OBJECT_OPENERS = "a an up out off"
# Relative words that open a fragment: "Many of whom…".
FRAGMENT_RELATIVES = "whom whose"
# A relative word of place, which opens a clause a long headline may lose.
PLACE_RELATIVES = "where"
# The headline verb of a quote with its speaker: '"…," the mayor said' → "Mayor says…".
HEADLINE_SAYS = "says"
# Possessives a resolved subject replaces: "Its members voted" → "Union's members vote".
POSSESSIVES = "its their his her"
# The pronoun of the first person singular: a quote that opens with it keeps its capital.
FIRST_PERSON_SINGULAR = "I"
# The groups of a filler that an adjective before them keeps: "permanent members of".
KEPT_FILLERS = "members representatives"
# Pronouns a resolved subject replaces.
PRONOUNS = "he she it they"
# Words a headline may not open with: a pronoun that stands for nobody named,
# or the relative word of a fragment ("Many of whom…").
UNRESOLVED = "he she it they we i you them whom whose which"
ARTICLES = "a an the"
# Adverbs a headline drops.
DROPPED_ADVERBS = "also already reportedly actually literally then"
# Adverbs that may stand between an auxiliary and its participle.
MID_ADVERBS = "first just recently later since once repeatedly soon"
# Words a headline never ends on: they need another after them.
DANGLING = """a an the of to in on at by for from with and or but as than that which who saying
    whose its their his her our your this these those into onto about between among
    against via over under after before during while since until nor so if is are was
    were be been being has have had will would can could should may might must not no very
    more most less least such own other another each every some any both either neither
    per amid despite including plus whether says say said told compared what how why
    where when along across toward towards around near behind beyond upon within without
    like unlike versus he she they we"""
# Pronouns that are objects too: a headline may end on them ("…found her").
OBJECT_PRONOUNS = "her him them us it"
DETERMINERS = "the a an its their his her our this that these those newly"
SUBORDINATORS = "that which who whom whose when if because whether"
AUXILIARIES = "is are was were has have had will would does do did"
# Negated auxiliaries stay as they are: "hasn't been set".
NEGATED = "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't doesn't don't didn't"
PREPOSITIONS = """of between from in with for on at by to among against aboard near inside
    outside across along behind beyond over during"""
# Present forms that are a clause's verb even without an auxiliary.
PRESENT_VERBS = "expects plans says takes joins meets"
# Words that open a noun phrase: "violates an agreement reached…".
NOUN_OPENERS = "a an the its their his her"
# "the quarter, which ended…" dates the quarter.
TIME_NOUNS = "quarter year month week day period season half term"
# "those who…" is the subject, not a relative clause.
INDEFINITE = "those anyone anybody everyone everybody someone all one people"
# Conjunctions that open an adverbial clause with a verb of its own.
SUBORDINATE_CONJUNCTIONS = "after before since when because once until as while although"
# Words for numbers: "six months" is no verb after its subject.
NUMBER_WORDS = """one two three four five six seven eight nine ten eleven twelve twenty thirty
    hundred hundreds thousand thousands million millions dozen dozens several few many"""
# The ending of most plural nouns, and endings that end no plural ("press",
# "bus", "crisis"); an ending of plural nouns of persons ("firemen").
PLURAL_ENDINGS = "s"
NOT_PLURAL_ENDINGS = "ss us is"
PLURAL_PERSON_ENDINGS = "men"
# Subjects that take the plain form of the verb: plurals without an s, and "I", "you".
PLURALS = "they we i you men women people children police staff personnel firemen firefighters"

# Words before a date that make it a point the clause looks ahead to, which a
# past verb does not date: "set the vote for March 3", "pushed it back to March 3".
TARGET_DATE_WORDS = "for by to"
# Words before a date that make it part of the claim, not the event's date:
# "has not been in recession since 2001", "the first loss since 1998".
DATE_KEEPERS = "since until till than before after"
# Verbs whose date is what they say: "is scheduled for March 3".
SCHEDULE_VERBS = "scheduled rescheduled set due planned slated postponed delayed adjourned moved"
# Modal verbs: the verb after them stays as it is ("could be seen").
MODALS = "can could may might must should shall"
# "would like to thank": a wish, not a future.
WOULD_KEEPS = "like love prefer rather"
# Participles that name what follows them: "a company called Heritage".
NAMING_PARTICIPLES = "called named dubbed titled nicknamed"
# Adverbs a phrasal verb takes: "three curled up", "two ran off" are verbs.
PARTICLES = "up down out off away back"
# Words before a participle that make it an adjective: "other baked goods",
# "about injured people".
ADJECTIVE_OPENERS = """other no more most many some several all any every each few both
    well less very newly recently about"""
# Prepositions after a participle that qualifies the noun before it:
# "dikes repaired after the storms were…".
PARTICIPLE_PREPOSITIONS = "after before during since until following near outside inside"
# Conjunctions that may open a headline's clause and go: "But anger grew".
LEADING_CONJUNCTIONS = "but and yet or however"
# Words a long headline may be shortened before: a clause that only adds to it.
CLAUSE_BREAKS = "while as after before because when although whereas though"
# "thumb|150px|": wiki image markup left in the text.
MARKUP_PATTERN = r"(?:\bthumb(?:nail)?\s+)?\b\d{2,4}px\b\s*"

# --- the sentence annotation (sentence.py) ----------------------------------
# Patterns name this module's word lists as {NAME}: the engine puts in the
# list as an alternation ("said|says|…").

# "two days later,": a time unit and the way it shifts.
TIME_SHIFTS = "before after earlier later"
# The relative words after which a verb is the relative clause's, not the main one.
RELATIVE_PRONOUNS = "that which who"
# The relative words that stand for persons: ", who was celebrating" is about "her son".
PERSON_RELATIVES = "who whom"
# Relative words no person is: "a suspect in a shooting that occurred…" is the shooting's.
THING_RELATIVES = "that which"
# Words after which a verb form is no finite verb: "to meet", "has been held".
VERB_LINKS = "to be been being"
# The word that marks an infinitive.
INFINITIVE = "to"
# Conjunctions that join words, not clauses: a phrase ends before them.
COORDINATORS = "and or"
# Conjunctions that may join two clauses: "…was cut and the town flooded".
CLAUSE_COORDINATORS = "and but"
# Verbs that agree with "they", each with its singular, which is no "-s" of theirs.
PLAIN_PRESENT = "are:is have:has do:does were:was"
# Words that open a pair, each with the words that close it: no headline is
# cut between them ("reports by both consumers| and the media").
CORRELATIVES = "both:and either:or neither:nor between:and"
# Subject pronouns: a new clause begins at them.
SUBJECT_PRONOUNS = "he she they we i it"
# The preposition that binds two nouns ("the shares of the company").
NOUN_LINK = "of"
# Words that open a short subject phrase: "The ministers", "Both sides".
SUBJECT_OPENERS = "the these those both"
# The ending of most adverbs ("desperately").
ADVERB_ENDINGS = "ly"
# The ending of a participle in the progressive ("is meeting").
PROGRESSIVE_ENDINGS = "ing"
# Regular past forms end so: "announced".
PAST_ENDINGS = "ed"
# A possessive after a date: "this year's fair".
POSSESSIVE_ENDINGS = "'s ’s"
# A negated auxiliary ends so ("didn't"); an adverb may negate on its own.
NEGATED_ENDINGS = "n't"
NEGATING_ADVERBS = "never"
# The word that negates a verb group: "was not held".
NEGATIVE_PARTICLES = "not"
# After a copula, these make a plan, not a state: "is to meet", "is set for".
COPULA_PLANS = "to set due"
# Auxiliaries that open a clause a bare "and" joins: "…in 2004 and took…".
VERB_STARTS = "has have had was were will is are would"
# Where the sentence's coordinated clauses meet; the word after is group 1.
CLAUSE_BREAK_PATTERN = r"(?:,\s+and|,\s+but|;|,\s+while|,\s+whereas|\s+and)\s+(\w+)"
# The joiner of CLAUSE_BREAK_PATTERN that needs a verb after it to join clauses.
BARE_JOINER = "and"
# "according to the agency": an attribution, wherever it stands.
ACCORDING_PATTERN = r",?\s*according\s+to\s+[^,]+(?:,|$)"
# "…, the minister said." at the end of a sentence.
ATTRIBUTION_PATTERN = r"""[,;]["”»']?\s*
    (?:(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?(?-i:\s+[A-Z][\w.'’-]*){0,3}
        (?:,[^,]{1,60},)?\s+)?
    (?:{ATTRIBUTION_VERBS})\b
    (?!\s+that\b)(?![^,;]*\b(?:{ATTRIBUTION_AUXILIARIES})\b)
    (?:\s+[\w.'’-]+){0,5}[.!?"”»]*$"""
# ", she said," inside the sentence.
INNER_ATTRIBUTION_PATTERN = (
    r",\s+(?:he|she|they|(?:the\s+)?[A-Z]?[\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s+"
    r"(?:{ATTRIBUTION_VERBS}),(?=\s)"
)
# ", Sudan's capital," after a name: an apposition that says who or what it is.
POSSESSIVE_APPOSITION_PATTERN = (
    r",\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+[A-Za-z][^,]{0,40},(?=\s)"
)
# ", 39," or ", aged 55," after a name: an age.
AGE_PATTERN = r",\s+(?:aged\s+)?\d{1,3},(?=\s)"
# "Wearing the orange jumpsuit and …, Orozco smiled", "Citing officials familiar
# with the talks, the Ledger reported": a participial phrase that opens the
# sentence qualifies its subject; the headline goes on without it.
PARTICIPLE_OPENER_PATTERN = r"""^[A-Z][a-z]{2,}ing\s+
    (?:{DETERMINERS}|{PREPOSITIONS}|{PLURALS}|up|out|off|about|[a-z]{3,}s)\s[^,]{0,110},
    \s+(?=[A-Z]|(?:{ARTICLES})\s)"""
# "The meeting, held on February 17-18 at a hotel, was…", "The company, facing
# heavy losses, cut…": set off after the subject.
PARTICIPLE_ASIDE_PATTERN = (
    r"^(?P<subject>[^,]{1,60}),\s+(?:[a-z]+ed|[a-z]{3,}ing|{ASIDE_PARTICIPLES})\s[^,]*,\s+"
)
# What a headline leaves out at the end: a trailing clause, after ";" or ":".
TRAILING_CLAUSE_PATTERN = r"""(?:,|\s[—–])\s+(?:{TRAILING_OPENERS})\b.*$|;.*$|:\s.*$
    | \s(?:{RELATIVE_PREPOSITIONS})\s+which\b.*$"""
# "Jobs announced (on Tuesday) that |Leopard would ship": where the report begins.
REPORTING_THAT_PATTERN = r"""\b(?:{REPORTING_THAT_VERBS}|told\s+[\w ]{1,30}?)\s+
    (?:(?:{REPORT_TIME_OPENERS})\b[\w. ]{0,25}?\s+)?
    (?:that\s+|(?=(?:{REPORTED_OPENERS})\s))"""
# "X said that Y" in a main clause: who said it, and what.
# "They have announced the new curfew": a perfect with its object, no speaker
# ("they have") and no report; "they have announced that…" reports.
REPORTED_PATTERN = r"""^(?P<who>(?:[\w.'’-]+\s+){1,6}?)
    (?:(?:{REPORTED_VERBS})\s+that\s+
      |(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?:{REPORTED_VERBS})\s+(?=(?:{REPORTED_OPENERS})\s))
    (?P<what>.+)"""
# "told reporters that" says no more than "said".
TOLD_PATTERN = r"""\btold\s+(?:{TOLD_AUDIENCES}
    |(?:the\s+)?[A-Z][\w-]+(?:\s+(?:[A-Z][\w-]+|{TOLD_MEDIA})){0,4}(?:\s+in\s+[A-Z][\w-]+)?)
    (?:\s+that)?\s+"""
# What names a medium beside its name: "told the AFP news agency", "told
# Local FOX affiliate WKRB in Dayton".
TOLD_MEDIA = r"""news\s+agency newspaper daily television radio channel website affiliate station
    broadcast\s+stations"""
# What "told …" is read as.
TOLD_AS = "said"
# ", who hosted this week's meeting," set off by commas.
RELATIVE_ASIDE_PATTERN = r",\s+(?:who|whose|whom|which|where)\s(?P<body>[^,]*),(?=\s)"
# "the loan instrument that was approved in May 2025": to the next comma.
RELATIVE_CLAUSE_PATTERN = r"""(?P<comma>,?)\s(?P<pronoun>that|which|who)\s+
    (?P<body>(?:was|were|is|are|has|have|had)\s[^,;]*|[a-z]+ed\s[^,;]*)"""
# The relative word that, after a comma, opens no relative clause.
COMMA_RELATIVE = "that"
# "an agreement reached between the two in 1991": a participle after a noun.
REDUCED_RELATIVE_PATTERN = r"""\s(?P<participle>[a-z]+ed|born|made|built|held|sold|won)\s+
    (?:in|on|by|at|between|with|from|during|last|earlier)\b[^,;]*"""
# "has raised", "have agreed": the day's news, not the last day told.
PERFECT_PATTERN = r"^\S+(?:\s+\S+){0,6}?\s+(?:has|have)\s+(?:\w+ly\s+)?\w+ed\b"

# Pronouns whose contracted perfect is written out: "He's shown" → "He has shown".
CONTRACTING_PRONOUNS = "he she it they we i you that there who"
# A contraction's ending → the auxiliary it stands for before a past participle:
# in the perfect ("she's signed a contract"), and in the passive ("he's sentenced").
CONTRACTIONS = {"s": ("has", "is"), "d": ("had", "had"), "ve": ("have", "have")}

# --- whom a pronoun stands for (referents.py) -------------------------------

# Pronouns for a person, for a group or body, for a thing or body.
PERSON_PRONOUNS = "he she his her"
# The pronouns of each gender: a person once "he" is no "she" after.
MALE_PRONOUNS = "he his him"
FEMALE_PRONOUNS = "she her"
GROUP_PRONOUNS = "they their"
THING_PRONOUNS = "it its"
# Nouns for persons (job titles are ROLES): "The teenager", "the 26-year-old actress".
PERSON_NOUNS = """man woman boy girl teen teenager child kid baby actor actress singer player
    athlete boxer coach manager officer policeman policewoman trooper soldier victim suspect
    driver pilot climber hiker witness gunman attacker shooter killer father mother son
    daughter brother sister husband wife widow student teacher doctor nurse lawyer owner
    farmer worker resident neighbor neighbour cousin friend fan guard priest activist
    journalist reporter photographer spokesman spokeswoman inmate prisoner fugitive
    defendant plaintiff candidate rival veteran"""

# --- verbs (verbs.py) -------------------------------------------------------

# Irregular past forms and past participles (their bases come from lemminflect).
IRREGULAR_PAST = """was were been had did done went gone made took taken met held said told gave
    given came became began begun won lost left led saw seen got gotten brought
    bought sold sent spent built fell fallen rose risen grew grown knew known
    thought found kept struck hit set put cut quit shut spoke spoken wrote written
    chose chosen drew drawn ran paid laid fought caught taught sought stood
    understood withdrew withdrawn overtook undertook forecast broke broken flew
    flown threw thrown shot hung let meant felt heard slid sank swore sworn woke
    arose forgave froze rang oversaw unveiled dealt lent read created quoted cited
    invited united shown showed sewn hidden hid driven drove ridden eaten ate beaten
    forgotten forgot proven shaken stolen stole born fled bled fed sped slept swept
    wept lit bent sat spun stuck swung wound dug hurt spread bet bid rebuilt upheld
    withheld overthrew died lied tied dyed mistook foresaw underwent outgrew"""
# Irregular simple pasts that are no participles: "Anger grew after…" is
# never a reduced relative clause. The tagger reads them as past cues too.
PAST_ONLY = """was were did went took gave came became began saw knew grew rose fell drew
    wrote spoke chose broke flew threw drove rode ate stole forgot shook swore woke arose
    forgave froze rang sank withdrew overtook undertook oversaw hid ran"""
# Past participles of verbs that take an object: right before a preposition
# they are passive ("the woman accused of killing…", "three killed in a
# crash"), never the active past ("accuses of" is no English), and a main
# verb may follow them ("A man accused of arson |appeared in court").
OBJECT_PARTICIPLES = """accused charged suspected convicted acquitted sentenced arrested
    detained indicted jailed imprisoned fined killed injured wounded hurt shot stabbed
    kidnapped abducted named elected appointed nominated rescued evacuated hospitalized
    hospitalised identified blamed stranded trapped displaced ousted banned barred deported
    extradited expelled summoned"""
# Words in -ed that are no verbs' past, though lemminflect knows them as verbs too
# (those it knows only as adjectives are no pasts anyway).
NOT_VERBS = """need feed seed speed bed shed based united limited interested concerned
    related armed detailed advanced supposed alleged so-called skilled aged wicked learned
    ragged"""

# --- names (actors.py, places.py) -------------------------------------------

FUNCTION_WORDS = """the a an on in at for to of from by with after before but and or
    however meanwhile according following prior since when while thus accordingly therefore
    this that these those many some among instead exactly if it we they he she his her
    their our its you i there then also as so yet still such both all each every other
    another most no not what which who whom whose where why how here now today yesterday
    tomorrow last next earlier later previously during despite although though because
    unlike like under over asked said says mr mrs ms dr one two three four five six seven
    eight nine ten fortunately unfortunately starting neither either none nobody"""
# What a minister or commissioner is "for" or "of", between the title and the
# name: "Commissioner for Crisis Management Hadja Lahbib".
ROLE_FIELDS = """affairs foreign home internal interior crisis management defence defense state
    health energy trade finance finances economy economic justice education environment
    climate security commerce agriculture transport transportation labour labor culture
    employment industry development cooperation humanitarian aid equality digital
    infrastructure housing science research innovation enlargement neighbourhood
    migration budget tourism sport sports fisheries maritime internal market competition
    communications information public works social welfare services treasury european
    international relations national regional local and the"""
# Nouns that make the name before them a thing, not a person or an
# organisation: "the SAFE programme", "the Lamone river".
THING_NOUNS = """programme program scheme instrument initiative project mechanism fund
    facility regulation directive act bill treaty plan loan loans package strategy
    system model aircraft jet plane ship vessel freighter missile tank vehicle car phone
    storm hurricane typhoon cyclone"""
# Organisations whose names are a letter and figures: "the G7" (a road is "the A14").
GROUP_CODES = "g7 g8 g20 g77"
# Job titles: "Defense Minister Wladyslaw Kosiniak-Kamysh" is the person after them.
ROLES = """president vice prime minister ministers secretary general deputy chancellor chief
    executive ceo cfo coo cto head senator sen rep representative king queen prince princess
    pope director chairman chairwoman chair spokesman spokeswoman spokesperson mayor governor
    gov ambassador commissioner commander gen col lt adm capt sgt cpl det insp supt judge
    justice attorney leader founder co-founder officer premier mr mrs ms dr prof professor
    staff councilman councilwoman councillor lieutenant sergeant captain corporal detective
    inspector superintendent sheriff constable undersheriff prosecutor clerk coach miss
    analyst economist"""
# Last words of an organisation's name, never a person's: "Kraft Foods",
# "AirTran Airways", "Gordon Advisors".
ORGANISATION_ENDS = """foods airlines airways motors group holdings systems industries
    partners associates advisors advisers communications technologies networks services
    inc corp corporation co company ltd llc plc ag sa gmbh bank fund trust foundation
    institute university college hospital agency council ministry department party
    police army navy times post news press radio television tv club team"""
REGION_WORDS = """north south east west northern southern eastern western central centre center
    greater upper lower new old inner outer"""
# Words that head a name going on with "of": "Bank of England".
INSTITUTIONS = """ministry department bank university institute council house court board
    office commission church republic kingdom union federation association organization
    organisation college school museum academy agency authority chamber league party
    government state states people's city county province region duke duchess earl
    prince princess king queen emperor archbishop bishop"""
CALENDAR = """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday"""
# Endings of adjectives of nationality: "Polish", "Italian".
ADJECTIVAL_PATTERN = r"(?:an|ian|ish|ese|ic|i)$"
# Adjectives of nationality with other endings: "French police", "Greek unions".
NATIONALITIES = "french dutch swiss greek thai czech basque scots"
# Lower-case words inside a name: "Ministry of Defense", "Bank for International Settlements".
NAME_JOINERS = "of of[ ]the for de del da van von van[ ]der bin al"
# Particles inside a place name: "Rio de Janeiro", "Frankfurt am Main".
PLACE_PARTICLES = "es de la le el al du da di del des am an der"
# Nouns that make a name beside them a river, a road or a valley, not the
# town of that name: "the Reno river", "the river Lamone", "the A14 motorway".
FEATURE_NOUNS = """river rivers valley motorway highway freeway road bridge creek canal dam
    stream tributary lake street avenue ave boulevard blvd"""
# Country names people write that the gazetteer (which has no alternates
# for countries) does not know.
COUNTRY_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States",
    "united states of america": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "england": "United Kingdom", "russian federation": "Russia",
    "uae": "United Arab Emirates", "czech republic": "Czechia", "holland": "Netherlands",
    "the netherlands": "Netherlands", "netherlands": "Netherlands", "south korea": "South Korea",
    "north korea": "North Korea",
}
# Capitalised words that are far more often something else than the town
# that bears them; matched only as part of a longer name.
AMBIGUOUS_PLACES = """of march may mobile reading nice split bath union independence liberty
    orange victoria florence eugene charlotte jackson lincoln marion mercedes alexandria
    university college commerce enterprise opportunity progress concord hope providence
    trinity madison aurora apple mission columbia paradise gary surprise normal pleasant
    center centre grand little bay city river lake port george sale ede lens gap bar best
    deal most van man sur police
    coast delta gulf lakes pool rivers unity capital est nord norte ouest sud sul isla isabel
    mary nelson male para meta mon mono pest saba tabor uri lot"""

# --- what kind of statement (cues.py) ---------------------------------------

# Each cue is a pattern over the lower-cased text and the words that must be
# there for it to be tried.
FUTURE_PATTERN = r"""\b(?:will|shall|won't
    | (?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|going|planned|poised)\s+to
    | (?:is|are)\s+(?:scheduled|set|due|slated|planned)\s+for
    | (?:expects?|plans?|intends?|aims?|hopes?|prepares?|promises?|vows?|pledges?)\s+to
    | (?:next|upcoming|coming)\s+(?:week|month|year|round|meeting|summit)
    | would\s+be\s+held
    )\b"""
FUTURE_TRIGGERS = """will shall won't expected scheduled set due slated going planned poised
    expects expect plans plan intends intend aims aim hopes hope prepares prepare promises
    promise vows vow pledges pledge next upcoming coming would"""
# "The president is to visit…", "we'll see": cheaper as substrings.
FUTURE_SUBSTRINGS = (" is to ", " are to ", "'ll ")
OPINION_PATTERN = r"""\b(?:believes?|believed|thinks?|opinion|should|must|ought|could|might
    | may\s+be|it\s+seems|seems?\s+to|apparently|probably|perhaps|likely|supposedly
    | according\s+to\s+(?:him|her|them|the\s+expert|experts)
    | insists?|argues?|argued|in\s+(?:his|her|their|our)\s+view
    | (?:is|are)\s+no\s+secret|it\s+is\s+(?:clear|obvious|meaningless|important)
    | understand|recognise|recognize|assumes?|assumed|supposes?|doubts?
    | describe[sd]?\b[^.]{0,80}?\bas
    | insisted | (?<!an\s)(?<!the\s)estimate[sd]?\s+(?:that\s+)?(?:the|it|its|their|his|her)
    | call(?:s|ed)\s+(?:\w+\s+){1,2}?(?:the\s+|an?\s+)?["“]
    )\b"""
OPINION_TRIGGERS = """believes believe believed thinks think opinion should must ought could
    might may seems seem apparently probably perhaps likely supposedly according insists
    insist argues argue argued view secret clear obvious meaningless important understand
    recognise recognize assume assumes assumed suppose supposes doubt doubts describe
    described describes insisted estimated estimates calls called"""
STATISTIC_PATTERN = r"""(?:\d\s*%|\bper\s?cent\b|\bpercent\b|\b(?:million|billion|trillion)\b
    | \bout\s+of\s+every\b
    | \b(?:increased|decreased|grew|fell|rose|dropped|declined)\s+(?:by|to)\b
    | \bthe\s+(?:highest|lowest)\b|\brate\b)"""
STATISTIC_TRIGGERS = """% per cent percent million billion trillion every increased decreased grew
    fell rose dropped declined highest lowest rate"""
# A sum of money is what was paid, stolen or lost, no statistic: "$4.8 billion",
# "£1.2m", "2 million euros".
MONEY_PATTERN = r"""(?:[$£€¥]|\b(?:us|a|c|hk)\$)\s?\d[\d.,]*\s?(?:million|billion|trillion|bn|m)?\b
    | \b\d[\d.,]*\s?(?:million|billion|trillion)\s+(?:dollars|euros|pounds|yen|yuan|francs
    |rupees|roubles|rubles|kroner|kronor|zloty|pesos|reais|rand)\b"""
# "has repeatedly said", "increasingly talking": a habit, not an event.
HABITUAL = """repeatedly increasingly always often constantly regularly usually traditionally
    frequently routinely"""
# Adverbs between a copula and what follows it: "was also present".
COPULA_ADVERBS = """also still not already now first just recently later once then worst
    hardest badly"""
# "did not say", "has never met": what did not happen is no event.
NEGATION = "not never"
NEGATED_AUXILIARIES = "did does do has have had was were is are will would could can"
COPULAS = "was were is are"
# Verbs that describe how things stand, not something that happened: "He
# lived in Queens", "The firm owns three plants".
STATIVE_VERBS = """live lives lived own owns owned belong belongs belonged resemble resembles
    resembled contain contains contained consist consists consisted weigh weighs weighed
    know knows knew cost costs"""
FUTURE_AUXILIARIES = "will shall won't would"
PAST_AUXILIARIES = "was were had did didn't wasn't weren't"
PRESENT_AUXILIARIES = "is are am does do isn't aren't doesn't"
PERFECT_AUXILIARIES = "has have hasn't haven't"
PERFECT_ADVERBS = "not never also already now just"
# A past made with "to be" (French, Italian: "è stato eletto", "est arrivé",
# "si è dimesso"); English makes none: "is closed" is a state.
PASSIVE_LINKS = ""
BE_PERFECT = ""
REFLEXIVE_PRONOUNS = ""
# Clause openers that make a sentence hypothetical.
HYPOTHETICAL = ("if ", "unless ", "should ", "were it ")
# A statement of what generally is: "There are three lines of…".
GENERIC_PATTERN = (
    r"^\s*(?:there\s+(?:is|are|was|were|appears?|appeared|seems?|seemed|remains?|remained)"
    r"|it\s+is|this\s+is|these\s+are|many|some|most)\b"
)
# The tag HanTa's English model gives a verb's present in -s: "The store
# sells music" describes how things are (a "features" or "uses" the word
# lists cannot tell from a plural noun is read by the tagger).
PRESENT_TAG = "VVZ"
# A sentence that announces what follows ("Here is how the crisis unfolded",
# "The following timeline shows…") introduces a chronology: it is no event.
INTRODUCTION_PATTERN = r"""^\W*(?:here\s+(?:is|are|'s|’s)|below\s+(?:is|are)|the\s+following\b
    |following\s+(?:is|are)\b|what\s+follows\b)"""
# Subjects that negate the clause: "Neither firm commented", "None of them…".
NEGATING_SUBJECTS = "neither none nobody no"
# A main verb of what can be done makes a specification, not an event: "75
# hours of video can be stored".
ABILITY = "can cannot can't"
# A clause about "this" or "it" says nothing on its own.
BARE_PRONOUN_PATTERN = r"^(?:this|that|it|these|those|we|i|you)\b"
# Endings of a future in one word (none in English: "will" is an auxiliary).
FUTURE_ENDINGS = ""
# '…the bridge," the mayor said': a quote closed before its speaker.
QUOTE_SPEAKER_PATTERN = r"""[,.!?]\s*["”']\s*,?\s+(?:\S+\s+){0,4}?(?:{ATTRIBUTION_VERBS})\b"""
# The lower-case words the cues read.
WORD_PATTERN = r"[a-z0-9']+|%"
# Words only a speaker uses: a sentence with them is a quote.
FIRST_PERSON = "i we my our me us i'm we're i've we've"
# "had a permit", "has no plans": possession is a state.
POSSESSION_VERBS = "has have had"
POSSESSED_OPENERS = "a an no the some any two three several many much"
CUE_SUBORDINATORS = "that which who whom whose when if because whether while"
# Tag → word starts that suggest it.
TAGS: dict[str, tuple[str, ...]] = {
    "diplomacy": ("talks", "negotiat", "summit", "diplomat", "meeting", "envoy", "treaty",
                  "peace"),
    "defence": ("defence", "defense", "military", "troops", "army", "weapon", "missile",
                "drone", "nato"),
    "sanctions": ("sanction", "embargo", "restrictions"),
    "economy": ("economy", "economic", "budget", "spending", "price", "market", "shares",
                "revenue", "profit", "billion", "trade", "tariff", "inflation"),
    "politics": ("election", "vote", "parliament", "government", "minister", "president",
                 "party", "law"),
    "law": ("court", "lawsuit", "sued", "judge", "ruling", "trial", "verdict", "legal"),
    "technology": ("iphone", "ipod", "computer", "software", "mac", "device", "laptop",
                   "internet", "online", "itunes", "app", "technolog"),
    "business": ("company", "compan", "ceo", "executive", "launch", "unveil", "release",
                 "product", "sales", "acquisition", "merger"),
    "conflict": ("war", "attack", "strike", "conflict", "killed", "offensive", "ceasefire"),
}
# fmt: on

# --- dates (anchor.py) ------------------------------------------------------

# Words before a date that make it a point of comparison, not the clause's
# date: "up from 2005", "higher than in 2004".
COMPARISON_PATTERN = (
    r"\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|on|at))?"
    # "up from 2019", "down 40% from 2007", "rose 3.5 percent from 2019"
    r"|(?:(?:up|down)(?:\s+[\d.,]+\s*(?:%|percent|per\s+cent|points?))?"
    r"|(?:rose|fell|grew|dropped|climbed|declined|increased|decreased|rising|falling)"
    r"\s+[\d.,]+\s*(?:%|percent|per\s+cent|points?))\s+from"
    r"|versus|vs\.?)\s+(?:the\s+)?(?:late\s+|early\s+|mid-?)?$"
)
# "since" after one of these compares ("its first loss since 1992", "the
# worst floods since 1966"); otherwise it dates a state's start ("has been
# held since 2004").
SUPERLATIVES = """first only biggest largest highest lowest worst best strongest weakest
    deadliest fastest slowest smallest greatest most least longest shortest heaviest
    sharpest steepest hottest coldest wettest driest busiest record"""
# The weekdays, Monday first: "would be ready on Thursday", said on a Monday,
# is the Thursday after that Monday.
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
# What passes between a source and the newsroom happens as the story is
# written: "they told our correspondent", "did not return a call seeking
# comment", "declined to comment", "could not be reached".
PRESS_CONTACT_PATTERN = r"""\btold\s+(?:our|this)\s+(?:correspondent|reporter)s?\b
    |\breturn(?:ed)?\s+(?:a\s+|our\s+)?(?:phone\s+)?calls?\b
    |\bdeclined\s+to\s+comment\b
    |\b(?:could|can)\s*not\s+be\s+reached\b
    |\brequests?\s+(?:for\s+comment|for\s+an?\s+interview|to\s+interview)\b
    |\bseeking\s+(?:further\s+)?comment\b"""
# A sentence on the day in focus, though it names none.
SAME_DAY_PATTERN = (
    r"\b(?:earlier|later)\s+(?:in\s+the\s+day|that\s+(?:day|morning|afternoon|evening|night))\b"
)

# --- anchoring (anchor.py) --------------------------------------------------

# "the uprising, then a month old, …": a look-back that dates by arithmetic
# from when the thing named began.
AGE_THEN_PATTERN = r"""\b(?P<what>[a-z][\w-]+),?\s+then\s+(?P<count>\w+)\s+
    (?P<unit>day|week|month|year)s?\s+old\b"""
AGE_COUNTS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
