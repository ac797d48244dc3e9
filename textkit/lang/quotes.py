"""Language data for statements (who said what): quote marks, the cue words that attribute a
statement to its speaker, the pronouns that stand for a speaker, and the attribution rules as
records with examples. Used by `textkit_quotes`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Double quote marks, straight and curly, in either orientation (scraped text turns `“…”`
# into `”…”` or `“…“`), and the doubled ASCII forms of old typesetting.
QUOTE_MARKS = ('"', "“", "”", "„", "‟", "«", "»", "''", "``")
# Single marks: a quote inside a quote, or a statement of their own where no double mark is
# around them; only where they clearly open or close (never inside a word: `Jum'at`).
SINGLE_MARKS = ("'", "‘", "’")

# Cue words written right after a statement (`"…," kata X`, `…, ujarnya`) or before its
# speaker and a colon or comma (`Kata X: "…"`). Each also takes `-nya`, "he/she" (`katanya`,
# `ujarnya`). Lower case.
AFTER_CUES = frozenset(
    """
    kata ujar ucap tutur jelas ungkap tegas imbuh tambah sebut papar terang lanjut pungkas
    sambung tandas tukas timpal sahut seru tanya jawab balas tulis beber urai kilah tutup
    cetus celetuk bilang komentar sindir cerita canda pinta ajak harap klaim tuding akui
    kelakar gurau minta imbau pesan bantah
    """.split()
)

# Cue words that are a cue only with `-nya` (`akunya`): alone they are another word (`aku`,
# "I").
NYA_ONLY_CUES = frozenset(["aku"])

# Speech verbs that follow their speaker: `X mengatakan(,) (bahwa) …`, `X menambahkan, "…"`,
# `"…," X menjelaskan.` Lower case.
# Directives (`meminta`, `mengimbau`) report what was asked: the statement is their content
# clause. Verbs of thinking, judging, seeing and planning (`menilai`, `berharap`, `melihat`)
# are no speech.
SPEECH_VERBS = frozenset(
    """
    mengatakan menyatakan menjelaskan mengungkapkan menegaskan menambahkan menyebutkan
    menyebut memaparkan menerangkan menuturkan melanjutkan mengimbuhkan menandaskan
    menyampaikan membeberkan menguraikan menceritakan mengaku mengklaim mengelak menjawab
    berkata berujar bertutur bercerita menulis menuliskan mengingatkan menekankan
    mengemukakan mengutarakan menginformasikan mengumumkan
    mengakui membantah memastikan menjamin menuding bersabda bertanya
    meminta mengimbau berpesan menantang menyuruh mengusulkan menawarkan
    """.split()
)

# Verbs that report speech only with `bahwa` after them: `mengungkap bahwa …` says, but
# `mengungkap kasus` uncovers.
THAT_ONLY_VERBS = frozenset(["mengungkap"])

# Speech verbs that report a statement only in quote marks (`Ia bertanya, "…?"`); without
# them they report a question, no statement (`Ia bertanya apakah …`).
DIRECT_ONLY_VERBS = frozenset(["bertanya"])

# Directives among them: their statement is the request, which ends before a clause of reason
# or result that follows it (`REQUEST_ENDS`), or of time after a comma (`REQUEST_ENDS_COMMA`):
# `Bupati meminta warga tetap tenang karena banjir mulai surut` reports `warga tetap tenang`;
# `meminta polisi mengusut kasus saat demo` keeps `saat demo`, a part of the request.
DIRECTIVE_VERBS = frozenset(
    "meminta mengimbau berpesan menantang menyuruh mengusulkan menawarkan".split()
)
REQUEST_ENDS = frozenset("karena sebab sehingga padahal meskipun walaupun".split())
REQUEST_ENDS_COMMA = frozenset("saat ketika setelah usai seusai sebelum sejak".split())

# Speech verbs that also name things: with a quoted term in what follows they name, not report
# (`Warga menyebut tempat itu "kampung lama"`).
NAMING_VERBS = frozenset(["menyebut"])

# Passive cues that open a sentence, the speaker (the agent) after them: `Dikatakan X, …`,
# `Dijelaskannya, …`, `Diakui X, …`, `Ditambahkan oleh X bahwa …`.
PASSIVE_CUES = frozenset(
    """
    dikatakan dijelaskan ditambahkan diungkapkan ditegaskan disampaikan disebutkan dipaparkan
    diterangkan dituturkan diakui dituding dibeberkan
    """.split()
)

# Nouns of attribution: `Berdasarkan pengakuan X, …`, `Dari keterangan X, …`.
ATTRIBUTION_NOUNS = ("pengakuan", "keterangan")

# Words that may follow a directive before its content and are not part of it
# (`meminta agar warga tenang` → `warga tenang`).
PURPOSE_WORDS = ("agar", "supaya")

# First words of what follows a speech verb that make it the topic of the speech, not its
# content (`mengungkapkan kronologi …`, `menyampaikan terima kasih`, `mengungkapkan apa
# yang …`).
TOPIC_OBJECTS = frozenset(
    """
    kronologi kronologis alasan alasannya hal agenda pesan jawaban apa bagaimana mengapa
    kenapa siapa kapan rasa terima ucapan harapan rencana detail rincian informasi data
    sejumlah beberapa kesiapan keinginan kekecewaan keprihatinan duka belasungkawa selamat
    permintaan maaf pendapat pandangan sikap visi misi apakah
    """.split()
)

# Nouns of a text (an article of law, a report, data): a text that `menyebutkan` or
# `menjelaskan` something is no speaker, and reports no statement (`Pasal 12 menyebutkan …`,
# `Data dinas itu menunjukkan bahwa …`).
TEXT_NOUNS = frozenset(
    """
    pasal ayat hadis hadits undang-undang perda perpres permen pergub perwal perbup aturan
    peraturan regulasi data laporan dokumen survei riset penelitian studi kitab
    putusan tabel grafik hasil
    """.split()
)

# Speech verbs that are actions with a purpose clause after them (`memastikan agar tidak ada
# sisa api`: they make sure, they say nothing).
ENSURE_VERBS = frozenset(["memastikan", "menjamin"])

# First words of what follows a speech verb that make it no content: a coordinating
# conjunction (`mengakui lalu berjuang`) or a demonstrative alone (`membantah ini, tetapi …`).
NO_CONTENT_OPENERS = frozenset("lalu dan tetapi tapi namun atau serta kemudian".split())

# Words that join two speakers of one statement (`Trump dan Pompeo mengatakan …`): it is the
# first one's.
SPEAKER_JOINERS = frozenset(["dan", "serta", "&"])


# `Menurut X, …`: the speaker follows this word and the statement follows a comma.
ACCORDING_TO = ("menurut",)

# Words that join a speech verb to the statement it reports (`mengatakan bahwa …`, `jika`
# and `kalau` used as "that"; after other words only `bahwa`, or `jika` and `kalau` after
# the one spoken to, as they are also "if": `mengatakan pada Senin bahwa …`, `mengaku kepada
# wartawan jika …`, but `mengaku tak berani kalau …`).
COMPLEMENTIZERS = ("bahwa", "jika", "kalau")

# Pronouns that stand for a person already named (`kata dia`, `ia mengatakan`), and the
# suffix that does on a cue (`ujarnya`, `menurutnya`).
PRONOUNS = frozenset(["ia", "dia", "beliau", "dirinya", "pihaknya"])
PRONOUN_SUFFIX = "nya"
# Pronouns of a group, which an NER may take for a name (`Mereka meminta …`): never a person.
GROUP_PRONOUNS = frozenset(["mereka", "kami", "kita", "kalian"])

# Words that end a description standing for a person named before (`Politikus PPP ini
# mengatakan`).
DEMONSTRATIVES = frozenset(["ini", "itu", "tersebut"])
# Nouns that describe one person, so that `Politikus PPP ini` is a person and `kelompok ini`
# is not (titles of `lang.identity.TITLE_WORDS` count too).
PERSON_NOUNS = frozenset(
    """
    politikus politisi pengamat ekonom pakar analis pria wanita perempuan lelaki laki-laki
    aktor aktris penyanyi pelatih pemain mantan legislator senator anggota pengacara dokter
    artis presenter pembalap atlet petinju pesepakbola ulama tokoh pejabat kader putra putri
    istri suami ayah ibunda warga pelaku tersangka korban saksi perwira jenderal
    """.split()
)

# Nouns of a relation to another person: `Kekasih Rina Anggraeni tersebut mengatakan` is not
# Rina Anggraeni but the one spoken of before (with a demonstrative), or someone unnamed; with
# a comma the name is the relative (`ayah korban, Dodi, mengatakan`). Not `ibu`, `putra`,
# `putri`: also an honorific and given names.
RELATION_NOUNS = frozenset(
    """
    kekasih pacar tunangan suami istri ayah ibunda ayahanda anak adik kakak mertua menantu
    cucu keponakan paman bibi sahabat teman rekan
    """.split()
)

# A person the NER named once in full and then by one word: the word is a short form of the
# one longer name of the document that holds it as a whole word (`Uu` of `Uu Ruzhanul Ulum`),
# or as the beginning of a word, from `SHORT_FORM_LETTERS` letters (the nicknames cut from a
# name: `Rully` of `Muhammad Rullyandi`, `Sandi` of `Sandiaga`); with two such names in the
# document, neither.
SHORT_FORM_LETTERS = 4
# Capitalized words a full name written beside its short form may add (`Peony` → `Peony
# Tang`, `Astuty` → `Esthy Reko Astuty`, `Mervin` → `Mervin S Komber`).
FULL_NAME_EXTRA_WORDS = 3

# Words that stand where a speaker's name would and name no one: adverbs after a passive cue
# (`Diakui juga bahwa …`). A cue with only these after it, or nothing (a scraped `," papar ,.`
# lost its name), stands for the person spoken of before, as `ujarnya` does.
SPEAKERLESS_WORDS = frozenset("juga pun pula lagi sekaligus kembali".split())

# Small words a title may write in lower case or as capitals (`Jalan ke Barat`, `Journey To
# The West`): a quoted text without a cue whose other words are all capitalized is a title
# (of a film, a book, a song, a programme), not a statement.
TITLE_SMALL_WORDS = frozenset(
    "di ke dari dan yang untuk of the to and in on a an at for with".split()
)

# A name right after one noun that ends in `-an` (an abstract noun: `Penampilan Rina tampak
# berbeda`, `Kedatangan Dodi`) belongs to that noun, it is no subject; nor after a relation
# noun (`Rekan Dodi`). Not after a title or a noun of a person (`Pelatih Dodi`).
POSSESSED_SUFFIX = "an"

# Words that open a description of someone the text does not name (`seorang petugas Dinas
# Perhubungan`): the organization in it is theirs, not the speaker.
ANONYMOUS = frozenset("seorang salah sejumlah beberapa para petugas pegawai staf".split())

# A pronoun stands for a person named as a subject: among the first `SUBJECT_WORDS` words of
# a sentence and not right after one of `PREPOSITIONS` (`kepada Presiden X` is no subject).
SUBJECT_WORDS = 6
PREPOSITIONS = frozenset(
    "kepada dengan oleh dari untuk bersama terhadap tentang soal atas bagi pada".split()
)
# Words that open a subordinate clause: a name after one is no subject of the sentence (`…
# agar Benny berperan`).
SUBORDINATORS = frozenset(
    """
    agar supaya bahwa karena sebab jika kalau apabila ketika saat sehingga meski meskipun
    walaupun sebelum setelah sejak hingga sampai seperti bila
    """.split()
)

# Words after a noun that give its name (`teman Rina bernama Dodi`): a name right before them
# is no subject of theirs, as it is before an active verb (`Rina berkata`).
NAMING_WORDS = frozenset("bernama berinisial bergelar berjuluk".split())

# Words that open a sentence before its subject; never part of a role (`Kemudian Arsul`).
OPENERS = frozenset(
    """
    kemudian sementara itu selain namun tetapi tapi lalu sedangkan adapun bahkan terpisah
    sebelumnya kini tak lupa secara senada di tempat yang sama menurut lebih lanjut
    """.split()
)

# Words right before a speech verb that make it no report of a statement (`data yang
# menyatakan`, `untuk menyampaikan`, `akan menjelaskan`).
NOT_BEFORE_VERB = frozenset(
    """
    yang untuk demi akan ingin mau hendak harus bisa dapat belum tidak tak enggan sempat tanpa
    bukan jangan
    """.split()
)

# Words after which a speaker's window ends (`kata X kepada wartawan`, `ujar X di Jakarta`,
# `kata X saat dihubungi`): what follows is where and when, not who.
WINDOW_ENDS = frozenset(
    """
    kepada pada di dalam saat ketika usai seusai sebelum setelah melalui lewat dengan
    sambil seraya kala via dikutip ditemui dihubungi dilansir seperti sebagaimana
    """.split()
)

# Words of a crowd that a list of quoted comments introduced by a colon is from (`Simak
# komentar netizen berikut: "…" "…"`): each comment is a statement of no known speaker.
CROWD_WORDS = frozenset("netizen netizens warganet netter nitizen".split())

# Least words of a quoted text that is a statement without a cue (shorter ones are terms,
# titles and slogans: `istilah "new normal"`).
MIN_CUELESS_WORDS = 4

# Paragraphs back that a statement without a cue may continue the previous speaker's.
CONTINUE_PARAGRAPHS = 2


# --- conventions of the fourth gold (round 4b) ----------------------------------------------

# Speech verbs: a retort, an accusation, and directives whose object is kept in the statement
# (`mendesak pemerintah melakukan X` → `pemerintah melakukan X`).
SPEECH_VERBS_4B = frozenset("menimpali menuduh".split())
DIRECTIVE_VERBS_4B = frozenset("mendesak memerintahkan menganjurkan mengajak".split())
SPEECH_VERBS = SPEECH_VERBS | SPEECH_VERBS_4B | DIRECTIVE_VERBS_4B
DIRECTIVE_VERBS = DIRECTIVE_VERBS | DIRECTIVE_VERBS_4B
# `melaporkan bahwa …` reports; `melaporkan X ke polisi` files a report (`THAT_ONLY_VERBS`).
THAT_ONLY_VERBS = THAT_ONLY_VERBS | frozenset(["melaporkan"])
# Directives that report an appeal only with a purpose word in their first words (`mengajak
# warga untuk ikut`); without one they report taking someone along (`mengajak Riko pergi`).
PURPOSE_DIRECTIVES = frozenset(["mengajak"])
PURPOSE_MARKERS = frozenset("untuk agar supaya".split())
PURPOSE_WITHIN = 4

# Words of intention before a speech verb: what is meant, not yet said (`berniat mengajak …`);
# and `selain`, "besides": a speech verb after it names what was also done (`Selain meminta
# empat hal itu, Formasi juga …`).
NOT_BEFORE_VERB = NOT_BEFORE_VERB | frozenset("berniat berencana bermaksud selain".split())

# Topics after a speech verb, no content: nouns of news (`mengumumkan kabar bahagia`,
# `mengumumkan kelahiran anaknya`), and a preposition of the topic with no comma after it
# (`menyampaikan soal sanksi`; but `menegaskan soal impor, hal itu …` says what follows).
TOPIC_OBJECTS = TOPIC_OBJECTS | frozenset("kabar berita kelahiran".split())
TOPIC_PREPOSITIONS = frozenset("soal tentang mengenai perihal terkait".split())

# Ordinals that open the items of a list (`Pertama, mendesak pemerintah …`): openers, never a
# speaker's name.
OPENERS = OPENERS | frozenset("pertama kedua ketiga keempat kelima terakhir".split())

# Auxiliaries of the past right after the speaker's name or pronoun and before a speech verb:
# a statement was made (`Budi sempat mengumumkan bahwa …`); not after other words (`tidak
# sempat menjelaskan`).
PAST_AUXILIARIES = frozenset(["sempat"])

# Verbs that pass on a message (`menitipkan pesan kepada siswa agar rajin belajar`): the
# statement is the request after its purpose word (`rajin belajar`).
MESSAGE_VERBS = frozenset("menitipkan menyampaikan memberikan".split())
MESSAGE_NOUNS = ("pesan", "imbauan", "nasihat", "amanat")
# Nouns after `memberikan` that pass on what follows a comma or a colon (`memberikan contoh,
# …`): the cue is the verb.
GIVING_VERBS = frozenset(["memberikan"])
GIVING_NOUNS = ("contoh", "gambaran", "penjelasan")
# Words that join the organizations of a collective speaker (`Maskapai A, B, dan C
# melaporkan …`): several named organizations speaking together are no one speaker.
COLLECTIVE_JOINERS = frozenset([",", "dan", "serta", ", dan", ", serta"])

# Connectors a cue may follow at the start of a sentence (`Sehingga kata dia, …`).
CUE_CONNECTORS = ("sehingga", "jadi", "maka", "namun", "tetapi", "tapi", "bahkan", "lalu")

# Passive cues that report a statement with no agent inside a sentence: `Tahun ini disebutkan
# ada 50 tim` → `ada 50 tim`, speaker unknown. Not where an agent, a place or a time follows
# the cue (`dikatakan polisi`, `dikatakan dalam rapat`).
AGENTLESS_CUES = frozenset(["disebutkan", "dikatakan"])
# (Nor after a text: `Dalam pasal 12 disebutkan setiap pedagang …` quotes a law, `TEXT_NOUNS`.)

# Nouns of attribution: `Dari penuturan X, …` like `Berdasarkan pengakuan X, …`; and the
# ones written before `dari` and the source: `Informasi dari X, …`.
ATTRIBUTION_NOUNS = (*ATTRIBUTION_NOUNS, "penuturan")
SOURCE_NOUNS = ("informasi",)

# Pronouns that stand for an institution (`pihaknya`): they may take an organization's
# statement before them, unlike a person's (`ia`, `-nya`).
ORG_PRONOUNS = frozenset(["pihaknya"])

# `pihak <kind>` speaking (`Pihak sekolah mengatakan …`): the organization of that kind the
# article names, known by the first words of its name (`SD Negeri Cempaka`, `RSUD Kota X`).
INSTITUTION_KINDS = {
    "sekolah": tuple("SD SDN SMP SMPN SMA SMAN SMK SMKN MI MTs MA MAN Sekolah".split()),
    "rumah sakit": ("RS", "RSU", "RSUD", "RSUP", "Rumah Sakit"),
    "kampus": ("Universitas", "Institut", "Politeknik", "UIN", "IAIN", "Sekolah Tinggi"),
    "universitas": ("Universitas",),
    "kepolisian": ("Polres", "Polresta", "Polrestabes", "Polda", "Polsek", "Polri"),
    "perusahaan": ("PT",),
}

# Capitalized openers after a comma: a sentence end that scraping lost (`…itu, Menurutnya,
# cara …`, `…(15/8),,Selain itu …`); the sentences are split there.
LOST_END_OPENERS = frozenset(
    "Menurut Menurutnya Selain Sementara Kemudian Namun Sedangkan Adapun Bahkan Selanjutnya"
    " Sebelumnya Pasalnya".split()
)
# Least letters of a word that a period and a capitalized word after it end a sentence the
# splitter kept together (`… RSUD Saragih. Kakak korban …`); shorter capitalized words are
# abbreviations (`Kab.`, `Prov.`, `Tbk.`).
MISSED_END_LETTERS = 5

# Nouns of a kind of organization written before its name (`situs statistik X`, `lembaga
# survei X`): the name after them, ending the speaker's words, is an organization speaking;
# the words before it the role.
BODY_NOUNS = frozenset("situs laman portal lembaga organisasi komunitas yayasan".split())
# Lower-case words inside an organization's name written before its short form in brackets
# (`Kementerian Pemuda dan Olahraga (Kemenpora)`).
NAME_JOINERS = ("dan", "untuk", "dari")


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cue_forms() -> str:
    plain = _alternation(AFTER_CUES)
    nya_only = _alternation(NYA_ONLY_CUES)
    return rf"(?:(?:{plain})(?:{PRONOUN_SUFFIX})?|(?:{nya_only}){PRONOUN_SUFFIX})"


# Placeholders of the rule patterns.
PLACEHOLDERS = {
    "cue": _cue_forms(),
    "verb": f"(?:{_alternation(SPEECH_VERBS)})",
    "report": f"(?:{_alternation(SPEECH_VERBS - DIRECT_ONLY_VERBS)})",
    "that_verb": f"(?:{_alternation(THAT_ONLY_VERBS)})",
    "passive": f"(?:{_alternation(PASSIVE_CUES)})(?:{PRONOUN_SUFFIX})?",
    "according": f"(?:{_alternation(ACCORDING_TO)})(?:{PRONOUN_SUFFIX})?",
    "according_nya": f"(?:{_alternation(ACCORDING_TO)}){PRONOUN_SUFFIX}",
    "noun": f"(?:{_alternation(ATTRIBUTION_NOUNS)})",
    "that": f"(?:{_alternation(COMPLEMENTIZERS)})",
    "purpose": f"(?:{_alternation(PURPOSE_WORDS)})",
    "pronoun": f"(?:{_alternation(PRONOUNS)})",
    "source": f"(?:{_alternation(SOURCE_NOUNS)})",
    "agentless": f"(?:{_alternation(AGENTLESS_CUES)})",
    "connector": f"(?:{_alternation(CUE_CONNECTORS)})",
    "message_verb": f"(?:{_alternation(MESSAGE_VERBS)})",
    "message": f"(?:{_alternation(MESSAGE_NOUNS)})",
    "giving": f"(?:{_alternation(GIVING_NOUNS)})",
    "giver": f"(?:{_alternation(GIVING_VERBS)})",
    # Words after a passive cue that make what follows no statement: an agent (a person or
    # an anonymous one), a place or a time (`dikatakan polisi`, `dikatakan dalam rapat`).
    "not_content": f"(?:{_alternation(PREPOSITIONS | WINDOW_ENDS | PERSON_NOUNS | ANONYMOUS)})",
    # The end of a sentence, its final period (and a comma a scraper left) out of the statement.
    "end": r"[\s.,;]*$",
}


def _with_nya(words: object) -> frozenset[str]:
    return frozenset({*words, *(w + PRONOUN_SUFFIX for w in words)})


# The words each cue placeholder stands for (lower case).
PLACEHOLDER_WORDS = {
    "cue": _with_nya(AFTER_CUES) | {w + PRONOUN_SUFFIX for w in NYA_ONLY_CUES},
    "verb": SPEECH_VERBS,
    "report": SPEECH_VERBS - DIRECT_ONLY_VERBS,
    "that_verb": THAT_ONLY_VERBS,
    "passive": _with_nya(PASSIVE_CUES),
    "according": _with_nya(ACCORDING_TO),
    "according_nya": frozenset(w + PRONOUN_SUFFIX for w in ACCORDING_TO),
    "noun": frozenset(ATTRIBUTION_NOUNS),
    "source": frozenset(SOURCE_NOUNS),
    "agentless": AGENTLESS_CUES,
    "message_verb": MESSAGE_VERBS,
    "giver": GIVING_VERBS,
}


# Every cue word (lower case): sentences without one are not tried.
CUE_WORDS = frozenset().union(*PLACEHOLDER_WORDS.values())


@dataclass(frozen=True, slots=True)
class QuoteRule:
    """One way a statement is attributed. `where` says what `pattern` (a regular expression,
    case-insensitive, with `{cue}`, `{verb}`, `{according}`, `{that}` standing for the
    lexicon above) is matched against:

    - `after`: the text after a closing quote mark, to the end of its sentence;
    - `before`: the text from the start of the sentence to an opening quote mark;
    - `intro`: the sentence before a quote that has no cue of its own (`X juga mengatakan
      alasannya. "…"`);
    - `sentence`: a sentence without quote marks (an indirect statement); its statement is
      what follows the cue, to the end of the sentence without its final period.

    Groups: `cue`, `speaker` (the words that name the speaker) and, for `sentence` rules,
    `statement`. Examples: (text, statement, speaker's name or None, cue), the text
    invented; a pronoun's person is named in the example's first sentence.
    """

    name: str
    where: str
    pattern: str
    examples: tuple[tuple[str, str, str | None, str | None], ...]
    # Only on a whole sentence, not on the words after a quote (`," kata X di Y, Senin`).
    sentence_start: bool = False

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern)

    @property
    def cue_words(self) -> frozenset[str]:
        """The words (lower case) its cue can be: a text without one of them is not tried."""
        return _cue_words(self.pattern)


@functools.cache
def _cue_words(pattern: str) -> frozenset[str]:
    words: set[str] = set()
    for name in re.findall(r"\{(\w+)\}", pattern):
        words |= PLACEHOLDER_WORDS.get(name, frozenset())
    return frozenset(words)


@functools.cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.format(**PLACEHOLDERS), re.IGNORECASE | re.DOTALL)


QUOTE_RULES: tuple[QuoteRule, ...] = (
    QuoteRule(
        "cue after quote",
        "after",
        r"^\s*[,.!?]?\s*(?P<cue>{cue}|{passive})\b(?P<speaker>.*)$",
        (
            (
                '"Jalan itu akan kami perbaiki," kata Bupati Arif Wicaksono.',
                "Jalan itu akan kami perbaiki",
                "Arif Wicaksono",
                "kata",
            ),
            (
                'Rina Anggraeni tiba di pasar. "Stok beras aman sampai Lebaran!" ujarnya.',
                "Stok beras aman sampai Lebaran!",
                "Rina Anggraeni",
                "ujarnya",
            ),
        ),
    ),
    QuoteRule(
        "speaker and verb after quote",
        "after",
        r"^\s*[,.!?]?\s*(?P<speaker>[^,]{{1,80}}?)\s+(?P<cue>{verb})\b[^,]{{0,60}}$",
        (
            (
                '"Harga cabai turun pekan ini," Rina Anggraeni menambahkan.',
                "Harga cabai turun pekan ini",
                "Rina Anggraeni",
                "menambahkan",
            ),
        ),
    ),
    QuoteRule(
        "speaker and verb before quote",
        "before",
        r"^(?P<speaker>.{{0,160}}?)\s*,?\s*(?P<cue>{verb})\b"
        r"(?:[^.!?]{{0,40}}?[,:]|\s*(?:{that})?)\s*$",
        (
            (
                'Dodi Saputra, Kepala Dinas Pendidikan, mengatakan, "Sekolah dibuka Senin."',
                "Sekolah dibuka Senin.",
                "Dodi Saputra",
                "mengatakan",
            ),
            (
                'Dodi Saputra berkata kepada para guru, "Sekolah dibuka Senin."',
                "Sekolah dibuka Senin.",
                "Dodi Saputra",
                "berkata",
            ),
        ),
    ),
    QuoteRule(
        "cue and speaker before quote",
        "before",
        r"^\s*(?P<cue>{cue}|{according}|{passive})\b(?P<speaker>.{{0,120}}?)\s*[,:]\s*$",
        (
            (
                'Kata Dodi Saputra: "Sekolah dibuka Senin."',
                "Sekolah dibuka Senin.",
                "Dodi Saputra",
                "kata",
            ),
        ),
    ),
    QuoteRule(
        "introducing sentence",
        "intro",
        r"(?P<speaker>[^.!?]{{0,160}}?)\s(?P<cue>{verb})\b[^.!?\"“”]{{0,40}}[.:]\s*$",
        (
            (
                'Dodi Saputra juga mengatakan alasannya. "Guru-guru sudah siap mengajar lagi."',
                "Guru-guru sudah siap mengajar lagi.",
                "Dodi Saputra",
                "mengatakan",
            ),
        ),
    ),
    QuoteRule(
        "passive cue and that",
        "sentence",
        r"^(?P<cue>{passive})(?P<speaker>(?:\s+(?:oleh\s+)?[^,]{{1,80}}?)??)\s*,?\s*{that}\s+"
        r"(?P<statement>\w.*?){end}",
        (
            (
                "Ditambahkan oleh Rina Anggraeni bahwa stok beras cukup sampai Lebaran.",
                "stok beras cukup sampai Lebaran",
                "Rina Anggraeni",
                "ditambahkan",
            ),
            (
                "Rina Anggraeni meninjau gudang. Diakuinya bahwa stok beras menipis.",
                "stok beras menipis",
                "Rina Anggraeni",
                "diakuinya",
            ),
        ),
    ),
    QuoteRule(
        "passive cue",
        "sentence",
        r"^(?P<cue>{passive})\b(?P<speaker>[^,]{{0,80}}?),\s*(?P<statement>\w.*?){end}",
        (
            (
                "Dikatakan Dodi Saputra, sekolah dibuka Senin depan.",
                "sekolah dibuka Senin depan",
                "Dodi Saputra",
                "dikatakan",
            ),
            (
                "Diakui Dodi Saputra, sekolah itu kekurangan guru.",
                "sekolah itu kekurangan guru",
                "Dodi Saputra",
                "diakui",
            ),
        ),
    ),
    QuoteRule(
        "as said by",
        "sentence",
        r"^(?:seperti|sebagaimana)\s+(?:yang\s+)?(?P<cue>{passive})\s+(?:oleh\s+)?"
        r"(?P<speaker>[^,]{{1,80}}(?:,\s*[A-Z][^,]{{0,60}})?),\s*(?P<statement>\w.*?){end}",
        (
            (
                "Seperti yang disampaikan putra sulungnya, Dodi Saputra, ayahnya sudah lama sakit.",
                "ayahnya sudah lama sakit",
                "Dodi Saputra",
                "disampaikan",
            ),
        ),
    ),
    QuoteRule(
        "attribution noun",
        "sentence",
        r"\b(?:berdasarkan|dari)\s+(?P<cue>{noun})\b(?P<speaker>[^,]{{0,100}}?),"
        r"\s*(?P<statement>\w.*?){end}",
        (
            (
                "Berdasarkan pengakuan Joni Saputra, ia mencuri tiga kali.",
                "ia mencuri tiga kali",
                "Joni Saputra",
                "pengakuan",
            ),
        ),
    ),
    QuoteRule(
        "according to",
        "sentence",
        r"\b(?P<cue>{according})\b(?P<speaker>[^,]{{0,100}}?),\s*(?P<statement>\w.*?){end}",
        (
            (
                "Menurut Rina Anggraeni, harga cabai akan turun.",
                "harga cabai akan turun",
                "Rina Anggraeni",
                "menurut",
            ),
            (
                "Rina Anggraeni hadir. Menurutnya, harga cabai akan turun.",
                "harga cabai akan turun",
                "Rina Anggraeni",
                "menurutnya",
            ),
        ),
    ),
    QuoteRule(
        "according to a pronoun, no comma",
        "sentence",
        r"\b(?P<cue>{according})\s+(?P<speaker>{pronoun})\s+(?P<statement>\w.*?){end}",
        (
            (
                "Rina Anggraeni hadir. Langkah itu menurut dia perlu dikaji ulang.",
                "perlu dikaji ulang",
                "Rina Anggraeni",
                "menurut",
            ),
        ),
    ),
    QuoteRule(
        "according to him, no comma",
        "sentence",
        r"\b(?P<cue>{according_nya})(?P<speaker>)\s+(?P<statement>\w.*?){end}",
        (
            (
                "Rina Anggraeni hadir. Pasar dibuka karena menurutnya warga butuh beras.",
                "warga butuh beras",
                "Rina Anggraeni",
                "menurutnya",
            ),
        ),
    ),
    QuoteRule(
        "cue opens a sentence",
        "sentence",
        r"^(?P<cue>{cue})\s+(?P<speaker>(?:{pronoun}\b|(?-i:[A-Z]))[^,]{{0,80}}?),\s*(?P<statement>\w.*?){end}",
        (
            (
                "Rina Anggraeni hadir. Kata dia, harga cabai memang naik.",
                "harga cabai memang naik",
                "Rina Anggraeni",
                "kata",
            ),
            (
                "Kata Rina Anggraeni, Pasar Baru dibuka lagi pekan depan.",
                "Pasar Baru dibuka lagi pekan depan",
                "Rina Anggraeni",
                "kata",
            ),
        ),
        sentence_start=True,
    ),
    QuoteRule(
        "cue inside a sentence",
        "sentence",
        r"^(?:\S+\s+){{0,4}}\S+\s*,\s*(?P<cue>{cue})\b(?P<speaker>[^,]{{0,80}}?),"
        r"\s*(?P<statement>[a-z].*?){end}",
        (
            (
                "Sejak awal, kata Rina Anggraeni, harga cabai memang naik.",
                "harga cabai memang naik",
                "Rina Anggraeni",
                "kata",
            ),
            (
                "Rina Anggraeni hadir. Namun, katanya, harga cabai memang naik.",
                "harga cabai memang naik",
                "Rina Anggraeni",
                "katanya",
            ),
        ),
    ),
    QuoteRule(
        "speaker and verb",
        "sentence",
        r"^(?P<speaker>.{{1,160}}?)\s+(?P<cue>{report})\b\s*[,:]?\s*"
        r"(?:(?:[^,.]{{0,30}}?\s)?bahwa\b\s*|(?:(?:kepada|pada)\s[^,.]{{0,30}}?\s)?{that}\b\s*|{purpose}\b\s*)?,?\s*(?P<statement>\w.*?){end}",
        (
            (
                "Kepala sekolah Dodi Saputra mengatakan sekolah dibuka Senin.",
                "sekolah dibuka Senin",
                "Dodi Saputra",
                "mengatakan",
            ),
            (
                "Dodi Saputra hadir. Ia menegaskan bahwa jalan itu ditutup.",
                "jalan itu ditutup",
                "Dodi Saputra",
                "menegaskan",
            ),
            (
                "Bupati Arif Wicaksono meminta agar warga tetap tenang.",
                "warga tetap tenang",
                "Arif Wicaksono",
                "meminta",
            ),
        ),
    ),
    QuoteRule(
        "speaker and verb of telling that",
        "sentence",
        r"^(?P<speaker>.{{1,160}}?)\s+(?P<cue>{that_verb})\s+bahwa\s+(?P<statement>\w.*?){end}",
        (
            (
                "Dodi Saputra juga mengungkap bahwa gudang itu sudah kosong sejak Maret.",
                "gudang itu sudah kosong sejak Maret",
                "Dodi Saputra",
                "mengungkap",
            ),
        ),
    ),
    QuoteRule(
        "cue after statement",
        "sentence",
        r"^(?P<statement>\w.{{8,}}?)\s*,\s*(?P<cue>{cue})\b(?P<speaker>[^,]{{0,100}}?"
        r"(?:,[^,]{{0,80}})?)\s*[.!?]?\s*$",
        (
            (
                "Sekolah dibuka Senin depan, kata Dodi Saputra.",
                "Sekolah dibuka Senin depan",
                "Dodi Saputra",
                "kata",
            ),
        ),
    ),
    # Conventions of the fourth gold (round 4b).
    QuoteRule(
        "source noun",
        "sentence",
        r"^(?P<cue>{source})\s+dari\s+(?P<speaker>[^,]{{1,100}}?),\s*(?P<statement>\w.*?){end}",
        (
            (
                "Informasi dari Rina Anggraeni, jembatan itu ditutup sejak pagi.",
                "jembatan itu ditutup sejak pagi",
                "Rina Anggraeni",
                "informasi",
            ),
        ),
    ),
    QuoteRule(
        "passive cue without agent",
        "sentence",
        r"^(?-i:[A-Z])[^,.;:]{{0,80}}?\s(?P<cue>{agentless})(?P<speaker>)\s+"
        r"(?!(?:{not_content})\b)(?P<statement>(?-i:[a-z]).*?){end}",
        (
            (
                "Tahun ini disebutkan ada lima puluh tim yang mendaftar.",
                "ada lima puluh tim yang mendaftar",
                None,
                "disebutkan",
            ),
        ),
    ),
    QuoteRule(
        "a message and its purpose",
        "sentence",
        r"^(?P<speaker>.{{1,160}}?)\s+(?P<cue>{message_verb})\s+{message}\b[^,.;]{{0,60}}?\s"
        r"{purpose}\s+(?P<statement>\w.*?){end}",
        (
            (
                "Rina Anggraeni juga menitipkan pesan kepada siswa agar rajin belajar di rumah.",
                "rajin belajar di rumah",
                "Rina Anggraeni",
                "menitipkan",
            ),
        ),
    ),
    QuoteRule(
        "giving an example",
        "sentence",
        r"^(?P<speaker>.{{1,160}}?)\s+(?P<cue>{giver})\s+{giving}\s*[,:]\s*(?P<statement>\w.*?){end}",
        (
            (
                "Rina Anggraeni memberikan contoh, warga bisa memilah sampah di rumah.",
                "warga bisa memilah sampah di rumah",
                "Rina Anggraeni",
                "memberikan",
            ),
        ),
    ),
    QuoteRule(
        "begitu and a cue after the statement",
        "sentence",
        r"^(?P<statement>\w.{{8,}}?)\s*,\s*(?:begitu|demikian)\s+(?P<cue>{cue})\b"
        r"(?P<speaker>[^,]{{0,100}}?)\s*[.!?]?\s*$",
        (
            (
                "Harga beras naik lagi pekan ini, begitu jawab Rina Anggraeni.",
                "Harga beras naik lagi pekan ini",
                "Rina Anggraeni",
                "jawab",
            ),
        ),
    ),
    QuoteRule(
        "connector and cue open a sentence",
        "sentence",
        r"^{connector},?\s+(?P<cue>{cue})\s+(?P<speaker>(?:{pronoun}\b|(?-i:[A-Z]))[^,]{{0,80}}?),"
        r"\s*(?P<statement>\w.*?){end}",
        (
            (
                "Rina Anggraeni hadir. Sehingga kata dia, harga cabai akan turun pekan depan.",
                "harga cabai akan turun pekan depan",
                "Rina Anggraeni",
                "kata",
            ),
        ),
        sentence_start=True,
    ),
)


@dataclass(frozen=True, slots=True)
class SpeakerConvention:
    """A convention of who made a statement (round 4), with an invented example: `text`, the
    entities as an NER may leave them (`ents`: each mention and its label, the first place it
    is written after the one before; `~` before it skips one place), and each statement found
    with its speaker's identity
    (`PER:…`, `ORG:…`; None when unknown). Run one by one by
    `tests/test_quotes.py::test_speaker_conventions`."""

    name: str
    text: str
    ents: tuple[tuple[str, str], ...]
    statements: tuple[tuple[str, str | None], ...]


SPEAKER_CONVENTIONS: tuple[SpeakerConvention, ...] = (
    SpeakerConvention(
        "a short form right before a name the NER cut is its first word",
        "Hakim membacakan putusan untuk Wira Adi Pratama hari ini.\n"
        "Wira mengaku dipukul petugas saat ditangkap.\n"
        '"Saya tidak melempar batu," kata Wira.',
        (("Adi Pratama", "PER"), ("Wira", "PER"), ("Wira", "PER")),
        (
            ("dipukul petugas saat ditangkap", "PER:Wira Adi Pratama"),
            ("Saya tidak melempar batu", "PER:Wira Adi Pratama"),
        ),
    ),
    SpeakerConvention(
        "a name ending an organization's entity from a short form on is a person",
        "Hal itu disampaikan Kepala Dinas Perikanan Kabupaten Lorena Tjahyo Wiranata.\n"
        '"Stok ikan aman sampai akhir tahun," kata Tjahyo.',
        (("Dinas Perikanan Kabupaten Lorena Tjahyo Wiranata", "ORG"), ("Tjahyo", "PER")),
        (("Stok ikan aman sampai akhir tahun", "PER:Tjahyo Wiranata"),),
    ),
    SpeakerConvention(
        "the name words before a short form in an organization's entity are the person's",
        "Hal itu disampaikan Direktur PT Sinar Abadi Rendra Kurnia di Jakarta.\n"
        '"Pabrik kami siap beroperasi," kata Kurnia.',
        (("PT Sinar Abadi Rendra Kurnia", "ORG"), ("Kurnia", "PER")),
        (("Pabrik kami siap beroperasi", "PER:Rendra Kurnia"),),
    ),
    SpeakerConvention(
        "a place after a short form in an organization's entity keeps it an organization",
        "Menurut pelatih Lentera Indonesia Dodi Saputra, sepatu itu sangat ringan.\n"
        "Lentera memilih bahan yang ringan.",
        (("Lentera Indonesia", "ORG"), ("Dodi Saputra", "PER"), ("Lentera", "PER")),
        (("sepatu itu sangat ringan", "PER:Dodi Saputra"),),
    ),
    SpeakerConvention(
        "an organization's entity made of a person's name words is that person",
        "Dalam kesempatan lain, Laras Ayuningtyas dari Lembaga Riset Nusa mengatakan, harga "
        'gula akan naik.\n"Pasokan tebu berkurang tahun ini," kata Laras.',
        (
            ("Laras Ayuningtyas", "ORG"),
            ("Lembaga Riset Nusa", "ORG"),
            ("Laras", "PER"),
        ),
        (
            ("harga gula akan naik", "PER:Laras Ayuningtyas"),
            ("Pasokan tebu berkurang tahun ini", "PER:Laras Ayuningtyas"),
        ),
    ),
    SpeakerConvention(
        "a nickname cut from a word of the one full name of the document is that person",
        "Pakar hukum Fajar Kurniawanto menilai aturan itu perlu diubah.\n"
        '"Aturan ini belum jelas bagi warga desa," ujar Kurnia.',
        (("Fajar Kurniawanto", "PER"), ("Kurnia", "PER")),
        (("Aturan ini belum jelas bagi warga desa", "PER:Fajar Kurniawanto"),),
    ),
    SpeakerConvention(
        "a nickname two full names of the document begin with is neither",
        "Pakar hukum Fajar Kurniawanto dan jaksa Sinta Kurniasih berdebat.\n"
        '"Aturan ini belum jelas bagi warga desa," ujar Kurnia.',
        (("Fajar Kurniawanto", "PER"), ("Sinta Kurniasih", "PER"), ("Kurnia", "PER")),
        (("Aturan ini belum jelas bagi warga desa", "PER:Kurnia"),),
    ),
    SpeakerConvention(
        "a name after a description and a comma, not a short form in the description",
        "Wira Adi Pratama didakwa mencuri sepeda motor.\n"
        '"Klien kami tidak bersalah," ujar kuasa hukum Wira, Bonar.',
        (("Wira Adi Pratama", "PER"),),
        (("Klien kami tidak bersalah", "PER:Bonar"),),
    ),
    SpeakerConvention(
        "two speakers joined by dan, a role before the second: the first's",
        "Presiden Arkadia Tomas Varga dan Menteri Luar Negeri Ilse Brandt mengatakan kedua "
        "negara siap berunding.",
        (("Tomas Varga", "PER"), ("Ilse Brandt", "PER")),
        (("kedua negara siap berunding", "PER:Tomas Varga"),),
    ),
    SpeakerConvention(
        "a name set beside a description ends at its age",
        "Menurut warga sekitar, Dodi Saputra (45) korban sering melintas di jalan itu.",
        (("Dodi Saputra", "PER"),),
        (("korban sering melintas di jalan itu", "PER:Dodi Saputra"),),
    ),
    SpeakerConvention(
        "a cue whose name the scraper lost is the person spoken of",
        'Rina Anggraeni meninjau gudang beras.\n"Stok beras cukup sampai Lebaran," papar ,.',
        (("Rina Anggraeni", "PER"),),
        (("Stok beras cukup sampai Lebaran", "PER:Rina Anggraeni"),),
    ),
    SpeakerConvention(
        "a source scraped after menurut stays unknown (it may be a text or an outlet)",
        "Rina Anggraeni meninjau pasar. Menurut , harga beras akan turun pekan depan.",
        (("Rina Anggraeni", "PER"),),
        (("harga beras akan turun pekan depan", None),),
    ),
    SpeakerConvention(
        "a passive cue without its agent is the person spoken of",
        "Rina Anggraeni meninjau gudang beras. Diakui juga bahwa stok beras mulai menipis.",
        (("Rina Anggraeni", "PER"),),
        (("stok beras mulai menipis", "PER:Rina Anggraeni"),),
    ),
    SpeakerConvention(
        "a name owned by a noun before it is no subject",
        'Budi Santoso menjadi tamu acara itu.\n"Saya datang untuk belajar," kata Budi Santoso.'
        '\nKedatangan Rina Anggraeni juga menarik perhatian.\n"Acaranya seru sekali," ujarnya.',
        (("Budi Santoso", "PER"), ("Budi Santoso", "PER"), ("Rina Anggraeni", "PER")),
        (
            ("Saya datang untuk belajar", "PER:Budi Santoso"),
            ("Acaranya seru sekali", "PER:Budi Santoso"),
        ),
    ),
    SpeakerConvention(
        "a cue between commas after a verb is no verb of a list of actions",
        "Dodi Saputra meninjau jalan desa. Untuk menuntaskan, kata Dodi, Pemda butuh dana besar.",
        (("Dodi Saputra", "PER"), ("Dodi", "PER")),
        (("Pemda butuh dana besar", "PER:Dodi Saputra"),),
    ),
    SpeakerConvention(
        "the first cue of a sentence reports, a cue inside what it reports is part of it",
        "Dodi Saputra menuturkan bahwa kata-kata yang menurutnya kasar, sudah disensor.",
        (("Dodi Saputra", "PER"),),
        (("kata-kata yang menurutnya kasar, sudah disensor", "PER:Dodi Saputra"),),
    ),
    SpeakerConvention(
        "a pronoun after the names and a comma, right before the verb, is its subject",
        "Dodi Saputra kesal dan memarahi Rina Anggraeni, ia meminta semua pegawai datang "
        "tepat waktu.",
        (("Dodi Saputra", "PER"), ("Rina Anggraeni", "PER")),
        (("semua pegawai datang tepat waktu", "PER:Dodi Saputra"),),
    ),
    SpeakerConvention(
        "an organization tagged elsewhere in the document is one where the NER missed it",
        "Produk baru Lentera Tekno dirilis hari ini. Lentera pun menjamin stok ponsel itu "
        "aman sampai akhir bulan.\nWarga antre sejak pagi di toko Lentera.",
        (("Lentera Tekno", "ORG"), ("~Lentera", "ORG")),
        (("stok ponsel itu aman sampai akhir bulan", "ORG:Lentera"),),
    ),
    SpeakerConvention(
        "a name before a word that names someone else is no subject",
        "Dodi Saputra bermain dalam film itu sebagai teman Rina Anggraeni bernama Joni.\n"
        '"Syutingnya melelahkan," tutur , di Jakarta.',
        (("Dodi Saputra", "PER"), ("Rina Anggraeni", "PER")),
        (("Syutingnya melelahkan", "PER:Dodi Saputra"),),
    ),
    SpeakerConvention(
        "the speaker's words after a quote end at a sentence end the splitter kept",
        'Rina Anggraeni meninjau pasar.\n"Harga stabil," katanya., Bupati Arif Wicaksono '
        "mengatakan stok beras cukup.",
        (("Rina Anggraeni", "PER"), ("Arif Wicaksono", "PER")),
        (("Harga stabil", "PER:Rina Anggraeni"), ("stok beras cukup", "PER:Arif Wicaksono")),
    ),
    SpeakerConvention(
        "a quoted title without a cue is no statement",
        'Film "Jalan Pulang Ke Desa Lama" tayang pekan depan di bioskop.',
        (),
        (),
    ),
)


# Speaker conventions of the fourth gold (round 4b), run with the ones above.
SPEAKER_CONVENTIONS_4B: tuple[SpeakerConvention, ...] = (
    SpeakerConvention(
        "a window-end word before a comma is a word of the role",
        '"Asap bisa memicu sesak napas," kata dokter spesialis penyakit dalam, Rina Anggraeni, '
        "kepada wartawan.",
        (("Rina Anggraeni", "PER"),),
        (("Asap bisa memicu sesak napas", "PER:Rina Anggraeni"),),
    ),
    SpeakerConvention(
        "a name the NER missed before a description in lower case",
        "Ucok, ayah salah satu korban, mengatakan anaknya sudah pulang.",
        (),
        (("anaknya sudah pulang", "PER:Ucok"),),
    ),
    SpeakerConvention(
        "a word with -nya before a comma is no name",
        "Rina Anggraeni hadir. Karenanya, ia mengatakan jalan itu akan ditutup.",
        (("Rina Anggraeni", "PER"),),
        (("jalan itu akan ditutup", "PER:Rina Anggraeni"),),
    ),
    SpeakerConvention(
        "pihak sekolah is the school the article names",
        "Video perkelahian siswa SD Negeri Cempaka II beredar di media sosial. "
        "Pihak sekolah mengatakan kedua siswa itu sudah berdamai.",
        (("SD Negeri Cempaka II", "LOC"),),
        (("kedua siswa itu sudah berdamai", "ORG:SD Negeri Cempaka II"),),
    ),
    SpeakerConvention(
        "a person's pronoun after an institution's statement is the person before",
        "Guru SD Negeri Cempaka II, Abdul Karim, meninjau kelas.\n"
        '"Anak-anak sudah tenang," ucap Abdul Karim.\n'
        "Pihak sekolah juga mengaku sudah memanggil orang tua kedua siswa.\n"
        '"Kami harap masalah ini selesai," katanya.',
        (("SD Negeri Cempaka II", "LOC"), ("Abdul Karim", "PER"), ("Abdul Karim", "PER")),
        (
            ("Anak-anak sudah tenang", "PER:Abdul Karim"),
            ("sudah memanggil orang tua kedua siswa", "ORG:SD Negeri Cempaka II"),
            ("Kami harap masalah ini selesai", "PER:Abdul Karim"),
        ),
    ),
    SpeakerConvention(
        "a name after a rank inside a place is a person",
        "Kapolres Kota Lembayung AKBP Dodi Saputra mengatakan, dua pelaku sudah ditahan. "
        "Dodi menambahkan, barang bukti sudah disita polisi.",
        (("Kota Lembayung AKBP Dodi Saputra", "LOC"), ("Dodi", "PER")),
        (
            ("dua pelaku sudah ditahan", "PER:Dodi Saputra"),
            ("barang bukti sudah disita polisi", "PER:Dodi Saputra"),
        ),
    ),
    SpeakerConvention(
        "a name in a subordinate clause a comma closes before the verb is no speaker",
        "Rina Anggraeni dengan curiga kalau Dodi Saputra berbohong, mengatakan bahwa ia akan "
        "melapor ke polisi.",
        (("Rina Anggraeni", "PER"), ("Dodi Saputra", "PER")),
        (("ia akan melapor ke polisi", "PER:Rina Anggraeni"),),
    ),
    SpeakerConvention(
        "a name in a subordinate clause that holds the verb is the speaker",
        "Rina Anggraeni terkejut saat Dodi Saputra mengatakan bahwa ia akan pindah kerja.",
        (("Rina Anggraeni", "PER"), ("Dodi Saputra", "PER")),
        (("ia akan pindah kerja", "PER:Dodi Saputra"),),
    ),
    SpeakerConvention(
        "an organization by the short form defined in brackets after its name",
        "Pedagang kecil tergabung dalam Paguyuban Pedagang Pasar Lembayung (Papalem). "
        "Papalem juga meminta agar retribusi pasar tidak dinaikkan tahun ini.",
        (),
        (("retribusi pasar tidak dinaikkan tahun ini", "ORG:Paguyuban Pedagang Pasar Lembayung"),),
    ),
    SpeakerConvention(
        "a role whose name a scraper stripped is the person named next",
        "Presiden Direktur PT Tirta Lembayung , mengatakan, sertifikat itu berlaku tiga tahun.\n"
        "Dodi Saputra menjelaskan, sertifikat itu diperoleh setelah audit panjang.",
        (("PT Tirta Lembayung", "ORG"), ("Dodi Saputra", "PER")),
        (
            ("sertifikat itu berlaku tiga tahun", "PER:Dodi Saputra"),
            ("sertifikat itu diperoleh setelah audit panjang", "PER:Dodi Saputra"),
        ),
    ),
    SpeakerConvention(
        "several named organizations speaking together are no one speaker",
        "Maskapai Garuda Lembayung, Sinar Air, dan Awan Jaya melaporkan bahwa jadwal "
        "penerbangan kembali normal.",
        (("Garuda Lembayung", "ORG"), ("Sinar Air", "ORG"), ("Awan Jaya", "ORG")),
        (("jadwal penerbangan kembali normal", None),),
    ),
)
SPEAKER_CONVENTIONS = SPEAKER_CONVENTIONS + SPEAKER_CONVENTIONS_4B
