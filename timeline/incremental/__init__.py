"""What one build keeps for the next, so that a rebuild after an edit
makes only what the edit changed. Every part is keyed by what it was made
from, so what is kept can be less useful, never wrong.

- ``memory``: ``BuildMemory``, every part one build hands the next (events
  read, views, cards, Markdown, pieces, overview layouts), passed to each
  step that uses it, kept in the process by ``serve`` and written beside
  the site for the next ``timeline build``;
- ``read_cache``: event files not parsed again while unchanged;
- ``pieces``: each event's part of the files made from every event;
- ``inputs``: the digest of everything a build reads, to stop at once when
  nothing changed;
- ``code_key``: the key of the code and libraries everything is kept under.
"""
