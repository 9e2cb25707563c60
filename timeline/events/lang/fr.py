"""French: the words the event extractor reads (the format is described in
``en.py``; a list left out is read from English's). French reports with
"que" ("a annoncé qu'"), puts the reporting verb before its subject at the
end ("…, a déclaré le ministre"), and elides ("l'été", "d'ici"): an elided
article goes out of a headline with its date."""

# fmt: off

NAME = "fr"

# --- read from every language ------------------------------------------------

DATE_WORDS = """à avant après jusqu'à le la les l' en de du des d' depuis dès au aux pendant
    durant pour vers
    dernier dernière prochain prochaine ce cet cette"""
# What joins two dates of one clause and leaves a headline with them:
# "lundi et à nouveau vendredi".
DATE_PAIR_JOINER_PATTERN = r"(?:,\s*)?(?:et|ou)(?:\s+(?:encore|à\s+nouveau))?"
DANGLING = """à au aux de du des d' le la les l' un une et ou mais que qu' qui dont en par
    pour sur sous avec sans entre vers chez ce cet cette ces son sa ses leur leurs se ne
    très plus"""
FUNCTION_WORDS = """le la les l un une des du de en à au aux par pour sur avec sans selon
    depuis pendant entre mais et ou ainsi alors aussi aujourd hier demain ce cet cette ces
    son sa ses leur leurs lors dans après avant puis ensuite enfin il elle ils elles on"""
ROLES = """président présidente ministre secrétaire porte-parole directeur directrice chef
    cheffe chancelier chancelière roi reine maire gouverneur ambassadeur ambassadrice
    commissaire juge procureur procureure député députée sénateur sénatrice dirigeant
    dirigeante vice-président vice-présidente"""

# --- the sentence annotation (sentence.py) -----------------------------------

# Once a date opens the clause its subject may follow the verb: the headline
# puts it first again.
WORD_ORDER = "verb-subject"

# French headlines keep their articles ("a" is a verb, "le" no English "the").
DROPPED_WORDS = ""
JOINERS = "que qu' et mais alors quand comme car"
OPENERS = r"""selon cependant toutefois pourtant par\s+ailleurs en\s+outre de\s+plus
    entre-temps après avant pendant depuis désormais aujourd'hui hier alors aussi enfin
    finalement en\s+revanche de\s+son\s+côté d'autre\s+part ainsi en\s+effet à au dans
    pour avec"""
TIME_UNITS = "heures heure jours jour semaines semaine mois ans an années année"
TIME_SHIFTS = "plus\\s+tard plus\\s+tôt après avant"
ATTRIBUTION_VERBS = """déclaré indiqué affirmé expliqué annoncé précisé ajouté souligné
    assuré estimé rappelé dit déclare indique affirme explique annonce précise ajoute
    souligne assure estime rappelle"""
REPORTING = ATTRIBUTION_VERBS + " reconnu confirmé averti révélé admis"
REPORTING_THAT_VERBS = REPORTING
REPORTED_VERBS = REPORTING
REPORT_TIME_OPENERS = "le ce cette hier aujourd'hui"
ATTRIBUTION_PATTERN = r"""[,;]["”»']?\s*(?:(?:a|ont)\s+)?(?:{ATTRIBUTION_VERBS})\b
    (?!\s+(?:que|qu['’]))(?:\s+[\w.'’-]+){0,6}[.!?"”»]*$"""
INNER_ATTRIBUTION_PATTERN = r",\s+(?:a\s+|ont\s+)?(?:{ATTRIBUTION_VERBS})\s+[^,]{1,60},(?=\s)"
ACCORDING_PATTERN = r",?\s*(?:selon|d'après|d’après)\s+[^,]+(?:,|$)"
REPORTING_THAT_PATTERN = r"""\b(?:{REPORTING_THAT_VERBS})\s+
    (?:(?:{REPORT_TIME_OPENERS})\b[\w.' ]{0,25}?\s+)?(?:que\s+|qu['’])"""
REPORTED_PATTERN = r"""^(?P<who>(?:[\w.'’-]+\s+){1,6}?)(?:a\s+|ont\s+)?(?:{REPORTED_VERBS})\s+
    (?:que\s+|qu['’])(?P<what>.+)"""
TOLD_PATTERN = r"(?!)"
TOLD_AS = "a dit"
TRAILING_OPENERS = "qui dont où alors tandis parce puisque car notamment selon"
TRAILING_CLAUSE_PATTERN = r"""(?:,|\s[—–])\s+(?:{TRAILING_OPENERS})\b.*$|;.*$|:\s.*$"""
ASIDE_OPENERS = "le la les l' un une qui dont où notamment"
RELATIVE_PRONOUNS = "qui que dont lequel laquelle"
RELATIVE_ASIDE_PATTERN = r",\s+(?:qui|dont|où|lequel|laquelle)\s(?P<body>[^,]*),(?=\s)"
RELATIVE_CLAUSE_PATTERN = r"""(?P<comma>,?)\s(?P<pronoun>qui)\s+
    (?P<body>(?:a\s+été|avait\s+été|fut)\s[^,;]*)"""
