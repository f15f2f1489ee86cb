"""Writing outputs: whole or not at all, and only where the build owns the place.

A build owns what it made, nothing else. The out folder keeps a manifest of every file a
build wrote there (.edition-manifest.json); a build refuses a folder that holds anything
else (unless told to take it over with force), replaces only its own files, and never
follows a symbolic link it finds there. A file is written beside its target under a
temporary name and renamed over it; a folder (the HTML site) is built beside its target
and swapped in by renames. Temporary names start with TEMP_PREFIX, so that the next build
can remove what a killed one left behind. A lock on the folder makes a second build into
it wait until the first is done.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import stat
import tempfile
from pathlib import Path, PurePosixPath
from typing import Callable

from .errors import OutputError, printable

MANIFEST = ".edition-manifest.json"
LOCK = ".edition-lock"
TEMP_PREFIX = ".edition-tmp-"
MANIFEST_FORMAT = "edition-build-manifest/1"
_OWN_METADATA = {MANIFEST, LOCK}


def _is_regular_or_absent(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return True


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written file.
    Only a regular file is ever replaced: not a symbolic link, a device or a folder."""
    if not _is_regular_or_absent(path):
        raise OutputError(f"{printable(path)}: refusing to replace something that is not a regular file")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name[:40]}.", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{printable(exc.filename or path.parent)}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; outputs are for reading
        os.replace(tmp, path)
    except OSError as exc:  # a full disk, a file too large: name the output it was for
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{printable(path)}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove(path: Path) -> None:
    """Remove a file, link or folder (a link itself, never what it points to)."""
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path)


