"""Hostile input and hostile stylesheets: lxml and Saxon read nothing, fetch nothing,
expand nothing and write nothing that the project did not ask for."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from edition import saxon, xmlio
from edition.errors import InputError

from conftest import run_edition

TEI_NS = "http://www.tei-c.org/ns/1.0"
SECRET = "secret-canary-3141592653"


def billion_laughs(levels: int = 10) -> str:
    """Ten entities, each ten times the one before: 10**10 copies of "lol" once expanded."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [{entities}]>\n'
            f'<TEI xmlns="{TEI_NS}"><p>&lol{levels - 1};</p></TEI>\n')


def xxe(target: Path) -> str:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "{target.as_uri()}">]>\n'
            f'<TEI xmlns="{TEI_NS}"><p>&xxe;</p></TEI>\n')


@pytest.fixture
def secret_file(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


# ---------------------------------------------------------------- lxml (edition/xmlio.py)

def test_lxml_refuses_an_xxe_payload_without_reading_the_file(tmp_path, secret_file):
    doc = tmp_path / "xxe.xml"
    doc.write_text(xxe(secret_file))
    with pytest.raises(InputError) as caught:
        xmlio.parse(doc)
    assert caught.value.problem.message == xmlio.NO_DOCTYPE
    assert (caught.value.problem.line, caught.value.problem.kind) == (2, "wellformed")
    assert SECRET not in str(caught.value)


def test_lxml_refuses_an_entity_bomb_at_once(tmp_path):
    doc = tmp_path / "bomb.xml"
    doc.write_text(billion_laughs())
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        xmlio.parse(doc)
    assert time.perf_counter() - started < 0.5
    assert caught.value.problem.message == xmlio.NO_DOCTYPE


def test_lxml_refuses_an_external_dtd_and_fetches_nothing(tmp_path):
    doc = tmp_path / "dtd.xml"
    doc.write_text(f'<!-- a comment first -->\n<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/tei.dtd">\n<TEI xmlns="{TEI_NS}"/>')
    with pytest.raises(InputError) as caught:
        xmlio.parse(doc)
    assert caught.value.problem.line == 2 and caught.value.problem.message == xmlio.NO_DOCTYPE


# ---------------------------------------------------------------- Saxon (edition/saxon.py)

HOSTILE = {
    # reads a local file given as a parameter, as text and as XML
    "read-text": """<xsl:template match="/"><xsl:value-of select="unparsed-text($uri)"/></xsl:template>""",
    "read-xml": """<xsl:template match="/"><xsl:copy-of select="doc($uri)"/></xsl:template>""",
    "probe": """<xsl:template match="/"><xsl:value-of select="unparsed-text-available($uri)"/></xsl:template>""",
    # writes a file beside the source
    "write": """<xsl:template match="/"><xsl:result-document href="{$uri}" method="text">written by Saxon</xsl:result-document>
                <xsl:text>main output</xsl:text></xsl:template>""",
    "environment": """<xsl:template match="/"><xsl:value-of select="environment-variable('EDITION_CANARY')"/></xsl:template>""",
    "message": """<xsl:template match="/"><xsl:message>the stylesheet speaks</xsl:message><xsl:text>done</xsl:text></xsl:template>""",
    "terminate": """<xsl:template match="/"><xsl:message terminate="yes">no title in <xsl:value-of select="name(/*)"/></xsl:message></xsl:template>""",
    "type-error": """<xsl:template match="/"><xsl:value-of select="xs:integer(string(/*))" xmlns:xs="http://www.w3.org/2001/XMLSchema"/></xsl:template>""",
}


@pytest.fixture(scope="module")
def hostile_engine(tmp_path_factory) -> saxon.Engine:
    folder = tmp_path_factory.mktemp("hostile")
    stylesheets = {}
    for name, body in HOSTILE.items():
        path = folder / f"{name}.xsl"
        path.write_text('<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
                        f'<xsl:param name="uri" select="\'\'"/>{body}</xsl:stylesheet>')
        stylesheets[name] = path
    engine = saxon.Engine(stylesheets)
    engine.lock()
    return engine


def test_saxon_refuses_an_xxe_payload_in_the_source(hostile_engine, secret_file):
    with pytest.raises(InputError) as caught:
        hostile_engine.transform("message", xxe(secret_file), "xxe.xml")
    assert "DOCTYPE is disallowed" in caught.value.problem.message
    assert SECRET not in str(caught.value)


def test_saxon_refuses_an_entity_bomb_at_once(hostile_engine):
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        hostile_engine.transform("message", billion_laughs(), "bomb.xml")
    assert time.perf_counter() - started < 1.0
    assert "DOCTYPE is disallowed" in caught.value.problem.message


@pytest.mark.parametrize("stylesheet", ["read-text", "read-xml"])
def test_a_locked_stylesheet_cannot_read_a_file(hostile_engine, secret_file, stylesheet):
    with pytest.raises(saxon.TransformError) as caught:
        hostile_engine.transform(stylesheet, "<a/>", "a.xml", uri=secret_file.as_uri())
    assert f"Access to URI {secret_file.as_uri()} has been prohibited" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_a_locked_stylesheet_cannot_even_see_that_a_file_exists(hostile_engine, secret_file):
    assert hostile_engine.transform("probe", "<a/>", "a.xml", uri=secret_file.as_uri()).main.endswith("false")


def test_a_locked_stylesheet_cannot_fetch_from_the_network(hostile_engine):
    # port 9 (discard) on the loopback: nothing listens, and nothing may even try
    with pytest.raises(saxon.TransformError, match="http://127.0.0.1:9/x.xml has been prohibited"):
        hostile_engine.transform("read-xml", "<a/>", "a.xml", uri="http://127.0.0.1:9/x.xml")


def test_result_documents_are_captured_not_written(hostile_engine, tmp_path):
    target = tmp_path / "written.txt"
    result = hostile_engine.transform("write", "<a/>", "a.xml", uri=target.as_uri())
    assert not target.exists()
    assert result.main.endswith("main output")
    assert list(result.documents.values()) == ["written by Saxon"]


def test_xsl_messages_are_captured(hostile_engine, capfd):
    result = hostile_engine.transform("message", "<a/>", "a.xml")
    assert result.messages == ["the stylesheet speaks"]
    out, err = capfd.readouterr()
    assert "the stylesheet speaks" not in out + err


def test_a_terminating_message_is_the_error_users_see(hostile_engine, capfd):
    with pytest.raises(saxon.TransformError) as caught:
        hostile_engine.transform("terminate", "<TEI/>", "t.xml")
    assert "no title in TEI" in str(caught.value)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_saxons_own_error_details_reach_the_exception_not_stderr(hostile_engine, capfd):
    with pytest.raises(saxon.TransformError) as caught:
        hostile_engine.transform("type-error", "<a>not a number</a>", "a.xml")
    message = str(caught.value)
    assert "FORG0001" in message and "type-error.xsl" in message and "a.xml" in message
    out, err = capfd.readouterr()
    assert "FORG0001" not in out + err


def test_nothing_is_compiled_after_the_lock(hostile_engine):
    assert hostile_engine.locked
    with pytest.raises(saxon.TransformError, match="not compiled before"):
        hostile_engine.transform("text/reading.xsl", "<a/>", "a.xml")


def test_saxon_sees_a_minimal_environment(tmp_path):
    # in a process of its own: Saxon takes its snapshot of the environment once per process
    stylesheet = tmp_path / "env.xsl"
    stylesheet.write_text('<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
                          + HOSTILE["environment"] + "</xsl:stylesheet>")
    code = ("import sys; from pathlib import Path; from edition import saxon\n"
            f"engine = saxon.Engine({{'env': Path({str(stylesheet)!r})}})\n"
            "print(repr(engine.transform('env', '<a/>', 'a.xml').main.split('?>')[-1]))\n"
            "import os; print(os.environ.get('EDITION_CANARY'))\n")
    env = dict(os.environ, EDITION_CANARY=SECRET)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    seen_by_saxon, seen_by_python = result.stdout.splitlines()
    assert seen_by_saxon == "''"
    assert seen_by_python == SECRET  # the Python process keeps its environment


def test_the_projects_engine_is_locked_once_used():
    saxon.lock()
    assert saxon.engine("outputs").locked and saxon.engine("validation").locked


# ---------------------------------------------------------------- the command line

@pytest.mark.parametrize("command", ["validate", "check", "text"])
@pytest.mark.parametrize("payload", ["xxe", "bomb"])
def test_the_commands_refuse_hostile_files_clearly(tmp_path, secret_file, command, payload):
    doc = tmp_path / f"{payload}.xml"
    doc.write_text(xxe(secret_file) if payload == "xxe" else billion_laughs())
    started = time.perf_counter()
    result = run_edition(command, str(doc))
    assert time.perf_counter() - started < 30  # a process start and no expansion (the bomb would take hours)
    assert result.returncode == 2
    said = result.stdout + result.stderr
    assert f"{doc}:2:1: [wellformed] {xmlio.NO_DOCTYPE}" in said
    assert SECRET not in said and "lol" not in said and "Traceback" not in said
