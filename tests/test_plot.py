"""Charts drawn from small known tables: the right number of bars, lines and points."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

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
    assert "Countries and places outside the map: Indonesia (4), Tokyo (3)" in texts
    assert "Jawa Barat" in texts and "Papua" in texts  # provinces labelled


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
    drawn = {kind: plot.chart(kind, documents, mentions, top=5) for kind in plot.CHART_KINDS}
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
    for kind in plot.CHART_KINDS:
        ax = plot.chart(kind, documents, mentions)
        assert not ax.patches and not ax.images, kind
        points = [c for c in ax.collections if c.get_label() == "places"]
        assert not any(len(c.get_offsets()) for c in points), kind
        assert any(t.get_text().startswith("No ") for t in ax.texts), kind
