"""Splitting a fact base into one text block per record."""

from __future__ import annotations

from cfacts.index.blocks import digest, split


def texts(data: bytes) -> tuple[bytes, list[tuple[str, bytes, bool]]]:
    end, blocks = split(data)
    return data[:end], [(b.kind, data[b.start : b.end], b.plain) for b in blocks]


def test_preamble_and_one_block_per_record_with_its_trailing_comments() -> None:
    data = b'schema_version = 1\n\n[[source]]\nid = "s"\n# about s\n\n[[person]]\nid = "p"\n'
    preamble, blocks = texts(data)
    assert preamble == b"schema_version = 1\n\n"
    assert blocks == [
        ("source", b'[[source]]\nid = "s"\n# about s\n\n', True),
        ("person", b'[[person]]\nid = "p"\n', True),
    ]


def test_header_spelling_that_toml_allows() -> None:
    data = b'x = 1\r\n  [[ person ]]  # first\r\nid = "a"\r\n[[person]]\r\nid = "b"'
    _, blocks = texts(data)
    assert [(kind, text.splitlines()[0]) for kind, text, _ in blocks] == [
        ("person", b"  [[ person ]]  # first"),
        ("person", b"[[person]]"),
    ]


def test_other_bracket_lines_make_a_block_not_plain() -> None:
    data = b'[[person]]\nid = "a"\n[person.extra]\nx = 1\n[[person]]\nid = "b"\n'
    _, blocks = texts(data)
    assert [plain for _, _, plain in blocks] == [False, True]


def test_quoted_and_dotted_headers_do_not_split() -> None:
    # Such files still load: the indexer cannot vouch for these blocks and asks the loader.
    data = b'[[person]]\nid = "a"\n[["person"]]\nid = "b"\n[[person.x]]\n'
    _, blocks = texts(data)
    assert len(blocks) == 1
    assert not blocks[0][2]


def test_no_records_and_empty_file() -> None:
    assert split(b"schema_version = 1\n") == (19, [])
    assert split(b"") == (0, [])


def test_digests_identify_bytes() -> None:
    data = b'[[person]]\nid = "a"\n[[person]]\nid = "a"\n[[person]]\nid = "b"\n'
    _, blocks = split(data)
    assert blocks[0].digest == blocks[1].digest != blocks[2].digest
    assert blocks[2].digest == digest(b'[[person]]\nid = "b"\n')
    assert len(blocks[0].digest) == 16


def test_without_digests_the_same_blocks() -> None:
    data = b'x = 1\n[[person]]\nid = "a"\n[person.extra]\nx = 1\n[[event]]\nid = "b"'
    end, blocks = split(data)
    assert split(data, digests=False) == (end, [b._replace(digest=b"") for b in blocks])
