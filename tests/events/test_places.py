"""Places from the gazetteer, with their other names."""

from __future__ import annotations

from timeline.events.places import counties, find_places


def test_alternate_names_map_to_one_place() -> None:
    assert find_places("Talks moved from Cracow to Krakow and then to Kraków.") == ["Kraków"]
    assert find_places("Envoys from Kiev and Kyiv met in Geneva.") == ["Kyiv", "Geneva"]


def test_countries_with_the_names_people_use() -> None:
    assert find_places("The U.S. and the UK, with the Russian Federation and the UAE.") == [
        "United States",
        "United Kingdom",
        "Russia",
        "United Arab Emirates",
    ]


def test_a_place_inside_a_longer_name_is_not_a_place() -> None:
    assert find_places("The Kiel Institute and the New York Times said so.") == []
    assert find_places("Kiel's harbour is in Germany.") == ["Kiel", "Germany"]


def test_common_words_that_are_also_towns_are_not_places() -> None:
    assert find_places("In March, Mobile phones of the Union were on sale. Nice!") == []


def test_nicknames_of_cities_and_peoples_names_are_not_places() -> None:
    assert find_places("The White House said so.") == []
    assert find_places("Bush met envoys in Bush.", people={"Bush"}) == []


def test_names_with_particles() -> None:
    assert find_places("Envoys flew from Dar es Salaam to Rio de Janeiro on Monday.") == [
        "Dar es Salaam",
        "Rio de Janeiro",
    ]


def test_regions_and_provinces_are_places() -> None:
    assert find_places("Rain flooded Emilia-Romagna and Lazio; Bayern was spared.") == [
        "Emilia-Romagna",
        "Lazio",
        "Bavaria",
    ]


def test_a_river_that_shares_a_towns_name_is_no_town() -> None:
    assert find_places("The Reno burst its banks near Bologna overnight.") == ["Bologna"]
    assert find_places("Crews watched the river Reno and the Reno river rise.") == []
    assert find_places("Pilots landed in Reno, Nevada.") == ["Reno", "Nevada"]


def test_countries_and_regions_keep_their_article() -> None:
    assert find_places("Aid came from the Netherlands to the Veneto.") == ["Netherlands", "Veneto"]


def test_directions_and_first_names_are_not_regions() -> None:
    assert find_places("Mary Jones met Nelson Smith in the North and the Centre.") == []


def test_a_city_is_one_place_in_every_language_and_case() -> None:
    assert find_places("Kiev, Kyiv, Kiew.") == ["Kyiv"]
    assert find_places("Встреча в Киеве, затем в Киев и из Киева.", lang="ru") == ["Kyiv"]
    assert find_places("Делегации прибыли в Женеву, а затем в Краков.", lang="ru") == [
        "Geneva",
        "Kraków",
    ]


def test_countries_and_regions_by_their_names_in_other_languages() -> None:
    assert find_places("Hungary and Russia.") == ["Hungary", "Russia"]
    assert find_places(
        "В Венгрии, России, США и Соединённых Штатах, в Южной Корее.", lang="ru"
    ) == ["Hungary", "Russia", "United States", "South Korea"]
    assert find_places("Губернатор Донецкой области и власти Баварии.", lang="ru") == [
        "Donetska oblast",  # the region, pycountry's English name; not the city of Donetsk
        "Bavaria",
    ]


def test_a_word_that_opens_a_sentence_before_a_place_is_not_part_of_it() -> None:
    assert find_places("В Женеве завершился раунд переговоров.", lang="ru") == ["Geneva"]
    assert find_places("Делегации России и Украины прибыли.", lang="ru") == ["Russia", "Ukraine"]


def test_an_adjective_is_no_town_whose_name_it_resembles() -> None:
    # "Уральском" is "Ural" as an adjective, not the town of Uralsk ("Уральск")
    assert find_places("Вагоны заказаны на Уральском заводе в Москве.", lang="ru") == ["Moscow"]


def test_counties_provinces_and_continents_are_places() -> None:
    assert find_places("Rain hit Cumbria, Devon and the Gironde, then Asia and Europe.") == [
        "Cumbria",
        "Devon",
        "Gironde",
        "Asia",
        "Europe",
    ]


def test_a_county_that_is_also_a_word_is_no_place() -> None:
    assert {"Cumbria", "Gironde"} <= counties()
    assert not {"Lot", "Reading", "Surrey"} & counties()