COMMA_RELATIVE = "que"
REDUCED_RELATIVE_PATTERN = r"(?!)"
PARTICIPLE_ASIDE_PATTERN = r"(?!)"
CLAUSE_BREAK_PATTERN = r"(?:,\s+et|,\s+mais|;|,\s+tandis\s+que|,\s+alors\s+que|\s+et)\s+(\w+)"
BARE_JOINER = "et"
VERB_STARTS = "a ont avait avaient est sont était étaient sera seront"
COORDINATORS = "et ou"
CLAUSE_COORDINATORS = "et mais"
SUBJECT_PRONOUNS = "il elle ils elles on"
# No pronoun is resolved: "il" and "elle" stand for things by their gender
# ("le fonds … il", "la Commission … elle") and "il" opens impersonal
# clauses ("Il y a"), which no analyser tells here.
PERSON_PRONOUNS = ""
GROUP_PRONOUNS = ""
THING_PRONOUNS = ""
MALE_PRONOUNS = ""
FEMALE_PRONOUNS = ""
SUBJECT_OPENERS = "le la les ces ses les deux"
NOUN_LINK = "de"
ARTICLES = "le la les l' un une des"
DETERMINERS = "le la les un une son sa ses leur leurs ce cet cette ces"
PREPOSITIONS = "de à en avec pour par sur sous entre contre sans vers chez dans"
SUBORDINATORS = "que qu' qui quand si parce lorsque dont"
CUE_SUBORDINATORS = "que qu' qui quand si parce lorsque dont tandis"
SUBORDINATE_CONJUNCTIONS = "après\\s+que avant\\s+que quand lorsque parce\\s+que tandis\\s+que"
CLAUSE_BREAKS = "tandis quand lorsque parce alors"
LEADING_CONJUNCTIONS = "mais et cependant"
INFINITIVE = ""
VERB_LINKS = "de à être été"
AUXILIARIES = "a ont avait avaient est sont était étaient sera seront fut furent"
MODALS = "peut peuvent pourrait pourraient doit doivent devrait devraient"
FUTURE_AUXILIARIES = """sera seront aura auront fera feront pourra pourront devra devront
    ira iront va vont"""
PAST_AUXILIARIES = "avait avaient était étaient fut furent eut"
PRESENT_AUXILIARIES = "est sont"
PERFECT_AUXILIARIES = "a ont"
PERFECT_ADVERBS = "déjà aussi également pas"
# "ont été tués": a passive past; "est arrivé", "sont entrés": the verbs
# whose past is made with "être"; "s'est rendu": a reflexive's past.
PASSIVE_LINKS = "été"
_BE_VERBS = """arrivé parti entré sorti venu revenu devenu intervenu parvenu survenu mort
    né tombé resté retourné rentré monté descendu allé décédé apparu réapparu"""
BE_PERFECT = " ".join(f"{word}{end}" for word in _BE_VERBS.split() for end in ("", "e", "s", "es"))
REFLEXIVE_PRONOUNS = "se s'"
PERFECT_PATTERN = r"^\S+(?:\s+\S+){0,6}?\s+(?:a|ont)\s+(?:\w+ment\s+)?\w+(?:é|i|u|is|it)\b"
PAST_ENDINGS = "é ée és ées èrent"
NOT_VERBS = """été côté société comité liberté sécurité santé unité majorité autorité
    université réalité qualité quantité activité communauté identité capacité priorité
    volonté député année journée armée entrée durée idée musée lycée"""
# Irregular past forms and participles: forms only, since no lemma is read.
IRREGULAR_PAST = """fait dit pris mis eu fut furent vu mort morts venu ouvert rejeté
    tenu rendu rendue rendus rendues obtenu obtenue reçu reçue battu battus abattu abattus
    perdu perdue vendu vendue descendu descendue suspendu suspendue défendu entendu
    attendu tendu répondu apparu disparu disparue disparus paru"""
NEGATION = "pas jamais plus"
NEGATIVE_PARTICLES = "pas"
NEGATED = ""
NEGATED_ENDINGS = ""
NEGATING_ADVERBS = "jamais"
NEGATED_AUXILIARIES = "n'a n'ont n'avait n'est ne"
COPULAS = "est sont était étaient fut"
COPULA_ADVERBS = "aussi encore déjà désormais"
COPULA_PLANS = "prévu prévue prévus prévues"
ADVERB_ENDINGS = "ment"
PROGRESSIVE_ENDINGS = "ant"
POSSESSIVE_ENDINGS = ""
MID_ADVERBS = "déjà aussi également récemment"
TARGET_DATE_WORDS = "pour d'ici au"
DATE_KEEPERS = "depuis jusqu'au jusqu'à"
SCHEDULE_VERBS = "prévu prévue prévus prévues programmé programmée fixé fixée"
TIME_NOUNS = "trimestre année mois semaine jour période saison semestre"
INDEFINITE = "ceux celles tous toutes personne quelqu'un"
NAMING_PARTICIPLES = "appelé appelée nommé nommée baptisé baptisée"
ADJECTIVE_OPENERS = "autres plusieurs nombreux nombreuses certains certaines tous toutes"
PARTICIPLE_PREPOSITIONS = "après avant pendant depuis"
POSSESSION_VERBS = "a ont avait avaient"
POSSESSED_OPENERS = "un une des aucun aucune"
HABITUAL = "régulièrement toujours constamment souvent habituellement"
PRESENT_VERBS = "annonce prévoit"
# Words only a speaker uses: a sentence with them is a quote (none that is also a
# piece of a word cut at an accent: "systè|mes").
FIRST_PERSON = "je j' moi nous notre"
# A future in one word: its endings.
FUTURE_ENDINGS = "ra ront"
# A clause about "this" or "I" says nothing on its own.
BARE_PRONOUN_PATTERN = r"^(?:cela|ceci|ça|je|nous)\b"
# fmt: on
