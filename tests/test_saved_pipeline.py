"""User aliases found as phrases; a saved pipeline usable on its own (`spacy.load`, `--model`)."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
from spacy.tokens import Span

import textkit
from textkit.cli import main

# The example rows of docs/identity.md.
ALIASES = (
    "alias,name,label\nPak Kades,Suryo Handoko,PER\nKoperasi Maju,Koperasi Maju Bersama,ORG\n"
)
TEXT = "Menurut Pak Kades, Koperasi Maju membeli gabah petani Desa Sukamaju pada Senin."


@pytest.fixture(scope="module")
def alias_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("aliases") / "aliases.csv"
    path.write_text(ALIASES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def alias_nlp(alias_file):
    return textkit.load(aliases=alias_file)


def _named(doc):
    return [(e.text, e.label_, e._.entity) for e in doc.ents if e._.entity]


def test_user_aliases_find_their_mentions(alias_nlp):
    found = _named(textkit.analyze(TEXT, nlp=alias_nlp))
    assert ("Pak Kades", "PER", "PER:Suryo Handoko") in found
    assert ("Koperasi Maju", "ORG", "ORG:Koperasi Maju Bersama") in found
    assert not any(text == "Kades" for text, _, _ in found)
    # The canonical name is found too; in capitals as well (a headline).
    found = _named(textkit.analyze("KOPERASI MAJU BERSAMA membuka toko.", nlp=alias_nlp))
    assert ("KOPERASI MAJU BERSAMA", "ORG", "ORG:Koperasi Maju Bersama") in found


def test_alias_words_in_lower_case_are_not_names(alias_nlp):
    doc = textkit.analyze("Usaha koperasi maju pesat tahun ini.", nlp=alias_nlp)
    assert not any(e._.entity == "ORG:Koperasi Maju Bersama" for e in doc.ents)


def test_a_longer_name_around_an_alias_stays(alias_file):
    nlp = textkit.build(model_dir=None, aliases=alias_file)
    doc = nlp.make_doc("Kantor Koperasi Maju Bersama Sejahtera dan Pak Kades.")
    doc.ents = [Span(doc, 1, 5, label="ORG"), Span(doc, 7, 8, label="LOC")]  # as an NER might
    doc = nlp.get_pipe("textkit_identity")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Koperasi Maju Bersama Sejahtera", "ORG"),
        ("Pak Kades", "PER"),
    ]


@pytest.fixture(scope="module")
def saved(alias_nlp, alias_file, tmp_path_factory):
    """The pipeline with the user's aliases saved to disk, the alias file then gone."""
    folder = tmp_path_factory.mktemp("saved") / "pipeline"
    alias_nlp.to_disk(folder)
    moved = alias_file.with_suffix(".away")
    alias_file.rename(moved)
    yield folder
    moved.rename(alias_file)


def test_saved_pipeline_loads_with_spacy_alone_and_keeps_aliases(saved, alias_nlp):
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp(sys.argv[2])\n"
        "print(json.dumps([[e.text, e.label_, e._.entity] for e in doc.ents if e._.entity]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(saved), TEXT], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = [tuple(x) for x in json.loads(done.stdout)]
    assert found == _named(alias_nlp(TEXT))
    assert ("Pak Kades", "PER", "PER:Suryo Handoko") in found


def test_saved_pipeline_reloads_in_process(saved):
    nlp = textkit.load(model_dir=saved)
    assert nlp.pipe_names.count("textkit_identity") == 1
    assert ("Pak Kades", "PER", "PER:Suryo Handoko") in _named(nlp(TEXT))


def test_batch_accepts_a_saved_pipeline_as_model(saved, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "berita.txt").write_text(TEXT + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(corpus), "--out", str(out), "--model", str(saved), "--quiet"]) == 0
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert "PER:Suryo Handoko" in set(mentions.entity)


def test_a_folder_without_a_model_is_a_clear_error(tmp_path, capsys):
    assert main(["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--model", "nowhere"]) == 2
    assert "config.cfg" in capsys.readouterr().err


def test_every_textkit_factory_has_a_spacy_entry_point():
    from importlib.metadata import entry_points

    from textkit.pipeline import RULE_PIPES

    named = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    for name, _ in RULE_PIPES:
        assert name in named, f"{name} has no spacy_factories entry point in pyproject.toml"
        assert entry_points(group="spacy_factories", name=name)[name].load()
