"""Organizations counted as several rows by their forms: ORG identities of a batch output that
share an own name (`textkit.corpus.own_name_groups`: company and club forms, kind and level
words, a city after a proper name aside; an acronym and place with the long name it is the
initials of).

Each group is a class to read: forms of one body split into rows (`PS X` / `X`), or two bodies
that the convention rightly keeps apart only when the tables list both. Counted apart: rows
that are another row's name with a country after it or with a web domain (`textkit.corpus`
`_without_country`, `_without_domain`: `X Indonesia` / `X`, `X.com` / `X`), which the corpus
joins only with context, so some stay apart rightly (another country's ministry).

    python benchmarks/org_forms.py OUT              # OUT: a `textkit batch` output folder
    python benchmarks/org_forms.py OUT --resolve    # resolve its mentions again first
    python benchmarks/org_forms.py OUT --list       # print every group
"""

from __future__ import annotations

import pandas as pd
from person_merges import read_output

from textkit.corpus import _without_country, _without_domain, own_name_groups


def org_form_groups(mentions: pd.DataFrame) -> list[tuple[str, list[tuple[str, int]]]]:
    """(own name, [(identity, documents)]) for every own name with two identities or more."""
    orgs = mentions[mentions["entity"].fillna("").str.startswith("ORG:")]
    docs = orgs.groupby("entity")["doc_id"].nunique()
    out = []
    for k, members in own_name_groups(docs.index).items():
        if len(members) > 1:
            out.append((k, [(m, int(docs[m])) for m in members]))
    return sorted(out, key=lambda g: -sum(n for _, n in g[1]))


def variant_pairs(mentions: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(kind, identity, the identity of its name without the country or domain) for every ORG
    identity whose name without a country (`country`) or a web domain (`domain`) is another
    ORG identity."""
    orgs = set(mentions.loc[mentions["entity"].fillna("").str.startswith("ORG:"), "entity"])
    out = []
    for e in sorted(orgs):
        bare_forms = {"country": _without_country(e[4:]), "domain": _without_domain(e[4:])}
        for kind, bare in bare_forms.items():
            if bare is not None and f"ORG:{bare}" in orgs:
                out.append((kind, e, f"ORG:{bare}"))
    return out


def main() -> None:
    args, mentions = read_output(__doc__.split("\n")[0])
    groups = org_form_groups(mentions)
    if args.list:
        for key, members in groups:
            print(f"{key}: " + "; ".join(f"{m} ({n})" for m, n in members))
    rows = sum(len(m) for _, m in groups)
    print(f"{args.out}: {len(groups)} own names with several ORG rows ({rows} rows)")
    pairs = variant_pairs(mentions)
    if args.list:
        for kind, e, bare in pairs:
            print(f"{kind}: {e} / {bare}")
    for kind in ("country", "domain"):
        print(f"  {kind} forms with a row of their own: {sum(k == kind for k, _, _ in pairs)}")


if __name__ == "__main__":
    main()
