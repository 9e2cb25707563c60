"""An article's lead image as its page states it, never fetched."""

from __future__ import annotations

from timeline.documents import parse_document
from timeline.documents.lead_image import LeadImage, lead_image

BODY = (
    "<p>The harbour board met on Tuesday to discuss the new ferry fees for the coming "
    "season, and agreed to publish its decision next week.</p>"
    "<p>Ferry operators said the fees would raise ticket prices by a tenth, and asked "
    "the board to phase them in over two years.</p>"
)


def page(head: str, figure: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head><title>Harbour fees</title>{head}</head>"
        f"<body><article><h1>Harbour board weighs new ferry fees</h1>{figure}{BODY}"
        "</article></body></html>"
    )


CANONICAL = '<link rel="canonical" href="https://news.example/2026/harbour-fees">'


def test_the_metadata_image_with_its_figure_caption_and_credit() -> None:
    html = page(
        CANONICAL + '<meta property="og:image" content="/img/ferry.jpg?w=1200">',
        '<figure><img src="https://news.example/img/ferry.jpg?w=640" alt="A ferry at the quay">'
        "<figcaption>The ferry leaves the harbour at dawn. "
        '<span class="photo-credit">Photo: Ana Ruiz / Harbour News</span></figcaption></figure>',
    )
    document = parse_document(html, "fees.html", html=True)
    assert document.image == LeadImage(
        "https://news.example/img/ferry.jpg?w=1200",
        alt="A ferry at the quay",
        caption="The ferry leaves the harbour at dawn.",
        credit="Photo: Ana Ruiz / Harbour News",
    )


def test_without_a_figure_only_what_the_metadata_says() -> None:
    head = (
        '<meta property="og:image" content="https://cdn.example/lead.png">'
        '<meta property="og:image:alt" content="The harbour from above">'
    )
    figure = '<figure><img src="/other.jpg"><figcaption>Another picture</figcaption></figure>'
    document = parse_document(page(head, figure), "fees.html", html=True)
    assert document.image == LeadImage("https://cdn.example/lead.png", alt="The harbour from above")


def test_no_https_address_no_image() -> None:
    for head in (
        '<meta property="og:image" content="http://news.example/a.jpg">',
        '<meta property="og:image" content="/a.jpg">',  # and no page address to read it against
        '<meta property="og:image" content="data:image/png;base64,AAAA">',
        "",
    ):
        assert parse_document(page(head), "fees.html", html=True).image is None


def test_a_caption_credit_in_cite_and_markup_the_parser_cannot_follow() -> None:
    figure = (
        '<figure><picture><source srcset="https://i.example/a.webp 1x, '
        'https://i.example/a@2x.webp 2x">'
        '<img src="https://i.example/fallback.jpg" alt="Quay"></picture>'
        "<figcaption>Quay <b>at night</b> <cite>Wire</cite></figcaption></figure>"
    )
    found = lead_image(page("", figure), "https://i.example/a.webp", None)
    assert found == LeadImage("https://i.example/a.webp", "Quay", "Quay at night", "Wire")
    broken = lead_image("<figure><img src='x.jpg'><![if", "https://i.example/x.jpg", None)
    assert broken == LeadImage("https://i.example/x.jpg")


def test_front_matter_gives_an_image_as_address_path_or_mapping() -> None:
    text = "---\ntitle: T\nimage: media/quay.jpg\n---\nThe board met on Tuesday.\n"
    assert parse_document(text, "a.md").image == LeadImage("media/quay.jpg")
    text = (
        "---\ntitle: T\nimage:\n  url: https://i.example/q.jpg\n  alt: Quay\n"
        "  caption: At night\n  credit: Wire\n---\nThe board met on Tuesday.\n"
    )
    assert parse_document(text, "a.md").image == LeadImage(
        "https://i.example/q.jpg", "Quay", "At night", "Wire"
    )
    assert parse_document("---\nimage: [1, 2]\n---\nText here.\n", "a.md").image is None
