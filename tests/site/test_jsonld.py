"""schema.org data on event pages: only for dates with a known start, and
never able to close its script element."""

from pathlib import Path

from tests.site.conftest import Build
from timeline.model import Event


def _read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_no_schema_org_event_without_a_start(site: Path):
    html = _read(site, "events/2026-02-17-earlier-contacts.html")
    assert "application/ld+json" not in html


def test_a_script_in_a_title_cannot_close_the_json_ld(build: Build, tmp_path: Path):
    build([Event(id="x", title="</script><script>alert(1)</script>", date="2026-01-01")])
    html = _read(tmp_path / "site", "events/x.html")
    assert "<script>alert(1)" not in html
