"""Charts of textkit tables: each takes DataFrames, draws on an optional `ax`, returns the Axes."""

from __future__ import annotations

import functools
import json
import textwrap
import zlib
from collections.abc import Callable, Iterable

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from . import frames
from .lang.gazetteer import GAZETTEER_DIR
from .timex_words import timex_label

LABEL_COLORS = {
    "PER": "#4C72B0",
    "ORG": "#DD8452",
    "LOC": "#55A868",
    "DATE": "#8172B3",
    "TIME": "#C44E52",
}
LABEL_NAMES = {
    "PER": "people",
    "ORG": "organizations",
    "LOC": "places",
    "DATE": "dates",
    "TIME": "times",
}
UNIT_NAMES = {"doc": "articles", "sent": "sentences"}
TIMEX_LABELS = ("DATE", "TIME")  # entities named by a TIMEX3 value
# Where every chart puts its legend: beside the axes, never over what they show.
LEGEND_BESIDE = {"loc": "upper left", "bbox_to_anchor": (1.01, 1), "fontsize": 8, "frameon": False}
# A single point in time is shown with this much time on either side (matplotlib's default
# view of one date spans four years).
ONE_POINT_PAD = pd.Timedelta(days=45)
# Longitude and latitude bounds of Indonesia, with a little sea around it.
INDONESIA = (94.0, 142.0, -11.5, 6.8)
# Natural Earth country outlines around Indonesia (`python -m textkit.training land`).
LAND_PATH = GAZETTEER_DIR / "land.json"


