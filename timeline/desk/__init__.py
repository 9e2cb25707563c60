"""The editors' desk: a local web page that lists the events waiting for
review, shows each beside its article with the quoted sentence and the
date's words marked, and accepts, rejects, edits and merges them through
the store (``timeline.store.edit``)."""
