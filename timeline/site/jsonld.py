"""schema.org data for an event's page (JSON-LD), which search engines read."""

from __future__ import annotations

import json
from typing import Any

from timeline.site.config import SiteConfig
from timeline.site.views import EventView

_JSONLD = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # one for every page


def event_jsonld(view: EventView, config: SiteConfig) -> str:
    """schema.org Event data, for dates with a known start (a search engine
    cannot use "before 17 February")."""
    edtf = view.edtf
    if edtf.start is None:
        return ""
    start = edtf.start
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": view.event.title,
        "startDate": str(start).rstrip("?~%"),
    }
    if edtf.end is not None:
        data["endDate"] = str(edtf.end).rstrip("?~%")
    if view.summary_text:
        data["description"] = view.summary_text
    if view.places:
        data["location"] = [{"@type": "Place", "name": term.name} for term in view.places]
    if config.base_url:
        data["url"] = config.base_url + view.path
    picture = view.picture
    if picture is not None and (picture.remote or config.base_url):
        data["image"] = picture.src if picture.remote else config.base_url + picture.src
    data["eventStatus"] = "https://schema.org/EventScheduled"
    text = _JSONLD.encode(data)
    # A "</script>" inside a title must not close the element.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
