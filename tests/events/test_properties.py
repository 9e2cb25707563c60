"""Properties that hold for any text: headlines fit and end on a word that
needs no other; sentences are pieces of the text they came from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents.sentences import split_sentences
from timeline.events.sentence import annotate
from timeline.events.title import _DANGLING, MAX_TITLE, make_title

WORDS = st.sampled_from(
    "The minister met envoys in Oslo on Friday and signed a plan for the grid , . of to "
    'said that U.S. Feb. 20 — " Acme Inc. will was has been talks between Riga Tallinn '
    "which who after before prior 2026 percent billion".split()
)
TEXT = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_headlines_fit_and_never_dangle(text: str) -> None:
    title = make_title(annotate(text))
    assert len(title) <= MAX_TITLE
    if len(title.split()) > 2:
        assert title.split()[-1].lower() not in _DANGLING


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TEXT, st.just("\n\n"), st.just("\n")), max_size=8).map("".join))
def test_sentences_are_pieces_of_the_text(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert " ".join(text[sentence.start : sentence.end].split()) == sentence.text
        previous_end = sentence.end
