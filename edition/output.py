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


def write_atomic(path: Path, data: str | bytes, shown: Path | None = None) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written file.
    Only a regular file is ever replaced: not a symbolic link, a device or a folder.
    Messages name `shown` (where the file is going, for a file made in a stage) or the path."""
    shown = shown or path
    if not _is_regular_or_absent(path):
        raise OutputError(f"{printable(shown)}: refusing to replace something that is not a regular file")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name[:40]}.", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{printable(shown)}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; outputs are for reading
        os.replace(tmp, path)
    except OSError as exc:  # a full disk, a file too large: name the output it was for
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{printable(shown)}: cannot write: {exc.strerror or exc}") from None
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
    calling on_wait) and removes temporary files of killed builds. A document's outputs
    are made in a stage() and put in place by commit() (or a single file by write()),
    each recorded in the manifest before it appears, so that at every moment every file
    of the folder is in it.
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

    def stage(self, name: str) -> "Stage":
        """A private folder inside the out folder where one document's outputs are made
        (perhaps by another process) before commit() puts them in place."""
        folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}stage.{name[:40]}.", dir=self.root))
        folder.chmod(0o755)
        return Stage(folder, self.root)

    def commit(self, stage: "Stage") -> list[Path]:
        """Move what a stage holds into place: each file by a rename over its target, each
        folder by a swap; then the stage is removed. Returns the files now in place."""
        written: list[Path] = []
        try:
            for rel in stage.files:
                written.append(self._move_in(PurePosixPath(rel), stage.root / rel))
            for rel in stage.trees:
                written += self._swap_in(PurePosixPath(rel), stage.root / rel)
            for output, document, info in stage.records:
                self.record(output, document, info)
        finally:
            shutil.rmtree(stage.root, ignore_errors=True)
        return written

    def _move_in(self, rel: PurePosixPath, source: Path) -> Path:
        self._prepare_parents(rel)
        target = self.root / rel
        self._clear_target(target, str(rel))
        self._files.add(str(rel))
        self._save_manifest()
        os.replace(source, target)
        return target

    def _swap_in(self, rel: PurePosixPath, new_folder: Path) -> list[Path]:
        """Put a complete folder in the place of rel: the old one is renamed aside, the new
        one renamed in, then the old one removed."""
        self._prepare_parents(rel)
        target = self.root / rel
        new = {str(rel / p.relative_to(new_folder).as_posix()) for p in new_folder.rglob("*") if not p.is_dir()}
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
        aside: Path | None = None
        try:
            if os.path.lexists(target):
                aside = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}old.", dir=target.parent)) / rel.name
                os.rename(target, aside)
            os.rename(new_folder, target)
        except BaseException:
            if aside is not None and not os.path.lexists(target):
                os.rename(aside, target)  # put the old one back
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


class Stage:
    """Where one document's outputs are made before they are committed to the out folder.

    The outputs write here with the same calls as they would anywhere: write() for a file,
    replace_tree() for a folder, path() to read an output made earlier (this stage's own
    first, else the out folder's), record() for what the out folder should remember.
    """

    def __init__(self, root: Path, out_root: Path):
        self.root, self.out_root = Path(root), Path(out_root)
        self.files: list[str] = []
        self.trees: list[str] = []
        self.records: list[tuple[str, str, object]] = []
        self.reported: list[Path] = []  # what the outputs say they wrote, for the user

    def write(self, relative: str, data: str | bytes) -> Path:
        write_atomic(self.root / relative, data, shown=self.out_root / relative)
        self.files.append(str(PurePosixPath(relative)))
        return self.out_root / relative  # where it will be once committed

    def replace_tree(self, relative: str, fill: Callable[[Path], None]) -> list[Path]:
        folder = self.root / relative
        folder.mkdir(parents=True)
        fill(folder)
        self.trees.append(str(PurePosixPath(relative)))
        return sorted(self.out_root / relative / p.relative_to(folder) for p in folder.rglob("*") if not p.is_dir())

    def path(self, relative: str) -> Path:
        staged = self.root / relative
        return staged if staged.exists() else self.out_root / relative

    def record(self, output: str, document: str, info: object) -> None:
        self.records.append((output, document, info))


def write_file(path: Path, data: str | bytes) -> None:
    """Write an output the user named (-o): a regular file only, replaced whole."""
    try:
        write_atomic(path, data)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"{printable(exc.filename or path)}: cannot write: {exc.strerror}") from None
