"""Build benchmark: the full site build at N synthetic strategies, stage by stage, against bare MkDocs.

    python benchmarks/build.py [--sizes 100,1000,5000] [--repeat 1] [--write] [--keep DIR]

For each N, in a temporary project folder (concept/ and content/ linked from a snapshot of
this project, mkdocs.yml copied), benchmarks/synth.py writes N synthetic strategies; then,
each in a child process (so its peak memory, ru_maxrss, is its own):

  cold   generator.build.build_site with no .cache/ (assessments, parsed files, PDFs) and no
         previous build/docs, its stages timed by build_site itself;
  warm   the same build after one strategy file changed (one cache miss; unchanged pages
         linked from the previous docs folder);
  bare   `mkdocs build --strict` of the Markdown the cold build generated, with the same
         mkdocs.yml and the nav the generator computed: the baseline.

Stages: load = the concept and national frameworks; validate = reading, parsing and
validating the strategy files the build's own process reads (generator.load, or the parse cache
for unchanged bytes); score = assess_all with the assessment cache (parallel over cores) and the
data frames, and, on a build with many files to read (a cold one), the reading, parsing and
validating the scoring workers do while they score (build.load_and_score), so cold "validate"
is near zero and its work is in "score";
render = every page, figure, data file and plan document written to the docs folder;
mkdocs = MkDocs in-process on that folder; editions = the /cs/ /sk/ /hu/ /pl/ editions'
pages (about 55 each, whatever N: a forked process makes them while MkDocs builds the English
site, so this stage is what the build still waits for afterwards, and moving them into the
site), editions_mkdocs = MkDocs on those (copied instead when unchanged). "Generator stages" = load + validate + score + render + editions; the bare
baseline is the main site, so MkDocs' own work on the editions is on neither side. Before each
timed step (cold, bare, warm) the page cache's dirty pages are written out (os.sync), so that a
step does not pay for the writeback of the one before it. The lemmatiser's dictionaries (simplemma's tries, built once per installation in
the user cache folder) are not part of "cold": they belong to the installation, like the
Python packages.

Synthetic corpus source: examples/*/*.md when the examples' texts are ingested; otherwise the
text fixtures in tests/fixtures/corpus/strategies plus the concept's own texts (criterion
titles, descriptions and recommendations, per language), assembled into one source strategy
per language; the result says which was used.

`--write` stores the figures and a Markdown table in content/data/scaling.json (sorted keys,
no timestamps, so a rerun only changes what was measured). Timings on a shared machine are
noisy: use `--repeat 3` (medians) when the machine is quiet.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The child builds import a snapshot of the code (see snapshot()), so that other people's edits
# during a run cannot change the scorer digest between the cold and the warm build.
sys.path.insert(0, os.environ.get("S4S_BENCH_CODE", str(ROOT)))

RESULTS = ROOT / "content" / "data" / "scaling.json"
STAGES = ("load", "validate", "score", "render", "mkdocs", "editions", "editions_mkdocs")
GENERATOR_STAGES = ("load", "validate", "score", "render", "editions")
LINKED = ("concept", "content")  # read-only inputs the build needs besides strategies
SNAPSHOT = ("generator", "site_templates", "concept", "content")
TARGETS = {
    "n": 5000, "wall_s": 600, "peak_gib": 4.0, "generator_over_bare_cold": 0.30, "warm_over_cold": 0.05,
}


# --- corpus -------------------------------------------------------------------------------

def source_strategies(work: Path) -> tuple[Path, str]:
    """A folder of `<cc>/<slug>.md` strategies with text for synth.py, and how it was made."""
    examples = ROOT / "examples"
    if list(examples.glob("*/*.md")):
        return examples, "examples/*/*.md"
    import yaml

    from generator.concept import load_concept

    src = work / "source" / "examples"
    fixtures = ROOT / "tests" / "fixtures" / "corpus" / "strategies"
    for path in sorted(fixtures.glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        head, _, body = text[4:].partition("\n---\n")
        meta = yaml.safe_load(head)
        if meta.get("extraction") == "awaited":
            continue
        meta["example"] = True  # it goes to an examples/ folder
        dest = src / path.parent.name / path.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body,
                        encoding="utf-8")
    # The concept's texts give every language (incl. hu, pl, en) paragraphs that match terms.
    concept = load_concept(ROOT / "concept")
    home = {"cs": "cz", "sk": "sk", "hu": "hu", "pl": "pl", "en": "cz"}
    for lang, cc in home.items():
        paras = [t for c in concept.criteria for t in (c.title.get(lang, ""), c.description.get(lang, ""),
                                                       c.recommendation.get(lang, "")) if len(t) > 40]
        pages = [paras[i:i + 5] for i in range(0, len(paras), 5)]
        body = "".join(f"<!-- page {k} -->\n" + "\n\n".join(p) + "\n\n" for k, p in enumerate(pages, 1))
        slug = f"concept-{lang}"
        meta = {"id": f"{cc}-{slug}", "entity": f"Concept texts {lang}", "country": cc.upper(), "level": "city",
                "title": f"Concept texts {lang}", "title_en": f"Concept texts {lang}", "language": lang,
                "year_adopted": 2024, "period_start": 2024, "period_end": 2030,
                "source_url": "https://example.org/concept.pdf", "source_sha256": "0" * 64,
                "source_pages": len(pages), "extraction": "text-layer", "example": True}
        dest = src / cc / f"{slug}.md"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body,
                        encoding="utf-8")
    return src, "tests/fixtures/corpus/strategies (text ones) + concept texts (examples/*/*.md not ingested yet)"


def snapshot(work: Path) -> Path:
    """A copy of the code, templates, concept and content, fixed for the whole run."""
    code = work / "code"
    for name in SNAPSHOT:
        shutil.copytree(ROOT / name, code / name, ignore=shutil.ignore_patterns("__pycache__"))
    return code


def make_project(work: Path, n: int, source: Path) -> Path:
    """A project folder with N synthetic strategies and links to this project's inputs."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synth import make_corpus

    project = work / f"n{n}"
    project.mkdir(parents=True)
    for name in LINKED:
        (project / name).symlink_to(work / "code" / name)
    shutil.copyfile(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    make_corpus(n, project, source)
    return project


def touch_one(project: Path) -> None:
    """Change one strategy's text (a warm build must rescore exactly this one)."""
    path = sorted((project / "examples").glob("*/*.md"))[0]
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\nA paragraph added for the warm build: the action plan names indicators.\n")


# --- child: one timed build ---------------------------------------------------------------

def child_build(project: Path, out: Path) -> dict:
    """One build_site run, its stages timed by build_site itself. Runs in its own process."""
    from generator import build

    os.chdir(project)
    times: dict[str, float] = {}
    stats: dict = {}
    build.build_site(project, site_dir=out / "site", quiet=True, timings=times, stats=stats)
    docs = project / "build" / "docs"
    # The nav the build used depends only on which pages exist (make_nav).
    nav = build.make_nav(sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md")))
    (out / "nav.json").write_text(json.dumps(nav), encoding="utf-8")
    return {"times": times, "strategies": stats.get("strategies", 0), "scored": stats.get("scored", 0),
            "cache_hits": stats.get("cache_hits", 0), "cache_misses": stats.get("cache_misses", 0),
            "pages_reused": stats.get("pages_reused", 0), "code": build.__file__,
            "scorer": "compiled" if build_scorer_compiled() else "pure Python"}


def build_scorer_compiled() -> bool:
    """Did this build score with the mypyc-compiled scorer (generator/native.py)?"""
    from generator import match, score

    return not (match.__file__.endswith(".py") or score.__file__.endswith(".py"))


def tree_pss(pid: int) -> int:
    """Proportional set size (bytes) of a process and all its descendants: memory the build
    really holds, with pages shared between the parent and its forked workers counted once."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


class PssSampler(threading.Thread):
    """The peak of tree_pss(pid), sampled every `every` seconds while the process runs (reading
    smaps_rollup of a process of gigabytes costs the kernel a page-table walk: once a second
    keeps the measurement from slowing the build it measures)."""

    def __init__(self, pid: int, every: float = 1.0):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, tree_pss(self.pid))
            self.done.wait(self.every)


def settle() -> None:
    """Write out what the previous step left in the page cache before the next one is timed:
    a build that follows a 1.2 GB MkDocs site (or the corpus just written) otherwise pays for
    that writeback and not only for its own work. The disk writes of the timed step itself stay
    in its time."""
    if hasattr(os, "sync"):
        os.sync()


def run_child(args: list[str], env: dict) -> tuple[dict | None, float, int, str]:
    """Run a command; return (its JSON on the last stdout line or None, wall s, peak RSS bytes, stderr)."""
    settle()
    t = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sampler = PssSampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t
    sampler.done.set()
    sampler.join()
    # ru_maxrss of the finished children so far is a running max; wait4 is gone after
    # communicate(), so the child reports its own peak in its JSON (below) where it can.
    data = None
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if proc.returncode == 0 and lines:
        data = json.loads(lines[-1])
    elif proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err[-3000:]}")
    peak = int((data or {}).get("maxrss_kib", 0)) * 1024
    if data is not None:
        data["peak_pss_bytes"] = sampler.peak
    return data, wall, peak, err


def self_peak_kib() -> int:
    """Peak RSS of this process and of its finished children (the scoring pool), KiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest worker's peak
    # Workers run alongside the parent, so peaks add up: parent + workers x largest (upper bound).
    return own + (os.cpu_count() or 1) * kids if kids else own


def bare_mkdocs(project: Path, out: Path) -> dict:
    """`mkdocs build --strict` of the generated docs with the same mkdocs.yml and nav."""
    import yaml

    cfg_text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    nav = json.loads((out / "nav.json").read_text(encoding="utf-8"))
    cfg = out / "mkdocs-bare.yml"
    cfg.write_text(cfg_text + "\n" + yaml.safe_dump({"nav": nav, "docs_dir": str(project / "build" / "docs"),
                                                     "site_dir": str(out / "bare-site")}, allow_unicode=True),
                   encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    settle()
    t = time.perf_counter()
    proc = subprocess.Popen([str(mkdocs), "build", "--strict", "--quiet", "-f", str(cfg)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode()
    if status != 0:
        raise SystemExit(f"bare mkdocs failed:\n{err[-3000:]}")
    return {"wall_s": wall, "maxrss_kib": usage.ru_maxrss}


def site_figures(site: Path) -> dict:
    files = [p for p in site.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    strat = [p.stat().st_size for p in site.glob("strategies/*/index.html")]
    return {"site_bytes": sum(p.stat().st_size for p in files), "files": len(files), "html_pages": len(html),
            "html_bytes": sum(p.stat().st_size for p in html),
            "strategy_page_bytes_median": int(statistics.median(strat)) if strat else 0,
            "search_index_bytes": sum(p.stat().st_size for p in site.glob("search/search_index.json"))}


# --- one size -----------------------------------------------------------------------------

def timed_build(project: Path, out: Path) -> dict:
    data, wall, peak, _ = run_child([sys.executable, __file__, "--child", str(project), str(out)],
                                    {**os.environ, "S4S_BENCH_CODE": str(project.parent / "code")})
    data["wall_s"] = wall
    data["peak_bytes"] = peak
    data["peak_pss_bytes"] = data.get("peak_pss_bytes", 0)
    return data


def median_of(runs: list[dict]) -> dict:
    return {
        "times": {s: statistics.median(r["times"].get(s, 0.0) for r in runs) for s in STAGES},
        "wall_s": statistics.median(r["wall_s"] for r in runs),
        "peak_bytes": max(r["peak_bytes"] for r in runs),
        "peak_pss_bytes": max(r.get("peak_pss_bytes", 0) for r in runs),
        "runs": len(runs),
    }


def bench_size(work: Path, n: int, source: Path, repeat: int, log) -> dict:
    t = time.perf_counter()
    project = make_project(work, n, source)
    log(f"N={n}: corpus written in {time.perf_counter() - t:.1f} s")
    colds, warms, bares = [], [], []
    for r in range(repeat):
        # cold: no assessment, parse or PDF cache (.cache) and no previous docs folder (build/)
        shutil.rmtree(project / ".cache", ignore_errors=True)
        shutil.rmtree(project / "build", ignore_errors=True)
        out = work / f"out{n}"
        colds.append(timed_build(project, out))
        log(f"N={n} cold #{r + 1}: {fmt_times(colds[-1])}")
        if r == 0:
            site = site_figures(out / "site")
        bares.append(bare_mkdocs(project, out))
        log(f"N={n} bare mkdocs #{r + 1}: {bares[-1]['wall_s']:.1f} s")
        shutil.rmtree(out / "bare-site", ignore_errors=True)
        touch_one(project)
        warms.append(timed_build(project, out))
        log(f"N={n} warm #{r + 1}: {fmt_times(warms[-1])}")
    cold, warm = median_of(colds), median_of(warms)
    bare = {"wall_s": statistics.median(b["wall_s"] for b in bares),
            "peak_bytes": max(b["maxrss_kib"] for b in bares) * 1024}
    gen_cold = sum(cold["times"][s] for s in GENERATOR_STAGES)
    gen_warm = sum(warm["times"][s] for s in GENERATOR_STAGES)
    shutil.rmtree(project, ignore_errors=True)
    shutil.rmtree(work / f"out{n}", ignore_errors=True)
    return {
        "n": n, "cold": cold, "warm": warm, "bare_mkdocs": bare, "site": site,
        "strategies_built": colds[0]["strategies"], "scored": colds[0]["scored"], "scorer": colds[0]["scorer"],
        "generator_cold_s": gen_cold, "generator_warm_s": gen_warm,
        "generator_over_bare_cold": gen_cold / bare["wall_s"],
        "generator_over_inprocess_mkdocs_cold": gen_cold / cold["times"]["mkdocs"],
        "warm_over_cold_generator": gen_warm / gen_cold,
        "warm_over_cold_wall": warm["wall_s"] / cold["wall_s"],
    }


def fmt_times(run: dict) -> str:
    return " ".join(f"{s}={run['times'].get(s, 0.0):.1f}" for s in STAGES) + f" wall={run['wall_s']:.1f} s " \
        f"peak={run.get('peak_pss_bytes', 0) / 2**20:.0f} MiB (PSS; RSS bound {run['peak_bytes'] / 2**20:.0f}) " \
        f"cache hits/misses={run.get('cache_hits')}/{run.get('cache_misses')}"


# --- report -------------------------------------------------------------------------------

def table(results: list[dict]) -> str:
    """Markdown table (no Jinja syntax): per-strategy figures at each N."""
    head = ["N", "runs", "cold wall s", "per strategy ms (cold wall)"] + [f"{s} ms/strategy" for s in STAGES] + [
        "bare mkdocs s", "bare mkdocs ms/strategy", "generator / bare mkdocs (cold)", "warm wall s",
        "warm/cold (generator stages)", "peak MiB", "peak MiB (RSS bound)", "site MiB", "site KiB/strategy",
        "strategy page KiB"]
    rows = []
    for r in results:
        n = r["n"]
        c = r["cold"]
        rows.append([
            f"{n:,}", f"{c.get('runs', 1)}", f"{c['wall_s']:.1f}", f"{1000 * c['wall_s'] / n:.0f}",
            *[f"{1000 * c['times'].get(s, 0.0) / n:.1f}" for s in STAGES],
            f"{r['bare_mkdocs']['wall_s']:.1f}", f"{1000 * r['bare_mkdocs']['wall_s'] / n:.0f}",
            f"{100 * r['generator_over_bare_cold']:.0f}%", f"{r['warm']['wall_s']:.1f}",
            f"{100 * r['warm_over_cold_generator']:.0f}%",
            f"{r['cold'].get('peak_pss_bytes', 0) / 2**20:.0f}" if r['cold'].get('peak_pss_bytes') else "-",
            f"{r['cold']['peak_bytes'] / 2**20:.0f}",
            f"{r['site']['site_bytes'] / 2**20:.1f}", f"{r['site']['site_bytes'] / 1024 / n:.1f}",
            f"{r['site']['strategy_page_bytes_median'] / 1024:.1f}",
        ])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def verdicts(results: list[dict]) -> list[str]:
    out = []
    for r in results:
        n = r["n"]
        out.append(f"N={n}: generator stages {r['generator_cold_s']:.1f} s cold = "
                   f"{100 * r['generator_over_bare_cold']:.0f}% of bare mkdocs {r['bare_mkdocs']['wall_s']:.1f} s "
                   f"(target <= 30%: {'holds' if r['generator_over_bare_cold'] <= 0.30 else 'FAILS'}); "
                   f"warm {r['generator_warm_s']:.1f} s = {100 * r['warm_over_cold_generator']:.0f}% of cold "
                   f"(target <= 5%: {'holds' if r['warm_over_cold_generator'] <= 0.05 else 'FAILS'})")
        if n >= TARGETS["n"]:
            ok_t = r["cold"]["wall_s"] < TARGETS["wall_s"]
            peak = r["cold"].get("peak_pss_bytes") or r["cold"]["peak_bytes"]
            ok_m = peak < TARGETS["peak_gib"] * 2**30
            out.append(f"N={n}: cold build {r['cold']['wall_s']:.0f} s (target < 600 s: {'holds' if ok_t else 'FAILS'}), "
                       f"peak {peak / 2**30:.2f} GiB (target < 4 GiB: {'holds' if ok_m else 'FAILS'}; "
                       f"RSS upper bound {r['cold']['peak_bytes'] / 2**30:.2f} GiB)")
    if len(results) > 1:
        a, b = results[0], results[-1]
        k = b["n"] / a["n"]
        out.append(f"growth {a['n']} -> {b['n']} (x{k:g}): cold wall x{b['cold']['wall_s'] / a['cold']['wall_s']:.1f}, "
                   f"site size x{b['site']['site_bytes'] / a['site']['site_bytes']:.1f} (linear = x{k:g})")
    return out


def merged(results: list[dict], command: str) -> tuple[list[dict], list[str]]:
    """These results plus those of sizes not measured now from the stored file (each with the
    command that measured it), sorted by N: one size can be measured again on a quiet
    machine without rerunning the others."""
    kept: list[dict] = []
    results = [{**r, "command": command} for r in results]
    try:
        old = json.loads(RESULTS.read_text(encoding="utf-8"))
        now = {r["n"] for r in results}
        # A stored result without its own command was measured by the file's (single) command.
        kept = [{**r, "command": r.get("command") or old.get("command", "")}
                for r in old.get("results", []) if r.get("n") not in now]
    except (OSError, ValueError, AttributeError):
        pass
    merged_results = sorted(kept + results, key=lambda r: r["n"])
    # The commands of the results kept, in order of N: not of runs whose sizes were all replaced.
    commands = list(dict.fromkeys(r["command"] for r in merged_results if r.get("command")))
    return merged_results, commands


def write_results(results: list[dict], source_note: str, command: str, repeat: int) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    results, commands = merged(results, command)

    def rounded(x):
        if isinstance(x, float):
            return round(x, 3)
        if isinstance(x, dict):
            return {k: rounded(v) for k, v in x.items()}
        if isinstance(x, list):
            return [rounded(v) for v in x]
        return x

    doc = {
        # runs per N: the fewest of any size shown (each result has its own count in cold.runs)
        "command": " ; ".join(commands), "commands": commands, "source": source_note,
        "repeat": min((r.get("cold", {}).get("runs", repeat) for r in results), default=repeat),
        "cpus": os.cpu_count(),
        "note": "2 virtual cores, which together do about 1.3 times the work of one; timings vary by several "
                "percent between runs, MkDocs' own included, so compare the ratios of one run. Each timed step "
                "starts with the disk cache written out (os.sync), so it does not pay for the step before. Peak memory is "
                "the peak proportional set size (PSS) of the build process and its workers, sampled "
                "every second (pages shared by forked workers counted once); the RSS bound adds the "
                "peaks of the process and of each worker.",
        "targets": TARGETS, "results": rounded(results), "table_md": table(results),
        "verdicts": verdicts(results),
    }
    tmp = RESULTS.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, RESULTS)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        data = child_build(Path(argv[1]), Path(argv[2]))
        data["maxrss_kib"] = self_peak_kib()
        print(json.dumps(data))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated N (default 100,1000,5000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per N; medians reported")
    parser.add_argument("--write", action="store_true",
                        help=f"store results in {RESULTS.relative_to(ROOT)} (sizes measured now replace stored ones; others are kept)")
    parser.add_argument("--keep", type=Path, help="work folder to use (and keep) instead of a temporary one")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    command = "python benchmarks/build.py " + " ".join(argv)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    work = args.keep or Path(tempfile.mkdtemp(prefix="s4s-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        snapshot(work)
        source, note = source_strategies(work)
        log(f"source: {note}")
        results = []
        for n in sizes:
            results.append(bench_size(work, n, source, args.repeat, log))
            if args.write:  # after every size, so a long run keeps what it measured
                write_results(results, note, command.strip(), args.repeat)
        print(table(results))
        print("\n".join(verdicts(results)))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
