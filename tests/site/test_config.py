from pathlib import Path

import pytest

from timeline.site.config import ConfigError, SiteConfig, config_from_dict, load_config

ROOT = Path(__file__).resolve().parents[2]


def test_missing_file_gives_defaults(tmp_path: Path):
    assert load_config(tmp_path / "timeline.toml") == SiteConfig()


def test_reads_the_site_table_and_completes_the_base_url(tmp_path: Path):
    path = tmp_path / "timeline.toml"
    path.write_text(
        '[site]\ntitle = "T"\nbase_url = "https://example.org/sub"\n'
        'language = "fr"\ntimezone = "Europe/Paris"\npage_limit = 60\ntaxonomies = ["tag"]\n'
        'outputs = ["feed"]\n'
    )
    config = load_config(path)
    assert config.taxonomies == ("tag",) and config.outputs == ("feed",)
    assert (config.title, config.language, config.page_limit) == ("T", "fr", 60)
    assert config.base_url == "https://example.org/sub/"
    assert config.absolute("events/a.html") == "https://example.org/sub/events/a.html"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[site\n", "fix the TOML syntax"),
        ("[site]\ntitel = 'x'\n", "unknown key 'titel'"),
        ("[site]\npage_limit = '10'\n", "page_limit must be a int"),
        ("[site]\ntimezone = 'Mars/Olympus'\n", "not an IANA zone"),
        ("[site]\nbase_url = 'example.org'\n", "must start with http"),
        ("[site]\nbase_url = 'https://example.org/t?x=1'\n", "must not hold a query (?)"),
        ("[site]\nbase_url = 'https://'\n", "names no host"),
        ("[site]\nbase_url = 'https:///timeline/'\n", "names no host"),
        ("[site]\nbase_url = 'https://example.org/t/#frag'\n", "or a fragment (#)"),
        ("[site]\nbase_url = 'https://example.org/my timeline/'\n", "must not hold spaces"),
        ("[site]\nbase_url = 'https://example.org:port/'\n", "is not a web address"),
        ("[site]\nbase_url = 'https://[::1/'\n", "is not a web address"),
        ("[site]\ntaxonomies = ['tag', 'people']\n", "taxonomies must list each of tag"),
        ("[site]\ntaxonomies = ['tag', 'tag']\n", "at most once"),
        ("[site]\ntaxonomies = 'tag'\n", "taxonomies must be a tuple"),
        ("[site]\noutputs = ['feed', 'rss']\n", "outputs must list each of feed, calendar"),
    ],
)
def test_bad_settings_name_the_file_and_the_fix(tmp_path: Path, text: str, message: str):
    path = tmp_path / "timeline.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


def test_the_projects_own_settings_load():
    config = load_config(ROOT / "timeline.toml")
    assert config.title and config.language == "en"
    assert [story.id for story in config.stories] == [
        "the-geneva-talks",
        "the-eu-sanctions-package",
        "european-defence",
    ]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("https://example.org", "https://example.org/"),
        ("http://localhost:8080/timeline", "http://localhost:8080/timeline/"),
        ("https://example.org/a%20b/", "https://example.org/a%20b/"),
    ],
)
def test_a_sound_base_url_is_kept_ending_in_a_slash(given: str, kept: str):
    assert config_from_dict({"base_url": given}).base_url == kept
