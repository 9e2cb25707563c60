"""timeline: news articles in, curated YAML events out, a static timeline site out."""

__version__ = "0.1.0"
