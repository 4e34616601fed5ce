"""Whole commands on a province, each timed as a process against a peer run in the same session
(a script, not a test).

    python benchmarks/bench_province.py [--procedures 5000] [--legal 2000] [--small 300] [--repeat 3]
                                        [--python PYTHON] [--only pandoc,build,rebuild,verify,check]

Every figure is the median of REPEAT runs, the two sides of a ratio run in turn (interleaved), so
a machine busy with other work slows both alike. Peak memory is each process's own (wait4).

- pandoc: `isodocs build --draft` of a SMALL-procedure manual (manual.docx and every document's
  DOCX, caches off, into an empty folder) against `pandoc -f markdown -t docx` converting the same
  content written as Markdown (benchmarks/bench_pandoc.py writes it).
- build: `isodocs build --draft` of the province, caches off, into an empty folder.
- rebuild: the first build with caches on (the default) and none yet, as on a fresh clone; then
  the same build after one procedure changed, with the build cache of earlier builds, and again
  with nothing changed, each against the full build above.
- verify: `isodocs verify manual.docx` of a draft built from a commit (`--rev HEAD`), the build
  cache warm, against the full build; and with caches off, for comparison.
- check: `isodocs check`, caches off (cold), again with nothing changed (the findings kept), and
  after one procedure changed (the document cache), against parsing every YAML file of the
  manual with PyYAML's CSafeLoader in a process of its own.

PYTHON (default: this one) runs isodocs, so another version can be measured the same way (its
venv's python). pandoc is Debian's package (scripts/test.sh installs it).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pygit2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import commit_folder, generate  # noqa: E402

PARSE_FLOOR = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""
ORIGINAL, CHANGED = "Thẩm định hồ sơ", "Thẩm định kỹ hồ sơ"
NEUTRAL = tempfile.gettempdir()


def run(command: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(seconds, peak MiB) of one process."""
    start = time.perf_counter()
    # run from a neutral folder: `python -m isodocs` in a checkout would import the checkout's
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=NEUTRAL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in ok:
        sys.exit(f"{' '.join(command)} exited {process.returncode}: {process.stderr.read().decode()[-2000:]}")
    process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024


def median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(t for t, _ in runs), max(m for _, m in runs)


def interleaved(repeat: int, *sides) -> list[tuple[float, float]]:
    """Each side (a function timing one run) run `repeat` times in turn; the median of each."""
    found: list[list] = [[] for _ in sides]
    for _ in range(repeat):
        for runs, side in zip(found, sides):
            runs.append(side())
    return [median(runs) for runs in found]


class OneChange:
    """One procedure of the province edited before each run, back and forth (a step's text), and
    left as it was at the end."""

    def __init__(self, root: Path):
        self.path = next((root / "documents").rglob("QT-00007.yaml"))
        self.now = ORIGINAL

    def then(self, timed):
        self._write(CHANGED if self.now == ORIGINAL else ORIGINAL)
        return timed()

    def _write(self, new: str) -> None:
        self.path.write_text(self.path.read_text(encoding="utf-8").replace(self.now, new), encoding="utf-8")
        self.now = new

    def __enter__(self) -> OneChange:
        return self

    def __exit__(self, *exc) -> None:
        if self.now != ORIGINAL:
            self._write(ORIGINAL)


