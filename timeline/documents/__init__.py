"""Articles to documents: clean text, metadata and sentences."""

from timeline.documents.loader import (
    ARTICLE_SUFFIXES,
    Document,
    find_articles,
    load_document,
    parse_document,
)
from timeline.documents.sentences import Sentence, split_sentences

__all__ = [
    "ARTICLE_SUFFIXES",
    "Document",
    "Sentence",
    "find_articles",
    "load_document",
    "parse_document",
    "split_sentences",
]
