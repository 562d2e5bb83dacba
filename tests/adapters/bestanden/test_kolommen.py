# SPDX-License-Identifier: EUPL-1.2
import re
from pathlib import Path

import pytest

from hartslag.adapters.bestanden import (
    CANONICAL_COLUMNS,
    BestandFout,
    canonical_name,
    format_list_field,
    parse_json_field,
    parse_list_field,
    parse_mapping,
    resolve_header,
    unknown_columns,
)


def snake_case(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


@pytest.mark.parametrize("name", CANONICAL_COLUMNS)
def test_camel_snake_and_shouted_headers_map_to_the_canonical_name(name: str) -> None:
    header = [name, f"  {snake_case(name)} ", name.upper()]

    assert [canonical_name(cell) for cell in header] == [name, name, name]


def test_spaces_hyphens_and_apostrophes_in_headers_are_ignored() -> None:
    assert resolve_header(["Externe referentie", "contact-e_mail", "Thema's"]) == [
        "externeReferentie",
        "contactEmail",
        "themas",
    ]


def test_user_mapping_wins_over_the_canonical_match() -> None:
    mapping = {"Omschrijving": "tekst", "Tekst": "titel", "Datum melding": "ontvangen_op"}

    names = resolve_header(["Omschrijving", "tekst", "datum melding"], mapping)

    assert names == ["tekst", "titel", "ontvangenOp"]


def test_unknown_columns_keep_their_name_and_are_listed() -> None:
    header = ["Tekst", "Behandelaar", "", "Interne notitie"]

    assert resolve_header(header) == ["tekst", "Behandelaar", "", "Interne notitie"]
    assert unknown_columns(header) == ["Behandelaar", "Interne notitie"]
    assert unknown_columns(["Notitie", "Tekst"], {"Notitie": "titel"}) == []


def test_two_headers_for_one_column_are_refused() -> None:
    with pytest.raises(BestandFout) as caught:
        resolve_header(["tekst", "Tekst "])

    assert caught.value.code == "dubbele-kolom"


def test_inline_mapping_spec_is_parsed_to_canonical_targets() -> None:
    spec = "Omschrijving=tekst, Datum melding = ontvangen_op,,Weging=a=b=bereik"

    assert parse_mapping(spec) == {
        "Omschrijving": "tekst",
        "Datum melding": "ontvangenOp",
        "Weging=a=b": "bereik",
    }


def test_mapping_can_come_from_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "kolommen.json"
    path.write_text('{"Omschrijving": "tekst", "Kanaal van binnenkomst": "kanaal"}')

    assert parse_mapping(str(path)) == {
        "Omschrijving": "tekst",
        "Kanaal van binnenkomst": "kanaal",
    }


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        ("Omschrijving", "ongeldige-kolomtoewijzing"),
        ("=tekst", "ongeldige-kolomtoewijzing"),
        ("A=tekst,a=titel", "ongeldige-kolomtoewijzing"),
        ("Omschrijving=beschrijving", "onbekende-doelkolom"),
        ("ontbreekt.json", "bestand-niet-gevonden"),
    ],
)
def test_a_bad_mapping_spec_names_its_problem(spec: str, code: str) -> None:
    with pytest.raises(BestandFout) as caught:
        parse_mapping(spec)

    assert caught.value.code == code


def test_a_json_mapping_file_that_is_not_an_object_of_texts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kolommen.json"
    path.write_text('["tekst"]')

    with pytest.raises(BestandFout) as caught:
        parse_mapping(str(path))

    assert caught.value.code == "ongeldige-kolomtoewijzing"


@pytest.mark.parametrize(
    ("value", "items"),
    [
        (None, []),
        ("", []),
        ("wonen", ["wonen"]),
        (" wonen | zorg ||", ["wonen", "zorg"]),
        (["wonen", " zorg ", None, ""], ["wonen", "zorg"]),
        (("Awb art. 4:6",), ["Awb art. 4:6"]),
    ],
)
def test_list_fields_read_pipe_separated_text_and_json_lists(
    value: object, items: list[str]
) -> None:
    assert parse_list_field(value) == items


def test_a_list_field_that_is_no_list_is_refused() -> None:
    with pytest.raises(BestandFout) as caught:
        parse_list_field({"thema": "wonen"})

    assert caught.value.code == "ongeldige-lijstwaarde"


def test_format_list_field_is_the_inverse_of_parse_list_field() -> None:
    assert parse_list_field(format_list_field(["wonen", "zorg"])) == ["wonen", "zorg"]
    with pytest.raises(ValueError, match="separates"):
        format_list_field(["wonen|zorg"])


def test_json_fields_parse_text_and_pass_json_values_through() -> None:
    impact = [{"domein": "beleid", "soort": "direct"}]

    assert parse_json_field('[{"domein": "beleid", "soort": "direct"}]') == impact
    assert parse_json_field(impact) is impact
    assert parse_json_field("  ") is None
    with pytest.raises(BestandFout) as caught:
        parse_json_field("[{domein: beleid}]")
    assert caught.value.code == "ongeldige-json-waarde"
