"""The static site readers browse: ``build_site(events, out_dir, config)``."""

from timeline.site.build import BuildResult, build_site, plan_site
from timeline.site.config import ConfigError, SiteConfig, load_config

__all__ = ["BuildResult", "ConfigError", "SiteConfig", "build_site", "load_config", "plan_site"]