class OutputFolder:
    """The out folder of a build, owned through its manifest and locked while in use.

    Use as a context manager: entering checks ownership (OutputError if the folder holds
    files no build made, unless force), takes the lock (waiting for another build, after
    calling on_wait) and removes temporary files of killed builds; write() and
    replace_tree() then put outputs in place, recording them first in the manifest, so
    that at every moment every file of the folder is in it.
    """

    def __init__(self, root: Path, force: bool = False, on_wait: Callable[[str], None] | None = None):
        self.root = Path(root)
        self.force = force
        self.on_wait = on_wait
        self._lock_fd: int | None = None
        self._files: set[str] = set()
        self.catalogue: dict[str, dict[str, object]] = {}

    # ------------------------------------------------------------ entering and leaving

    def __enter__(self) -> "OutputFolder":
        self._make_root()
        if not (self.root / MANIFEST).exists():
            foreign = self._foreign_entries(set())
            if foreign and not self.force:
                raise self._refusal(foreign)
        self._lock()
        try:
            self._load_manifest()
            self._remove_temporaries()
            foreign = self._foreign_entries(self._files)
            if foreign and not self.force:
                raise self._refusal(foreign)
            self._files = {f for f in self._files if os.path.lexists(self.root / f)}
            self._save_manifest()
        except BaseException:
            self._unlock()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self._unlock()

    def _make_root(self) -> None:
        if os.path.lexists(self.root) and not self.root.is_dir():
            raise OutputError(f"{printable(self.root)}: the out folder is not a folder")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{printable(self.root)}: cannot make the out folder: {exc.strerror}") from None

    def _lock(self) -> None:
        try:
            self._lock_fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise OutputError(f"{printable(self.root / LOCK)}: cannot lock the out folder: {exc.strerror}") from None
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise
            if self.on_wait:
                self.on_wait(f"waiting for another build into {printable(self.root)} to finish")
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX)

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the lock
            self._lock_fd = None

    # ------------------------------------------------------------ ownership

    def _load_manifest(self) -> None:
        path = self.root / MANIFEST
        if not path.exists():
            self._files, self.catalogue = set(), {}
            return
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
            if manifest.get("format") != MANIFEST_FORMAT:
                raise ValueError(f"not {MANIFEST_FORMAT}")
            self._files = {str(PurePosixPath(f)) for f in manifest["files"]}
            self.catalogue = manifest.get("catalogue", {})
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise OutputError(f"{printable(path)}: the manifest of the out folder cannot be read ({exc}); "
                              "remove the folder or choose another") from None

    def _save_manifest(self) -> None:
        manifest = {"format": MANIFEST_FORMAT, "files": sorted(self._files), "catalogue": self.catalogue}
        write_atomic(self.root / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    def _entries(self):
        """Every entry below the root, as (relative posix path, is a real folder), links not followed."""
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            base = PurePosixPath(Path(folder).relative_to(self.root).as_posix())
            for name in dirs:
                yield str(base / name), not os.path.islink(os.path.join(folder, name))
            for name in files:
                yield str(base / name), False

    def _remove_temporaries(self) -> None:
        stale = [rel for rel, _ in self._entries() if PurePosixPath(rel).name.startswith(TEMP_PREFIX)]
        for rel in sorted(stale, key=len):  # outermost first; what is inside goes with it
            if os.path.lexists(self.root / rel):
                _remove(self.root / rel)

    def _foreign_entries(self, owned: set[str]) -> list[str]:
        """Files and links below the root that no build made (folders are judged by what they hold)."""
        return sorted(rel for rel, is_folder in self._entries()
                      if not is_folder and rel not in owned and rel not in _OWN_METADATA
                      and not any(part.startswith(TEMP_PREFIX) for part in PurePosixPath(rel).parts))

    def _refusal(self, foreign: list[str]) -> OutputError:
        shown = ", ".join(printable(f) for f in foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        return OutputError(f"{printable(self.root)}: refusing to build into a folder that holds files no build made "
                           f"({shown}); choose a new or empty folder, or pass --force to let the build "
                           "replace what stands in its way")

    # ------------------------------------------------------------ writing

    def path(self, relative: str) -> Path:
        return self.root / relative

    def _prepare_parents(self, relative: PurePosixPath) -> None:
        """Make the folders above an output; a link or file in their place is never followed:
        it is refused, or removed with force."""
        current = self.root
        for part in relative.parent.parts:
            current = current / part
            if os.path.islink(current) or (os.path.lexists(current) and not current.is_dir()):
                if not self.force:
                    raise OutputError(f"{printable(current)}: not a folder (a link or a file stands where the build "
                                      "writes); remove it or pass --force")
                current.unlink()
            current.mkdir(exist_ok=True)

    def _clear_target(self, target: Path, relative: str) -> None:
        """Something that is not the build's own regular file stands at the target: refuse or, with force, remove it."""
        if not os.path.lexists(target):
            return
        own = relative in self._files
        if (own or self.force) and not target.is_symlink() and stat.S_ISREG(os.lstat(target).st_mode):
            return
        if not self.force:
            raise OutputError(f"{printable(target)}: refusing to replace something this build did not make; "
                              "remove it or pass --force")
        _remove(target)

    def write(self, relative: str, data: str | bytes) -> Path:
        """Write one output file (path relative to the out folder)."""
        rel = PurePosixPath(relative)
        self._prepare_parents(rel)
        target = self.root / rel
        self._clear_target(target, str(rel))
        self._files.add(str(rel))
        self._save_manifest()  # recorded before it exists: a kill leaves nothing unowned
        write_atomic(target, data)
        return target

    def replace_tree(self, relative: str, fill: Callable[[Path], None]) -> list[Path]:
        """Build a folder of outputs with fill(folder) beside its place, then swap it in:
        the new folder is renamed in after the old one is renamed aside, then the old one
        is removed. Returns the files of the new folder."""
        rel = PurePosixPath(relative)
        self._prepare_parents(rel)
        target = self.root / rel
        work = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{rel.name[:40]}.", dir=target.parent))
        aside: Path | None = None
        try:
            work.chmod(0o755)
            fill(work)
            new = {str(rel / p.relative_to(work).as_posix()) for p in work.rglob("*") if not p.is_dir()}
            old = {f for f in self._files if PurePosixPath(f).is_relative_to(rel)}
            if os.path.lexists(target):
                if target.is_symlink() or not target.is_dir():
                    self._clear_target(target, str(rel))
                elif not self.force:
                    inside = [str(rel / p.relative_to(target).as_posix()) for p in target.rglob("*")
                              if not p.is_dir() or p.is_symlink()]
                    foreign = sorted(set(inside) - old)
                    if foreign:
                        raise self._refusal(foreign)
            self._files |= new
            self._save_manifest()
            if os.path.lexists(target):
                aside = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}old.", dir=target.parent)) / rel.name
                os.rename(target, aside)
            os.rename(work, target)
        except BaseException:
            if aside is not None and not os.path.lexists(target):
                os.rename(aside, target)  # put the old one back
            shutil.rmtree(work, ignore_errors=True)
            raise
        if aside is not None:
            shutil.rmtree(aside.parent, ignore_errors=True)
        self._files -= old - new
        self._save_manifest()
        return sorted(self.root / f for f in new)

    def record(self, output: str, document: str, info: object) -> None:
        """Keep what an output says about one document (e.g. the titles of its site) in the manifest."""
        entry = self.catalogue.setdefault(output, {})
        entry[document] = info
        self._save_manifest()

    def forget_missing(self, output: str, marker: Callable[[str], str]) -> dict[str, object]:
        """The catalogue of an output, without documents whose marker file (relative path) is gone."""
        entries = self.catalogue.get(output, {})
        kept = {name: info for name, info in entries.items() if (self.root / marker(name)).is_file()}
        if kept != entries:
            self.catalogue[output] = kept
            self._save_manifest()
        return dict(sorted(kept.items()))


def write_file(path: Path, data: str | bytes) -> None:
    """Write an output the user named (-o): a regular file only, replaced whole."""
    try:
        write_atomic(path, data)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"{printable(exc.filename or path)}: cannot write: {exc.strerror}") from None