def _axes(ax: Axes | None, width: float, height: float) -> Axes:
    """`ax`, or the Axes of a new figure of the given size (inches)."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return ax


def _note_empty(ax: Axes, what: str = "entities") -> None:
    """Say so in the middle of the plot when a table has nothing to draw."""
    ax.text(0.5, 0.5, f"No {what} to show", ha="center", va="center", transform=ax.transAxes)
    if not ax.has_data():
        ax.set_xticks([])
        ax.set_yticks([])


def _label_order(labels: Iterable[str]) -> list[str]:
    """Labels in LABEL_NAMES order (PER, ORG, LOC, DATE, TIME), others after them."""
    order = list(LABEL_NAMES)
    return sorted(set(labels), key=lambda lab: (order.index(lab) if lab in order else 99, lab))


def _label_title(labels: list[str]) -> str:
    """The labels as a phrase: ["LOC", "ORG", "PER"] gives "people, organizations and places"."""
    names = [LABEL_NAMES.get(label, label) for label in _label_order(labels)]
    if len(names) > 1:
        return f"{', '.join(names[:-1])} and {names[-1]}"
    return names[0] if names else "entities"


def _entity_name(label: str, entity: str) -> str:
    """How a chart names an entity: a date or time in words beside its TIMEX3 code."""
    if label not in TIMEX_LABELS:
        return entity
    words = timex_label(entity)
    return entity if words == entity else f"{words} ({entity})"


def top_entities(
    counts: pd.DataFrame,
    label: str | None = None,
    top: int = 15,
    value: str = "mentions",
    ax: Axes | None = None,
) -> Axes:
    """Horizontal bars of the most frequent entities (an `entity_counts` table), by label colour."""
    frames.require_columns(counts, ("label", "entity", value), "an entity_counts() table")
    if label is not None:
        counts = counts[counts["label"] == label]
    counts = counts.groupby(["label", "entity"], as_index=False)[value].sum()
    counts = counts.sort_values([value, "entity"], ascending=[False, True]).head(top)
    ax = _axes(ax, 7, 1.2 + 0.32 * max(len(counts), 3))
    rows = counts.iloc[::-1]  # largest at the top
    colors = [LABEL_COLORS.get(lab, "grey") for lab in rows["label"]]
    names = [
        _entity_name(lab, name) for lab, name in zip(rows["label"], rows["entity"], strict=True)
    ]
    bars = ax.barh(names, rows[value].tolist(), color=colors)
    ax.bar_label(bars, padding=3, fontsize=8)
    if counts.empty:
        _note_empty(ax)
    labels = _label_order(counts["label"])
    if len(labels) > 1:
        from matplotlib.patches import Patch

        handles = [Patch(color=LABEL_COLORS.get(lab, "grey"), label=lab) for lab in labels]
        # Beside the bars, not over them: inside, it covers the value of a short bar.
        ax.legend(handles=handles, **LEGEND_BESIDE)
    ax.set_title(f"Most mentioned {_label_title([label] if label else labels)}")
    ax.set_xlabel(f"{value}")
    ax.margins(x=0.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="y", labelsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


POS_COLORS = {"NOUN": "#4C72B0", "VERB": "#C44E52", "ADJ": "#55A868", "PROPN": "#DD8452"}


def top_terms(
    table: pd.DataFrame, top: int = 20, title: str | None = None, ax: Axes | None = None
) -> Axes:
    """Horizontal bars of the most frequent lemmas (a `frames.terms` table), by part of speech."""
    frames.require_columns(table, frames.TERM_COLUMNS, "a terms() table")
    rows = table.sort_values(["count", "lemma"], ascending=[False, True]).head(top)
    ax = _axes(ax, 7, 1.2 + 0.3 * max(len(rows), 3))
    rows = rows.iloc[::-1]  # largest at the top
    colors = [POS_COLORS.get(tag, "grey") for tag in rows["pos"]]
    bars = ax.barh(
        [f"{lemma} ({tag})" for lemma, tag in zip(rows["lemma"], rows["pos"], strict=True)],
        rows["count"].tolist(),
        color=colors,
    )
    ax.bar_label(bars, padding=3, fontsize=8)
    if rows.empty:
        _note_empty(ax, "words")
    ax.set_title(title or "Most frequent words (lemmas)")
    ax.set_xlabel("tokens")
    ax.margins(x=0.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="y", labelsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def top_speakers(counts: pd.DataFrame, top: int = 15, ax: Axes | None = None) -> Axes:
    """The most quoted speakers (a `quote_counts` table): statements beside mentions, two bars
    per speaker (mentions only when the table has them)."""
    frames.require_columns(counts, ("entity", "statements"), "a quote_counts() table")
    counts = counts.sort_values(["statements", "entity"], ascending=[False, True]).head(top)
    ax = _axes(ax, 7, 1.2 + 0.42 * max(len(counts), 3))
    rows = counts.iloc[::-1]  # most quoted at the top
    names = rows["entity"].str.split(":", n=1).str[-1].tolist()
    y = np.arange(len(rows))
    series = [("statements", "quoted", LABEL_COLORS["PER"])]
    if "mentions" in rows:
        series.append(("mentions", "mentioned", "lightgrey"))
    height = 0.8 / len(series)
    for k, (column, name, color) in enumerate(series):
        offset = (k - (len(series) - 1) / 2) * height
        bars = ax.barh(y - offset, rows[column].tolist(), height=height, color=color, label=name)
        ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_yticks(y, names)
    if counts.empty:
        _note_empty(ax, "statements")
    elif len(series) > 1:
        ax.legend(loc="lower right", fontsize=8)
    ax.set_title("Most quoted speakers")
    ax.set_xlabel("statements" if len(series) == 1 else "statements / mentions")
    ax.margins(x=0.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="y", labelsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _period_name(periods: pd.Series) -> str:
    steps = pd.Series(sorted(periods.unique())).diff().dropna()
    if steps.empty:
        return "period"
    days = steps.median().days
    return "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "period"


def timeline(
    table: pd.DataFrame, kind: str = "line", value: str = "mentions", ax: Axes | None = None
) -> Axes:
    """Lines (or stacked areas, `kind="area"`) of each entity over time (a `timeline` table)."""
    if kind not in ("line", "area"):
        raise ValueError(f"kind must be 'line' or 'area', got {kind!r}")
    if table.empty:  # no document has a publication date, or no entity to follow
        ax = _axes(ax, 9, 4.5)
        _note_empty(ax, "dated mentions")
        return ax
    wide = table.pivot_table(index="period", columns="entity", values=value, aggfunc="sum")
    wide = wide.fillna(0)
    order = wide.sum().sort_values(ascending=False).index
    wide = wide[order]
    ax = _axes(ax, 9, 4.5)
    if kind == "line":
        for entity in wide.columns:
            ax.plot(wide.index, wide[entity], marker="o", markersize=3, label=entity)
    elif len(wide.columns):
        ax.stackplot(wide.index, *[wide[c] for c in wide.columns], labels=list(wide.columns))
    locator = mdates.AutoDateLocator(maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    period = _period_name(table["period"]) if len(table) else "period"
    ax.set_title(f"{value.capitalize()} per {period}")
    ax.set_ylabel(f"{value} per {period}")
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if len(wide.index) == 1:
        ax.set_xlim(wide.index[0] - ONE_POINT_PAD, wide.index[0] + ONE_POINT_PAD)
    if len(wide.columns):
        ax.legend(**LEGEND_BESIDE)
    else:
        _note_empty(ax)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _pair_nodes(pairs: pd.DataFrame, top: int | None) -> list[str]:
    """Entities of a co-occurrence table, most connected first."""
    weight = pd.concat(
        [
            pairs.groupby("entity_a")["count"].sum(),
            pairs.groupby("entity_b")["count"].sum(),
        ]
    )
    weight = weight.groupby(level=0).sum()
    ranked = sorted(weight.index, key=lambda name: (-weight[name], name))
    return ranked[:top] if top is not None else ranked


def _graph(pairs: pd.DataFrame, nodes: list[str]):
    """A networkx graph of `nodes`, its edges weighted by the pairs' counts."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    edges = zip(pairs["entity_a"], pairs["entity_b"], pairs["count"], strict=True)
    graph.add_weighted_edges_from((a, b, int(count)) for a, b, count in edges)
    return graph


