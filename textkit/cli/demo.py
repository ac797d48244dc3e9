"""`textkit demo`: the main job on the sample corpus (what `make demo` runs)."""

from __future__ import annotations

import argparse

SAMPLE = (
    "JAKARTA, KOMPAS.com - Menteri Pertahanan Prabowo Subianto bertemu Duta Besar Rusia "
    "di kantor Kemenhan, Jl. Medan Merdeka Barat No. 13, Jakarta Pusat, Senin (23/11/2020) "
    "pukul 14.30 WIB. Pertemuan itu membahas kerja sama yang sudah berjalan 27 tahun.\n"
    "Baca juga: Prabowo Terima Kunjungan Delegasi Jepang"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="analyse the sample corpus into tables and charts")
    parser.add_argument("--corpus", default="corpora")
    parser.add_argument("--out", default="out")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .. import analyze
    from .analyze import format_table

    print(format_table(analyze(SAMPLE, published="2020-11-25")))
    return 0
