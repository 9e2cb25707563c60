"""Articles to documents: clean text, metadata and sentences."""

from timeline.documents.loader import (
    ARTICLE_SUFFIXES,
    Document,
    document_from_bytes,
    find_articles,
    load_document,
    parse_document,
    read_article,
)
from timeline.documents.sentences import Sentence, split_sentences

__all__ = [
    "ARTICLE_SUFFIXES",
    "Document",
    "Sentence",
    "document_from_bytes",
    "find_articles",
    "load_document",
    "parse_document",
    "read_article",
    "split_sentences",
]
