"""Helpers the language modules build their tables with (the module name
starts with "_", so it is never taken for a language)."""


def forms(groups: tuple[tuple[str, ...], ...]) -> dict[str, object]:
    """Month or weekday forms, numbered from 1 in the order of ``groups``."""
    return {form: i + 1 for i, names in enumerate(groups) for form in names}


def unit(
    singular: str, plural: str, letter: str, per: int, granularity: str | None
) -> dict[str, tuple]:
    """The forms of a unit (space-separated, as many as the language inflects):
    (TimeML duration letter, count per unit, granularity, plural)."""
    return {
        **{form: (letter, per, granularity, False) for form in singular.split()},
        **{form: (letter, per, granularity, True) for form in plural.split()},
    }
