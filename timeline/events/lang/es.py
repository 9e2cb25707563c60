"""Spanish: the words the event extractor reads (the format is described in
``en.py``; a list left out is read from English's). Spanish puts the
reporting verb before its subject ("…, dijo el ministro"), reports with
"que", and names a past day with "el pasado" and a coming one with "el
próximo", which go out of a headline with the date."""

# fmt: off

NAME = "es"

# --- read from every language ------------------------------------------------

# Articles and prepositions that go with a date out of a headline: "el pasado viernes".
DATE_WORDS = """a antes después hasta el la los las en de del desde al durante para hacia
    pasado próximo este esta"""
# What joins two dates of one clause and leaves a headline with them:
# "el lunes y de nuevo el viernes".
DATE_PAIR_JOINER_PATTERN = r"(?:,\s*)?(?:y|o)(?:\s+(?:de\s+nuevo|otra\s+vez))?"
# Words a headline never ends on.
DANGLING = """a al ante bajo con contra de del desde durante en entre hacia hasta para por
    según sin sobre tras y e o u ni pero que el la los las un una unos unas su sus este esta
    estos estas ese esa lo se le les muy más como cuando donde cuyo cuya ya"""
# Capitalised at a sentence's start, yet no name.
FUNCTION_WORDS = """el la los las un una unos unas en de del por para con sin sobre tras
    según desde hasta durante entre ante pero además también así ahora hoy ayer este esta
    estos estas ese esa aquel aquella su sus mientras cuando donde como después antes luego
    entonces hace"""
# Job titles: not part of the name after them.
ROLES = """presidente presidenta ministro ministra secretario secretaria portavoz director
    directora jefe jefa canciller rey reina alcalde alcaldesa gobernador gobernadora
    embajador embajadora comisario comisaria juez jueza diputado diputada senador
    senadora líder vicepresidente vicepresidenta"""

# --- the sentence annotation (sentence.py) -----------------------------------

# Once a date opens the clause its subject may follow the verb: the headline
# puts it first again.
WORD_ORDER = "verb-subject"

# Spanish headlines keep their articles: "a" and "el" are no English "a", "the".
DROPPED_WORDS = ""
JOINERS = "que y pero mientras cuando como porque"
# Words that open a framing adverbial set off by a comma: "Según el ministro, …".
OPENERS = r"""según sin\s+embargo además asimismo mientras\s+tanto tras después antes durante
    desde ahora hoy ayer entonces también finalmente por\s+último en\s+cambio no\s+obstante
    por\s+su\s+parte por\s+otra\s+parte de\s+hecho así en en\s+el en\s+la con para"""
TIME_UNITS = "horas hora días día semanas semana meses mes años año"
TIME_SHIFTS = "antes después más\\s+tarde"
ATTRIBUTION_VERBS = """dijo dijeron afirmó afirmaron declaró declararon señaló señalaron
    indicó indicaron explicó explicaron aseguró aseguraron añadió agregó informó informaron
    anunció anunciaron subrayó destacó advirtió precisó recordó reconoció confirmó"""
REPORTING = ATTRIBUTION_VERBS + " estimó insistió reveló admitió"
REPORTING_THAT_VERBS = REPORTING + " dice dicen afirma asegura anuncia"
REPORTED_VERBS = REPORTING_THAT_VERBS
REPORT_TIME_OPENERS = "el este ayer hoy esta la"
# "…, dijo el ministro." at the end: the verb comes before its subject.
ATTRIBUTION_PATTERN = r"""[,;]["”»']?\s*(?:{ATTRIBUTION_VERBS})\b
    (?:\s+[\w.'’-]+){0,6}[.!?"”»]*$"""
INNER_ATTRIBUTION_PATTERN = r",\s+(?:{ATTRIBUTION_VERBS})\s+[^,]{1,60},(?=\s)"
ACCORDING_PATTERN = r",?\s*(?:según|de\s+acuerdo\s+con)\s+[^,]+(?:,|$)"
REPORTING_THAT_PATTERN = r"""\b(?:{REPORTING_THAT_VERBS})\s+
    (?:(?:{REPORT_TIME_OPENERS})\b[\w. ]{0,25}?\s+)?que\s+"""
REPORTED_PATTERN = r"""^(?P<who>(?:[\w.'’-]+\s+){1,6}?)(?:{REPORTED_VERBS})\s+que\s+(?P<what>.+)"""
TOLD_PATTERN = r"(?!)"
TOLD_AS = "dijo"
TRAILING_OPENERS = """que quien quienes donde mientras porque aunque así según tras
    incluido incluida"""
TRAILING_CLAUSE_PATTERN = r"""(?:,|\s[—–])\s+(?:{TRAILING_OPENERS})\b.*$|;.*$|:\s.*$"""
ASIDE_OPENERS = "el la los las un una que quien quienes cuyo cuya donde incluido incluida"
RELATIVE_PRONOUNS = "que quien quienes cual cuales"
RELATIVE_ASIDE_PATTERN = (
    r",\s+(?:que|quien|quienes|donde|el\s+cual|la\s+cual)\s(?P<body>[^,]*),(?=\s)"
)
RELATIVE_CLAUSE_PATTERN = r"""(?P<comma>,?)\s(?P<pronoun>que)\s+
    (?P<body>(?:fue|fueron|ha\s+sido|había\s+sido)\s[^,;]*)"""
