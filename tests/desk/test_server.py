"""The desk over HTTP, as a browser or an attacker's page would reach it:
the queue and its filters, the event beside its article, each action
written through the store, conflicts with a text editor, and the guards."""

from __future__ import annotations

import re

from tests.desk.conftest import Running, event
from tests.store.conftest import proposal
from timeline.store import apply_extraction
from timeline.store.edit import parse
from timeline.store.files import dump_event


def titles(page: str) -> list[str]:
    return re.findall(r'class="row-link"[^>]*>([^<]+)</a>', page)


def test_the_queue_puts_the_most_confident_waiting_events_first(desk: Running):
    chair = desk.file("2026-02-18-chair-defends-vote")
    chair.write_text(chair.read_text().replace("review: unreviewed", "review: reviewed"))
    status, headers, page = desk.request("GET", "/")
    assert status == 200
    assert titles(page) == [
        "Authority raises ferry fee",
        "Ferry fee rise voted by authority",
        "Union to strike",
    ]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert titles(desk.request("GET", "/?review=")[2])[-1] == "Chair defends vote"  # reviewed: last


def test_the_filters_narrow_the_queue(desk: Running):
    def queue(query: str) -> list[str]:
        return titles(desk.request("GET", f"/?{query}")[2])

    assert queue("status=expected") == ["Union to strike"]
    assert queue("article=other.md") == ["Ferry fee rise voted by authority"]
    assert queue("date_from=2026-02-18&date_to=2026-02-28") == ["Chair defends vote"]
    # the vote is in the article's headline: it comes before the chair's defence
    assert queue("min_confidence=0.55&max_confidence=0.8") == [
        "Ferry fee rise voted by authority",
        "Chair defends vote",
    ]
    # check warns that the two reports of the vote look like one event
    assert queue("warnings=1") == [
        "Authority raises ferry fee",
        "Ferry fee rise voted by authority",
    ]
    assert queue("q=strike") == ["Union to strike"]


def test_doubtful_proposals_are_counted_one_link_away_not_listed(desk: Running):
    doubtful = event(
        "2026-02-19-fee-talks",
        "Fee talks may resume",
        "2026-02-19",
        "The authority's chair defended the vote on Wednesday.",
        "on Wednesday",
        0.3,
    )
    desk.file(doubtful.id).write_text(dump_event(doubtful), encoding="utf-8")
    desk.server.desk.load()
    for _ in range(2):  # the second page comes from the queue kept by the first
        page = desk.request("GET", "/")[2]
        assert "Fee talks may resume" not in titles(page)
        assert "4 events; 1 more under confidence 0.5" in page
    assert "Fee talks may resume" in titles(desk.request("GET", "/?min_confidence=")[2])


def test_the_event_is_shown_beside_its_article_with_quote_and_date_marked(desk: Running):
    page, _fields = desk.page("2026-03-03-union-strike")
    assert (
        '<mark class="quote">Union leaders announced a strike for </mark>'
        '<mark class="quote date">March 3</mark>'
        '<mark class="quote"> if the authority does not\nreconsider.</mark>'
    ) in page
    assert "The authority&#39;s chair defended the vote" in page  # the rest of the text too


def test_accept_writes_reviewed_keeps_the_editors_bytes_and_moves_on(desk: Running):
    path = desk.file("2026-02-17-authority-raises-fee")
    path.write_text(path.read_text().replace("tags:", "# from the wire\ntags:"))
    before = path.read_text()
    status, headers, _ = desk.act("accept", "2026-02-17-authority-raises-fee")
    assert status == 303
    assert headers["Location"] == "/event?id=2026-02-17-fee-rise-voted"  # the next one
    assert path.read_text() == before.replace("review: unreviewed", "review: reviewed")
    _, _, page = desk.request("GET", headers["Location"])
    assert "Accepted “Authority raises ferry fee”" in page


def test_an_edit_with_a_typo_is_refused_with_checks_message(desk: Running):
    path = desk.file("2026-02-18-chair-defends-vote")
    before = path.read_bytes()
    _page, fields = desk.page("2026-02-18-chair-defends-vote")
    typed = {**fields, "date": "2026-02-1B", "title": "Chair defends vote"}
    status, _, body = desk.request("POST", "/check", typed)
    assert status == 200 and "invalid date" in body and "2026-02-1B" in body
    status, _, page = desk.request("POST", "/action", {**typed, "action": "edit"})
    assert status == 422 and 'aria-invalid="true"' in page and "invalid date" in page
    assert path.read_bytes() == before
    fixed = {**typed, "action": "edit", "date": "2026-02-18", "places": "Port Meridian\n"}
    assert desk.request("POST", "/action", fixed)[0] == 303
    assert parse(path.read_text())["places"] == ["Port Meridian"]
    assert parse(path.read_text())["date"] == "2026-02-18"


