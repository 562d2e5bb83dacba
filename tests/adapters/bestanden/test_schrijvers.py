# SPDX-License-Identifier: EUPL-1.2
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from hartslag.adapters.bestanden import (
    BATCH_SIZE,
    CANONICAL_COLUMNS,
    BestandFout,
    parse_json_field,
    parse_list_field,
    read_rows,
    write_rows,
)
from hartslag.domein.vocabulaire import Brontype, Kanaal

COLUMNS = list(CANONICAL_COLUMNS)
SUMMER = timezone(timedelta(hours=2))

SIGNALEN: list[dict[str, object]] = [
    {
        "organisatie": "gemeente-zoetermeer",
        "externeReferentie": "Z-1",
        "ontvangenOp": datetime(2024, 6, 1, 10, 15, 30, 250_000, tzinfo=SUMMER),
        "brontype": Brontype.KLACHT,
        "kanaal": Kanaal.SOCIALE_MEDIA,
        "gevraagd": False,
        "polariteit": "negatief",
        "impact": [{"domein": "beleid", "soort": "direct"}],
        "bereik": "groep",
        "themas": ["wonen", "zorg"],
        "regelgeving": ("Participatiewet art. 18",),
        "titel": 'Brief "kwijt"',
        "tekst": "Regel een,\nregel twee; € 12,50 — café, ë",
        "melderId": None,
        "interneNotitie": "not in the columns, so not written",
    },
    {"tekst": "Alleen tekst", "gevraagd": True, "themas": []},
]

EXPECTED: list[dict[str, object]] = [
    {
        "organisatie": "gemeente-zoetermeer",
        "externeReferentie": "Z-1",
        "ontvangenOp": "2024-06-01T08:15:30.250000Z",
        "brontype": "klacht",
        "kanaal": "sociale-media",
        "gevraagd": False,
        "polariteit": "negatief",
        "impact": [{"domein": "beleid", "soort": "direct"}],
        "bereik": "groep",
        "themas": ["wonen", "zorg"],
        "regelgeving": ["Participatiewet art. 18"],
        "titel": 'Brief "kwijt"',
        "tekst": "Regel een,\nregel twee; € 12,50 — café, ë",
    },
    {"tekst": "Alleen tekst", "gevraagd": True, "themas": [], "regelgeving": []},
]


def as_imported(velden: dict[str, object]) -> dict[str, object]:
    """What an importer makes of a row, with the package's helpers; None left out."""
    result = dict(velden)
    for column in ("themas", "regelgeving"):
        result[column] = parse_list_field(velden.get(column))
    result["impact"] = parse_json_field(velden.get("impact"))
    gevraagd = velden.get("gevraagd")
    result["gevraagd"] = gevraagd if isinstance(gevraagd, bool) else gevraagd == "true"
    return {column: value for column, value in result.items() if value is not None}


@pytest.mark.parametrize("format", ["csv", "jsonl"])
def test_export_then_import_gives_the_same_values(tmp_path: Path, format: str) -> None:
    path = tmp_path / f"export.{format}"

    written = write_rows(iter(SIGNALEN), path, format=format, columns=COLUMNS)
    rows = list(read_rows(path))

    assert written == 2
    assert [row.nummer for row in rows] == ([2, 3] if format == "csv" else [1, 2])
    assert [row.fout for row in rows] == [None, None]
    assert [as_imported(row.velden) for row in rows] == EXPECTED


def test_csv_export_is_utf8_with_a_comma_header_and_minimal_quoting() -> None:
    stream = io.BytesIO()

    write_rows(SIGNALEN[:1], stream, format="csv", columns=["kanaal", "themas", "impact", "titel"])

    assert not stream.closed
    assert stream.getvalue().decode("utf-8").splitlines() == [
        "kanaal,themas,impact,titel",
        'sociale-media,wonen|zorg,"[{""domein"":""beleid"",""soort"":""direct""}]",'
        '"Brief ""kwijt"""',
    ]


