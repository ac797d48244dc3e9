"""Commands that (re)build textkit's shipped models and data from ../shared/data."""

# name -> module defining `main(argv: list[str]) -> int`
COMMANDS = {
    "cldr": "textkit.training.cldr",
    "gazetteer": "textkit.training.gazetteer",
    "grammar": "textkit.training.grammar",
    "land": "textkit.training.land",
    "ner": "textkit.training.ner",
    "punkt": "textkit.training.punkt",
}