class Bench:
    def __init__(self, args, tmp: Path):
        self.args, self.tmp = args, tmp
        self.isodocs = [args.python, "-m", "isodocs"]
        self.env = {**os.environ, "ISODOCS_CACHE": "0", "XDG_CACHE_HOME": str(tmp / "cache-home"),
                    "SOURCE_DATE_EPOCH": "1767225600"}
        self.env.pop("ISODOCS_CACHE_DIR", None)
        self.cached = {**self.env, "ISODOCS_CACHE": "1"}
        self.rows: list[str] = []

    def say(self, what: str, value: str, command: str) -> None:
        line = f"{what:<72} {value}"
        print(line, flush=True)
        print(f"    {command}", flush=True)
        self.rows.append(line)

    def build(self, manual: Path, env: dict, fresh: bool = True, *more: str) -> tuple[float, float]:
        out = self.tmp / "out"
        if fresh and out.exists():
            shutil.rmtree(out)
        return run([*self.isodocs, "build", "-C", str(manual), "--draft", "-o", str(out), *more], env)

    def pandoc(self) -> None:
        from bench_pandoc import markdown

        from isodocs.load.source import open_source
        from isodocs.model.reader import load

        pandoc = shutil.which("pandoc")
        if pandoc is None:
            sys.exit("pandoc is not installed (bash scripts/test.sh installs Debian's package)")
        small = generate(self.tmp / "small", self.args.small, 200)
        manual = load(open_source(small)).manual
        text = "\n".join(line for doc in manual.documents if doc.procedure for line in markdown(manual, doc)) + "\n"
        source = self.tmp / "small.md"
        source.write_text(text, encoding="utf-8")
        theirs_command = [pandoc, "-f", "markdown", "-t", "docx", "-o", str(self.tmp / "pandoc.docx"), str(source)]
        (ours, ours_mib), (theirs, _) = interleaved(self.args.repeat, lambda: self.build(small, self.env),
                                                    lambda: run(theirs_command, self.env))
        self.say(f"build --draft, {self.args.small} procedures (every DOCX, caches off) / pandoc md -> docx",
                 f"{ours:.2f} s / {theirs:.2f} s = {ours / theirs:.2f}x ({ours_mib:.0f} MiB)",
                 f"isodocs build -C SMALL --draft -o OUT  vs  {' '.join(theirs_command[:-3])} -o OUT.docx SMALL.md")

    def province(self) -> Path:
        root = self.tmp / "province"
        if not root.exists():
            generate(root, self.args.procedures, self.args.legal)
            repo = pygit2.init_repository(str(root))
            commit_folder(repo, root, "province")
            repo.set_head("refs/heads/main")
        return root

    def full_build(self) -> tuple[float, float]:
        if not hasattr(self, "_full"):
            self._full = interleaved(self.args.repeat, lambda: self.build(self.province(), self.env))[0]
            took, mib = self._full
            self.say(f"build --draft of {self.args.procedures} procedures (caches off)", f"{took:.2f} s, {mib:.0f} MiB",
                     "ISODOCS_CACHE=0 isodocs build -C PROVINCE --draft -o OUT")
        return self._full

    def rebuild(self) -> None:
        root = self.province()
        full, _ = self.full_build()
        shutil.rmtree(root / ".git" / "isodocs", ignore_errors=True)  # as on a fresh clone: no cache yet
        first, first_mib = self.build(root, self.cached)  # fills every cache
        self.say("the first build with caches on (the default), no cache yet / the full build",
                 f"{first:.2f} s / {full:.2f} s = {first / full:.2f} ({first_mib:.0f} MiB)",
                 "isodocs build -C PROVINCE --draft -o OUT  (a fresh clone)")
        with OneChange(root) as change:
            took, mib = interleaved(self.args.repeat,
                                    lambda: change.then(lambda: self.build(root, self.cached, False)))[0]
        self.say("the same build after one procedure changed (build cache) / the full build",
                 f"{took:.2f} s / {full:.2f} s = {took / full:.3f} ({mib:.0f} MiB)",
                 "isodocs build -C PROVINCE --draft -o OUT  (after a build, one file edited)")
        nothing = interleaved(self.args.repeat, lambda: self.build(root, self.cached, False))[0]
        self.say("the same build, nothing changed / the full build",
                 f"{nothing[0]:.2f} s / {full:.2f} s = {nothing[0] / full:.3f} ({nothing[1]:.0f} MiB)",
                 "isodocs build -C PROVINCE --draft -o OUT  (again)")

    def verify(self) -> None:
        root = self.province()
        full, _ = self.full_build()
        out = self.tmp / "verified"
        run([*self.isodocs, "build", "-C", str(root), "--draft", "--rev", "HEAD", "-o", str(out)], self.cached)
        command = [*self.isodocs, "verify", str(out / "manual.docx"), "-C", str(root)]
        (warm, warm_mib), (cold, cold_mib) = interleaved(self.args.repeat, lambda: run(command, self.cached, (0, 1)),
                                                         lambda: run(command, self.env, (0, 1)))
        self.say("verify manual.docx (build cache warm) / the full build",
                 f"{warm:.2f} s / {full:.2f} s = {warm / full:.3f} ({warm_mib:.0f} MiB)",
                 "isodocs build -C PROVINCE --draft --rev HEAD -o OUT; isodocs verify OUT/manual.docx -C PROVINCE")
        self.say("verify manual.docx, caches off", f"{cold:.2f} s ({cold_mib:.0f} MiB)",
                 "ISODOCS_CACHE=0 isodocs verify OUT/manual.docx -C PROVINCE")

    def check(self) -> None:
        root = self.province()
        floor_command = [self.args.python, "-c", PARSE_FLOOR, str(root)]
        check = [*self.isodocs, "check", "-C", str(root)]
        run(check, self.cached, (0, 1))  # fills the caches
        run(check, self.cached, (0, 1))  # past the racy second: the stat index trusted
        (floor, _), (cold, cold_mib), (warm, warm_mib) = interleaved(
            self.args.repeat, lambda: run(floor_command, self.env), lambda: run(check, self.env, (0, 1)),
            lambda: run(check, self.cached, (0, 1)))
        self.say("check, caches off / parsing every YAML file with CSafeLoader",
                 f"{cold:.2f} s / {floor:.2f} s = {cold / floor:.2f}x ({cold_mib:.0f} MiB)",
                 "ISODOCS_CACHE=0 isodocs check -C PROVINCE  vs  python -c 'yaml.load(..., CSafeLoader) for each'")
        self.say("check again, nothing changed (stat index, findings kept) / that floor",
                 f"{warm:.2f} s / {floor:.2f} s = {warm / floor:.2f}x ({warm_mib:.0f} MiB)",
                 "isodocs check -C PROVINCE  (again)")
        with OneChange(root) as change:
            (floor, _), (one, one_mib) = interleaved(self.args.repeat, lambda: run(floor_command, self.env),
                                                     lambda: change.then(lambda: run(check, self.cached, (0, 1))))
        self.say("check after one procedure changed (the rules on one document judge that one) / that floor",
                 f"{one:.2f} s / {floor:.2f} s = {one / floor:.2f}x ({one_mib:.0f} MiB)",
                 "isodocs check -C PROVINCE  (after a check, one file edited)")


