"""Charts drawn from small known tables: the right number of bars, lines and points."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

from textkit import frames, plot  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


COUNTS = pd.DataFrame(
    {
        "label": ["PER", "LOC", "ORG", "LOC", "PER"],
        "entity": ["Prabowo Subianto", "Jakarta", "Badan Pusat Statistik", "Surabaya", "Sri M."],
        "mentions": [9, 7, 5, 3, 1],
        "documents": [4, 3, 2, 2, 1],
    }
)


def test_top_entities_draws_one_bar_per_entity_largest_on_top():
    ax = plot.top_entities(COUNTS)
    assert isinstance(ax, Axes)
    assert len(ax.patches) == 5
    widths = [bar.get_width() for bar in ax.patches]
    assert widths == [1, 3, 5, 7, 9]
    names = [tick.get_text() for tick in ax.get_yticklabels()]
    assert names[-1] == "Prabowo Subianto" and "Badan Pusat Statistik" in names
    assert ax.get_title() == "Most mentioned people, organizations and places"


def test_top_entities_label_and_top_on_a_given_axes():
    _fig, (left, right) = plt.subplots(1, 2)
    ax = plot.top_entities(COUNTS, label="LOC", ax=right)
    assert ax is right
    assert [bar.get_width() for bar in ax.patches] == [3, 7]
    assert ax.get_title() == "Most mentioned places"
    assert len(plot.top_entities(COUNTS, top=2, ax=left).patches) == 2


TIMELINE = pd.DataFrame(
    {
        "period": pd.to_datetime(["2020-07-06", "2020-07-13", "2020-07-20"] * 2),
        "label": ["PER"] * 3 + ["LOC"] * 3,
        "entity": ["Prabowo Subianto"] * 3 + ["Jakarta"] * 3,
        "mentions": [1, 0, 4, 2, 2, 0],
        "documents": [1, 0, 2, 1, 1, 0],
    }
)


def test_timeline_draws_one_line_per_entity():
    ax = plot.timeline(TIMELINE)
    lines = ax.get_lines()
    assert len(lines) == 2
    assert sorted(list(line.get_ydata()) for line in lines) == [[1, 0, 4], [2, 2, 0]]
    assert ax.get_title() == "Mentions per week"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Prabowo Subianto", "Jakarta"]


def test_timeline_as_stacked_areas():
    ax = plot.timeline(TIMELINE, kind="area")
    assert len(ax.collections) == 2
    with pytest.raises(ValueError):
        plot.timeline(TIMELINE, kind="pie")


PAIRS = pd.DataFrame(
    {
        "entity_a": ["Jakarta", "Jakarta", "Bandung"],
        "entity_b": ["Prabowo Subianto", "Rusia", "Jakarta"],
        "label_a": ["LOC", "LOC", "LOC"],
        "label_b": ["PER", "LOC", "LOC"],
        "count": [3, 1, 2],
    }
)


def test_cooccurrence_heatmap_is_symmetric():
    ax = plot.cooccurrence(PAIRS)
    matrix = ax.images[0].get_array()
    assert matrix.shape == (4, 4)
    names = [tick.get_text() for tick in ax.get_xticklabels()]
    assert names[0] == "Jakarta"  # most connected first
    i, j = names.index("Jakarta"), names.index("Prabowo Subianto")
    assert matrix[i, j] == matrix[j, i] == 3
    assert sum(1 for text in ax.texts if text.get_text()) == 6  # 3 pairs, both halves


def test_cooccurrence_network_has_a_node_per_entity():
    ax = plot.cooccurrence(PAIRS, kind="network", top=3)
    (nodes,) = [c for c in ax.collections if c.get_label() == "entities"]
    assert len(nodes.get_offsets()) == 3
    assert {t.get_text() for t in ax.texts} == {"Jakarta", "Prabowo Subianto", "Bandung"}


def test_by_source_stacks_one_bar_per_entity_and_source():
    counts = pd.DataFrame(
        {
            "label": ["LOC", "LOC", "LOC", "PER"],
            "entity": ["Jakarta", "Jakarta", "Surabaya", "Prabowo Subianto"],
            "source": ["kompas", "detik", "kompas", "detik"],
            "mentions": [3, 2, 1, 4],
        }
    )
    ax = plot.by_source(counts)
    assert len(ax.containers) == 2  # one per source
    assert len(ax.patches) == 3 * 2
    totals = {}
    for container in ax.containers:
        for bar, name in zip(container, [t.get_text() for t in ax.get_yticklabels()], strict=True):
            totals[name] = totals.get(name, 0) + bar.get_width()
    assert totals == {"Jakarta": 5, "Prabowo Subianto": 4, "Surabaya": 1}


def test_by_source_sums_small_sources_as_other():
    counts = pd.DataFrame(
        {
            "entity": ["Medan"] * 4,
            "source": ["a", "b", "c", "d"],
            "mentions": [4, 3, 2, 1],
        }
    )
    ax = plot.by_source(counts, sources=3)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b", "other"]
    assert [bar.get_width() for bar in ax.patches] == [4, 3, 3]


def fake_lookup(name: str):
    places = {
        "Jakarta": (-6.2, 106.8),
        "Surabaya": (-7.25, 112.75),
        "Tokyo": (35.7, 139.7),
        "Indonesia": (-6.2, 106.8),  # a country, located at its capital
    }

    class Place:
        coordinates = places.get(name)
        type = "country" if name == "Indonesia" else "city"

    return Place() if name in places else None


def test_places_map_sizes_points_by_count_and_lists_far_places():
    counts = pd.DataFrame(
        {
            "label": ["LOC"] * 5,
            "entity": ["Jakarta", "Surabaya", "Tokyo", "Atlantis", "Indonesia"],
            "mentions": [8, 2, 3, 5, 4],
        }
    )
    ax = plot.places_map(counts, lookup=fake_lookup)
    (points,) = [c for c in ax.collections if c.get_label() == "places"]
    assert len(points.get_offsets()) == 2  # Tokyo is off the map, Atlantis unknown
    sizes = points.get_sizes()
    assert sizes[0] > sizes[1]
    texts = [t.get_text() for t in ax.texts]
    assert "Jakarta (8)" in texts
    # Indonesia is the map itself: counted in the title, not listed as outside the map.
    assert "Other countries and places outside the map: Tokyo (3)" in texts
    assert ax.get_title().endswith("; Indonesia as a whole: 4")
    assert "Jawa Barat" in texts and "Papua" in texts  # provinces labelled


def test_places_map_top_counts_the_places_drawn_not_the_ones_listed():
    counts = pd.DataFrame(
        {"entity": ["Tokyo", "Indonesia", "Jakarta", "Surabaya"], "mentions": [9, 8, 2, 1]}
    )
    ax = plot.places_map(counts, lookup=fake_lookup, top=2)
    (points,) = [c for c in ax.collections if c.get_label() == "places"]
    assert len(points.get_offsets()) == 2  # Jakarta and Surabaya, though Tokyo is mentioned more
    assert "Other countries and places outside the map: Tokyo (9)" in [
        t.get_text() for t in ax.texts
    ]


def test_places_map_without_extent_draws_far_places():
    counts = pd.DataFrame({"entity": ["Jakarta", "Tokyo"], "mentions": [1, 2]})
    ax = plot.places_map(counts, lookup=fake_lookup, extent=None)
    (points,) = [c for c in ax.collections if c.get_label() == "places"]
    assert len(points.get_offsets()) == 2


def test_province_capitals_cover_every_province():
    capitals = plot.province_capitals()
    assert len(capitals) == 38
    assert capitals["lon"].between(94, 142).all() and capitals["lat"].between(-11, 6).all()


def test_chart_dispatch_on_a_small_result_set():
    documents = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "published": ["2020-07-01", "2020-08-15"],
            "source": ["kompas", "detik"],
            "text": ["", ""],
        }
    )
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b"],
            "sent": [0, 0, 0, 1],
            "label": ["LOC", "PER", "LOC", "LOC"],
            "text": ["Jakarta", "Ridwan Kamil", "Bandung", "Jakarta"],
            "value": ["Jakarta", None, "Bandung", "Jakarta"],
        }
    )
    quotes = pd.DataFrame(
        {
            "doc_id": ["a"],
            "text": ["Jakarta siap"],
            "direct": [True],
            "speaker_entity": ["PER:Ridwan Kamil"],
        }
    )
    drawn = {
        kind: plot.chart(kind, documents, mentions, top=5, quotes=quotes)
        for kind in plot.CHART_KINDS
    }
    assert [t.get_text() for t in drawn["speakers"].get_yticklabels()] == ["Ridwan Kamil"]
    with pytest.raises(ValueError, match="statements table"):
        plot.chart("speakers", documents, mentions)
    assert all(isinstance(ax, Axes) and ax.get_title() for ax in drawn.values())

    top = drawn["top"]  # Jakarta 2, Bandung 1, Ridwan Kamil 1: largest on top
    assert [bar.get_width() for bar in top.patches] == [1, 1, 2]
    assert [t.get_text() for t in top.get_yticklabels()][-1] == "Jakarta"
    assert {t.get_text() for t in top.get_yticklabels()} == {"Jakarta", "Bandung", "Ridwan Kamil"}

    timeline = drawn["timeline"]  # July and August, one line per entity
    lines = {text.get_text(): line for text, line in zip(
        timeline.get_legend().get_texts(), timeline.get_lines(), strict=True
    )}  # fmt: skip
    assert {name: list(line.get_ydata()) for name, line in lines.items()} == {
        "Jakarta": [1, 1],
        "Bandung": [0, 1],
        "Ridwan Kamil": [1, 0],
    }

    matrix = drawn["cooccurrence"].images[0].get_array()
    names = [t.get_text() for t in drawn["cooccurrence"].get_xticklabels()]
    assert names[0] == "Jakarta" and set(names) == {"Jakarta", "Bandung", "Ridwan Kamil"}
    assert matrix[0, names.index("Bandung")] == matrix[0, names.index("Ridwan Kamil")] == 1

    sources = drawn["sources"]
    assert [t.get_text() for t in sources.get_legend().get_texts()] == ["detik", "kompas"]
    totals = {}
    for container in sources.containers:
        labels = [t.get_text() for t in sources.get_yticklabels()]
        for bar, name in zip(container, labels, strict=True):
            totals[name] = totals.get(name, 0) + bar.get_width()
    assert totals == {"Jakarta": 2, "Bandung": 1, "Ridwan Kamil": 1}

    (points,) = [c for c in drawn["map"].collections if c.get_label() == "places"]
    assert len(points.get_offsets()) == 2
    assert {"Jakarta (2)", "Bandung (1)"} <= {t.get_text() for t in drawn["map"].texts}

    assert len(plot.chart("top", documents, mentions, label="LOC").patches) == 2
    with pytest.raises(ValueError):
        plot.chart("pie", documents, mentions)
    assert frames.entity_counts(mentions)["entity"].tolist()[0] == "Jakarta"


def test_empty_tables_give_an_empty_chart_with_a_note():
    documents = pd.DataFrame({"doc_id": ["a"], "published": ["2020-07-01"], "source": ["x"]})
    mentions = pd.DataFrame(columns=["doc_id", "sent", "label", "text", "value"])
    quotes = pd.DataFrame(columns=["doc_id", "text", "direct", "speaker_entity"])
    for kind in plot.CHART_KINDS:
        ax = plot.chart(kind, documents, mentions, quotes=quotes)
        assert not ax.patches and not ax.images, kind
        points = [c for c in ax.collections if c.get_label() == "places"]
        assert not any(len(c.get_offsets()) for c in points), kind
        assert any(t.get_text().startswith("No ") for t in ax.texts), kind


def test_land_file_is_small_and_holds_indonesia_and_neighbours():
    assert plot.LAND_PATH.stat().st_size <= 1_000_000
    land = plot.land()
    assert {"Indonesia", "Malaysia", "Timor-Leste", "Papua New Guinea", "Australia"} <= set(land)
    assert len(land["Indonesia"]) > 100  # the main islands and many small ones
    lon0, lon1, lat0, lat1 = 88, 150, -16, 14  # the box the build clips to
    for rings in land.values():
        for ring in rings:
            assert ring.shape[1] == 2 and len(ring) >= 4
            assert (ring[:, 0] >= lon0).all() and (ring[:, 0] <= lon1).all()
            assert (ring[:, 1] >= lat0).all() and (ring[:, 1] <= lat1).all()
    # Java lies between 105 and 115 °E, south of 5.8 °S: its ring is the one around Jakarta.
    java = [r for r in land["Indonesia"] if r[:, 0].min() < 106.8 < r[:, 0].max()]
    assert any(r[:, 1].max() < -5.8 for r in java)


def test_places_map_draws_the_land_as_polygons():
    counts = pd.DataFrame({"entity": ["Jakarta"], "mentions": [3]})
    ax = plot.places_map(counts, lookup=fake_lookup)
    polygons = {
        c.get_label(): len(c.get_paths()) for c in ax.collections if "land" in c.get_label()
    }
    land = plot.land()
    assert polygons["land: Indonesia"] == len(land["Indonesia"])
    assert polygons["land"] == sum(len(r) for name, r in land.items() if name != "Indonesia")
    bare = plot.places_map(counts, lookup=fake_lookup, land=False)
    assert not [c for c in bare.collections if "land" in c.get_label()]


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_empty_map_note_overlaps_no_label_and_leaves_no_blank_band():
    counts = pd.DataFrame({"entity": ["Atlantis"], "mentions": [2]})
    ax = plot.places_map(counts, lookup=fake_lookup)
    figure = ax.figure
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    (note,) = [t for t in ax.texts if t.get_text() == "No located places to show"]
    note_box = note.get_window_extent(renderer)
    labels = [t for t in ax.texts if t is not note and t.get_text()]
    assert len(labels) == 38  # every province labelled
    assert not [t.get_text() for t in labels if _overlaps(note_box, t.get_window_extent(renderer))]
    # The title sits at the top of the figure: no blank band above it.
    title_top = ax.title.get_window_extent(renderer).y1
    assert figure.bbox.height - title_top < 0.25 * figure.dpi


EVENT_MENTIONS = pd.DataFrame(
    {
        "doc_id": ["a"] * 10 + ["b"] * 3,
        "sent": [0, 0, 0, 1, 1, 1, 1, 1, 2, None, 0, 0, 0],
        "label": ["PER", "DATE", "DATE", "ORG", "DATE", "DATE", "DATE", "DATE", "LOC", "LOC"]
        + ["LOC", "DATE", "DATE"],
        "text": ["Sri", "kemarin", "1998", "KPU", "tiga hari", "setiap pekan", "Mei", "Juni"]
        + ["Bogor", "Depok", "Bogor", "pekan lalu", "2021"],
        "value": [None, "2020-11-24", "1998", "Komisi Pemilihan Umum", "P3D", "XXXX-WXX"]
        + ["XXXX-05", "2020-06", "Bogor", "Depok", "Bogor", "2020-W47", "2021"],
        "timex_type": [None, "DATE", "DATE", None, "DURATION", "SET", "DATE", "DATE"]
        + [None, None, None, "DATE", "DATE"],
        "entity": ["PER:Sri Mulyani", None, None, "ORG:Komisi Pemilihan Umum", None, None, None]
        + [None, "LOC:Bogor", "LOC:Depok", "LOC:Bogor", None, None],
    }
)
EVENT_DOCUMENTS = pd.DataFrame(
    {"doc_id": ["a", "b"], "published": ["2020-11-25T09:30", "2020-11-25T21:00+07:00"]}
)


def test_event_dates_pairs_entities_with_calendar_dates_of_their_sentence():
    events = frames.event_dates(EVENT_MENTIONS, EVENT_DOCUMENTS)
    rows = events[["doc_id", "sent", "entity", "label", "timex", "granularity"]]
    assert rows.values.tolist() == [
        ["a", 0, "Sri Mulyani", "PER", "1998", "year"],
        ["a", 0, "Sri Mulyani", "PER", "2020-11-24", "day"],
        ["a", 1, "Komisi Pemilihan Umum", "ORG", "2020-06", "month"],
        ["b", 0, "Bogor", "LOC", "2021", "year"],
    ]  # durations, sets, weeks and unresolved values left out; Depok has no sentence
    assert events["event_date"].dt.strftime("%Y-%m-%d").tolist() == [
        "1998-01-01",
        "2020-11-24",
        "2020-06-01",
        "2021-01-01",
    ]
    # 1998 ended 8,000 days before; yesterday; June ended 148 days before; 2021 starts in 37
    # (b was published on 25 Nov in UTC too).
    assert events["days_from_published"].tolist() == [-8000, -1, -148, 37]


def test_event_dates_from_a_written_article(nlp):
    text = (
        "Gubernur Jawa Timur Khofifah Indar Parawansa meresmikan jembatan baru di Surabaya "
        "pada 10 November 2020.\n\n"
        "Pembangunan jembatan itu dimulai pada Maret 2019 oleh PT Wijaya Karya.\n\n"
        "Khofifah mengatakan banjir besar melanda Kota Malang pada tahun 1991.\n\n"
        "Selama tiga hari, warga Sidoarjo membersihkan sungai setiap minggu."
    )
    mentions = frames.mentions_frame([nlp(text)], ["art"])
    documents = pd.DataFrame({"doc_id": ["art"], "published": ["2020-11-25T08:00"]})
    events = frames.event_dates(mentions, documents)
    columns = ["sent", "entity", "label", "timex", "granularity", "days_from_published"]
    assert events[columns].values.tolist() == [
        [0, "Jawa Timur", "LOC", "2020-11-10", "day", -15],
        [0, "Surabaya", "LOC", "2020-11-10", "day", -15],
        [0, "Khofifah Indar Parawansa", "PER", "2020-11-10", "day", -15],
        [1, "Wijaya Karya", "ORG", "2019-03", "month", -605],
        [2, "Malang", "LOC", "1991", "year", -10557],
        [2, "Khofifah Indar Parawansa", "PER", "1991", "year", -10557],
    ]  # Sidoarjo's sentence has only a duration and a set


def test_event_timeline_draws_days_spans_and_publication_days():
    events = frames.event_dates(EVENT_MENTIONS, EVENT_DOCUMENTS)
    ax = plot.event_timeline(events)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Sri Mulyani",  # two distinct dates: top row
        "Bogor",
        "Komisi Pemilihan Umum",
    ][::-1]
    by_label = {c.get_label(): c for c in ax.collections}
    assert len(by_label["event day"].get_offsets()) == 1
    assert len(by_label["event year"].get_segments()) == 2
    assert len(by_label["event month"].get_segments()) == 1
    assert len(by_label["published"].get_offsets()) == 3  # one per entity and article
    one = plot.event_timeline(events, entity="Bogor", ax=plt.subplots()[1])
    assert [t.get_text() for t in one.get_yticklabels()] == ["Bogor"]
    empty = plot.event_timeline(events, entity="Nobody")
    assert any(t.get_text() == "No entities with event dates to show" for t in empty.texts)


def test_cli_draws_the_events_chart(tmp_path):
    from textkit.cli import main

    out = tmp_path / "out"
    out.mkdir()
    EVENT_DOCUMENTS.assign(text="", source="x", error=None).to_parquet(out / "documents.parquet")
    EVENT_MENTIONS.drop(columns="entity").to_parquet(out / "mentions.parquet")
    target = tmp_path / "events.png"
    assert main(["chart", str(out), "--kind", "events", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    ax = plot.chart("events", frames.read_results(out)[0], frames.read_results(out)[1])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Komisi Pemilihan Umum", "Bogor", "Sri"]


def test_event_timeline_leaves_stray_dates_out_of_view_and_says_so():
    years = [str(year) for year in range(1990, 2020)] * 4 + ["1019", "3019"]
    events = pd.DataFrame(
        {
            "doc_id": "a",
            "sent": range(len(years)),
            "entity": [f"E{i % 3}" for i in range(len(years))],
            "label": "ORG",
            "event_date": pd.to_datetime(years, format="%Y"),
            "granularity": "year",
            "timex": years,
        }
    )
    events["timex"] = events["timex"] + "-" + events["sent"].astype(str)  # all distinct
    ax = plot.event_timeline(events)
    low, high = (mdates.num2date(x).year for x in ax.get_xlim())
    assert 1985 < low <= 1990 and 2019 <= high < 2025
    notes = [t.get_text() for t in ax.texts if "outside" in t.get_text()]
    assert notes == ["2 of 122 dates lie outside the time shown (1019-01-01 to 3019-01-01)"]
    small = plot.event_timeline(events.head(40), span=("2000-01-01", "2010-01-01"))
    assert [mdates.num2date(x).year for x in small.get_xlim()] == [2000, 2010]
    # Fewer than 100 dates: all of them are in view.
    few = plot.event_timeline(events.iloc[[0, 1, 120, 121]])
    assert not [t for t in few.texts if "outside" in t.get_text()]


def test_event_timeline_shows_month_and_year_bars_whole():
    events = pd.DataFrame(
        {
            "doc_id": "a",
            "sent": [0, 1, 2],
            "entity": ["Bogor", "Bogor", "Desa Sukamaju"],
            "label": "LOC",
            "event_date": pd.to_datetime(["2019-01-01", "2020-11-01", "2020-03-05"]),
            "granularity": ["year", "month", "day"],
            "timex": ["2019", "2020-11", "2020-03-05"],
        }
    )
    ax = plot.event_timeline(events)
    low, high = (mdates.num2date(x).replace(tzinfo=None) for x in ax.get_xlim())
    assert low <= pd.Timestamp("2019-01-01") and high >= pd.Timestamp("2020-12-01")
    assert high < pd.Timestamp("2021-06-01")


def test_one_document_charts_stay_readable():
    documents = pd.DataFrame(
        {"doc_id": ["a"], "published": ["2020-07-01"], "source": ["Warta Desa"], "text": [""]}
    )
    mentions = pd.DataFrame(
        {
            "doc_id": ["a"] * 4,
            "sent": [0, 0, 1, 1],
            "label": ["LOC", "PER", "DATE", "ORG"],
            "text": ["Bandung", "Rina Kusuma", "Senin", "Koperasi Maju"],
            "value": ["Bandung", None, "2020-06-29", None],
        }
    )
    top = plot.chart("top", documents, mentions)
    assert [t.get_text() for t in top.get_yticklabels()] != [] and "Senin" not in [
        t.get_text() for t in top.get_yticklabels()
    ]
    assert "dates" not in top.get_title()
    top.figure.canvas.draw()
    legend = top.get_legend().get_window_extent()
    for text in top.texts:  # the bar values
        assert not legend.overlaps(text.get_window_extent()), text.get_text()
    line = plot.chart("timeline", documents, mentions)
    low, high = line.get_xlim()
    assert high - low < 120  # days: one month in view, not four years


def test_a_source_keeps_its_colour_across_charts():
    def colours(sources):
        counts = pd.DataFrame(
            {
                "label": "LOC",
                "entity": "Bandung",
                "source": sources,
                "mentions": range(len(sources), 0, -1),
            }
        )
        ax = plot.by_source(counts)
        handles, labels = ax.get_legend_handles_labels()
        return {
            label: tuple(h.patches[0].get_facecolor())
            for h, label in zip(handles, labels, strict=True)
        }

    first = colours(["Warta Desa", "Kabar Kota", "Suara Pesisir"])
    second = colours(["Suara Pesisir", "Harian Lembah", "Warta Desa"])
    assert first["Warta Desa"] == second["Warta Desa"]
    assert first["Suara Pesisir"] == second["Suara Pesisir"]
    assert len(set(first.values())) == 3


def test_top_dates_are_named_in_words_beside_their_codes():
    counts = pd.DataFrame(
        {
            "label": ["DATE", "DATE", "TIME"],
            "entity": ["2020-WI", "PRESENT_REF", "2020-11-23T14:30"],
            "mentions": [3, 2, 1],
            "documents": [1, 1, 1],
        }
    )
    ax = plot.top_entities(counts)
    assert [t.get_text() for t in ax.get_yticklabels()][::-1] == [
        "winter 2020 (2020-WI)",
        "now (PRESENT_REF)",
        "23 November 2020, 14:30 (2020-11-23T14:30)",
    ]


def test_map_labels_never_overlap_and_crowded_places_are_listed():
    import itertools

    names = [
        "Jakarta", "Jakarta Timur", "Jakarta Selatan", "Jakarta Barat", "Jakarta Utara", "Bekasi",
        "Depok", "Bogor", "Tangerang", "Tangerang Selatan", "Bandung", "Cimahi", "Surabaya",
        "Sidoarjo", "Gresik",
    ]  # fmt: skip
    counts = pd.DataFrame({"label": "LOC", "entity": names, "mentions": range(40, 25, -1)})
    ax = plot.places_map(counts)
    renderer = ax.figure.canvas.get_renderer()
    labels = [t for t in ax.texts if t.get_text() and not t.get_text().startswith("Drawn")]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in labels]
    assert not [(a, b) for (a, x), (b, y) in itertools.combinations(boxes, 2) if x.overlaps(y)]
    shown = " ".join(t.get_text() for t in ax.texts)
    assert all(f"{name} (" in shown for name in names)  # on the map or in the note below it


def test_event_dates_of_an_undated_article_have_no_distance_to_publication():
    undated = EVENT_DOCUMENTS.assign(published=[None, "2020-11-25T21:00+07:00"])
    days = frames.event_dates(EVENT_MENTIONS, undated)["days_from_published"]
    assert days.isna().tolist() == [True, True, True, False]  # NA, not "the same day" (0)


def test_timeline_without_a_dated_document_is_an_empty_chart():
    undated = EVENT_DOCUMENTS.assign(published=[None, None])
    table = frames.timeline(EVENT_MENTIONS, undated)
    assert table.empty
    ax = plot.timeline(table)
    assert [t.get_text() for t in ax.texts] == ["No dated mentions to show"]
