"""Language data for the temporal tagger, one module per language code; see
``en.py`` for the format. A language is added by adding its module."""