def test_a_save_in_a_text_editor_since_the_page_loaded_is_never_overwritten(desk: Running):
    path = desk.file("2026-02-18-chair-defends-vote")
    _page, fields = desk.page("2026-02-18-chair-defends-vote")
    saved = path.read_text().replace("Chair defends vote", "Chair Lena Morrow defends vote")
    path.write_text(saved)
    status, _, page = desk.request("POST", "/action", {**fields, "action": "accept"})
    assert status == 409
    assert path.read_text() == saved
    shown = re.search(r'<pre id="version-shown"[^>]*>(.*?)</pre>', page, re.S)
    current = re.search(r'<pre id="version-current"[^>]*>(.*?)</pre>', page, re.S)
    assert shown and "title: Chair defends vote" in shown.group(1)
    assert current and "title: Chair Lena Morrow defends vote" in current.group(1)


def test_reject_deletes_for_good_and_undo_brings_it_back(desk: Running):
    path = desk.file("2026-03-03-union-strike")
    before = path.read_bytes()
    assert desk.act("reject", "2026-03-03-union-strike")[0] == 303
    assert not path.exists()
    again = proposal(
        "2026-03-03",
        "Union to strike",
        article="articles/fee.md",
        quote="Union leaders announced a strike for March 3 if the authority does not reconsider.",
    )
    again.id = "2026-03-03-union-strike"
    report = apply_extraction([again], desk.events)
    assert not report.created and "deleted by the editor" in report.left_alone[0].reason
    token = desk.server.token
    status, headers, _ = desk.request(
        "POST", "/action", {"token": token, "action": "undo", "id": ""}
    )
    assert status == 303 and "union-strike" in headers["Location"]
    assert path.read_bytes() == before


def test_the_duplicate_check_warns_about_is_merged_with_both_sources(desk: Running):
    page, _fields = desk.page("2026-02-17-authority-raises-fee")
    assert "Check warns:" in page and "Ferry fee rise voted by authority" in page
    form = dict(
        re.findall(
            r'<input type="hidden" name="(\w+)" value="([^"]*)">',
            page.split('class="duplicate"')[1].split("</form>")[0],
        )
    )
    assert desk.request("POST", "/action", form)[0] == 303
    assert not desk.file("2026-02-17-fee-rise-voted").exists()
    kept = parse(desk.file("2026-02-17-authority-raises-fee").read_text())
    assert [source["article"] for source in kept["sources"]] == [
        "articles/fee.md",
        "articles/other.md",
    ]


def test_a_forged_cross_site_request_is_refused(desk: Running):
    path = desk.file("2026-02-18-chair-defends-vote")
    before = path.read_bytes()
    _page, fields = desk.page("2026-02-18-chair-defends-vote")
    accept = {**fields, "action": "accept"}
    without_token = {key: value for key, value in accept.items() if key != "token"}
    assert desk.request("POST", "/action", without_token)[0] == 403
    assert desk.request("POST", "/action", {**accept, "token": "guessed"})[0] == 403
    evil = {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}
    assert desk.request("POST", "/action", accept, evil)[0] == 403
    # a DNS name rebound onto 127.0.0.1 reads nothing, writes nothing
    rebound = {"Host": f"evil.example:{desk.server.server_address[1]}"}
    status, _, body = desk.request("GET", "/", headers=rebound)
    assert status == 421 and desk.server.token not in body
    assert desk.request("POST", "/action", accept, rebound)[0] == 421
    assert path.read_bytes() == before
    assert desk.request("POST", "/action", accept)[0] == 303  # the desk's own page may


def test_no_article_outside_content_is_read(desk: Running, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The password is swordfish.", encoding="utf-8")
    path = desk.file("2026-02-18-chair-defends-vote")
    path.write_text(path.read_text().replace("articles/fee.md", "../secret.txt"))
    page, _ = desk.page("2026-02-18-chair-defends-vote")
    assert "swordfish" not in page and "cannot be read under" in page
    assert desk.request("GET", "/event?id=../../secret")[0] == 404
    assert desk.request("GET", "/static/../../store/edit.py")[0] == 404
