"""Temporal expressions: recognition, TIMEX3 values, anchoring, and the spaCy component."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from spacy.tokens import Doc, Span

import textkit
from textkit import temporal
from textkit.temporal import Timex, extract, is_timex_value
from textkit.timex_words import RULES as READABLE_RULES
from textkit.timex_words import timex_label

# 2020-11-25 is a Wednesday in ISO week 48.
ANCHOR = "2020-11-25"


def only(text: str, anchor: str | None = ANCHOR) -> Timex:
    found = extract(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "sentence, span, ttype, value",
    [
        # full, numeric and partial dates
        ("Sidang digelar Rabu, 25 November 2020.", "Rabu, 25 November 2020", "DATE", "2020-11-25"),
        ("Surat itu bertanggal 25/11/2020 pagi-pagi.", "25/11/2020", "DATE", "2020-11-25"),
        ("Kontrak diteken 25-11-2020 di kantor.", "25-11-2020", "DATE", "2020-11-25"),
        ("Data diunggah 2020-11-25 oleh dinas.", "2020-11-25", "DATE", "2020-11-25"),
        ("Polisi menangkapnya (23/11) di rumahnya.", "23/11", "DATE", "2020-11-23"),
        ("Harga cabai naik sejak November 2020.", "November 2020", "DATE", "2020-11"),
        ("Laporan keuangan Nov 2020 sudah terbit.", "Nov 2020", "DATE", "2020-11"),
        ("Jembatan itu ambruk Nop 2019 silam.", "Nop 2019 silam", "DATE", "2019-11"),
        ("Ia lahir pada tahun 1991 di Medan.", "tahun 1991", "DATE", "1991"),
        ("Pada 2020 jumlah penumpang turun.", "2020", "DATE", "2020"),
        ("Toko itu dibuka 17 Agustus lalu.", "17 Agustus lalu", "DATE", "2020-08-17"),
        (
            "Pemilu digelar tanggal 9 Desember mendatang.",
            "tanggal 9 Desember mendatang",
            "DATE",
            "2020-12-09",
        ),
        # weekdays
        ("Warga datang ke balai desa Senin.", "Senin", "DATE", "2020-11-23"),
        ("Rapat akan digelar Jumat di aula.", "Jumat", "DATE", "2020-11-27"),
        (
            "Tim tiba Senin (23/11/2020) sore hari.",
            "Senin (23/11/2020) sore hari",
            "TIME",
            "2020-11-23TAF",
        ),
        ("Kami bertemu Senin lalu di pasar.", "Senin lalu", "DATE", "2020-11-23"),
        ("Sidang lanjutan Jumat depan.", "Jumat depan", "DATE", "2020-11-27"),
        ("Pengajian rutin digelar Ahad di masjid.", "Ahad", "DATE", "2020-11-22"),
        ("Kapal bersandar Kamis pekan lalu.", "Kamis pekan lalu", "DATE", "2020-11-19"),
        ("Ia hadir pada hari Selasa kemarin.", "hari Selasa kemarin", "DATE", "2020-11-24"),
        # relative
        ("Hujan deras turun hari ini.", "hari ini", "DATE", "2020-11-25"),
        ("Kemarin jalan itu ditutup.", "Kemarin", "DATE", "2020-11-24"),
        ("Besok sekolah diliburkan.", "Besok", "DATE", "2020-11-26"),
        ("Bantuan tiba lusa.", "lusa", "DATE", "2020-11-27"),
        ("Kemarin lusa gudang terbakar.", "Kemarin lusa", "DATE", "2020-11-23"),
        ("Warga kini mengungsi.", "kini", "DATE", "PRESENT_REF"),
        ("Jalan sekarang sudah dibuka.", "sekarang", "DATE", "PRESENT_REF"),
        ("Saat ini stok beras aman.", "Saat ini", "DATE", "PRESENT_REF"),
        ("Harga naik pekan lalu.", "pekan lalu", "DATE", "2020-W47"),
        ("Vaksin datang minggu depan.", "minggu depan", "DATE", "2020-W49"),
        ("Ekspor turun bulan lalu.", "bulan lalu", "DATE", "2020-10"),
        ("Tarif naik bulan depan.", "bulan depan", "DATE", "2020-12"),
        ("Panen raya tahun lalu gagal.", "tahun lalu", "DATE", "2019"),
        ("Anggaran tahun depan dipangkas.", "tahun depan", "DATE", "2021"),
        ("Ia pulang tiga hari lalu.", "tiga hari lalu", "DATE", "2020-11-22"),
        ("Truk itu hilang 3 hari yang lalu.", "3 hari yang lalu", "DATE", "2020-11-22"),
        ("Hasilnya keluar dua pekan mendatang.", "dua pekan mendatang", "DATE", "2020-W50"),
        ("Pada saat itu warga panik.", "saat itu", "DATE", "PAST_REF"),
        # parts of periods
        ("Proyek rampung awal November 2020.", "awal November 2020", "DATE", "2020-11"),
        ("Target itu dikejar hingga akhir tahun.", "akhir tahun", "DATE", "2020"),
        ("Gedung dibangun pertengahan 2019.", "pertengahan 2019", "DATE", "2019"),
        ("Banyak yang berwisata akhir pekan lalu.", "akhir pekan lalu", "DATE", "2020-W47-WE"),
        ("Pasar ramai pada akhir pekan ini.", "akhir pekan ini", "DATE", "2020-W48-WE"),
        ("Ekonomi tumbuh pada triwulan I 2020.", "triwulan I 2020", "DATE", "2020-Q1"),
        ("Laba turun pada kuartal III tahun 2019.", "kuartal III tahun 2019", "DATE", "2019-Q3"),
        ("Penjualan naik di semester kedua.", "semester kedua", "DATE", "2020-H2"),
        ("Laba naik pada paruh pertama 2020.", "paruh pertama 2020", "DATE", "2020-H1"),
        # a day of the month: of the month named after it, else the nearest one
        ("Gaji cair tanggal 1 bulan ini.", "tanggal 1 bulan ini", "DATE", "2020-11-01"),
        ("Tarif naik tanggal 20 bulan depan.", "tanggal 20 bulan depan", "DATE", "2020-12-20"),
        ("Rapat digelar tanggal 5 bulan lalu.", "tanggal 5 bulan lalu", "DATE", "2020-10-05"),
        ("Hujan deras turun tanggal 3 lalu.", "tanggal 3 lalu", "DATE", "2020-11-03"),
        ("Undian ditarik tanggal 3 mendatang.", "tanggal 3 mendatang", "DATE", "2020-12-03"),
        ("Ia ditangkap pada kamis (19/11) malam.", "kamis (19/11) malam", "TIME", "2020-11-19TNI"),
        # decades and centuries
        ("Lagu itu populer pada 1990-an.", "1990-an", "DATE", "199X"),
        ("Film itu tenar pada tahun 80-an.", "tahun 80-an", "DATE", "198X"),
        ("Tantangan abad ke-21 berbeda.", "abad ke-21", "DATE", "20XX"),
        # times
        ("Rapat dimulai pukul 14.30 WIB.", "pukul 14.30 WIB", "TIME", "2020-11-25T14:30"),
        ("Pesawat mendarat pukul 10.00 WITA.", "pukul 10.00 WITA", "TIME", "2020-11-25T10:00"),
        ("Gempa terasa 14:30 WIT di Ambon.", "14:30 WIT", "TIME", "2020-11-25T14:30"),
        ("Api padam pukul 8 malam.", "pukul 8 malam", "TIME", "2020-11-25T20:00"),
        ("Toko buka jam sembilan pagi.", "jam sembilan pagi", "TIME", "2020-11-25T09:00"),
        # twelve at night ends the day: the next day's T00:00 (TimeML)
        ("Kapal tiba pukul dua belas malam.", "pukul dua belas malam", "TIME", "2020-11-26T00:00"),
        ("Kapal tiba pukul 24.00 WIB.", "pukul 24.00 WIB", "TIME", "2020-11-26T00:00"),
        ("Kami makan siang jam 12 di kantin.", "jam 12", "TIME", "2020-11-25T12:00"),
        ("Demo berlangsung Rabu malam.", "Rabu malam", "TIME", "2020-11-25TNI"),
        # parts of the day as IndoTimex applies TIMEX3: dini hari morning, siang afternoon
        ("Gempa terjadi Kamis dini hari.", "Kamis dini hari", "TIME", "2020-11-19TMO"),
        ("Mereka tiba Rabu siang.", "Rabu siang", "TIME", "2020-11-25TAF"),
        ("Ia pulang kemarin petang.", "kemarin petang", "TIME", "2020-11-24TEV"),
        ("Angin kencang kemarin sore.", "kemarin sore", "TIME", "2020-11-24TAF"),
        ("Pagi ini jalan licin.", "Pagi ini", "TIME", "2020-11-25TMO"),
        ("Mereka berjaga sejak pagi di posko.", "pagi", "TIME", "2020-11-25TMO"),
        # durations
        ("Ia berusia 27 tahun.", "27 tahun", "DURATION", "P27Y"),
        ("Pasien dirawat 44 hari.", "44 hari", "DURATION", "P44D"),
        ("Ia dipenjara selama enam bulan.", "enam bulan", "DURATION", "P6M"),
        ("Proyek itu molor setahun.", "setahun", "DURATION", "P1Y"),
        ("Antrean mengular dua jam.", "dua jam", "DURATION", "PT2H"),
        ("Mesin mati beberapa saat.", "beberapa saat", "DURATION", "PTXS"),
        ("Ia berhenti sebentar di warung.", "sebentar", "DURATION", "PXX"),
        ("Antrean berlangsung beberapa jam.", "beberapa jam", "DURATION", "PTXH"),
        ("Ia dirawat selama 12 hari tersebut.", "12 hari", "DURATION", "P12D"),
        # approximation modifiers stay in the span (TimeML mod)
        ("Korban berusia sekitar 40 tahun.", "sekitar 40 tahun", "DURATION", "P40Y"),
        ("Ia menunggu kurang lebih sejam.", "kurang lebih sejam", "DURATION", "PT1H"),
        ("Benteng itu berdiri hampir 1.000 tahun.", "hampir 1.000 tahun", "DURATION", "P1000Y"),
        ("Mereka menikah sekitar tahun 2018.", "sekitar tahun 2018", "DATE", "2018"),
        ("Api padam sekitar pukul 18.00.", "sekitar pukul 18.00", "TIME", "2020-11-25T18:00"),
        # vague references and seasons
        ("Dulu sawah itu luas.", "Dulu", "DATE", "PAST_REF"),
        ("Kalau dulu ia sering datang.", "dulu", "DATE", "PAST_REF"),
        ("Sejak dulu warga menanam padi.", "dulu", "DATE", "PAST_REF"),
        ("Kelak anaknya menjadi dokter.", "Kelak", "DATE", "FUTURE_REF"),
        ("Ia pergi ke sana beberapa waktu lalu.", "beberapa waktu lalu", "DATE", "PAST_REF"),
        ("Hasilnya diumumkan dalam waktu dekat.", "dalam waktu dekat", "DATE", "FUTURE_REF"),
        ("Film itu tayang sebentar lagi.", "sebentar lagi", "DATE", "FUTURE_REF"),
        ("Sumur kering saat musim kemarau.", "musim kemarau", "DATE", "2020-SU"),
        ("Banjir datang tiap musim penghujan.", "musim penghujan", "DATE", "2020-WI"),
        ("Petani menanam padi pada musim hujan 2019.", "musim hujan 2019", "DATE", "2019-WI"),
        ("Sengketa itu berlangsung bertahun-tahun.", "bertahun-tahun", "DURATION", "PXY"),
        ("Ia mengabdi dua puluh tujuh tahun.", "dua puluh tujuh tahun", "DURATION", "P27Y"),
        ("Masa jabatannya 1,5 tahun.", "1,5 tahun", "DURATION", "P1.5Y"),
        ("Ia ditahan 2 tahun 3 bulan.", "2 tahun 3 bulan", "DURATION", "P2Y3M"),
        ("Kami menunggu setengah jam.", "setengah jam", "DURATION", "PT30M"),
        ("Kasus naik dua pekan terakhir.", "dua pekan terakhir", "DURATION", "P2W"),
        ("Ia absen dua Minggu karena sakit.", "dua Minggu", "DURATION", "P2W"),
        # sets
        ("Air diantar setiap hari.", "setiap hari", "SET", "P1D"),
        ("Festival digelar tiap tahun.", "tiap tahun", "SET", "P1Y"),
        ("Pasar buka setiap Senin.", "setiap Senin", "SET", "XXXX-WXX-1"),
        ("Truk datang dua kali seminggu.", "dua kali seminggu", "SET", "P1W"),
        ("Iurannya Rp 50.000 per bulan.", "per bulan", "SET", "P1M"),
        ("Obat diminum 3 hari sekali.", "3 hari sekali", "SET", "P3D"),
        # holidays and Hijri months
        ("Mudik Lebaran 2020 dilarang.", "Lebaran 2020", "DATE", "2020-05-24"),
        ("Toko tutup saat Natal.", "Natal", "DATE", "2020-12-25"),
        ("Kembang api menyambut Tahun Baru 2021.", "Tahun Baru 2021", "DATE", "2021-01-01"),
        ("Upacara HUT RI ke-75 digelar sederhana.", "HUT RI ke-75", "DATE", "2020-08-17"),
        # A Hijri month is the Gregorian month holding its 15th: Ramadan 1441 H ran from 24 April
        # to 23 May 2020, its 15th was 8 May.
        ("Pasar ramai menjelang Ramadan 1441 H.", "Ramadan 1441 H", "DATE", "2020-05"),
        ("Puasa dimulai 1 Ramadan 1441 H.", "1 Ramadan 1441 H", "DATE", "2020-04-24"),
        ("Kurban disembelih saat Idul Adha.", "Idul Adha", "DATE", "2020-07-31"),
    ],
)
def test_coverage(sentence, span, ttype, value):
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, ttype, value)
    assert sentence[timex.start : timex.end] == timex.text


@pytest.mark.parametrize("rule", temporal.RULES, ids=lambda rule: rule.name)
def test_rule_examples(rule):
    """Every rule finds its own examples, and the whole engine gives them their values."""
    assert rule.examples, f"rule {rule.name} has no examples"
    pattern = re.compile(rule.pattern, re.IGNORECASE)
    for sentence, span, value in rule.examples:
        found = [(t.text, t.value) for t in extract(sentence, temporal.EXAMPLE_ANCHOR)]
        if span is None:
            assert found == [], (rule.name, sentence)
            continue
        assert (span, value) in found, (rule.name, sentence, found)
        start = sentence.index(span)
        built = [rule.piece(m, sentence) for m in pattern.finditer(sentence)]
        pieces = [q for p in built if p is not None for q in (p, *p.extra)]
        assert any(p.start < start + len(span) and start < p.end for p in pieces), (
            f"rule {rule.name} does not match its example {span!r}"
        )


def test_header_line_without_anchor():
    timex = only("Rabu, 25 November 2020 14:30 WIB", anchor=None)
    assert (timex.type, timex.value) == ("TIME", "2020-11-25T14:30")


@pytest.mark.parametrize(
    "line",
    [
        "Rabu, 25 Nov 2020 14:30 WIB",
        "Rabu 25 November 2020, 14:30 WIB",
        "Rabu, 25 Nov 2020 | 14:30 WIB",
        "25 November 2020 - 14:30 WIB",
        "Rabu, 25/11/2020 14:30",
        "2020-11-25 14:30:00",
        "Diterbitkan: Rabu, 25 November 2020 pukul 14.30 WIB",
    ],
)
def test_datelines(line):
    (timex,) = extract(line)
    assert (timex.type, timex.value) == ("TIME", "2020-11-25T14:30")
    assert line[timex.end :] == ""


def test_clock_ranges_give_two_times():
    found = extract("Jalan ditutup pukul 08.00-10.00 WIB dan 13.00 - 15.00 WIB.", ANCHOR)
    assert [t.value[-5:] for t in found] == ["08:00", "10:00", "13:00", "15:00"]


def test_decimal_is_not_a_clock():
    assert [t.text for t in extract("Pada 25 November 2020 14.30 persen warga hadir.")] == [
        "25 November 2020"
    ]


def test_weekday_date_and_part_of_day_are_one_expression():
    timex = only("Banjir datang Minggu (28/12/2014) pagi.")
    assert (timex.text, timex.value) == ("Minggu (28/12/2014) pagi", "2014-12-28TMO")


def test_clock_time_takes_the_day_just_mentioned():
    found = extract("Rapat pada Rabu (18/11) kemarin dimulai pukul 14.30 WIB.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [
        ("Rabu (18/11) kemarin", "2020-11-18"),
        ("pukul 14.30 WIB", "2020-11-18T14:30"),
    ]


def test_clock_time_before_its_day():
    found = extract("Rapat dimulai pukul 14.30 WIB, Rabu (18/11).", ANCHOR)
    assert [t.value for t in found] == ["2020-11-18T14:30", "2020-11-18"]


# --- the reference time (REFERENCE_TIME) -------------------------------------------------


def test_deictic_words_count_from_the_day_of_their_attribution():
    text = '"Kemarin kami rapat, pagi ini kami lapor," kata Budi di Medan, Jumat (22/3/2019).'
    found = extract(text, "2019-03-23")
    assert [(t.text, t.value) for t in found] == [
        ("Kemarin", "2019-03-21"),
        ("pagi ini", "2019-03-22TMO"),
        ("Jumat (22/3/2019)", "2019-03-22"),
    ]


def test_deictic_words_count_from_publication_without_attribution():
    text = "Polisi menangkapnya Jumat (22/3/2019).\nKemarin ia dibebaskan."
    assert extract(text, "2019-03-25")[-1].value == "2019-03-24"
    # An attribution dated after the publication is a plan, not the day of the report.
    later = '"Hari ini kami siap," kata Budi, Kamis 28 Maret 2019 besok.'
    assert extract(later, "2019-03-25")[0].value == "2019-03-25"


def test_deictic_word_beside_its_date_is_an_apposition_not_an_attribution():
    found = extract("Kemarin, Senin (9/9/2019), tiga asteroid melintas.", "2019-09-10")
    assert [t.value for t in found] == ["2019-09-09", "2019-09-09"]


def test_clock_time_belongs_to_the_narrated_day():
    text = "Artikel ini terbit Senin.\nBentrok pecah Sabtu (8/5/2021). Polisi tiba pukul 21.40 WIB."
    found = extract(text, "2021-05-10")
    assert found[-1].value == "2021-05-08T21:40"


@pytest.mark.parametrize(
    "telling",
    [
        "kata Kapolsek Sukamaju, Selasa (8/3/2022)",
        "ujarnya saat dikonfirmasi di kantornya, Selasa (8/3/2022)",
        "kata dia kepada wartawan, Selasa",
    ],
)
def test_clock_time_is_on_the_story_day_not_the_day_of_the_telling(telling):
    text = (
        "Gudang kain di Sukamaju terbakar Senin (7/3/2022) dini hari. "
        f'"Api terlihat dari jalan," {telling}.\n'
        "Api terlihat pukul 05.40 WIB. Petugas tiba sekitar pukul 06.10 WIB, dan malam itu "
        "api padam. Senin malam warga kembali."
    )
    found = {t.text: t.value for t in extract(text, "2022-03-09")}
    assert found["pukul 05.40 WIB"] == "2022-03-07T05:40"
    assert found["sekitar pukul 06.10 WIB"] == "2022-03-07T06:10"
    assert found["malam itu"] == "2022-03-07TNI"
    assert found["Senin malam"] == "2022-03-07TNI"


def test_a_day_told_after_a_verb_is_the_story_day():
    text = "Polisi mengatakan kebakaran terjadi Senin (7/3/2022). Api padam pukul 09.00 WIB."
    assert extract(text, "2022-03-09")[-1].value == "2022-03-07T09:00"


def test_resolving_leaves_the_context_as_it_was():
    ctx = temporal.pieces.Context(anchor=dt.date(2020, 11, 25))
    for rule in temporal.RULES:
        for sentence, _span, _value in rule.examples:
            for piece in temporal._find(sentence):
                before = repr(ctx)
                piece.resolve(sentence, ctx)
                assert repr(ctx) == before, rule.name
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.last_day = dt.date(2020, 1, 1)


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("Dua pekan kemudian", "2021-05-22"),
        ("Sebulan kemudian", "2021-06-08"),
        ("Tiga hari kemudian", "2021-05-11"),
        ("Keesokan harinya", "2021-05-09"),
    ],
)
def test_following_expressions_count_from_the_narrated_day(phrase, value):
    found = extract(f"Gudang terbakar Sabtu (8/5/2021). {phrase} polisi datang.", "2021-06-30")
    assert (found[-1].text, found[-1].value) == (phrase, value)


def test_following_expressions_without_narrated_day_keep_their_unit():
    assert only("Dua pekan kemudian polisi datang.").value == "2020-W50"


def test_month_needs_a_preposition_not_a_word_ending_in_one():
    assert extract("Hadiah diserahkan kepada Juni.", ANCHOR) == []
    assert only("Harga naik pada Juni.").value == "2020-06"


def test_that_day_refers_to_the_last_date():
    found = extract("Pada 17 Agustus 2019 warga berkumpul. Hari itu hujan.", ANCHOR)
    assert [t.value for t in found] == ["2019-08-17", "2019-08-17"]


def test_without_anchor_keeps_what_is_known():
    assert only("Ia datang 25 November.", anchor=None).value == "XXXX-11-25"
    assert only("Kemarin ia datang.", anchor=None).value == "XXXX-XX-XX"
    assert only("Ia datang Senin.", anchor=None).value == "XXXX-WXX-1"
    assert only("Harga naik tahun lalu.", anchor=None).value == "XXXX"


def test_without_anchor_uses_last_absolute_date():
    text = "Pada 25 November 2020 warga berdemo. Keesokan harinya polisi datang. Kemarin sepi."
    values = [t.value for t in extract(text)]
    assert values == ["2020-11-25", "2020-11-26", "2020-11-24"]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Ia ditangkap pada bulan Maret.", "2019-03"),
        ("Jalan itu ditutup sampai Desember.", "2019-12"),
        ("Ia berulang tahun pada 12 Desember lalu.", "2018-12-12"),
        ("Konser digelar 30 November mendatang.", "2019-11-30"),
        ("Mereka merayakan Valentine's Day berdua.", "2019-02-14"),
        ("Toko ramai menjelang Natal.", "2019-12-25"),
        ("Sidang digelar Senin (23/9).", "2019-09-23"),
    ],
)
def test_year_of_dates_without_one(sentence, value):
    assert only(sentence, anchor="2019-09-17").value == value


def test_year_inferred_across_new_year():
    assert only("Kejadian (30/12) itu viral.", anchor="2021-01-04").value == "2020-12-30"
    assert only("Kejadian (2/1) itu viral.", anchor="2020-12-30").value == "2021-01-02"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kemacetan parah di Pasar Minggu sejak tadi.",
        "Ia tinggal di Jalan 17 Agustus nomor 3.",
        "Sebanyak 2020 orang mendaftar.",
        "Mereka makan malam bersama.",
        "Selamat pagi, kata dia.",
        "Ia kembali ke tanah natal leluhurnya.",
        "Skor akhir 2-1 untuk tuan rumah.",
        "Hanya 70-an juta orang yang terhubung.",
    ],
)
def test_not_temporal(sentence):
    assert extract(sentence, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kami fokus dulu ke anak.",
        "Kita mulai dulu satu gelombang.",
        "Ketemu aja dulu, kata Bebby.",
        "Ia mencari kontrakan terlebih dahulu.",
        "Selesaikan dulu tugasmu.",
    ],
)
def test_dulu_that_orders_actions_is_no_time(sentence):
    assert extract(sentence, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sidang berlangsung 4 hingga 5 jam.", [("4", "PT4H"), ("5 jam", "PT5H")]),
        ("Tabungan itu dikumpulkan 6 atau 7 tahun.", [("6", "P6Y"), ("7 tahun", "P7Y")]),
        ("Perjalanan memakan waktu 4-5 jam.", [("4", "PT4H"), ("5 jam", "PT5H")]),
        ("Antrean sekitar 8-20 detik.", [("sekitar 8", "PT8S"), ("20 detik", "PT20S")]),
    ],
)
def test_range_of_one_unit_gives_two_durations(sentence, expected):
    found = extract(sentence, ANCHOR)
    assert [(t.text, t.value) for t in found] == expected
    assert {t.type for t in found} == {"DURATION"}


def test_range_needs_a_smaller_lower_bound():
    found = extract("Data tahun 2015 atau sepuluh hari terakhir hilang.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [
        ("tahun 2015", "2015"),
        ("sepuluh hari terakhir", "P10D"),
    ]


def test_lowercase_minggu_is_a_week():
    assert only("Hasilnya keluar minggu depan.").value == "2020-W49"
    assert only("Ia sakit tiga minggu.").value == "P3W"


def test_bad_input():
    assert extract("") == []
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ISO 8601"):
        extract("kemarin", anchor="bukan tanggal")
    assert all(is_timex_value(t.value) for t in extract("\x00\ufffd 12/13/2020 99:99 WIB"))


def test_values_follow_timex3_grammar():
    good = ["2020-11-25", "2020-W48-WE", "199X", "20XX", "2014-12-28TMO", "P1.5Y", "PT2H"]
    assert all(is_timex_value(v) for v in good)
    assert not any(is_timex_value(v) for v in ["2020-13", "yesterday", "P", "T14:30"])


# --- the spaCy component -------------------------------------------------------------


def test_component_sets_entities(nlp):
    doc = textkit.analyze(
        "Warga berkumpul Rabu, 25 November 2020 pukul 14.30 WIB. Kemarin sore hujan.",
        published="2020-11-26",
    )
    ents = [(e.text, e.label_, e._.timex_type, e._.value) for e in doc.ents]
    assert ents == [
        ("Rabu, 25 November 2020 pukul 14.30 WIB", "TIME", "TIME", "2020-11-25T14:30"),
        ("Kemarin sore", "TIME", "TIME", "2020-11-25TAF"),
    ]


def test_component_durations_and_sets_are_date_entities(nlp):
    doc = textkit.analyze("Ia bekerja 27 tahun dan berolahraga setiap hari.", published=ANCHOR)
    assert [(e.label_, e._.timex_type, e._.value) for e in doc.ents] == [
        ("DATE", "DURATION", "P27Y"),
        ("DATE", "SET", "P1D"),
    ]


def test_component_on_pretokenized_doc(nlp):
    words = ["Banjir", "datang", "Minggu", "(", "28/12/2014", ")", "pagi", "."]
    doc = nlp(Doc(nlp.vocab, words=words))
    assert [(e.text, e._.value) for e in doc.ents] == [
        ("Minggu ( 28/12/2014 ) pagi", "2014-12-28TMO")
    ]


def test_component_keeps_names_and_beats_other_overlaps(nlp):
    doc = nlp.make_doc("Warga Pasar Minggu datang Senin lalu ke Bandung.")
    doc._.published = ANCHOR
    doc.ents = [
        Span(doc, 1, 3, label="LOC"),  # Pasar Minggu
        Span(doc, 4, 5, label="PER"),  # Senin, mistaken for a person
        Span(doc, 7, 8, label="LOC"),  # Bandung
    ]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Pasar Minggu", "LOC"),
        ("Senin lalu", "DATE"),
        ("Bandung", "LOC"),
    ]
    assert doc.ents[1]._.value == "2020-11-23"


def test_component_name_holding_a_date_wins(nlp):
    doc = nlp.make_doc("Mahasiswa Universitas 17 Agustus 1945 berdemo Senin.")
    doc._.published = ANCHOR
    doc.ents = [Span(doc, 1, 5, label="ORG")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Universitas 17 Agustus 1945", "ORG"),
        ("Senin", "DATE"),
    ]


def test_component_trims_a_name_that_runs_into_a_date(nlp):
    doc = nlp.make_doc("Bandara Kertajati sebulan sebelumnya sepi.")
    doc._.published = ANCHOR
    doc.ents = [Span(doc, 0, 3, label="LOC")]  # "Bandara Kertajati sebulan"
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Bandara Kertajati", "LOC"),
        ("sebulan sebelumnya", "DATE"),
    ]


def test_component_name_running_into_two_dates(nlp):
    doc = nlp.make_doc("Kantor Pusat sebulan lalu dan sepekan lalu tutup.")
    doc._.published = ANCHOR
    doc.ents = [Span(doc, 0, 8, label="ORG")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Kantor Pusat", "ORG"),
        ("sebulan lalu", "DATE"),
        ("sepekan lalu", "DATE"),
    ]


def test_component_survives_bad_published(nlp):
    doc = nlp.make_doc("Ia datang 25 November.")
    doc._.published = "kapan-kapan"
    doc = nlp(doc)
    assert [e._.value for e in doc.ents] == ["XXXX-11-25"]


def values(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract(text, anchor)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Omzet naik Maret-Mei 2019.", [("Maret", "2019-03"), ("Mei 2019", "2019-05")]),
        (
            "Impor tertahan Februari sampai April 2018 lalu.",
            [("Februari", "2018-02"), ("April 2018 lalu", "2018-04")],
        ),
        (
            "Hujan turun Oktober hingga Januari 2021.",
            [("Oktober", "2020-10"), ("Januari 2021", "2021-01")],
        ),
    ],
)
def test_month_range_gives_two_months_the_first_taking_the_year(sentence, expected):
    assert values(sentence) == expected


def test_hijri_year_is_the_gregorian_year_of_its_middle():
    # 1442 H ran from 20 August 2020 to 8 August 2021; 1 Rajab 1442 was 13 February 2021.
    assert values("Buku agenda 1442 H dicetak ulang.") == [("1442 H", "2021")]
    assert values("Target tahun 1441 Hijriyah tercapai.") == [("tahun 1441 Hijriyah", "2020")]
    assert values("Target tahun 1441 Hijriyah tercapai.", None) == [
        ("tahun 1441 Hijriyah", "2020")
    ]


def test_bare_year_is_hijri_only_near_the_publication_hijri_year():
    assert values("Menyambut tahun 1442, masjid berhias.") == [("tahun 1442", "2021")]
    # Far from the Hijri year of 2020, or without a publication date: a Gregorian year.
    assert values("Benteng itu berdiri tahun 1420 di pesisir.") == [("tahun 1420", "1420")]
    assert values("Menyambut tahun 1442, masjid berhias.", None) == [("tahun 1442", "1442")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Konser digelar Sabtu, 5 Desember 3020.", [("Sabtu, 5 Desember 3020", "XXXX-12-05")]),
        ("Kontrak habis Juni 3020.", [("Juni 3020", "XXXX-06")]),
        ("Gedung selesai tahun 3020.", [("tahun 3020", "XXXX")]),
        ("Surat bertanggal 05/12/3020 itu palsu.", [("05/12/3020", "XXXX-12-05")]),
        ("Laba kuartal II 3020 dihitung.", [("kuartal II 3020", "XXXX-Q2")]),
        # A century ahead is still a plausible plan.
        ("Target emisi nol pada 2090.", [("2090", "2090")]),
    ],
)
def test_typo_year_far_ahead_is_unknown(sentence, expected):
    assert values(sentence) == expected


def test_rules_list_named_guards():
    """Guards are named module-level predicates, each used by a rule."""
    for rule in temporal.RULES:
        for guard in rule.guards:
            assert guard.__name__.startswith("_") and guard.__name__ != "<lambda>", rule.name


def test_engine_holds_no_indonesian_words():
    """The words of the patterns come from the lexicon: no string literal of the engine
    modules (docstrings aside) holds a word of `textkit/lang/temporal.py`."""
    import ast
    from pathlib import Path

    from textkit.lang import temporal as lex

    lexicon: set[str] = set()

    def collect(value) -> None:
        if isinstance(value, str):
            lexicon.update(w for w in re.findall(r"[^\W\d_]{3,}", value.lower()))
        elif isinstance(value, dict):
            for key in value:  # the words; values are numbers and TIMEX3 codes
                collect(key)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                collect(item)

    for name in dir(lex):
        if name.isupper():
            collect(getattr(lex, name))
    # English names of glues and rules that the lexicon also spells ("valentine's day", "unit").
    allowed = {"day", "unit"}
    package = Path(temporal.__file__).parent
    found = []
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        examples = {  # the example sentences of the rules are test data
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Rule"
            for inner in ast.walk(node.args[4])
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in docstrings or id(node) in examples:
                    continue
                words = set(re.findall(r"[^\W\d_]{3,}", node.value.lower()))
                found += [(path.name, w) for w in sorted((words & lexicon) - allowed)]
    assert found == [], sorted(set(found))


@pytest.mark.parametrize(
    ("value", "expected"),
    [example for rule in READABLE_RULES for example in rule.examples]
    + [("2020-13-99x", "2020-13-99x"), ("P", "P")],
)
def test_timex_label_examples(value, expected):
    assert timex_label(value) == expected


# --- conventions of TimeML as annotated on Indonesian news (docs/dates-and-times.md) ------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a calendar date and a clock time apposed with a comma: a DATE and a TIME
        (
            "Polisi tiba Kamis (19/11/2020), pukul 07.00 WIB.",
            [("Kamis (19/11/2020)", "2020-11-19"), ("pukul 07.00 WIB", "2020-11-19T07:00")],
        ),
        # adjacent, or after a part of day, one TIME
        ("Polisi tiba Kamis (19/11/2020) pukul 07.00 WIB.", [(None, "2020-11-19T07:00")]),
        ("Laga dimulai Kamis (19/11) sore, pukul 15.30 WIB.", [(None, "2020-11-19T15:30")]),
        # a part of day after the zone
        ("Warga berkumpul jam 07.00 WIB pagi.", [("jam 07.00 WIB pagi", "2020-11-25T07:00")]),
        # fractions in whole smaller units; a half century as written in years
        ("Ia menunggu setengah hari.", [("setengah hari", "PT12H")]),
        ("Gedung itu berdiri setengah abad.", [("setengah abad", "P50Y")]),
        ("Gaji telat setengah bulan.", [("setengah bulan", "P15D")]),
    ],
)
def test_conventions(sentence, expected):
    found = extract(sentence, ANCHOR)
    assert len(found) == len(expected), found
    pairs = zip(found, expected, strict=True)
    got = [(t.text if span else None, t.value) for t, (span, _) in pairs]
    assert got == expected


@pytest.mark.parametrize(
    "sentence, span, mod",
    [
        ("Proyek rampung pertengahan bulan depan.", "pertengahan bulan depan", "MID"),
        ("Proyek rampung awal November 2020.", "awal November 2020", "START"),
        ("Target dikejar hingga akhir tahun.", "akhir tahun", "END"),
        ("Petugas tiba sekitar pukul 06.10 WIB.", "sekitar pukul 06.10 WIB", "APPROX"),
        ("Ia menjabat hampir setahun.", "hampir setahun", "LESS_THAN"),
        ("Ia menjabat lebih dari 5 tahun.", "lebih dari 5 tahun", "MORE_THAN"),
        ("Ia menjabat 5 tahun.", "5 tahun", None),
    ],
)
def test_modifiers_give_their_timex_mod(sentence, span, mod):
    timex = only(sentence)
    assert (timex.text, timex.mod) == (span, mod)


def test_component_sets_the_timex_mod():
    doc = textkit.analyze("Proyek rampung pertengahan bulan depan.", published=ANCHOR)
    (ent,) = [e for e in doc.ents if e._.timex_type]
    assert (ent._.value, ent._.timex_mod) == ("2020-12", "MID")


def test_ordinal_days_take_the_date_the_text_gives_them():
    text = (
        "Razia di hari pertama sepi. Polisi menilang 40 mobil di hari pertama, Senin "
        "(23/11/2020).\nKonser digelar 3-4 Desember 2020. Ia tampil pada hari terakhir.\n"
        "Hari kedua razia belum dijadwalkan."
    )
    found = [(t.text, t.value) for t in extract(text, ANCHOR) if "ari" in t.text[:4]]
    assert found == [
        ("hari pertama", "2020-11-23"),
        ("hari pertama", "2020-11-23"),
        ("hari terakhir", "2020-12-04"),
        ("Hari kedua", "XXXX-XX-XX"),
    ]


def test_ordinal_days_of_a_range_without_a_year_or_publication_date():
    # No publication date: the range's year is unknown, the ordinal day still counts in it.
    text = "Festival digelar 3-4 Agustus. Pada hari kedua, panitia menutup acara."
    found = [(t.text, t.value) for t in extract(text, None) if "ari" in t.text[:4]]
    assert found == [("hari kedua", "XXXX-08-04")]
    beyond = "Festival digelar 3-4 Agustus. Pada hari ketiga, panitia menutup acara."
    assert [t.value for t in extract(beyond, None) if "ari" in t.text[:4]] != ["XXXX-08-05"]
    leap = "Lomba digelar 28-29 Februari. Pada hari kedua, hujan turun."
    assert [t.value for t in extract(leap, None) if "ari" in t.text[:4]] == ["XXXX-02-29"]


def test_schedule_times_are_on_no_particular_day():
    found = extract("Ganjil-genap berlaku pukul 06.00-10.00 WIB di 25 ruas jalan.", ANCHOR)
    assert [t.value for t in found] == ["XXXX-XX-XXT06:00", "XXXX-XX-XXT10:00"]
    dated = extract("Ganjil-genap berlaku Senin (23/11) pukul 06.00 WIB.", ANCHOR)
    assert [t.value for t in dated] == ["2020-11-23T06:00"]


def test_weekend_this_week_told_on_a_monday_is_the_one_just_gone():
    assert only("Pasar ramai akhir pekan ini.", "2020-11-23").value == "2020-W47-WE"
    assert only("Pasar akan ramai akhir pekan ini.", "2020-11-23").value == "2020-W48-WE"


def test_a_sports_season_is_its_year():
    assert only("Klub itu juara musim ini.").value == "2020"
