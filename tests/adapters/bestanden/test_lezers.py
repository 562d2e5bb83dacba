# SPDX-License-Identifier: EUPL-1.2
import codecs
import hashlib
import tracemalloc
from pathlib import Path

import pytest

from hartslag.adapters.bestanden import (
    BestandFout,
    Row,
    count_rows,
    detect_encoding,
    file_fingerprint,
    read_header,
    read_rows,
    sniff_delimiter,
)

# More than the 1 MiB the encoding detection reads at a time, in lines a csv reader accepts.
ASCII_MEGABYTES = (b"x" * 999 + b"\n") * 1500
ACCENTS = "Café in Zuid-Oost: de tweeëntwintigste keer € 12,50 betaald"


def write_csv(path: Path, lines: list[list[str]], delimiter: str, encoding: str) -> Path:
    text = "\r\n".join(delimiter.join(line) for line in lines) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def velden(rows: list[Row]) -> list[dict[str, object]]:
    return [row.velden for row in rows]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_csv_reads_the_same_values_in_every_delimiter_and_encoding(
    tmp_path: Path, delimiter: str, encoding: str
) -> None:
    lines = [
        ["Organisatie", "Externe referentie", "Tekst"],
        ["Gemeente Zoë", "A-1", f'"{ACCENTS}"'],
        ["Belastingdienst", "", "Geen accenten"],
    ]
    path = write_csv(tmp_path / "signalen.csv", lines, delimiter, encoding)

    rows = list(read_rows(path))

    assert velden(rows) == [
        {"organisatie": "Gemeente Zoë", "externeReferentie": "A-1", "tekst": ACCENTS},
        {"organisatie": "Belastingdienst", "externeReferentie": None, "tekst": "Geen accenten"},
    ]
    assert [row.nummer for row in rows] == [2, 3]
    assert all(row.fout is None for row in rows)


def test_quoted_fields_keep_newlines_and_delimiters_and_rows_match_the_spreadsheet(
    tmp_path: Path,
) -> None:
    path = tmp_path / "signalen.csv"
    path.write_text(
        "titel;tekst\r\n"
        'Eerste;"regel een\r\nregel; twee\r\n""geciteerd"""\r\n'
        "\r\n"
        "Derde;na een lege regel\r\n"
        '"Vierde; met puntkomma";\r\n',
        encoding="utf-8",
    )

    rows = list(read_rows(path))

    assert [(row.nummer, row.velden) for row in rows] == [
        (2, {"titel": "Eerste", "tekst": 'regel een\r\nregel; twee\r\n"geciteerd"'}),
        (4, {"titel": "Derde", "tekst": "na een lege regel"}),
        (5, {"titel": "Vierde; met puntkomma", "tekst": None}),
    ]


def test_short_rows_get_none_and_long_rows_are_flagged_not_dropped(tmp_path: Path) -> None:
    lines = [["titel", "tekst", "kanaal"], ["Kort"], ["Lang", "tekst", "balie", "5", ""], ["Goed"]]
    path = write_csv(tmp_path / "signalen.csv", lines, ",", "utf-8")

    short, long, good = read_rows(path)

    assert short == Row(2, {"titel": "Kort", "tekst": None, "kanaal": None})
    assert long.velden == {"titel": "Lang", "tekst": "tekst", "kanaal": "balie"}
    assert long.extra == ("5",)
    assert long.fout is not None and "Row 3" in long.fout
    assert good.nummer == 4 and good.fout is None


def test_a_blank_header_cell_keeps_its_values_as_extra(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "s.csv", [["titel", "", "tekst"], ["a", "", "b"], ["c", "x", "d"]], ";", "utf-8"
    )

    first, second = read_rows(path)

    assert first == Row(2, {"titel": "a", "tekst": "b"})
    assert second.extra == ("x",) and second.fout is not None


def test_snake_case_camel_case_and_mapped_headers_all_arrive_canonical(tmp_path: Path) -> None:
    lines = [
        ["externe_referentie", "ontvangenOp", "Omschrijving", "Behandelaar"],
        ["R-7", "2024-03-01", "Brief kwijt", "Piet"],
    ]
    path = write_csv(tmp_path / "s.csv", lines, ";", "utf-8")

    (row,) = read_rows(path, mapping={"omschrijving": "tekst"})

    assert row.velden == {
        "externeReferentie": "R-7",
        "ontvangenOp": "2024-03-01",
        "tekst": "Brief kwijt",
        "Behandelaar": "Piet",
    }


