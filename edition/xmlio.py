"""Reading input safely: regular files of bounded size, in UTF-8 or UTF-16, parsed with
no DTD, no entity expansion and no network, ever.

The order matters: the file is opened without blocking and refused unless it is a
regular file; it is read up to a size limit; its encoding is taken from the byte order
mark or the XML declaration (UTF-8 and UTF-16 only); the DOCTYPE guard runs on the
decoded text, so that it holds in every encoding before libxml2 sees a declaration;
only then does lxml parse it.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from lxml import etree

from .errors import InputError, Problem

TEI_NS = "http://www.tei-c.org/ns/1.0"
NS = {"tei": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# The largest input file read (a TEI or a witness). The article's TEI is 0.2 MB; every
# step is linear below this size, and Saxon needs about ten times it in memory.
MAX_INPUT_BYTES = 50_000_000

NO_DOCTYPE = "DOCTYPE declarations are not allowed (no DTDs or entities)"
# A DOCTYPE after the XML declaration, comments, processing instructions and blank space.
_DOCTYPE_IN_PROLOG = re.compile(r"\A(?:\s|<!--.*?-->|<\?.*?\?>)*<!DOCTYPE", re.DOTALL)
# The encoding pseudo-attribute of an XML declaration at the very start of the text.
_DECLARED_ENCODING = re.compile(r"\A<\?xml\s[^>]*?\bencoding\s*=\s*([\"'])([^\"']*)\1")

_FILE_KINDS = {stat.S_IFDIR: "a directory", stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device",
               stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket"}


def _problem(path: Path | str, message: str, line: int = 0, col: int = 0, kind: str = "io") -> InputError:
    return InputError(Problem(str(path), line, col, message, kind))


def read_bytes(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else is an InputError."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise _problem(path, f"cannot read file: {exc.strerror}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = _FILE_KINDS.get(stat.S_IFMT(mode), "not a regular file")
            raise _problem(path, f"cannot read file: it is {kind}, not a regular file")
        chunks, size = [], 0
        while size <= limit:  # the size in stat may be 0 (/proc) or change: count what is read
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _problem(path, f"cannot read file: {exc.strerror}") from None
    finally:
        os.close(fd)
    if size > limit:
        raise _problem(path, f"the file is larger than the limit of {limit / 1e6:g} MB for input files")
    return b"".join(chunks)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def decode(path: Path, data: bytes) -> str:
    """The text of an XML file in UTF-8 or UTF-16 (by its byte order mark, or the first
    characters of its declaration), without the mark. Any other encoding is refused."""
    if data.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        raise _problem(path, "the file is in UTF-32: the edition reads UTF-8 or UTF-16 only", 1, 1, "wellformed")
    if data.startswith(b"\xef\xbb\xbf"):
        codec, data = "utf-8", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"  # Python's codec reads and drops the mark
    elif data.startswith(b"<\x00?\x00"):
        codec = "utf-16-le"
    elif data.startswith(b"\x00<\x00?"):
        codec = "utf-16-be"
    else:
        codec = "utf-8"
    # the declaration first: an encoding the edition does not read is named as the reason
    head = data[:1024].decode(codec if codec != "utf-8" else "latin-1", "replace")
    declared = _DECLARED_ENCODING.match(head)
    if declared:
        name = declared.group(2)
        family = "utf-16" if codec.startswith("utf-16") else "utf-8"
        normal = name.lower().replace("_", "-")
        if normal not in ({"utf-8", "utf8"} if family == "utf-8" else {"utf-16", "utf-16le", "utf-16be"}):
            line, col = _position(head, declared.start(2))
            detail = ("the edition reads UTF-8 or UTF-16 only: save the file as UTF-8"
                      if normal not in {"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be"}
                      else f"but the file's bytes are {family.upper()}")
            raise _problem(path, f"the XML declaration names the encoding {name!r}: {detail}", line, col,
                           "wellformed")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        good = data[:exc.start].decode(codec, "replace")
        line, col = _position(good, len(good))
        raise _problem(path, f"the file is not valid {codec.upper()}: byte 0x{data[exc.start]:02x} cannot be read "
                       "(the edition reads UTF-8 or UTF-16 only)", line, col, "wellformed") from None
    declared = _DECLARED_ENCODING.match(text)
    if declared:  # the text is handed on as UTF-8 from here: say so in the declaration
        text = text[:declared.start(2)] + "UTF-8" + text[declared.end(2):]
    return text


def refuse_doctype(path: Path, text: str) -> None:
    """Refuse a DOCTYPE (and with it any entity declaration) before a parser reads it."""
    doctype = _DOCTYPE_IN_PROLOG.match(text)
    if doctype:
        line, col = _position(text, doctype.end() - len("<!DOCTYPE"))
        raise _problem(path, NO_DOCTYPE, line, col, "wellformed")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        # a duplicate xml:id is an invalid document (the Schematron says where), not unreadable XML
        collect_ids=False,
        remove_blank_text=False,
    )


def parse_text(path: Path, text: str) -> etree._ElementTree:
    """Parse decoded XML text; a DOCTYPE is refused outright."""
    refuse_doctype(path, text)
    try:
        root = etree.fromstring(text.encode("utf-8"), _parser(), base_url=str(path))
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        msg = exc.msg.rsplit(f" (line {line}", 1)[0] if exc.msg else "malformed XML"
        raise _problem(path, msg, line, col, "wellformed") from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:  # a second fence
        raise _problem(path, NO_DOCTYPE, 1, 1, "wellformed")
    return tree


def load(path: Path, data: bytes | None = None) -> tuple[bytes, str, etree._ElementTree]:
    """A file's bytes (read, or as given), its text (as UTF-8, declaration included) and its parsed tree."""
    data = read_bytes(path) if data is None else data
    text = decode(path, data)
    return data, text, parse_text(path, text)


def parse(path: Path) -> etree._ElementTree:
    """Read and parse a file with every guard of load()."""
    return load(path)[2]