def machine(python: str) -> str:
    pandoc = shutil.which("pandoc")
    version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.splitlines()[0] \
        if pandoc else "no pandoc"
    isodocs = subprocess.run([python, "-c", "import isodocs, importlib.metadata as m; print(m.version('isodocs'), "
                              "isodocs.__file__)"], capture_output=True, text=True, cwd=NEUTRAL).stdout.strip()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, {version}, "
            f"isodocs {isodocs}, load average {load:.1f} at the start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=5000)
    parser.add_argument("--legal", type=int, default=2000)
    parser.add_argument("--small", type=int, default=300, help="procedures of the manual built against pandoc")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--python", default=sys.executable, help="the Python that runs isodocs")
    parser.add_argument("--only", default="pandoc,build,rebuild,verify,check")
    parser.add_argument("--keep", type=Path, help="a folder to generate into (and reuse) instead of a temporary one")
    args = parser.parse_args()
    print(machine(args.python))
    print(f"python benchmarks/bench_province.py --procedures {args.procedures} --legal {args.legal} "
          f"--small {args.small} --repeat {args.repeat} --only {args.only}")
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        bench = Bench(args, where)
        for part in args.only.split(","):
            {"pandoc": bench.pandoc, "build": bench.full_build, "rebuild": bench.rebuild, "verify": bench.verify,
             "check": bench.check}[part.strip()]()


if __name__ == "__main__":
    main()
