import random

import markdown

from bench.corpus import make_events
from timeline import markup
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


# -- the fast path must give Python-Markdown's own HTML, byte for byte ---------

WORDS = [
    "Talks",
    "end",
    "in",
    "Kyiv",
    "2024",
    "1990s",
    "café",
    "日本",
    "e.g.",
    "C++",
    "50%",
    "$5",
    "a/b",
    "(it)",
    '"quoted"',
    "it's",
    "x:y",
    "~",
    "|",
    "{}",
    "^",
    "@home",
    "=",
    "+",
]
# Each may start, end or break something in Markdown, or nothing at all.
EDGES = [
    "*",
    "**",
    "***",
    "* ",
    " *",
    "_",
    "__",
    "`",
    "``",
    "\\",
    "\\*",
    "&",
    "&amp;",
    "&#38;",
    "<",
    ">",
    "<b>",
    "<br>",
    "#",
    "# ",
    "## ",
    "> ",
    "- ",
    "-",
    "+ ",
    "1. ",
    "2) ",
    "12.",
    "---",
    "===",
    "- - -",
    "***",
    "  ",
    "\t",
    "    ",
    "!",
    "![x](https://a.b/i.png)",
    "[x]",
    "[x][y]",
    "[x]: https://a.b",
    "[x](https://a.b/c d)",
    '[x](https://a.b "t")',
    "[x](<https://a.b>)",
    "[x](https://a.b/(c))",
    "[](https://a.b)",
    "<https://a.b>",
    "https://a.b/c_d_e",
    "a@b.c",
    "\u00a0",
    "\u2028",
    "\u200b",
    "\x02",
    "\x03",
    "\r",
    "\r\n",
    "\f",
    " \n",
    "\n ",
    "\n\n\n",
    ":",
    ";",
    "[",
    "]",
    "(",
    ")",
    ".",
    ",",
]
INLINE = [
    "**{}**",
    "*{}*",
    "[{}](https://example.org/p_1?q=2#f)",
    "[{}](mailto:a@b.c)",
    "[{}](/local/page.html)",
    "** {}**",
    "*{} *",
    "**{}*",
    "*{}**",
]


def _line(rng: random.Random, edgy: bool) -> str:
    parts = []
    for _ in range(rng.randint(1, 8)):
        roll = rng.random()
        if roll < 0.55:
            parts.append(rng.choice(WORDS))
        elif roll < 0.85:
            parts.append(
                rng.choice(INLINE[:5] if not edgy else INLINE).format(
                    " ".join(rng.choices(WORDS, k=rng.randint(1, 3)))
                )
            )
        else:
            parts.append(rng.choice(EDGES) if edgy else rng.choice(WORDS))
    return rng.choice([" ", " ", "", "  "] if edgy else [" "]).join(parts)


def _document(rng: random.Random) -> str:
    edgy = rng.random() < 0.5
    blocks = []
    for _ in range(rng.randint(1, 4)):
        lines = [_line(rng, edgy) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            lines = [rng.choice(["- ", "- ", "* ", "+ ", "1. ", "-  "]) + line for line in lines]
        blocks.append("\n".join(lines))
    text = rng.choice(["\n\n", "\n\n", "\n", "\n\n\n"] if edgy else ["\n\n"]).join(blocks)
    if edgy and rng.random() < 0.2:
        text = rng.choice(["\n", " ", "\n\n"]) + text + rng.choice(["\n", "  ", " \n"])
    return text


def _library(text: str) -> str:
    converter = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    return converter.convert(text)


def test_fast_path_gives_the_library_html_for_generated_text():
    rng = random.Random(20261124)
    taken = 0
    for _ in range(6000):
        text = _document(rng)
        fast = markup._simple_html(text)
        if fast is not None:
            taken += 1
            library = _library(text)
            assert fast == library, repr(text)
            # and what nh3 makes of it, HTML and plain text, without asking nh3
            assert markup._render(text) == markup._sanitised(library), repr(text)
    assert taken > 1000  # the generator keeps reaching the fast path


def test_fast_path_gives_the_library_html_for_awkward_text():
    cases = [
        "1990. A year",
        "1990 was a year",
        "a\n1. b",
        "a\n- b",
        "- a\n\n- b",
        "- a\nb",
        "- a\n\nb",
        "a\n\n- b\n- c\n\nd",
        "a\n---",
        "a\n===",
        "---",
        "Price: 5 * 3 = 15",
        "2*3*4",
        "**a**b**c**",
        "*a**b*",
        "***a***",
        "**a** **b**",
        "a  b",
        "a \nb",
        "a  \nb",
        "\ta",
        "    code",
        "a\tb",
        "# Title",
        "a # b",
        "> quote",
        "a > b",
        "a & b",
        "&copy;",
        "a < b",
        "<b>x</b>",
        "a\\*b",
        "`code`",
        "snake_case",
        "[a](https://x.y/a_b)",
        "[a](https://x.y/(b))",
        "([a](https://x.y/b))",
        "![a](https://x.y/b)",
        "[a] b",
        "x\u00a0y",
        "x\u2028y",
        "x\u200by",
        "\x02x\x03",
        "a\r\nb",
        "\n\na\n\n",
        "a\n\n\n\nb",
        "Done!",
        "Done![a](https://x.y)",
        "[**a**](https://x.y)",
        "**[a](https://x.y)**",
        "* a",
        "+ a",
        "-a",
        "- - a",
        "- 1. a",
        "-  a",
        "=a",
        "+1 vote",
        "--a",
        "a--",
        "[x](javascript:alert(1))",
        "[x](javascript:alert)",
        "[x](data:text/html,hi)",
        "[x](//evil.example/a)",
        '[a "b"](https://x.y)',
        "[x](https://x.y/a?b=c;d=e)",
    ]
    for text in cases:
        fast = markup._simple_html(text)
        if fast is not None:
            assert fast == _library(text), repr(text)
            assert markup._render(text) == markup._sanitised(fast), repr(text)


def test_fast_path_gives_the_library_html_for_the_bench_summaries():
    for text in [event.summary for event in make_events(1500)]:
        library = _library(text)
        assert markup._simple_html(text) == library
        assert markup._render(text) == markup._sanitised(library)


def test_what_the_fast_path_declines_still_renders():
    text = "# Heading\n\n1. one\n2. two\n\n> quote with `code` & <b>bold</b>"
    assert markup._simple_html(text) is None
    html = render_markdown(text)
    assert "<ol>" in html and "<blockquote>" in html and "<code>code</code>" in html


def test_many_summaries_at_once_equal_the_library_one_by_one(monkeypatch):
    monkeypatch.setattr(markup, "PARALLEL_FROM", 50)  # the library's share on every core
    rng = random.Random(5)
    texts = [_document(rng) for _ in range(400)] + ["", "  \n"]
    got = markup.Summaries().to_keep(texts)  # none rendered yet
    for text in texts:
        fragment = _library(text) if text.strip() else ""
        assert got[text] == list(markup._sanitised(fragment)), repr(text)
