"""The command line: messages, exit codes, outputs, never a traceback."""

import pytest

from conftest import EDITION_TEI, FIXTURES, ROOT, run_edition


def assert_no_traceback(result):
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


@pytest.mark.parametrize("command", [[], ["check"], ["text"], ["build"]])
def test_every_command_has_help(command):
    result = run_edition(*command, "--help")
    assert result.returncode == 0 and "Usage:" in result.stdout


def test_check_passes_on_the_edition():
    result = run_edition("check", str(EDITION_TEI.relative_to(ROOT)))
    assert result.returncode == 0, result.stdout + result.stderr
    first, counts = result.stdout.strip().splitlines()
    assert first.endswith("ok (well-formed, schema, schematron, tei_all, fidelity)")
    assert "persons: " in counts and "apparatus entries: " in counts


def test_check_exits_1_on_an_unfaithful_copy_and_points_at_the_place(mutant):
    path = mutant(lambda s: s.replace("Tesadüfen tam da o gün", "Tesadüfen da o gün", 1))
    result = run_edition("check", str(path))
    assert result.returncode == 1
    line = path.read_text().count("\n", 0, path.read_text().index('<lb n="50"/>')) + 1
    assert f"{path}:{line}:1: [fidelity] line 50 differs from the transcript" in result.stdout
    assert_no_traceback(result)


def test_check_exits_2_on_malformed_xml_with_its_position(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>\n')
    result = run_edition("check", str(bad))
    assert result.returncode == 2
    assert result.stdout.startswith(f"{bad}:3:")
    assert_no_traceback(result)


def test_check_exits_2_on_a_missing_file(tmp_path):
    result = run_edition("check", str(tmp_path / "nowhere.xml"))
    assert result.returncode == 2 and "cannot read file" in result.stdout
    assert_no_traceback(result)


def test_a_doctype_is_refused_without_expanding_entities(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
                    '<TEI xmlns="http://www.tei-c.org/ns/1.0">&c;</TEI>\n')
    result = run_edition("text", str(bomb))
    assert result.returncode == 2 and "DOCTYPE" in result.stderr
    assert "aaaa" not in result.stdout
    assert_no_traceback(result)


def test_text_writes_the_reading_text(tmp_path):
    out = tmp_path / "out" / "text.txt"
    result = run_edition("text", str(EDITION_TEI), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "sömürgeciliğe" in text and "devam ederken," in text  # joined across lines 2/4
    assert "“geldikleri gibi giderler” (Aydemir 1999: 309)" in text
    assert "1. İlk İlişkilerin Kurulması" in text
    assert "Vandov 2014: 50" in text and "Vandov 1979" not in text  # the edited reading


def test_text_to_stdout_equals_text_to_a_file(tmp_path):
    out = tmp_path / "t.txt"
    run_edition("text", str(EDITION_TEI), "-o", str(out))
    assert run_edition("text", str(EDITION_TEI)).stdout == out.read_text(encoding="utf-8")


def test_diplomatic_view_gives_the_transcript_lines():
    lines = run_edition("text", "--view", "diplomatic", str(EDITION_TEI)).stdout.splitlines()
    assert "2\tXX. Yüzyıl’da emperyalizm hız kesmeden yayılmaya devam eder-" in lines
    assert any(line.startswith("317\t1 Mektubun aslı için bkz.") for line in lines)


def test_build_writes_outputs_for_another_document(tmp_path):
    result = run_edition("build", "all", str(FIXTURES / "minimal" / "minimal.xml"), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "text" / "minimal.txt").read_text(encoding="utf-8").startswith("Küçük bir deneme edisyonu")
