"""Grammar components: the UD reader, training command, shipped model, load(exclude=), batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import textkit
from textkit.article import Article
from textkit.batch.work import WorkOptions, analyse_chunk, worker_nlp
from textkit.datasets import read_ud_trees
from textkit.pipeline import GRAMMAR_DIR, GRAMMAR_PIPES, MODEL_DIR, build
from textkit.training import grammar

TINY = Path(__file__).parent / "fixtures" / "ud_tiny"
MODELS = MODEL_DIR.parent


def test_multiword_token_is_one_token_with_its_host_annotation():
    first, second = read_ud_trees(TINY / "ud" / "csui" / "train.conllu")
    assert first.words == ["Rina", "membicarakan", "rumahnya", "di", "Bogor", "."]
    assert first.spaces == [True, True, True, True, False, True]
    # `rumahnya` = `rumah` (obj of the verb) + `nya` (its possessor): it is the host's.
    assert (first.lemmas[2], first.pos[2], first.deps[2]) == ("rumah", "NOUN", "obj")
    assert first.morphs[2] == "Number=Sing"
    assert first.heads == [1, 1, 1, 4, 1, 1]  # the root is its own head
    assert second.lemmas[0] == "bijak" and second.morphs[1] == ""


def test_training_command_writes_components_without_vectors(tmp_path):
    out = tmp_path / "grammar"
    out.mkdir()
    (out / "MODEL_CARD.md").write_text("# card\n", encoding="utf-8")
    code = grammar.main(["--data", str(TINY), "--max-steps", "2", "--output", str(out)])
    assert code == 0
    assert (out / "MODEL_CARD.md").read_text(encoding="utf-8") == "# card\n"
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == sorted(GRAMMAR_PIPES)
    assert not (out / "vocab").exists()
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["vectors_of_ner"]["width"] == textkit.load().vocab.vectors.shape[1]
    nlp = build(MODEL_DIR, grammar_dir=out)
    assert nlp.pipe_names[-4:] == list(GRAMMAR_PIPES)
    doc = nlp("Rina membicarakan rumahnya.")
    assert doc.has_annotation("POS") and doc.has_annotation("DEP")


def test_training_command_rejects_bad_input(tmp_path, capsys):
    out = str(tmp_path / "grammar")
    assert grammar.main(["--data", str(tmp_path), "--output", out]) == 2
    assert "no UD train or dev split" in capsys.readouterr().err
    assert grammar.main(["--data", str(TINY), "--vectors", str(tmp_path), "--output", out]) == 2
    assert grammar.main(["--data", str(TINY), "--set", "nokey", "--output", out]) == 2
    assert not Path(out).exists()


def test_shipped_models_fit_the_size_budget():
    size = sum(f.stat().st_size for f in MODELS.rglob("*") if f.is_file())
    assert size <= 40 * 1024 * 1024
    assert not (GRAMMAR_DIR / "vocab").exists()  # the vectors are the NER model's


def test_load_fills_pos_morph_lemma_and_dependencies(nlp):
    assert nlp.pipe_names[-4:] == list(GRAMMAR_PIPES)
    doc = textkit.analyze("Menteri itu membicarakan kebijakan baru dengan para petani di desa.")
    tokens = {t.text: t for t in doc}
    assert tokens["membicarakan"].pos_ == "VERB"
    assert tokens["membicarakan"].lemma_ == "bicara"
    assert tokens["kebijakan"].lemma_ == "bijak"
    assert tokens["membicarakan"].dep_ == "ROOT"
    assert tokens["Menteri"].head.text == "membicarakan"
    assert str(tokens["membicarakan"].morph) == "Voice=Act"
    assert [c.root.text for c in doc.noun_chunks][:2] == ["Menteri", "kebijakan"]


@pytest.mark.parametrize(
    "form, lemma",
    [("dibicarakan", "bicara"), ("pembangunan", "bangun"), ("menggunakan", "guna")],
)
def test_lemmas_strip_affixes(nlp, form, lemma):
    doc = textkit.analyze(f"Warga desa itu {form} jalan baru.")
    assert [t.lemma_ for t in doc if t.text == form] == [lemma]


def test_grammar_leaves_entities_and_sentences_as_they_are(nlp):
    text = (
        "Bupati Rina Hartati meresmikan jembatan di Kabupaten Bogor, Senin (3/2/2020). "
        "Warga menyambutnya. Kemenkeu ikut membantu dana."
    )
    plain = textkit.load(exclude=["grammar"])
    with_grammar = textkit.analyze(text, published="2020-02-05")
    without = textkit.analyze(text, published="2020-02-05", nlp=plain)
    assert [(e.start_char, e.label_, e._.value, e._.entity) for e in with_grammar.ents] == [
        (e.start_char, e.label_, e._.value, e._.entity) for e in without.ents
    ]
    assert [s.start for s in with_grammar.sents] == [s.start for s in without.sents]


def test_exclude_leaves_components_out():
    assert not set(GRAMMAR_PIPES) & set(textkit.load(exclude=["grammar"]).pipe_names)
    no_parser = textkit.load(exclude=["parser"]).pipe_names
    assert "parser" not in no_parser and "lemmatizer" in no_parser
    # Without their tok2vec the other grammar components cannot run: they go too.
    assert not set(GRAMMAR_PIPES) & set(build(exclude=["grammar_tok2vec"]).pipe_names)
    assert "textkit_linker" not in textkit.load(exclude="textkit_linker").pipe_names
    with pytest.raises(ValueError, match="no component named"):
        textkit.load(exclude=["parsr"])


def test_grammar_is_left_out_beside_other_vectors(tmp_path):
    fake = tmp_path / "grammar"
    fake.mkdir()
    for name in ("config.cfg", "strings.json"):
        (fake / name).write_bytes((GRAMMAR_DIR / name).read_bytes())
    meta = json.loads((GRAMMAR_DIR / "meta.json").read_text(encoding="utf-8"))
    meta["vectors_of_ner"]["width"] += 1
    (fake / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.warns(UserWarning, match="grammar components left out"):
        nlp = build(MODEL_DIR, grammar_dir=fake)
    assert not set(GRAMMAR_PIPES) & set(nlp.pipe_names)


@Language.component("textkit_test_fails")
def _fails(doc: Doc) -> Doc:
    raise RuntimeError("a grammar component ran")


def test_batch_runs_no_grammar():
    assert not set(GRAMMAR_PIPES) & set(worker_nlp(None).pipe_names)
    # A pipeline passed in keeps its grammar components, but they do not run.
    nlp = build(MODEL_DIR, exclude=["parser"])
    nlp.add_pipe("textkit_test_fails", name="parser")
    article = Article(doc_id="a1", body="Warga Bogor membersihkan sungai, Minggu.")
    result = analyse_chunk([(article, "h1")], WorkOptions(), nlp=nlp)
    assert result.errors == 0 and result.mentions.num_rows >= 1
    assert "parser" in nlp.pipe_names and not nlp.disabled


# Gates 0.5 under the figures of docs/figures/grammar_eval.md (benchmarks/grammar_eval.py).
GATES = {
    "csui": {"upos": 94.9, "lemma": 96.1, "ufeats": 95.3, "las": 72.1},
    "gsd": {"upos": 85.4, "lemma": 89.2, "ufeats": 84.1, "las": 51.3},
}


@pytest.mark.parametrize("treebank", sorted(GATES))
def test_gold_token_scores_reach_their_gates(shared_data, load_benchmark, nlp, treebank):
    bench = load_benchmark("grammar_eval")
    trees = read_ud_trees(shared_data / "ud" / treebank / "dev.conllu")
    scores = bench.score(trees, bench.predict(nlp, trees))
    low = {k: round(scores[k], 1) for k, gate in GATES[treebank].items() if scores[k] < gate}
    assert not low, f"{treebank} dev below the gates {GATES[treebank]}: {low}"


def test_predict_from_gold_tokens_keeps_them(nlp, load_benchmark):
    bench = load_benchmark("grammar_eval")
    trees = read_ud_trees(TINY / "ud" / "csui" / "dev.conllu")
    docs = bench.predict(nlp, trees)
    assert [[t.text for t in d] for d in docs] == [t.words for t in trees]
    assert all(isinstance(d, Doc) and len(list(d.sents)) == 1 for d in docs)


def parsed(nlp, rows: str, ents: list[str]) -> Doc:
    """A Doc by hand from `word/POS/lemma/head/dep` rows, one sentence."""
    cols = [row.split("/") for row in rows.split()]
    return Doc(
        nlp.vocab,
        words=[c[0] for c in cols],
        pos=[c[1] for c in cols],
        lemmas=[c[2] for c in cols],
        heads=[int(c[3]) for c in cols],
        deps=[c[4] for c in cols],
        ents=ents,
    )


@pytest.fixture()
def term_docs(nlp):
    first = parsed(
        nlp,
        "Bupati/NOUN/bupati/2/nsubj Rina/PROPN/Rina/0/flat Meresmikan/VERB/resmi/2/ROOT "
        "jembatan/NOUN/jembatan/2/obj baru/ADJ/baru/3/amod ./PUNCT/./2/punct",
        ["O", "B-PER", "O", "O", "O", "O"],
    )
    second = parsed(
        nlp,
        "Warga/NOUN/warga/1/nsubj menyambut/VERB/sambut/1/ROOT jembatan/NOUN/jembatan/1/obj "
        "itu/DET/itu/2/det ./PUNCT/./1/punct",
        ["O"] * 5,
    )
    return [first, second]


def test_terms_count_lemmas_by_part_of_speech(term_docs):
    table = textkit.terms(term_docs)
    assert list(table.columns) == ["lemma", "pos", "count", "documents"]
    assert table.iloc[0].to_dict() == {
        "lemma": "jembatan",
        "pos": "NOUN",
        "count": 2,
        "documents": 2,
    }
    assert set(table["pos"]) == {"NOUN", "VERB", "ADJ"}
    assert "resmi" in set(table["lemma"])  # lower-cased lemma of `Meresmikan`
    assert "rina" not in set(textkit.terms(term_docs, pos=None)["lemma"])  # inside an entity
    assert "rina" in set(textkit.terms(term_docs, pos="propn", skip_entities=False)["lemma"])
    assert len(textkit.terms(term_docs, top=2)) == 2


def test_terms_around_an_entity(term_docs):
    sentence = textkit.terms(term_docs, entity="PER:Rina")
    assert set(sentence["lemma"]) == {"bupati", "resmi", "jembatan", "baru"}
    window = textkit.terms(term_docs, entity="rina", around="window", window=1)
    assert set(window["lemma"]) == {"bupati", "resmi"}
    head = textkit.terms(term_docs, entity="PER:Rina", around="head")
    assert head[["lemma", "pos"]].values.tolist() == [["resmi", "VERB"]]
    assert textkit.terms(term_docs, entity="PER:Nobody").empty


def test_terms_reject_docs_without_grammar(term_docs):
    plain = textkit.load(exclude=["grammar"])
    with pytest.raises(ValueError, match="grammar components"):
        textkit.terms([plain("Warga menyambut jembatan itu.")])
    with pytest.raises(TypeError, match="spaCy Docs"):
        textkit.terms(["Warga menyambut jembatan itu."])
    with pytest.raises(ValueError, match="around must be"):
        textkit.terms(term_docs, entity="rina", around="paragraph")


def test_top_terms_chart(term_docs):
    from textkit import plot

    ax = plot.top_terms(textkit.terms(term_docs), top=3)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "jembatan (NOUN)" and len(labels) == 3
    with pytest.raises(TypeError, match="terms"):
        plot.top_terms(textkit.terms(term_docs).drop(columns="pos"))


def test_analyze_command_shows_grammar_when_asked(tmp_path, capsys):
    from textkit.cli import main

    path = tmp_path / "a.txt"
    path.write_text("Warga membicarakan jalan baru.\n", encoding="utf-8")
    assert main(["analyze", str(path), "--format", "jsonl", "--grammar"]) == 0
    rows = json.loads(capsys.readouterr().out)["grammar"]
    assert [r["text"] for r in rows] == ["Warga", "membicarakan", "jalan", "baru", "."]
    assert rows[1]["lemma"] == "bicara" and rows[1]["pos"] == "VERB"
    assert all(0 <= r["head"] < len(rows) for r in rows)
    assert main(["analyze", str(path), "--format", "jsonl"]) == 0
    assert "grammar" not in json.loads(capsys.readouterr().out)
    assert main(["analyze", str(path), "--grammar"]) == 0
    assert "pos" in capsys.readouterr().out.split("\n\n")[1].splitlines()[0].split()


def test_long_text_in_pieces_keeps_its_grammar(nlp):
    paragraphs = [
        "Warga membersihkan sungai.",
        "Petani menanam padi di sawah.",
        "Guru membaca buku.",
    ]
    text = "\n\n".join(" ".join([p] * 30) for p in paragraphs)
    doc = textkit.analyze(text, max_length=1000)
    assert len(text) > 2000
    assert doc.has_annotation("POS") and doc.has_annotation("DEP")
    assert all(t.head.sent == t.sent for t in doc)  # no tree across pieces
    assert {"sungai", "padi", "buku"} <= {t.lemma_ for t in doc}