def test_jsonl_export_writes_utc_datetimes_with_z_and_keeps_structures() -> None:
    stream = io.BytesIO()

    write_rows(SIGNALEN, stream, format="jsonl", columns=["ontvangenOp", "impact", "melderId"])

    first, second = (orjson.loads(line) for line in stream.getvalue().splitlines())
    assert first == {
        "ontvangenOp": "2024-06-01T08:15:30.250000Z",
        "impact": [{"domein": "beleid", "soort": "direct"}],
        "melderId": None,
    }
    assert second == {"ontvangenOp": None, "impact": None, "melderId": None}


def many_signals(count: int) -> Iterator[dict[str, object]]:
    for number in range(count):
        yield {
            "externeReferentie": f"R-{number}",
            "ontvangenOp": datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=number),
            "gevraagd": number % 2 == 0,
            "themas": ["wonen", "zorg"] if number % 3 else None,
            "impact": [{"domein": "dienstverlening", "soort": "direct"}],
            "tekst": f"Signaal {number}",
        }


def test_parquet_export_has_the_fixed_schema_and_is_written_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "export.parquet"
    columns = ["externeReferentie", "ontvangenOp", "gevraagd", "themas", "impact", "tekst"]

    written = write_rows(many_signals(2 * BATCH_SIZE + 5), path, format="parquet", columns=columns)

    parquet = pq.ParquetFile(path)
    assert written == parquet.metadata.num_rows == 2 * BATCH_SIZE + 5
    assert parquet.metadata.num_row_groups == 3
    schema = parquet.schema_arrow
    assert schema.names == columns
    assert [field.type for field in schema] == [
        pa.string(),
        pa.timestamp("us", tz="UTC"),
        pa.bool_(),
        pa.list_(pa.string()),
        pa.string(),
        pa.string(),
    ]
    first = parquet.read_row_group(0).slice(0, 2).to_pylist()
    assert first[0]["ontvangenOp"] == datetime(2024, 1, 1, tzinfo=UTC)
    assert first[0]["themas"] is None and first[1]["themas"] == ["wonen", "zorg"]
    assert orjson.loads(first[0]["impact"]) == [{"domein": "dienstverlening", "soort": "direct"}]


def test_parquet_kinds_can_be_given_for_columns_outside_the_canonical_set() -> None:
    stream = io.BytesIO()
    moment = datetime(2024, 2, 29, 23, 0, tzinfo=UTC)

    write_rows(
        [{"geregistreerdOp": moment.isoformat()}],
        stream,
        format="parquet",
        columns=["geregistreerdOp"],
        kinds={"geregistreerdOp": "timestamp"},
    )

    table = pq.read_table(io.BytesIO(stream.getvalue()))
    assert table.schema.field("geregistreerdOp").type == pa.timestamp("us", tz="UTC")
    assert table.to_pylist() == [{"geregistreerdOp": moment}]


def test_an_empty_export_still_has_its_header_and_schema(tmp_path: Path) -> None:
    csv_path, parquet_path = tmp_path / "leeg.csv", tmp_path / "leeg.parquet"

    assert write_rows([], csv_path, format="csv", columns=["tekst", "themas"]) == 0
    assert write_rows([], parquet_path, format="parquet", columns=["tekst", "themas"]) == 0

    assert csv_path.read_bytes() == b"tekst,themas\r\n"
    assert pq.read_table(parquet_path).schema.names == ["tekst", "themas"]


def test_a_failed_export_leaves_no_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    rows = [
        {"ontvangenOp": datetime(2024, 1, 1, tzinfo=UTC)},
        {"ontvangenOp": datetime(2024, 1, 2)},
    ]

    with pytest.raises(ValueError, match="no time zone"):
        write_rows(rows, path, format="csv", columns=["ontvangenOp"])

    assert list(tmp_path.iterdir()) == []


def test_an_unknown_export_format_or_bad_columns_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BestandFout) as caught:
        write_rows([], tmp_path / "export.xlsx", format="xlsx", columns=["tekst"])
    with pytest.raises(ValueError, match="repeats"):
        write_rows([], tmp_path / "export.csv", format="csv", columns=["tekst", "tekst"])

    assert caught.value.code == "onbekend-bestandsformaat"
    assert list(tmp_path.iterdir()) == []
