"""What a rebuild can reuse from the last build: parsed strategy files and written pages.

A contributor's change touches one strategy; the build after it should redo only what that
file feeds. Three caches serve this, each keyed by content (a stat signature only finds a
file's content key faster; it includes the ctime, which no tool sets back):

- assessments: generator.cache (strategy content + concept + scorer code);
- parsed files (`ParseCache`): a file's bytes + where it lies + the loader's code -> its
  validated front matter, so unchanged files are neither read, parsed nor validated again;
- pages (`PageReuse`): a page's inputs digest -> the file the last build wrote, linked into
  the new docs folder instead of rendered again.

All three live under .cache/ (not committed). A damaged or foreign cache file is ignored:
the build then does the work, it never fails because of a cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from generator.models import Page, Strategy

HERE = Path(__file__).resolve().parent
FORMAT = 1  # bump when what the caches store changes shape


def code_digest(names: Iterable[str], folders: Iterable[Path] = ()) -> str:
    """SHA-256 over source files of this package (and every file under `folders`)."""
    h = hashlib.sha256(b"s4s-code-%d" % FORMAT)
    for name in sorted(names):
        path = HERE / name
        h.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    for folder in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            h.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` under a temporary name and rename it into place: a crash or a parallel
    reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class ParseCache:
    """Validated front matter of strategy files, so unchanged files are neither read, parsed
    nor validated again.

    A file is found first by its stat signature (size, mtime, ctime, inode, device: ctime
    cannot be set back by any tool, so a file written since, even restored with its old
    mtime, has a new signature), then by the SHA-256 of its bytes and where it lies (a file
    touched or copied without a change). Its pages are not kept: a rebuild needs them only
    to score a strategy again, and `LazyPages` reads them from the file then. Only files
    that validated with no problem at all are kept (a warning is shown on every build).
    One file per loader version; entries of files no longer present are dropped when the
    cache is saved, so it never grows beyond the collection.
    """

    LOADER = ("load.py", "schema.py", "yamlsafe.py", "models.py", "errors.py", "incremental.py")

    def __init__(self, folder: Path):
        self.path = Path(folder) / f"parsed-{code_digest(self.LOADER)[:16]}.pickle"
        # file -> (stat signature, content key, front matter, strategy digest)
        self.old: dict[str, tuple[tuple, str, dict[str, Any], str]] = {}
        self.new: dict[str, tuple[tuple, str, dict[str, Any], str]] = {}
        self.hits = 0
        self._by_key: dict[str, tuple[tuple, str, dict[str, Any], str]] | None = None
        try:
            with self.path.open("rb") as handle:
                data = pickle.load(handle)  # noqa: S301 - our own cache file, written below
            if isinstance(data, dict):
                self.old = {k: v for k, v in data.items() if isinstance(v, tuple) and len(v) == 4}
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
            self.old = {}

    @staticmethod
    def signature(path: Path) -> tuple:
        st = os.stat(path)
        return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)

    @staticmethod
    def key(raw: bytes, location: Any) -> str:
        h = hashlib.sha256(raw)
        h.update(b"\0" + json.dumps(location).encode())
        return h.hexdigest()

    def unchanged(self, path: Path, signature: tuple, root: Path | None) -> tuple[Strategy, str] | None:
        """(strategy with lazily read pages, its digest) when the file was not written since
        it was cached."""
        entry = self.old.get(str(path))
        if entry is None or entry[0] != signature:
            return None
        return self.use(path, entry, root)

    def same_bytes(self, path: Path, signature: tuple, key: str, root: Path | None) -> tuple[Strategy, str] | None:
        """The same, for a file whose signature changed but whose bytes (and place) did not."""
        entry = self.same_entry(signature, key)
        return self.use(path, entry, root) if entry is not None else None

    def same_entry(self, signature: tuple, key: str) -> tuple[tuple, str, dict[str, Any], str] | None:
        """The entry, with `signature`, of a file cached with the same bytes and place (the
        content `key`), or None; records nothing (`use` does)."""
        if self._by_key is None:
            self._by_key = {entry[1]: entry for entry in self.old.values()}
        entry = self._by_key.get(key)
        return (signature, *entry[1:]) if entry is not None else None

    def use(self, path: Path, entry: tuple, root: Path | None) -> tuple[Strategy, str]:
        self.new[str(path)] = entry
        self.hits += 1
        _signature, key, meta, digest = entry
        return Strategy(path, dict(meta), LazyPages(path, key, root)), digest

    def put(self, path: Path, signature: tuple, key: str, strategy: Strategy, digest: str) -> None:
        self.new[str(path)] = (signature, key, strategy.meta, digest)

    def save(self) -> None:
        if self.new == self.old:
            return
        try:
            write_atomic(self.path, pickle.dumps(self.new, protocol=pickle.HIGHEST_PROTOCOL))
            for other in self.path.parent.glob("parsed-*.pickle"):  # earlier loader versions'
                if other != self.path:
                    other.unlink()
        except OSError:
            pass  # a read-only checkout builds, only without this cache


class LazyPages(Sequence[Page]):
    """The pages of a cached strategy file, read from the file when first needed.

    They are the pages that were validated: the file's bytes must still have the content
    key they had then, or the build stops (the file was changed while it ran). Pickled (to a
    scoring worker) as the plain tuple.
    """

    def __init__(self, path: Path, key: str, root: Path | None):
        # (a Path is kept as it is: making 5,000 again took about 30 ms of a rebuild's validate stage)
        self.path, self.key, self.root = path if isinstance(path, Path) else Path(path), key, root
        self._pages: tuple[Page, ...] | None = None

    def _load(self) -> tuple[Page, ...]:
        if self._pages is None:
            from generator.errors import BuildError
            from generator.load import parse_strategy, read_strategy

            raw, shown, location, _ = read_strategy(self.path, root=self.root)
            strategy = None
            if raw is not None and ParseCache.key(raw, location) == self.key:
                strategy, _ = parse_strategy(raw, shown, location, path=self.path)
            if strategy is None:
                raise BuildError(f"{shown}: the file changed while the site was being built; build again")
            self._pages = tuple(strategy.pages)  # parse_strategy's tuple itself (tuple() of a tuple is it)
        return self._pages

    def __getitem__(self, index):
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self) -> Iterator[Page]:
        return iter(self._load())

    def __eq__(self, other: object) -> bool:
        return self._load() == (tuple(other) if isinstance(other, Sequence) else other)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (tuple, (self._load(),))

    def __repr__(self) -> str:
        return f"LazyPages({str(self.path)!r})"


class PageReuse:
    """Pages of the last build that can be linked instead of rendered again.

    The manifest (NAME, in the docs folder) maps a docs-relative path to the digest of
    everything its content depends on (inputs and the code and templates that render it);
    `before` is the last build's, `now` this build's.
    """

    NAME = ".s4s-pages.json"

    def __init__(self, previous: Path | None):
        self.previous = Path(previous) if previous else None
        self.before: dict[str, str] = {}
        self.now: dict[str, str] = {}
        self.reused = 0
        self.folders: set[Path] = set()
        self.taken: dict[str, set[str]] = {}  # folder of `out` moved over from the last build -> its files
        if self.previous is not None:
            try:
                data = json.loads((self.previous / self.NAME).read_text(encoding="utf-8"))
                if isinstance(data, dict):
                    self.before = {str(k): str(v) for k, v in data.items()}
            except (OSError, ValueError):
                self.before = {}

    def reuse(self, rel: str, digest: str, out: Path) -> bool:
        """Link the last build's `rel` into `out` if its digest is unchanged; remember it.

        A file already in `out` (its folder taken over from the last build) is kept as it is."""
        self.now[rel] = digest
        if self.previous is None or self.before.get(rel) != digest:
            return False
        folder, _, name = rel.rpartition("/")
        if name in self.taken.get(folder, ()):
            self.reused += 1
            return True
        src, dest = self.previous / rel, out / rel
        if dest.parent not in self.folders:  # one mkdir per folder, not per page (thousands)
            dest.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(dest.parent)
        try:
            os.link(src, dest)
        except FileNotFoundError:
            return False  # gone from the last build: render it
        except OSError:
            try:
                shutil.copyfile(src, dest)
            except OSError:
                return False
        self.reused += 1
        return True

    def save(self, out: Path) -> None:
        (out / self.NAME).write_text(json.dumps(self.now, sort_keys=True, separators=(",", ":")) + "\n",
                                     encoding="utf-8")


def take_over(previous: Path, out: Path, folders: Iterable[str]) -> list[str]:
    """Move `folders` (of one file per strategy) from the last build's docs folder into the new
    one, so that their unchanged files are neither written nor linked again (thousands of
    files after a one-file change); returns those moved. The caller removes what this build
    did not write (`drop_unwritten`). If the build fails they are not given back: files in
    them may have been rewritten, and the last build's manifest would vouch for them; the
    next build renders what is missing."""
    moved = []
    for rel in folders:
        src, dest = previous / rel, out / rel
        if src.is_dir() and not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.rename(src, dest)
            moved.append(rel)
    return moved


def drop_unwritten(out: Path, folders: Iterable[str], written: Iterable[str]) -> int:
    """Delete the files of taken-over folders that this build did not write or keep (a
    strategy removed since the last build); returns how many."""
    keep = set(written)
    dropped = 0
    for rel in folders:
        with os.scandir(out / rel) as entries:
            for entry in entries:
                if f"{rel}/{entry.name}" not in keep:
                    os.unlink(entry.path) if not entry.is_dir() else shutil.rmtree(entry.path)
                    dropped += 1
    return dropped


class Parts:
    """Files made of one part per strategy (the open-data CSV and JSON): parts of the last build.

    A build after one strategy changed should not format every strategy's rows again. The
    manifest (NAME, in the docs folder) lists, per file, the length of its head and, in file
    order, each part's key (strategy id), digest and length in bytes; `write` copies a part
    whose key and digest are unchanged from the last build's file (a byte slice) and makes
    only the others, and links the last build's file when none of its parts changed. If the
    last file does not match its manifest (edited, damaged), every part is made again.
    """

    NAME = ".s4s-parts.json"

    def __init__(self, previous: Path | None):
        self.previous = Path(previous) if previous else None
        self.before: dict[str, dict[str, Any]] = {}
        self.now: dict[str, dict[str, Any]] = {}
        self.made = 0
        self.copied = 0
        if self.previous is not None:
            try:
                data = json.loads((self.previous / self.NAME).read_text(encoding="utf-8"))
                if isinstance(data, dict):
                    self.before = data
            except (OSError, ValueError):
                self.before = {}

    def _old(self, rel: str) -> tuple[Any, dict[str, tuple[str, int, int]]]:
        """(open file of the last build or None, key -> (digest, offset, length))."""
        entry = self.before.get(rel)
        if self.previous is None or not isinstance(entry, dict):
            return None, {}
        try:
            head, sep, size = int(entry["head"]), int(entry["sep"]), int(entry["size"])
            where: dict[str, tuple[str, int, int]] = {}
            pos, first = head, True
            for key, digest, length in entry["parts"]:
                if length:
                    pos += 0 if first else sep
                    first = False
                where[str(key)] = (str(digest), pos, int(length))
                pos += int(length)
            handle = (self.previous / rel).open("rb")
        except (OSError, KeyError, TypeError, ValueError):
            return None, {}
        if os.fstat(handle.fileno()).st_size != size or pos > size:
            handle.close()
            return None, {}
        return handle, where

    def write(self, path: Path, rel: str, head: bytes, parts: Iterable[tuple[str, str, Any]],
              sep: bytes = b"", tail: bytes = b"") -> None:
        """Write head, the parts (non-empty ones joined by `sep`) and tail to `path`.

        `parts` yields (key, digest, make) in file order; make() returns the part's bytes.
        """
        parts = list(parts)
        frame = hashlib.sha256(b"\0".join((head, sep, tail))).hexdigest()
        if self._link(path, rel, parts, frame):
            return
        old, where = self._old(rel)
        listed: list[list[Any]] = []
        size = len(head)
        run: list[int] = []  # [start, end) in the last file of unchanged parts not yet copied
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)  # never write through a link to the last build's file
            with path.open("wb") as out:
                out.write(head)
                first = True
                for key, digest, make in parts:
                    known = where.get(key)
                    if old is not None and known is not None and known[0] == digest:
                        self.copied += 1
                        start, length = known[1], known[2]
                        listed.append([key, digest, length])
                        if not length:
                            continue
                        # Unchanged parts that followed each other last time (with their
                        # separator between) are copied as one range: after a one-strategy
                        # change nearly the whole file is a few ranges, not thousands of reads.
                        if run and start == run[1] + len(sep):
                            run[1] = start + length
                        else:
                            _copy_range(old, out, run)
                            if not first:
                                out.write(sep)
                                size += len(sep)
                            run = [start, start + length]
                        size += length + (len(sep) if not first and run[0] != start else 0)
                        first = False
                        continue
                    part = make()
                    self.made += 1
                    if part:
                        _copy_range(old, out, run)
                        run = []
                        if not first:
                            out.write(sep)
                            size += len(sep)
                        first = False
                        out.write(part)
                        size += len(part)
                    listed.append([key, digest, len(part)])
                _copy_range(old, out, run)
                out.write(tail)
                size += len(tail)
        finally:
            if old is not None:
                old.close()
        self.now[rel] = {"head": len(head), "sep": len(sep), "size": size, "parts": listed, "frame": frame}

    def _link(self, path: Path, rel: str, parts: list[tuple[str, str, Any]], frame: str) -> bool:
        """Hard-link the last build's file when it would be written again byte for byte: the
        same head, separator and tail, and the same parts with the same digests in the same
        order (after one strategy changed, three of the four countries' evidence files)."""
        entry = self.before.get(rel)
        if self.previous is None or not isinstance(entry, dict) or entry.get("frame") != frame:
            return False
        try:
            listed = entry["parts"]
            if len(listed) != len(parts) or any(
                    str(old[0]) != key or str(old[1]) != digest
                    for old, (key, digest, _make) in zip(listed, parts, strict=True)):
                return False
            source = self.previous / rel
            if source.stat().st_size != int(entry["size"]):  # edited since: make it again
                return False
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
            os.link(source, path)
        except (OSError, KeyError, TypeError, ValueError, IndexError):
            return False
        self.copied += len(parts)
        self.now[rel] = entry
        return True

    def add(self, now: dict[str, dict[str, Any]], made: int, copied: int) -> None:
        """Files another process wrote with its own Parts (into the same folder)."""
        self.now.update(now)
        self.made += made
        self.copied += copied

    def save(self, out: Path) -> None:
        (out / self.NAME).write_text(json.dumps(self.now, sort_keys=True, separators=(",", ":")) + "\n",
                                     encoding="utf-8")


def _copy_range(src: Any, out: Any, run: list[int]) -> None:
    """Append bytes [run[0], run[1]) of the open file `src` to the open file `out` (nothing for
    an empty run): in the kernel where it can (os.copy_file_range: the bytes are not copied
    through Python; a rebuild copies hundreds of megabytes of unchanged open data), else in
    large pieces."""
    if not run:
        return
    start, left = run[0], run[1] - run[0]
    copy = getattr(os, "copy_file_range", None)
    if copy is not None:
        out.flush()  # the buffered head and parts first: the kernel appends at the file position
        try:
            while left > 0:
                done = copy(src.fileno(), out.fileno(), left, start)
                if done <= 0:
                    break
                start += done
                left -= done
        except OSError:
            pass  # not supported here: copy what is left below
    src.seek(start)
    while left > 0:
        chunk = src.read(min(left, 1 << 22))
        if not chunk:
            raise OSError("the last build's file is shorter than its manifest says")
        out.write(chunk)
        left -= len(chunk)
