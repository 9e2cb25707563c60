"""German: the words the event extractor reads (the format is described in
``en.py``; a list left out is read from English's). German puts the verb
second and its participle last ("haben sich am Freitag … geeinigt"), reports
with "dass" or without it, and attributes at the end with the verb first
("…, sagte der Minister")."""

# fmt: off

NAME = "de"

# --- read from every language ------------------------------------------------

# Not the articles ("Der am Montag ausgerufene Katastrophenfall" keeps its "Der");
# "an" and "in" are English's already. The particles that stand with a date
# go with it: "Bereits im Januar hatte die GDL…" → "Die GDL hatte…".
DATE_WORDS = """am im vom von seit bis zum zur ab um vor nach diesem dieser diesen letzten
    vergangenen kommenden nächsten bereits schon erst noch"""
# What joins two dates of one clause and leaves a headline with them:
# "am Montag und erneut am Freitag".
DATE_PAIR_JOINER_PATTERN = r"(?:,\s*)?(?:und|oder)(?:\s+(?:erneut|wieder))?"
# Not the particles a separable verb leaves at the end ("rief … aus", "trafen … ein").
DANGLING = """der das den dem des eine einen einem einer eines und oder aber dass im am
    von vom zum zur für über unter seit bis durch gegen um sich nicht sehr sein seine ihr
    ihre"""
FUNCTION_WORDS = """der die das den dem des ein eine einen einem einer im am in an auf aus
    bei mit nach von vom zu zum zur für über unter vor seit bis durch gegen um und oder
    aber doch auch noch schon heute gestern morgen dieser diese dieses laut nachdem als wie
    wenn er sie es wir man"""
ROLES = """präsident präsidentin minister ministerin kanzler kanzlerin sprecher sprecherin
    direktor direktorin chef chefin könig königin bürgermeister bürgermeisterin gouverneur
    botschafter botschafterin kommissar kommissarin richter richterin staatsanwalt
    abgeordneter abgeordnete senator senatorin vorsitzender vorsitzende
    verteidigungsminister verteidigungsministerin außenminister außenministerin"""

# --- the sentence annotation (sentence.py) -----------------------------------

# German headlines keep their articles ("die" is no English verb here).
DROPPED_WORDS = ""
# The finite verb comes second: with an opening date gone, the subject goes first.
WORD_ORDER = "verb-second"
# Every noun is capitalised: a tagger tells names ("Tusk", "Nato") from
# common nouns ("Freitag", "Fonds") for actors (nouns.py).
NOUN_TAGGER = "hanta"
JOINERS = "dass und aber während als wie weil"
OPENERS = r"""laut nach\s+angaben zudem außerdem allerdings jedoch inzwischen nach vor während
    seit heute gestern danach zuvor damals dabei auch schließlich hingegen dagegen
    unterdessen bereits"""
TIME_UNITS = "stunden stunde tage tagen tag wochen woche monate monaten monat jahre jahren jahr"
TIME_SHIFTS = "später früher danach zuvor"
ATTRIBUTION_VERBS = """sagte sagten erklärte erklärten betonte betonten teilte teilten
    kündigte berichtete berichteten hieß sagt erklärt betont"""
REPORTING = ATTRIBUTION_VERBS + " bestätigte warnte räumte"
REPORTING_THAT_VERBS = REPORTING
REPORTED_VERBS = REPORTING
REPORT_TIME_OPENERS = "am heute gestern"
# "…, sagte der Minister." at the end: the verb before its subject.
ATTRIBUTION_PATTERN = r"""[,;]["”»“']?\s*(?:{ATTRIBUTION_VERBS})\b(?!\s+[^,]*\bdass\b)
    (?:\s+[\w.'’-]+){0,6}[.!?"”»“]*$"""
INNER_ATTRIBUTION_PATTERN = r",\s+(?:{ATTRIBUTION_VERBS})\s+[^,]{1,60},(?=\s)"
# Only at the end: at the start "Laut X soll …" has no comma to stop at.
ACCORDING_PATTERN = r",\s*(?:laut|nach\s+Angaben|zufolge)\s+[^,]+$"
REPORTING_THAT_PATTERN = r"""\b(?:{REPORTING_THAT_VERBS})\s+
    (?:(?:{REPORT_TIME_OPENERS})\b[\w. ]{0,25}?\s+)?(?:,\s*)?dass\s+"""
REPORTED_PATTERN = r"""^(?P<who>(?:[\w.'’-]+\s+){1,6}?)(?:{REPORTED_VERBS})\s*,?\s+dass\s+
    (?P<what>.+)"""
