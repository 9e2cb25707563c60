"""Italian: the words the event extractor reads (the format is described in
``en.py``; a list left out is read from English's). Italian reports with
"che", puts the reporting verb before its subject at the end ("…, ha detto
il ministro"), names a past day with "lo scorso", and elides ("nell'ottobre",
"l'anno scorso"): an elided article goes out of a headline with its date."""

# fmt: off

NAME = "it"

# --- read from every language ------------------------------------------------

DATE_WORDS = """a ad prima dopo fino il lo la l' nel nello nella nell' al allo alla all' dal
    dallo dalla dall'
    del dello della dell' di da durante entro scorso scorsa prossimo prossima questo
    questa quest'"""
# What joins two dates of one clause and leaves a headline with them:
# "lunedì e di nuovo venerdì".
DATE_PAIR_JOINER_PATTERN = r"(?:,\s*)?(?:e|o)(?:\s+(?:ancora|di\s+nuovo))?"
DANGLING = """a al allo alla ai agli alle di del dello della dei degli delle da dal dalla
    dai in nel nella nei con su sul per tra fra e o ma che il lo la gli le un uno una suo
    sua suoi loro si non molto più l' dell' nell' all' dall'"""
FUNCTION_WORDS = """il lo la i gli le un uno una in nel nella a al alla di del della da dal
    per con su tra fra secondo ma e o così ora oggi ieri domani questo questa questi queste
    quel quella suo sua loro dopo prima poi inoltre anche intanto mentre"""
ROLES = """presidente ministro ministra segretario segretaria portavoce direttore direttrice
    capo cancelliere re regina sindaco sindaca governatore ambasciatore ambasciatrice
    commissario commissaria giudice procuratore deputato deputata senatore senatrice leader
    vicepresidente premier"""

# --- the sentence annotation (sentence.py) -----------------------------------

# Once a date opens the clause its subject may follow the verb: the headline
# puts it first again.
WORD_ORDER = "verb-subject"

# Italian headlines keep their articles ("I ministri" is no English "I").
DROPPED_WORDS = ""
JOINERS = "che e ma mentre quando come perché"
OPENERS = r"""secondo tuttavia inoltre intanto nel\s+frattempo dopo prima durante da ora oggi
    ieri poi anche infine in\s+seguito invece peraltro così per\s+parte\s+sua in nel nella
    a al con per"""
TIME_UNITS = "ore ora giorni giorno settimane settimana mesi mese anni anno"
TIME_SHIFTS = "dopo prima più\\s+tardi"
ATTRIBUTION_VERBS = """detto dichiarato affermato spiegato annunciato aggiunto sottolineato
    precisato assicurato riferito ricordato dice dichiara afferma spiega annuncia aggiunge
    sottolinea"""
REPORTING = ATTRIBUTION_VERBS + " confermato ammesso rivelato avvertito stimato"
REPORTING_THAT_VERBS = REPORTING
REPORTED_VERBS = REPORTING
REPORT_TIME_OPENERS = "il lo questo questa ieri oggi"
ATTRIBUTION_PATTERN = r"""[,;]["”»']?\s*(?:(?:ha|hanno)\s+)?(?:{ATTRIBUTION_VERBS})\b
    (?!\s+che\b)(?:\s+[\w.'’-]+){0,6}[.!?"”»]*$"""
INNER_ATTRIBUTION_PATTERN = r",\s+(?:ha\s+|hanno\s+)?(?:{ATTRIBUTION_VERBS})\s+[^,]{1,60},(?=\s)"
ACCORDING_PATTERN = r",?\s*(?:secondo|stando\s+a)\s+[^,]+(?:,|$)"
REPORTING_THAT_PATTERN = r"""\b(?:{REPORTING_THAT_VERBS})\s+
    (?:(?:{REPORT_TIME_OPENERS})\b[\w.' ]{0,25}?\s+)?che\s+"""
REPORTED_PATTERN = r"""^(?P<who>(?:[\w.'’-]+\s+){1,6}?)(?:ha\s+|hanno\s+)?(?:{REPORTED_VERBS})\s+
    che\s+(?P<what>.+)"""
TOLD_PATTERN = r"(?!)"
TOLD_AS = "ha detto"
TRAILING_OPENERS = "che cui dove mentre perché poiché secondo tra\\s+cui"
TRAILING_CLAUSE_PATTERN = r"""(?:,|\s[—–])\s+(?:{TRAILING_OPENERS})\b.*$|;.*$|:\s.*$"""
ASIDE_OPENERS = "il lo la i gli le un una che cui dove"
RELATIVE_PRONOUNS = "che cui quale quali"
RELATIVE_ASIDE_PATTERN = r",\s+(?:che|cui|dove|il\s+quale|la\s+quale)\s(?P<body>[^,]*),(?=\s)"
RELATIVE_CLAUSE_PATTERN = r"""(?P<comma>,?)\s(?P<pronoun>che)\s+
    (?P<body>(?:è\s+stat[oa]|era\s+stat[oa]|fu)\s[^,;]*)"""
