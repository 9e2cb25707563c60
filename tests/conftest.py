"""Settings every test shares."""

from hypothesis import settings

# The tests check correctness, not time: a property test on a loaded
# machine must not fail for being slow (benchmarks in bench/ measure speed).
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")