def _grouped(pairs: pd.DataFrame, nodes: list[str]) -> list[str]:
    """`nodes` reordered so that communities (entities often found together) sit side by side."""
    import networkx as nx

    graph = _graph(pairs, nodes)
    rank = {name: i for i, name in enumerate(nodes)}
    groups = nx.community.greedy_modularity_communities(graph, weight="weight")
    groups = sorted((sorted(group, key=rank.get) for group in groups), key=lambda g: rank[g[0]])
    return [name for group in groups for name in group]


def cooccurrence(
    pairs: pd.DataFrame, kind: str = "heatmap", top: int | None = 15, ax: Axes | None = None
) -> Axes:
    """A heatmap (or `kind="network"` graph) of entities mentioned together (a `cooccurrence`)."""
    if kind not in ("heatmap", "network"):
        raise ValueError(f"kind must be 'heatmap' or 'network', got {kind!r}")
    nodes = _pair_nodes(pairs, top)
    pairs = pairs[pairs["entity_a"].isin(nodes) & pairs["entity_b"].isin(nodes)]
    unit = UNIT_NAMES.get(pairs.attrs.get("unit", "doc"), "units")
    title = f"Entities mentioned in the same {unit}"
    if not nodes:
        ax = _axes(ax, 6, 4)
        _note_empty(ax, "entities mentioned together")
    elif kind == "network":
        ax = _axes(ax, 9, 7)
        _network(pairs, nodes, ax)
    else:
        size = 2.5 + 0.42 * len(nodes)
        ax = _axes(ax, size + 1.5, size)
        _heatmap(pairs, _grouped(pairs, nodes), ax, unit)
    ax.set_title(title)
    return ax