COMMA_RELATIVE = "que"
REDUCED_RELATIVE_PATTERN = r"(?!)"
PARTICIPLE_ASIDE_PATTERN = r"(?!)"
CLAUSE_BREAK_PATTERN = r"(?:,\s+y|,\s+pero|;|,\s+mientras|,\s+aunque|\s+y)\s+(\w+)"
BARE_JOINER = "y"
VERB_STARTS = "ha han había habían fue fueron será serán es son era eran está están"
COORDINATORS = "y e o u"
CLAUSE_COORDINATORS = "y pero"
SUBJECT_PRONOUNS = "él ella ellos ellas"
# Whom a pronoun that opens a clause stands for (referents.py), which a
# named subject replaces in the headline.
PRONOUNS = "él ella ellos ellas"
PERSON_PRONOUNS = "él ella"
GROUP_PRONOUNS = "ellos ellas"
THING_PRONOUNS = ""
MALE_PRONOUNS = "él"
FEMALE_PRONOUNS = "ella"
SUBJECT_OPENERS = "el la los las estos estas ambos ambas"
NOUN_LINK = "de"
ARTICLES = "el la los las un una unos unas"
DETERMINERS = "el la los las un una su sus este esta estos estas"
PREPOSITIONS = "de en a con por para desde hasta entre sobre tras ante contra sin"
SUBORDINATORS = "que quien cuando si porque aunque donde"
CUE_SUBORDINATORS = "que quien cuando si porque aunque donde mientras"
SUBORDINATE_CONJUNCTIONS = "después\\s+de\\s+que antes\\s+de\\s+que cuando porque aunque mientras"
CLAUSE_BREAKS = "mientras cuando porque aunque tras"
LEADING_CONJUNCTIONS = "pero y sin\\s+embargo"
INFINITIVE = ""
VERB_LINKS = "a de que ser sido siendo"
AUXILIARIES = "ha han había habían hubo fue fueron es son era eran será serán está están"
MODALS = "puede pueden podría podrían debe deben debería deberían"
FUTURE_AUXILIARIES = """será serán habrá habrán tendrá tendrán hará harán podrá podrán
    deberá deberán irá irán estará estarán va van"""
PAST_AUXILIARIES = "fue fueron había habían hubo era eran estaba estaban"
PRESENT_AUXILIARIES = "es son está están"
PERFECT_AUXILIARIES = "ha han"
PERFECT_ADVERBS = "no ya también"
PERFECT_PATTERN = r"^\S+(?:\s+\S+){0,6}?\s+(?:ha|han)\s+(?:\w+mente\s+)?\w+(?:ado|ido)\b"
# Past tenses and participles: "acordaron", "anunció", "aprobado".
PAST_ENDINGS = "ó aron ieron ado ados ada adas ido idos ida idas"
NOT_VERBS = """estado estados mercado mercados pasado lado lados senado grado soldado
    soldados resultado resultados cuidado partido partidos sentido abogado abogados
    delegado delegados diputado diputados ejército privado sindicato sindicatos tratado
    tratados apartado comunicado comunicados invitado invitados ciudadano vida salida
    medida medidas partida llegada ida comida unidad unidos unidas"""
# Irregular past forms and participles: forms only, since no lemma is read.
IRREGULAR_PAST = """fue fueron hizo hicieron dijo dijeron tuvo tuvieron puso vino hubo
    dicho hecho puesto visto escrito abierto muerto vuelto roto murió murieron"""
NEGATION = "no nunca"
NEGATIVE_PARTICLES = "no"
NEGATED = ""
NEGATED_ENDINGS = ""
NEGATING_ADVERBS = "nunca jamás"
NEGATED_AUXILIARIES = "no"
COPULAS = "es son fue fueron era eran está están estaba estaban"
COPULA_ADVERBS = "también todavía ya ahora"
COPULA_PLANS = "previsto prevista previstos previstas"
ADVERB_ENDINGS = "mente"
PROGRESSIVE_ENDINGS = "ando iendo"
POSSESSIVE_ENDINGS = ""
MID_ADVERBS = "ya también recientemente"
TARGET_DATE_WORDS = "para al"
DATE_KEEPERS = "desde hasta"
SCHEDULE_VERBS = "previsto prevista previstos previstas programado programada fijado fijada"
TIME_NOUNS = "trimestre año mes semana día periodo temporada semestre"
INDEFINITE = "quienes todos todas nadie alguien"
NAMING_PARTICIPLES = "llamado llamada denominado denominada"
ADJECTIVE_OPENERS = "otros otras muchos muchas varios varias algunos algunas todos todas"
PARTICIPLE_PREPOSITIONS = "tras antes durante desde hasta"
POSSESSION_VERBS = "tiene tienen tenía tenían"
POSSESSED_OPENERS = "un una unos unas ningún ninguna"
HABITUAL = "repetidamente siempre constantemente habitualmente frecuentemente"
PRESENT_VERBS = "dice espera prevé planea"
# Words only a speaker uses: a sentence with them is a quote (none that is also a
# piece of a word cut at an accent: "systè|mes").
FIRST_PERSON = "yo nosotros nosotras nuestro nuestra nuestros nuestras"
# A future in one word: its endings.
FUTURE_ENDINGS = "rá rán ré"
# A clause about "this" or "I" says nothing on its own.
BARE_PRONOUN_PATTERN = r"^(?:esto|eso|ello|yo|nosotros|nosotras)\b"
# fmt: on