COMMA_RELATIVE = "che"
REDUCED_RELATIVE_PATTERN = r"(?!)"
PARTICIPLE_ASIDE_PATTERN = r"(?!)"
CLAUSE_BREAK_PATTERN = r"(?:,\s+e|,\s+ma|;|,\s+mentre|\s+e)\s+(\w+)"
BARE_JOINER = "e"
VERB_STARTS = "ha hanno aveva avevano è sono era erano sarà saranno"
COORDINATORS = "e o"
CLAUSE_COORDINATORS = "e ma"
SUBJECT_PRONOUNS = "lui lei loro"
# Whom a pronoun that opens a clause stands for (referents.py), which a
# named subject replaces in the headline.
PRONOUNS = "lui lei loro"
PERSON_PRONOUNS = "lui lei"
GROUP_PRONOUNS = "loro"
THING_PRONOUNS = ""
MALE_PRONOUNS = "lui"
FEMALE_PRONOUNS = "lei"
SUBJECT_OPENERS = "il lo la i gli le questi queste entrambi"
NOUN_LINK = "di"
ARTICLES = "il lo la i gli le un uno una"
DETERMINERS = "il lo la i gli le un uno una suo sua suoi sue loro questo questa questi"
PREPOSITIONS = "di a da in con su per tra fra contro senza verso presso"
SUBORDINATORS = "che cui quando se perché dove"
CUE_SUBORDINATORS = "che cui quando se perché dove mentre"
SUBORDINATE_CONJUNCTIONS = "dopo\\s+che prima\\s+che quando perché mentre"
CLAUSE_BREAKS = "mentre quando perché sebbene"
LEADING_CONJUNCTIONS = "ma e tuttavia"
INFINITIVE = ""
VERB_LINKS = "di a essere stato stata"
AUXILIARIES = "ha hanno aveva avevano è sono era erano sarà saranno fu furono"
MODALS = "può possono potrebbe potrebbero deve devono dovrebbe dovrebbero"
FUTURE_AUXILIARIES = """sarà saranno avrà avranno farà faranno potrà potranno dovrà dovranno
    andrà andranno"""
PAST_AUXILIARIES = "aveva avevano era erano fu furono"
PRESENT_AUXILIARIES = "è sono"
PERFECT_AUXILIARIES = "ha hanno"
PERFECT_ADVERBS = "già anche non"
# "è stato eletto": a passive past; "è fuggito", "sono scoppiate": the verbs
# whose past is made with "essere"; "si è dimesso": a reflexive's past.
PASSIVE_LINKS = "stato stata stati state"
_BE_VERBS = """arrivato partito entrato uscito tornato ritornato rientrato venuto giunto
    fuggito morto nato caduto crollato scoppiato esploso rimasto diventato divenuto
    andato accaduto avvenuto successo salito sceso iniziato cominciato finito
    terminato aumentato diminuito cresciuto calato scomparso sparito"""
BE_PERFECT = " ".join(word[:-1] + end for word in _BE_VERBS.split() for end in "oaie")
REFLEXIVE_PRONOUNS = "si"
PERFECT_PATTERN = r"^\S+(?:\s+\S+){0,6}?\s+(?:ha|hanno)\s+(?:\w+mente\s+)?\w+(?:ato|uto|ito)\b"
PAST_ENDINGS = "ato ata ati ate uto uta uti ute ito ita iti ite arono irono erono"
NOT_VERBS = """stato stati senato mercato mercati soldato soldati risultato risultati
    sindacato sindacati deputato deputati candidato candidati avvocato avvocati delegato
    delegati trattato trattati passato fiato lato lati partito partiti sito siti vita
    uscita salita crescita dito marito minuto minuti istituto istituti tributo"""
# Irregular past forms and participles: forms only, since no lemma is read.
IRREGULAR_PAST = """fu furono fatto detto preso messo visto morto morta morti morte aperto scritto
    deciso chiuso ucciso respinto respinta dimesso dimessa dimessi dimesse arreso arresa
    arresi arrese uccisa uccisi uccise esploso esplosa esplosi esplose rimasto rimasta
    rimasti rimaste giunto giunta giunti giunte sceso scesa scesi scese scomparso scomparsa
    eletto eletta eletti elette"""
NEGATION = "non mai"
NEGATIVE_PARTICLES = "non"
NEGATED = ""
NEGATED_ENDINGS = ""
NEGATING_ADVERBS = "mai"
NEGATED_AUXILIARIES = "non"
COPULAS = "è sono era erano fu"
COPULA_ADVERBS = "anche ancora già ora"
COPULA_PLANS = "previsto prevista previsti previste"
ADVERB_ENDINGS = "mente"
PROGRESSIVE_ENDINGS = "ando endo"
POSSESSIVE_ENDINGS = ""
MID_ADVERBS = "già anche recentemente"
TARGET_DATE_WORDS = "per entro al"
DATE_KEEPERS = "da dal dalla fino"
SCHEDULE_VERBS = "previsto prevista previsti previste programmato programmata fissato fissata"
TIME_NOUNS = "trimestre anno mese settimana giorno periodo stagione semestre"
INDEFINITE = "chi tutti tutte nessuno qualcuno"
NAMING_PARTICIPLES = "chiamato chiamata denominato denominata"
ADJECTIVE_OPENERS = "altri altre molti molte diversi diverse alcuni alcune tutti tutte"
PARTICIPLE_PREPOSITIONS = "dopo prima durante da"
POSSESSION_VERBS = "ha hanno aveva avevano"
POSSESSED_OPENERS = "un uno una nessun nessuna"
HABITUAL = "ripetutamente sempre costantemente spesso abitualmente"
PRESENT_VERBS = "annuncia prevede"
# Words only a speaker uses: a sentence with them is a quote (none that is also a
# piece of a word cut at an accent: "systè|mes").
FIRST_PERSON = "io noi nostro nostra nostri nostre"
# A future in one word: its endings.
FUTURE_ENDINGS = "rà ranno rò"
# A clause about "this" or "I" says nothing on its own.
BARE_PRONOUN_PATTERN = r"^(?:questo|ciò|io|noi)\b"
# fmt: on
