"""Reading articles: encodings, formats and bad inputs."""

import json

from kg.ingest import IngestProblem, read_documents

ARTICLE = "清远高新区党工委副书记、管委会主任周岐贤表示，营商环境是企业生存发展的土壤。"


def _read(path):
    return list(read_documents([path]))


def test_utf8_with_bom_is_read_without_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (doc,) = _read(path)
    assert doc.text == ARTICLE


def test_gbk_file_is_detected_and_decoded(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(ARTICLE.encode("gbk"))
    (doc,) = _read(path)
    assert doc.text == ARTICLE and doc.id == "gbk.txt"


def test_binary_file_is_a_problem_naming_the_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (problem,) = _read(path)
    assert isinstance(problem, IngestProblem)
    assert "image.txt" in str(problem) and "binary" in problem.message


def test_undecodable_bytes_are_a_problem(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Ünïcödé ÿ".encode("latin-1") * 5)
    (problem,) = _read(path)
    assert isinstance(problem, IngestProblem) and "decode" in problem.message


def test_empty_file_is_a_problem(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    (problem,) = _read(path)
    assert isinstance(problem, IngestProblem) and "empty" in problem.message


def test_broken_jsonl_line_is_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "title": "标题", "url": "http://example.org/a1", "date": "2022-08-01"},
                   ensure_ascii=False),
        '{"id": "a2", "text": "未闭合',
        json.dumps({"id": "a3", "text": "平顶山高新区启动体制机制改革。"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read(path)
    assert [getattr(i, "id", None) for i in items] == ["a1", None, "a3"]
    assert isinstance(items[1], IngestProblem) and items[1].source.endswith("articles.jsonl:2")
    assert items[0].title == "标题" and items[0].date == "2022-08-01"


def test_html_keeps_only_visible_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>t</title><style>p{color:red}</style></head>"
        f"<body><script>var x = '高新区';</script><p>{ARTICLE}</p></body></html>",
        encoding="utf-8",
    )
    (doc,) = _read(path)
    assert ARTICLE in doc.text and "var x" not in doc.text and "color" not in doc.text


def test_folders_are_read_recursively_and_unsupported_files_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("# 标题\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    items = _read(tmp_path)
    assert [i.id for i in items] == ["a.md"]
    assert isinstance(_read(tmp_path / "notes.docx")[0], IngestProblem)