TOLD_PATTERN = r"(?!)"
TOLD_AS = "sagte"
TRAILING_OPENERS = "der die das wo während weil obwohl sondern darunter"
TRAILING_CLAUSE_PATTERN = r"""(?:,|\s[—–])\s+(?:{TRAILING_OPENERS})\b.*$|;.*$|:\s.*$"""
ASIDE_OPENERS = "der die das den dem ein eine wo darunter"
RELATIVE_PRONOUNS = "der die das welche welcher"
RELATIVE_ASIDE_PATTERN = r"(?!)"
RELATIVE_CLAUSE_PATTERN = r"(?!)(?P<comma>)(?P<pronoun>)(?P<body>)"
COMMA_RELATIVE = "dass"
REDUCED_RELATIVE_PATTERN = r"(?!)"
PARTICIPLE_ASIDE_PATTERN = r"(?!)"
CLAUSE_BREAK_PATTERN = r"(?:,\s+und|,\s+aber|,\s+doch|;|,\s+während|\s+und|,\s+doch)\s+(\w+)"
BARE_JOINER = "und"
VERB_STARTS = "hat haben hatte hatten ist sind war waren wird werden wurde wurden"
COORDINATORS = "und oder"
CLAUSE_COORDINATORS = "und aber doch"
SUBJECT_PRONOUNS = "er sie es wir"
# No pronoun is resolved: "er" and "sie" stand for things by their gender
# ("der Fonds … er"), and "sie" is "she" and "they".
PERSON_PRONOUNS = ""
GROUP_PRONOUNS = ""
THING_PRONOUNS = ""
MALE_PRONOUNS = ""
FEMALE_PRONOUNS = ""
SUBJECT_OPENERS = "der die das diese beide"
NOUN_LINK = "von"
ARTICLES = "der die das den dem des ein eine einen einem einer"
DETERMINERS = "der die das den dem des ein eine einen einem einer sein seine ihr ihre"
PREPOSITIONS = "von in an auf aus bei mit nach zu für über unter vor durch gegen um"
SUBORDINATORS = "dass der die das wenn weil ob als"
CUE_SUBORDINATORS = "dass wenn weil ob als nachdem während"
SUBORDINATE_CONJUNCTIONS = "nachdem bevor als weil während obwohl"
CLAUSE_BREAKS = "während weil obwohl nachdem"
LEADING_CONJUNCTIONS = "aber und doch jedoch"
INFINITIVE = "zu"
VERB_LINKS = "zu sein"
AUXILIARIES = "hat haben hatte hatten ist sind war waren wird werden wurde wurden"
MODALS = "kann können könnte könnten muss müssen sollte sollten"
FUTURE_AUXILIARIES = "wird werden soll sollen will wollen"
# "hat … geeinigt": the participle comes last, so "hat" says the past.
PAST_AUXILIARIES = "hat haben hatte hatten war waren wurde wurden"
PRESENT_AUXILIARIES = "ist sind"
PERFECT_AUXILIARIES = "hat haben"
PERFECT_ADVERBS = "sich bereits schon auch nicht"
PERFECT_PATTERN = r"^\S+(?:\s+\S+){0,8}?\s+(?:hat|haben)\s+.*\bge\w+(?:t|en)\b"
# Weak and strong pasts a clause's verb takes: "einigten", "begann".
PAST_ENDINGS = "te ten"
NOT_VERBS = """erste ersten letzte letzten nächste nächsten zweite zweiten dritte dritten
    beste besten meisten mitte heute leute rechte seite weite gute alte neue"""
# Irregular past forms and participles: forms only, since no lemma is read.
# The strong and mixed verbs of news, each past singular and plural (a
# separable prefix stands apart: "trat … zurück", "gab … bekannt"), then
# their participles.
IRREGULAR_PAST = """war waren wurde wurden begann begannen kam kamen gab gaben ging gingen
    fand fanden traf trafen nahm nahmen lehnte starb starben stieg stiegen fiel fielen
    entschied entschieden brach brachen schloss schlossen beschloss beschlossen hielt
    hielten erhielt erhielten sank sanken trat traten rief riefen lief liefen stand
    standen sprach sprachen verlor verloren gewann gewannen warf warfen floh flohen zog
    zogen wies wiesen wuchs wuchsen blieb blieben schrieb schrieben unterschrieb
    unterschrieben verließ verließen ließ ließen fuhr fuhren flog flogen schlug schlugen
    trug trugen bot boten verbot verboten sah sahen lag lagen griff griffen stieß
    stießen schoss schossen erschoss erschossen riss rissen bat baten erschien
    erschienen galt galten half halfen betrug betrugen vertrat vertraten sandte sandten
    nannte nannten brachte brachten dachte dachten hob hoben
    begonnen geeinigt vorgeschlagen geschlossen getroffen gefunden gekommen gegeben
    gegangen genommen gehalten gefallen gestiegen gesunken gebrochen getreten gerufen
    gelaufen gestanden gesprochen gestorben gewonnen geworfen geflohen gezogen gewiesen
    geblieben geschrieben gefahren geflogen geschlagen getragen geboten gesehen
    gegriffen geschossen gebeten geholfen"""
NEGATION = "nicht nie"
NEGATIVE_PARTICLES = "nicht"
NEGATED = ""
NEGATED_ENDINGS = ""
NEGATING_ADVERBS = "nie niemals"
NEGATED_AUXILIARIES = "hat haben hatte hatten ist sind war waren wird werden"
COPULAS = "ist sind war waren"
COPULA_ADVERBS = "auch noch bereits schon"
COPULA_PLANS = "geplant vorgesehen"
ADVERB_ENDINGS = "weise"
PROGRESSIVE_ENDINGS = "end"
POSSESSIVE_ENDINGS = ""
MID_ADVERBS = "bereits schon auch erst"
TARGET_DATE_WORDS = "für zum bis auf"
DATE_KEEPERS = "seit bis"
SCHEDULE_VERBS = "geplant vorgesehen angesetzt"
TIME_NOUNS = "quartal jahr monat woche tag zeitraum saison halbjahr"
INDEFINITE = "alle jeder niemand jemand"
NAMING_PARTICIPLES = "genannt namens"
ADJECTIVE_OPENERS = "andere viele mehrere einige alle"
PARTICIPLE_PREPOSITIONS = "nach vor während seit"
POSSESSION_VERBS = "hat haben hatte hatten"
POSSESSED_OPENERS = "ein eine einen kein keine"
HABITUAL = "wiederholt immer ständig oft regelmäßig"
PRESENT_VERBS = "plant erwartet"
# Words only a speaker uses: a sentence with them is a quote.
FIRST_PERSON = "ich wir mein meine meinen unser unsere uns mir mich"
# A future in one word: its endings.
FUTURE_ENDINGS = ""
# A clause about "this" or "I" says nothing on its own.
BARE_PRONOUN_PATTERN = r"^(?:dies|ich|wir)\b"
# fmt: on
