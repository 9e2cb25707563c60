from timeline.markup import plain_text, render_markdown


def test_markdown_renders_emphasis_links_and_lists():
    html = render_markdown("Talks on **fees**, see [notes](https://example.org/n).\n\n- one\n- two")
    assert "<strong>fees</strong>" in html
    assert '<a href="https://example.org/n" rel="noopener noreferrer nofollow">notes</a>' in html
    assert "<li>one</li>" in html


def test_raw_html_cannot_run():
    html = render_markdown(
        "Hi <script>alert(1)</script> <img src=x onerror=alert(2)> "
        '<a href="javascript:alert(3)">x</a> <iframe src="https://evil.example"></iframe>'
    )
    for bad in ("<script", "onerror", "javascript:", "<iframe", "<img"):
        assert bad not in html


def test_headings_in_a_summary_do_not_break_the_outline():
    html = render_markdown("# Big\n\ntext")
    assert "<h1" not in html and "Big" in html


def test_plain_text_drops_markup_and_reads_entities():
    assert plain_text("**Fish** & <b>chips</b>") == "Fish & chips"
    assert plain_text("") == ""