def test_excel_sep_hint_line_sets_the_delimiter_and_is_not_a_row(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("sep=|\r\ntitel|tekst\r\na,b|c;d\r\n")

    assert [(row.nummer, row.velden) for row in read_rows(path)] == [
        (2, {"titel": "a,b", "tekst": "c;d"})
    ]


def test_the_format_can_be_named_when_the_extension_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text("tekst\nhallo\n")

    assert velden(list(read_rows(path, format="CSV"))) == [{"tekst": "hallo"}]
    with pytest.raises(BestandFout) as caught:
        read_rows(path, format="xml")
    assert caught.value.code == "onbekend-bestandsformaat"


def test_a_missing_file_is_reported_before_reading(tmp_path: Path) -> None:
    with pytest.raises(BestandFout) as caught:
        read_rows(tmp_path / "weg.csv")

    assert caught.value.code == "bestand-niet-gevonden"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "leeg-bestand"),
        (b"tekst;tekst\n", "dubbele-kolom"),
        (b'tekst\n"' + (b"x" * 1000 + b"\n") * 1100, "ongeldige-csv"),  # beyond 1M characters
        (b"tekst\n" + "é\n".encode() + ASCII_MEGABYTES + b"\xe9\n", "onleesbare-tekstcodering"),
    ],
)
def test_a_file_that_cannot_be_read_as_a_whole_raises_with_its_code(
    tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(content)

    with pytest.raises(BestandFout) as caught:
        list(read_rows(path))

    assert caught.value.code == code


def test_encoding_is_decided_by_the_first_non_ascii_bytes_even_far_into_the_file(
    tmp_path: Path,
) -> None:
    late_cp1252 = tmp_path / "laat.csv"
    late_cp1252.write_bytes(b"tekst\n" + ASCII_MEGABYTES + "café\n".encode("cp1252"))
    # A two-byte character split over the 1 MiB chunk boundary is still valid UTF-8.
    straddling = tmp_path / "grens.csv"
    straddling.write_bytes(b"a" * (1024 * 1024 - 1) + "é\n".encode())

    assert detect_encoding(late_cp1252) == "cp1252"
    assert detect_encoding(straddling) == "utf-8"
    assert list(read_rows(late_cp1252))[-1].velden == {"tekst": "café"}


def test_the_bom_decides_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(codecs.BOM_UTF8 + "tekst\né\n".encode())

    assert detect_encoding(path) == "utf-8-sig"
    assert read_header(path) == ["tekst"]


@pytest.mark.parametrize(
    ("line", "delimiter"),
    [
        ("a;b;c\r\n", ";"),
        ("a,b,c\n", ","),
        ("a\tb\n", "\t"),
        ('"Datum, tijd";"Tekst, kort"\n', ";"),
        ("tekst\n", ","),
    ],
)
def test_delimiter_is_the_most_frequent_one_outside_quotes(line: str, delimiter: str) -> None:
    assert sniff_delimiter(line) == delimiter


def test_jsonl_bad_lines_become_error_rows_and_the_next_rows_still_come(tmp_path: Path) -> None:
    path = tmp_path / "signalen.jsonl"
    path.write_bytes(
        codecs.BOM_UTF8
        + b'{"tekst": "eerste", "Themas": ["wonen", "zorg"], "impact": [{"domein": "beleid"}]}\n'
        + b"{niet: json}\n"
        + b"\n"
        + b'["een", "lijst"]\n'
        + b'{"tekst": "vijfde", "melder_id": 7, "gevraagd": true, "titel": ""}\n'
        + b'{"tekst": "a", "Tekst": "b"}\n'
    )

    rows = list(read_rows(path))

    assert [row.nummer for row in rows] == [1, 2, 4, 5, 6]
    assert rows[0] == Row(
        1, {"tekst": "eerste", "themas": ["wonen", "zorg"], "impact": [{"domein": "beleid"}]}
    )
    assert rows[1].velden == {} and rows[1].fout is not None and "Line 2" in rows[1].fout
    assert rows[2].fout is not None and "list" in rows[2].fout
    assert rows[3] == Row(5, {"tekst": "vijfde", "melderId": 7, "gevraagd": True, "titel": None})
    assert rows[4].fout is not None and "tekst" in rows[4].fout


def test_jsonl_keys_follow_the_user_mapping(tmp_path: Path) -> None:
    path = tmp_path / "s.ndjson"
    path.write_text('{"Omschrijving": "x", "Extra": 1}\n')

    assert velden(list(read_rows(path, mapping={"Omschrijving": "tekst"}))) == [
        {"tekst": "x", "Extra": 1}
    ]
    assert read_header(path) == ["Omschrijving", "Extra"]


def test_count_rows_counts_lines_as_an_upper_bound(tmp_path: Path) -> None:
    csv_path = tmp_path / "s.csv"
    csv_path.write_text('tekst\n"twee\nregels"\nb\nc')
    jsonl_path = tmp_path / "s.jsonl"
    jsonl_path.write_text('{"a": 1}\n{"a": 2}\n')
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")

    assert len(list(read_rows(csv_path))) == 3
    assert count_rows(csv_path) == 4
    assert count_rows(jsonl_path) == 2
    assert count_rows(empty) == 0


def test_file_fingerprint_is_the_sha256_of_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(b"tekst\n" * 300_000)

    assert file_fingerprint(path) == hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_a_large_csv_streams_in_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("organisatie;externe_referentie;ontvangenOp;kanaal;themas;tekst\r\n")
        for number in range(200_000):
            handle.write(
                f"Gemeente Zoë;R-{number};2024-03-01T09:30:00Z;telefoon;wonen|zorg;"
                f'"Signaal {number}: de brief kwam niet aan; € {number}"\r\n'
            )
    tracemalloc.start()
    try:
        count = sum(1 for row in read_rows(path) if row.fout is None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 200_000
    # Holding the rows would take hundreds of MiB; the file alone is about 22 MiB.
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1024 / 1024:.1f} MiB"
