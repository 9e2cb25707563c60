"""The site's build fixtures, for the tests of what builds keep."""

from tests.site.conftest import build, site

__all__ = ["build", "site"]