def _heatmap(pairs: pd.DataFrame, nodes: list[str], ax: Axes, unit: str) -> None:
    index = {name: i for i, name in enumerate(nodes)}
    matrix = np.zeros((len(nodes), len(nodes)), dtype=int)
    for a, b, count in zip(pairs["entity_a"], pairs["entity_b"], pairs["count"], strict=True):
        matrix[index[a], index[b]] += count
        matrix[index[b], index[a]] += count
    image = ax.imshow(np.ma.masked_equal(matrix, 0), cmap="Blues", vmin=0)
    ax.set_xticks(range(len(nodes)), nodes, rotation=45, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(nodes)), nodes)
    ax.tick_params(labelsize=8)
    threshold = matrix.max() * 0.6
    for i, j in zip(*np.nonzero(matrix), strict=True):
        color = "white" if matrix[i, j] > threshold else "black"
        ax.text(j, i, str(matrix[i, j]), ha="center", va="center", fontsize=7, color=color)
    ax.figure.colorbar(image, ax=ax, shrink=0.6, label=f"{unit} with both")


def _network(pairs: pd.DataFrame, nodes: list[str], ax: Axes) -> None:
    import networkx as nx

    graph = _graph(pairs, nodes)
    # Gravity keeps unconnected groups near the centre; node sizes keep labels apart.
    layout = nx.forceatlas2_layout(
        graph,
        max_iter=300,
        gravity=2.0,
        scaling_ratio=4.0,
        distributed_action=True,
        seed=7,
        node_size={n: 1 + len(n) / 10 for n in graph.nodes},
    )
    strength = dict(graph.degree(weight="weight"))
    largest = max(strength.values(), default=1) or 1
    sizes = [150 + 1200 * strength[n] / largest for n in graph.nodes]
    weights = [graph.edges[e]["weight"] for e in graph.edges]
    widths = [0.5 + 4 * w / max(weights) for w in weights] if weights else []
    nx.draw_networkx_edges(graph, layout, ax=ax, width=widths, alpha=0.4, edge_color="grey")
    nx.draw_networkx_nodes(
        graph, layout, ax=ax, node_size=sizes, node_color="#4C72B0", alpha=0.8, label="entities"
    )
    box = {"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 1}
    nx.draw_networkx_labels(graph, layout, ax=ax, font_size=8, bbox=box)
    ax.margins(0.12)
    ax.set_axis_off()


OTHER_COLOR = "#BBBBBB"  # the sources summed as "other"
PALETTE_SIZE = 10  # matplotlib's colour cycle C0 … C9


def source_colors(sources: Iterable[str]) -> dict[str, str]:
    """A colour per source (outlet) that is the same in every chart: the palette colour its
    name hashes to, the next free one when another source of the chart has it; "other" grey."""
    colors: dict[str, str] = {}
    taken: set[int] = set()
    for source in sources:
        if source == "other":
            colors[source] = OTHER_COLOR
            continue
        slot = zlib.crc32(str(source).encode("utf-8")) % PALETTE_SIZE
        for step in range(PALETTE_SIZE):
            if (slot + step) % PALETTE_SIZE not in taken:
                slot = (slot + step) % PALETTE_SIZE
                break
        taken.add(slot)
        colors[source] = f"C{slot}"
    return colors


def by_source(
    counts: pd.DataFrame,
    top: int | None = 12,
    sources: int = 8,
    value: str = "mentions",
    ax: Axes | None = None,
) -> Axes:
    """Stacked horizontal bars: mentions of each entity split by source (`entity_counts(by=…)`).

    The `sources` biggest sources get their own colour; the rest are summed as "other".
    """
    wide = counts.pivot_table(index="entity", columns="source", values=value, aggfunc="sum")
    wide = wide.fillna(0).astype(int)
    wide = wide.loc[wide.sum(axis=1).sort_values(ascending=False).index]
    if top is not None:
        wide = wide.head(top)
    wide = wide[wide.sum().sort_values(ascending=False).index].iloc[::-1]
    if len(wide.columns) > sources:
        kept = wide.iloc[:, : sources - 1]
        wide = kept.assign(other=wide.iloc[:, sources - 1 :].sum(axis=1))
    ax = _axes(ax, 8, 1.4 + 0.32 * max(len(wide), 3))
    left = np.zeros(len(wide))
    colors = source_colors(wide.columns)
    for source in wide.columns:
        color = colors[source]
        bars = wide[source].to_numpy()
        ax.barh(wide.index.tolist(), bars, left=left, label=str(source), color=color)
        left += bars
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(f"{value.capitalize()} by source")
    ax.set_xlabel(value)
    ax.tick_params(axis="y", labelsize=9)
    if wide.empty:
        _note_empty(ax)
    else:
        ax.legend(title="source", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


@functools.lru_cache(maxsize=1)
def province_capitals() -> pd.DataFrame:
    """Indonesia's provinces at their capitals' coordinates: code, province, lat, lon."""
    from . import places

    rows = [(p.code, p.name, p.lat, p.lon) for p in places.provinces()]
    return pd.DataFrame(rows, columns=["code", "province", "lat", "lon"])


# Places that are areas rather than points: listed beside the map, not drawn on it.
AREA_TYPES = ("country", "region")


def locate(
    counts: pd.DataFrame, lookup: Callable[[str], object | None] | None = None
) -> pd.DataFrame:
    """An `entity_counts` table with each place's `type`, `lat` and `lon` (NaN when unknown).

    `lookup(name)` returns an object with `type` and `coordinates` (lat, lon), or None;
    by default `textkit.places.lookup`.
    """
    if lookup is None:
        from .places import lookup
    found = [lookup(name) for name in counts["entity"]]
    points = [getattr(place, "coordinates", None) or (np.nan, np.nan) for place in found]
    return counts.assign(
        type=[getattr(place, "type", None) for place in found],
        lat=[float(point[0]) for point in points],
        lon=[float(point[1]) for point in points],
    )


def _within(table: pd.DataFrame, extent: tuple[float, float, float, float]) -> pd.Series:
    """Whether each row's `lon` and `lat` lie inside `extent` (lon0, lon1, lat0, lat1)."""
    lon0, lon1, lat0, lat1 = extent
    return table["lon"].between(lon0, lon1) & table["lat"].between(lat0, lat1)


@functools.lru_cache(maxsize=1)
def land() -> dict[str, list[np.ndarray]]:
    """Country outlines around Indonesia (Natural Earth 1:50m): name -> rings of (lon, lat)."""
    with open(LAND_PATH, encoding="utf-8") as fh:
        countries = json.load(fh)["countries"]
    return {c["name"]: [np.asarray(ring, dtype=float) for ring in c["rings"]] for c in countries}


def draw_land(ax: Axes, country: str | None = "Indonesia") -> Axes:
    """Fill the land of `land()` on `ax`, `country` in a warmer tone than its neighbours."""
    from matplotlib.collections import PolyCollection

    outlines = land()
    others = [ring for name, rings in outlines.items() if name != country for ring in rings]
    ax.add_collection(
        PolyCollection(
            others,
            facecolor="#EEEEEE",
            edgecolor="#BDBDBD",
            linewidth=0.4,
            zorder=0.5,
            label="land",
        ),
        autolim=False,
    )
    if country in outlines:
        ax.add_collection(
            PolyCollection(
                outlines[country],
                facecolor="#F3EEDD",
                edgecolor="#A89F86",
                linewidth=0.5,
                zorder=0.6,
                label=f"land: {country}",
            ),
            autolim=False,
        )
    ax.set_facecolor("#EAF1F7")
    return ax


def _map_height(extent: tuple[float, float, float, float] | None, width: float) -> float:
    """Figure height (inches) whose axes fit `extent` at equal aspect without blank bands."""
    if extent is None:
        return width * 0.48
    ratio = (extent[3] - extent[2]) / (extent[1] - extent[0])
    return min(max((width - 0.9) * ratio + 0.9, 3.5), 9)


def places_map(
    counts: pd.DataFrame,
    lookup: Callable[[str], object | None] | None = None,
    top: int | None = 30,
    value: str = "mentions",
    extent: tuple[float, float, float, float] | None = INDONESIA,
    country: str | None = "Indonesia",
    land: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """Places of an `entity_counts(label="LOC")` table on a map of Indonesia, sized by count.

    Land is drawn from Natural Earth outlines shipped with textkit (`land=False`: a bare
    lon/lat plane); province capitals are labelled in grey for orientation. Places are
    located with `lookup` (see `locate`); the `top` most mentioned places inside `extent`
    (lon0, lon1, lat0, lat1; None: all) are drawn. Mentions of `country` itself (the country
    the map shows) are counted in the title; other countries, and places outside `extent`,
    are listed below the map, most mentioned first.
    """
    import textalloc

    counts = counts.groupby("entity", as_index=False)[value].sum()
    counts = counts.sort_values([value, "entity"], ascending=[False, True])
    whole = int(counts.loc[counts["entity"] == country, value].sum()) if country else 0
    located = locate(counts[counts["entity"] != country], lookup).dropna(subset=["lat", "lon"])
    inside = ~located["type"].isin(AREA_TYPES)
    if extent is not None:
        inside &= _within(located, extent)
    outside, located = located[~inside], located[inside]
    if top is not None:
        located = located.head(top)
    ax = _axes(ax, 13, _map_height(extent, 13))
    if land:
        draw_land(ax, country)
    capitals = province_capitals()
    if extent is not None:
        capitals = capitals[_within(capitals, extent)]
    ax.scatter(capitals["lon"], capitals["lat"], s=8, marker="s", color="#9E9E9E", zorder=1)
    largest = max(located[value].max(), 1) if len(located) else 1
    sizes = 40 + 900 * located[value] / largest
    ax.scatter(
        located["lon"],
        located["lat"],
        s=sizes,
        color="#C44E52",
        alpha=0.6,
        edgecolor="white",
        zorder=3,
        label="places",
    )
    if extent is not None:
        ax.set_xlim(extent[0], extent[1])
        ax.set_ylim(extent[2], extent[3])
    ax.set_aspect("equal")
    texts = [f"{n} ({c})" for n, c in zip(located["entity"], located[value], strict=True)]
    texts += capitals["province"].tolist()
    n_places = len(located)
    # textalloc moves labels off each other where it can and leaves the rest on their points;
    # a collision pass then takes off every label that still overlaps one before it (places
    # by count first, then the province capitals): a place so left is listed under the map.
    _, _, drawn, _ = textalloc.allocate(
        ax,
        [*located["lon"], *capitals["lon"]],
        [*located["lat"], *capitals["lat"]],
        texts,
        x_scatter=[*located["lon"], *capitals["lon"]],
        y_scatter=[*located["lat"], *capitals["lat"]],
        scatter_sizes=[*sizes, *[8] * len(capitals)],
        textsize=[9] * n_places + [6.5] * len(capitals),
        textcolor=["black"] * n_places + ["#666666"] * len(capitals),
        fontweight=["bold"] * n_places + ["normal"] * len(capitals),
        linecolor="#BBBBBB",
        linewidth=0.5,
        min_distance=0.005,
        max_distance=0.08,
        nbr_candidates=100,
        priority_strategy="largest",
    )
    dropped = _drop_colliding(ax, drawn)
    unlabelled = located.iloc[[i for i in dropped if i < n_places]]
    if located.empty:
        # In the open sea south-west of Sumatra, where no province label goes.
        ax.text(
            0.02,
            0.04,
            "No located places to show",
            transform=ax.transAxes,
            fontsize=10,
            bbox={"facecolor": "white", "edgecolor": "#BBBBBB", "pad": 4},
            zorder=5,
        )
    notes = []
    if len(outside):
        notes.append(_listing("Other countries and places outside the map", outside, value))
    if len(unlabelled):
        notes.append(_listing("Drawn without a label for lack of room", unlabelled, value))
    if notes:
        _footnote(ax, "\n".join(notes), 32)
    title = f"Places by {value} ({n_places} located; province capitals in grey)"
    if whole:
        title += f"; {country} as a whole: {whole}"
    ax.set_title(title)
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    if not land:
        ax.grid(color="#EEEEEE", linewidth=0.6, zorder=0)
    return ax


def _drop_colliding(ax: Axes, texts: list) -> list[int]:
    """Remove each text (in order: the first wins) that overlaps one kept before it; the
    indices of the removed ones (and of None entries: texts never drawn)."""
    renderer = ax.figure.canvas.get_renderer()
    kept, dropped = [], []
    for i, text in enumerate(texts):
        box = text.get_window_extent(renderer) if text is not None else None
        if box is None or any(box.overlaps(other) for other in kept):
            if text is not None:
                text.remove()
            dropped.append(i)
        else:
            kept.append(box)
    return dropped


def _footnote(ax: Axes, text: str, below: float) -> None:
    """A small note under the axes, `below` points down from its bottom left corner."""
    ax.annotate(
        text,
        xy=(0, 0),
        xycoords="axes fraction",
        xytext=(0, -below),
        textcoords="offset points",
        va="top",
        fontsize=8,
    )


def _listing(title: str, table: pd.DataFrame, value: str, shown: int = 12) -> str:
    """A note such as "title: A (3), B (2) and 4 more", wrapped to fit under a chart."""
    items = [f"{name} ({count})" for name, count in table[["entity", value]].head(shown).to_numpy()]
    more = f" and {len(table) - shown} more" if len(table) > shown else ""
    return textwrap.fill(f"{title}: {', '.join(items)}{more}", width=160)


GRANULARITY_STYLES = {  # how an event date of each granularity is drawn
    "day": {"color": "#C44E52"},
    "month": {"color": "#DD8452", "linewidth": 5, "alpha": 0.6},
    "year": {"color": "#8172B3", "linewidth": 7, "alpha": 0.35},
}


def _event_rows(events: pd.DataFrame, top: int, entity: str | None) -> list[str]:
    """Entities to draw, the one with the most event dates first (or only `entity`)."""
    if entity is not None:
        return [entity] if (events["entity"] == entity).any() else []
    spread = events.groupby("entity")["timex"].nunique()
    return sorted(spread.index, key=lambda name: (-spread[name], name))[:top]


def _event_span(
    dates: pd.Series,
    published: pd.Series | None,
    ends: pd.Series | None = None,
    trim: float = 0.02,
    min_dates: int = 100,
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """From the earliest event date to the latest end of an event's day, month or year (`ends`,
    default the dates; the outermost `trim` of them left out when there are at least
    `min_dates`: stray years such as 1019), widened to every publication."""
    tail = trim / 2 if len(dates) >= min_dates else 0
    ends = dates if ends is None else ends
    low, high = dates.quantile(tail), ends.quantile(1 - tail)
    if published is not None and published.notna().any():
        low, high = min(low, published.min()), max(high, published.max())
    pad = max((high - low) * 0.03, pd.Timedelta(days=15))
    return low.normalize() - pad, high.normalize() + pad


def event_timeline(
    events: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    top: int = 10,
    entity: str | None = None,
    span: tuple[object, object] | None = None,
    ax: Axes | None = None,
) -> Axes:
    """When things happened: the dates an `event_dates` table pairs with each entity.

    One row per entity (the `top` with the most distinct dates, or the chosen `entity`):
    days as dots, months and years as bars over their span, and below them in grey the
    days the articles were published (the table's `published`, or from `documents`).
    `span` (start, end) is the time shown; by default all event dates (the outermost 2%
    left out from 100 dates on) and every publication day. Dates outside are counted in a note.
    """
    names = _event_rows(events, top, entity)
    events = events[events["entity"].isin(names)]
    ax = _axes(ax, 10, 1.4 + 0.38 * max(len(names), 3))
    published = events["published"] if "published" in events else None
    if published is None and documents is not None:
        published = events["doc_id"].map(
            frames.as_datetime(documents.set_index("doc_id")["published"])
        )
    row = {name: len(names) - 1 - i for i, name in enumerate(names)}  # first on top
    for granularity, style in GRANULARITY_STYLES.items():
        chosen = events[events["granularity"] == granularity].drop_duplicates(["entity", "timex"])
        y = chosen["entity"].map(row).to_numpy(dtype=float) + 0.12
        start = chosen["event_date"]
        if granularity == "day":
            ax.scatter(start, y, s=22, color=style["color"], zorder=3, label="event day")
            continue
        end = start + frames.PERIOD_LENGTHS[granularity]
        ax.hlines(y, start, end, label=f"event {granularity}", **style)
    if published is not None:
        shown = pd.DataFrame({"entity": events["entity"], "day": published.dt.normalize()})
        shown = shown.dropna().drop_duplicates()
        ax.scatter(
            shown["day"],
            shown["entity"].map(row).to_numpy(dtype=float) - 0.22,
            marker="|",
            s=60,
            color="#888888",
            zorder=2,
            label="published",
        )
    ax.set_yticks(range(len(names)), names[::-1])
    ax.set_ylim(-0.7, max(len(names), 1) - 0.3)
    if names:
        distinct = events.drop_duplicates(["entity", "timex"])
        dates = distinct["event_date"]
        ends = dates.copy()
        for granularity, length in frames.PERIOD_LENGTHS.items():
            of = distinct["granularity"] == granularity
            ends[of] = dates[of] + length
        if span is None:
            low, high = _event_span(dates, published, ends)
        else:
            low, high = map(pd.Timestamp, span)
        ax.set_xlim(low, high)
        outside = dates[(dates < low) | (dates > high)]
        if len(outside):
            note = (
                f"{len(outside)} of {len(dates)} dates lie outside the time shown "
                f"({outside.min():%Y-%m-%d} to {outside.max():%Y-%m-%d})"
            )
            _footnote(ax, note, 28)
        locator = mdates.AutoDateLocator(maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.legend(**LEGEND_BESIDE)
    else:
        _note_empty(ax, "entities with event dates")
    ax.set_title("When things happened, by the dates the articles mention")
    ax.grid(axis="x", color="#EEEEEE", linewidth=0.6, zorder=0)
    ax.tick_params(axis="y", labelsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


CHART_KINDS = ("top", "timeline", "cooccurrence", "sources", "map", "events", "speakers")


def chart(
    kind: str,
    documents: pd.DataFrame,
    mentions: pd.DataFrame,
    label: str | None = None,
    top: int = 20,
    freq: str = "M",
    ax: Axes | None = None,
    quotes: pd.DataFrame | None = None,
) -> Axes:
    """One chart of batch results by name: top, timeline, cooccurrence, sources, map, events
    or speakers (needs the statements table, `quotes`).

    `freq` is the period of the timeline ("W" weeks, "M" months).
    """
    if kind == "top":  # people, organizations and places; dates are the `events` chart's
        counts = frames.entity_counts(mentions, label=label or frames.NAMED_LABELS, top=top)
        return top_entities(counts, top=top, ax=ax)
    if kind == "timeline":
        labels = label or frames.NAMED_LABELS
        table = frames.timeline(mentions, documents, freq=freq, top=min(top, 8), label=labels)
        return timeline(table, ax=ax)
    if kind == "cooccurrence":
        labels = label or frames.NAMED_LABELS
        return cooccurrence(frames.cooccurrence(mentions, label=labels, top=top), ax=ax)
    if kind == "sources":
        counts = frames.entity_counts(
            mentions, label=label or frames.NAMED_LABELS, by="source", top=top, documents=documents
        )
        return by_source(counts, top=top, ax=ax)
    if kind == "map":
        return places_map(frames.entity_counts(mentions, label=label or "LOC"), top=top, ax=ax)
    if kind == "speakers":
        if quotes is None:
            raise ValueError("the speakers chart needs the statements table (read_quotes)")
        return top_speakers(frames.quote_counts(quotes, mentions, label=label), top=top, ax=ax)
    if kind == "events":
        events = frames.event_dates(mentions, documents, label=label or frames.NAMED_LABELS)
        return event_timeline(events, top=min(top, 12), ax=ax)
    raise ValueError(f"unknown chart kind {kind!r}; choose one of {', '.join(CHART_KINDS)}")
